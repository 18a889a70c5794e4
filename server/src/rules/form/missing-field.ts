// missing-field, in an issue-form draft: a section of the form is absent. GitHub renders
// every section of a submitted form, and CNCF's bot reads them by their headings, so a
// draft must have them all. The fix inserts the section at its place in the form's order.
// The bot finds a section only by a line `### <label>` with the label exactly as the form
// writes it (case, inner spacing and all), so a heading this reader accepts in another case,
// indented, after a tab or with closing `#`s is missing for the bot: an error too, whose safe fix
// writes the heading as the form does.

import { sectionStarts, withoutBom } from '../../core/block-scan';
import { NO_RESPONSE } from '../../core/draft';
import type { FormField } from '../../core/issue-form';
import type { DraftSection } from '../../core/model';
import type { DraftCheck } from '../rule';

export const missingFieldDraftCheck: DraftCheck = {
  checkDraft(context) {
    const draft = context.document.draft;
    const { fields } = draft.form;
    const present = new Set(draft.sections.map((section) => section.fieldId));
    const eol = context.lines.eol;
    const { text } = context.document;
    // Each missing section is inserted before the first present section that follows it in the
    // form, or at the end. Sections missing at one place are inserted together, by one edit that
    // every one of their findings offers (two insertions at one offset could not both apply).
    const places = new Map<number, { before?: DraftSection; missing: FormField[] }>();
    fields.forEach((field, index) => {
      if (present.has(field.id)) return;
      const later = new Set(fields.slice(index + 1).map((other) => other.id));
      const next = draft.sections.find((section) => section.fieldId && later.has(section.fieldId));
      const at = next ? next.heading.span.start : text.length;
      const place = places.get(at) ?? { ...(next && { before: next }), missing: [] };
      place.missing.push(field);
      places.set(at, place);
    });
    for (const section of draft.sections) {
      const field = fields.find((candidate) => candidate.id === section.fieldId);
      if (!field) continue;
      const line = text.slice(section.heading.span.start, section.heading.span.end);
      const label = /^### +(.*)$/.exec(line)?.[1].trim();
      if (label === field.label) continue;
      context.report({
        message: `CNCF's bot finds this section only under the heading "### ${field.label}", written exactly so; as written, the bot reads "${field.label}" as missing.`,
        span: section.heading.textSpan,
        fix: { title: `Write "### ${field.label}"`, edits: [{ span: section.heading.span, newText: `### ${field.label}` }], safe: true },
      });
    }
    const last = draft.sections[draft.sections.length - 1];
    for (const [at, { before, missing }] of places) {
      const blocks = missing.map((field) => {
        const value = field.type === 'checkboxes' ? field.options.map((option) => `- [ ] ${option}`).join(eol) : field.required ? '' : NO_RESPONSE;
        return `### ${field.label}${eol}${eol}${value ? `${value}${eol}${eol}` : eol}`;
      });
      const newText = before ? blocks.join('') : `${text.endsWith('\n') ? '' : eol}${eol}${blocks.join('').trimEnd()}${eol}`;
      // At the end of a draft left inside an unclosed code fence (or HTML block) an inserted
      // heading would be text, not a section: no fix there, or --fix would insert it forever.
      const inserted = text.slice(0, at) + newText;
      const firstHeading = at + newText.indexOf('###');
      const fixable = before !== undefined || sectionStarts(withoutBom(inserted)).includes(firstHeading);
      const title = missing.length === 1 ? `Add the "${missing[0].label}" section` : `Add the ${missing.length} missing sections ${before ? `before "${before.heading.text}"` : 'at the end'}`;
      for (const field of missing) {
        context.report({
          message: `The ${field.required ? 'required ' : ''}section "### ${field.label}" is missing; CNCF's bot reads every section of the form.`,
          span: (before ?? last)?.heading.textSpan ?? { start: 0, end: 0 },
          ...(fixable && { fix: { title, edits: [{ span: { start: at, end: at }, newText }], safe: true } }),
        });
      }
    }
  },
};
