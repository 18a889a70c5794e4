// url-format, in an issue-form draft: the Upstream Issue URL or the Coding Challenge URL is
// not an http(s) URL. CNCF's bot takes the value as written and fails any that is not `http://`
// or `https://` followed by no blank space, so `<…>` and markdown links are errors too; the fix
// writes the bare URL they hold. A value the bot accepts but that has no host with a dot
// (`https://localhost/x`, `https://github/issues/1`) is a warning: likely mistyped, yet it passes.

import { isHttpUrl, urlsIn } from '../../core/urls';
import type { DraftCheck } from '../rule';
import { BOT_URL } from './draft-sections';

const URL_FIELDS = ['upstream_issue_url', 'coding_challenge_url'];

export const urlFormatDraftCheck: DraftCheck = {
  checkDraft(context) {
    const draft = context.document.draft;
    for (const section of draft.sections) {
      if (!section.fieldId || !URL_FIELDS.includes(section.fieldId) || !section.value) continue;
      // Several URLs are upstream-multiple's finding.
      if (/[\s,]/.test(section.value) && urlsIn(section.value, { start: 0, end: section.value.length }).length > 1) continue;
      if (BOT_URL.test(section.value)) {
        if (!isHttpUrl(section.value)) {
          context.report({ severity: 'warning', message: `"${section.value}" has no host name with a dot; CNCF's bot accepts it, but it is likely mistyped.`, span: section.valueTextSpan });
        }
        continue;
      }
      const [inner] = urlsIn(context.document.text, section.valueTextSpan);
      const wrapped = inner && inner.form !== 'bare' && isHttpUrl(inner.url);
      context.report({
        message: wrapped
          ? `Write the URL alone: ${inner.url}. The form field takes the plain URL.`
          : `"${section.value}" is not an http(s) URL.`,
        span: section.valueTextSpan,
        ...(wrapped && { fix: { title: `Write ${inner.url}`, edits: [{ span: section.valueTextSpan, newText: inner.url }], safe: true } }),
      });
    }
  },
};
