// url-format, in an issue-form draft: the Upstream Issue URL or the Coding Challenge URL is
// not an http(s) URL. The bot takes the value as written, so `<…>` and markdown links are
// flagged too; the fix writes the bare URL they hold.

import { isHttpUrl, urlsIn } from '../../core/urls';
import type { DraftCheck } from '../rule';
import { draftOf } from './draft-sections';

const URL_FIELDS = ['upstream_issue_url', 'coding_challenge_url'];

export const formUrl: DraftCheck = {
  checkDraft(context) {
    const draft = draftOf(context);
    for (const section of draft.sections) {
      if (!section.fieldId || !URL_FIELDS.includes(section.fieldId) || !section.value) continue;
      // Several URLs are upstream-multiple's finding.
      if (/[\s,]/.test(section.value) && urlsIn(section.value, { start: 0, end: section.value.length }).length > 1) continue;
      if (isHttpUrl(section.value)) continue;
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
