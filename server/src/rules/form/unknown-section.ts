// unknown-field, in an issue-form draft: a `###` heading that names no field of the form.
// CNCF's bot finds values by their headings, so a misspelt heading loses its value. The fix
// writes the closest label of the form.

import { closestLabel } from '../../core/draft';
import type { DraftCheck } from '../rule';

export const unknownSection: DraftCheck = {
  checkDraft(context) {
    const draft = context.document.draft;
    const present = new Set(draft.sections.map((section) => section.fieldId));
    for (const section of draft.sections) {
      if (section.fieldId) continue;
      const { heading } = section;
      const closest = closestLabel(draft.form, heading.text);
      const useful = closest && !present.has(closest.id) ? closest : undefined;
      context.report({
        message: `"${heading.text}" is not a section of the issue form${useful ? `; did you mean "${useful.label}"?` : '.'}`,
        span: heading.textSpan,
        ...(useful && { fix: { title: `Rename to "${useful.label}"`, edits: [{ span: heading.textSpan, newText: useful.label }], safe: false } }),
      });
    }
  },
};
