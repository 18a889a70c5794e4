// unknown-field, in an issue-form draft: a `###` heading that names no field of the form.
// CNCF's bot finds values by their headings, so a misspelt heading loses its value. The fix
// writes the closest label of the form. A `### ` line inside a long text (a description's
// sub-heading) ends that text for the bot and its export; the fix makes it a `####` heading.

import { closestLabel } from '../../core/draft';
import { formField } from '../../core/issue-form';
import type { DraftSection, Heading } from '../../core/model';
import type { DraftCheck, RuleContext } from '../rule';

export const unknownFieldDraftCheck: DraftCheck = {
  checkDraft(context) {
    const draft = context.document.draft;
    const present = new Set(draft.sections.map((section) => section.fieldId));
    for (const section of draft.sections) {
      if (section.fieldId) continue;
      const { heading } = section;
      if (section.cuts) {
        reportCut(context, section.cuts, heading, formField(draft.form, section.cuts.fieldId)?.label ?? section.cuts.fieldId);
        continue;
      }
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

/** A `### ` line inside a long text: GitHub shows it in the text, CNCF's bot ends the text there. */
function reportCut(context: RuleContext, cuts: NonNullable<DraftSection['cuts']>, heading: Heading, label: string): void {
  const line = context.document.text.slice(heading.span.start, heading.span.end);
  const cut = `"${line}" ends ${label} for CNCF's bot, which splits the issue at every line starting with "### ": the text below is left out of ${label} (and of the export)`;
  if (cuts.inCode) {
    context.report({ message: `${cut}, code block or not. Indent the line or start it otherwise.`, span: heading.span });
    return;
  }
  context.report({
    message: `${cut}. Make it a level-4 heading (####).`,
    span: heading.span,
    fix: { title: 'Make it a level-4 heading (####)', edits: [{ span: { start: heading.span.start, end: heading.span.start }, newText: '#' }], safe: false },
  });
}
