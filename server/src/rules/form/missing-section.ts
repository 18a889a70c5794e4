// missing-field, in an issue-form draft: a section of the form is absent. GitHub renders
// every section of a submitted form, and CNCF's bot reads them by their headings, so a
// draft must have them all. The fix inserts the section at its place in the form's order.

import type { Rule } from '../rule';
import { draftOf } from './draft-sections';

export const missingSection: Rule = {
  id: 'missing-field',
  severity: 'error',
  description: 'A project lacks a required field (Description, Recommended Skills, Mentor(s), an upstream issue, and the fields most entries of the document use).',
  check(context) {
    const draft = draftOf(context);
    const { fields } = draft.form;
    const present = new Set(draft.sections.map((section) => section.fieldId));
    const eol = context.lines.eol;
    fields.forEach((field, index) => {
      if (present.has(field.id)) return;
      // Before the first section that comes after it in the form; else after the last section.
      const later = new Set(fields.slice(index + 1).map((other) => other.id));
      const next = draft.sections.find((section) => section.fieldId && later.has(section.fieldId));
      const last = draft.sections[draft.sections.length - 1];
      const anchor = next ?? last;
      const value = field.type === 'checkboxes' ? field.options.map((option) => `- [ ] ${option}`).join(eol) : field.required ? '' : '_No response_';
      const block = `### ${field.label}${eol}${eol}${value ? `${value}${eol}${eol}` : eol}`;
      const at = next ? next.heading.span.start : context.document.text.length;
      const newText = next ? block : `${context.document.text.endsWith('\n') ? '' : eol}${eol}${block.trimEnd()}${eol}`;
      context.report({
        message: `The ${field.required ? 'required ' : ''}section "### ${field.label}" is missing; CNCF's bot reads every section of the form.`,
        span: anchor ? anchor.heading.textSpan : { start: 0, end: 0 },
        fix: { title: `Add the "${field.label}" section`, edits: [{ span: { start: at, end: at }, newText }], safe: true },
      });
    });
  },
};
