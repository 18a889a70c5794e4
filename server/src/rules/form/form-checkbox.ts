// form-checkbox: a checkboxes section (Application Prerequisites and the like) holding what
// the form cannot submit: a box whose label is none of the field's options, a box not written
// as GitHub writes it (`- [X] <label>` at the start of the line), or text that is no box.
// CNCF's bot does not check these sections; its export reads the checked lines of a section
// that start with `- [x]` and matches each prerequisite by its exact label, so any of these
// silently loses what the author meant. Hence a warning, beyond the bot.

import { labelKey } from '../../core/draft';
import type { DraftCheckbox, DraftSection, Span, Writable } from '../../core/model';
import type { Rule, RuleContext } from '../rule';
import { formField } from '../../core/issue-form';
import { closestOption } from '../../core/closest-option';

/** A box line as GitHub writes it and the export reads it. */
const GITHUB_BOX = /^- \[[ xX]\] /;
/** A whole-line HTML comment (a disable comment), which is no text of the value. */
const COMMENT_LINE = /^\s*<!--.*-->\s*$/;

export const formCheckbox: Rule = {
  id: 'form-checkbox',
  severity: 'warning',
  description: 'A checkbox that is not one of the form\'s, or text in a checkbox section that is no box.',
  fixes: 'safe for the box\'s marker and for a label differing in case or spacing; otherwise the closest option as a quick fix',
  checkDraft(context) {
    const draft = context.document.draft;
    for (const section of draft.sections) {
      const field = formField(draft.form, section.fieldId);
      if (field?.type !== 'checkboxes' || section.noResponse) continue;
      for (const box of section.checkboxes) checkBox(context, box, field.label, field.options);
      for (const span of textRuns(context.document.text, section)) {
        context.report({
          message: `"${field.label}" takes only its boxes (\`- [X] <label>\`); this text is not submitted with them, and CNCF's export ignores it.`,
          span,
        });
      }
    }
  },
};

function checkBox(context: RuleContext, box: DraftCheckbox, fieldLabel: string, options: readonly string[]): void {
  const text = context.document.text;
  const line = text.slice(box.span.start, box.span.end);
  if (!GITHUB_BOX.test(line)) {
    const mark = box.checked ? 'X' : ' ';
    context.report({
      message: `Write the box as GitHub does, \`- [${mark}] ${box.label}\` at the start of the line: CNCF's export reads only such lines.`,
      span: { start: box.span.start, end: box.labelSpan.start },
      fix: { title: `Write "- [${mark}] "`, edits: [{ span: { start: box.span.start, end: box.labelSpan.start }, newText: `- [${mark}] ` }], safe: true },
    });
  }
  if (options.includes(box.label)) return;
  const closest = closestOption(options, box.label);
  // Only a difference of case or spacing is surely the same box.
  const sameWords = closest !== undefined && labelKey(closest) === labelKey(box.label);
  context.report({
    message: `"${box.label}" is not a box of "${fieldLabel}"${closest ? `; the closest is "${closest}"` : ''}. The form has only its own boxes, and CNCF's export matches them by their exact labels${box.checked ? ', so this one would be lost' : ''}.`,
    span: box.labelSpan,
    ...(closest && { fix: { title: `Change to "${closest}"`, edits: [{ span: box.labelSpan, newText: closest }], safe: sameWords } }),
  });
}

/** The runs of consecutive non-blank lines of a section's value that are neither a box nor a comment. */
function textRuns(text: string, section: DraftSection): Span[] {
  const boxStarts = new Set(section.checkboxes.map((box) => box.span.start));
  const runs: Array<Writable<Span>> = [];
  let run: Writable<Span> | undefined;
  let start = section.valueSpan.start;
  while (start < section.valueSpan.end) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 || newline >= section.valueSpan.end ? section.valueSpan.end : newline;
    const line = text.slice(start, end).replace(/\r$/, '');
    if (!line.trim() || boxStarts.has(start) || COMMENT_LINE.test(line)) {
      run = undefined;
    } else {
      const lineSpan = { start: start + line.length - line.trimStart().length, end: start + line.trimEnd().length };
      if (run) run.end = lineSpan.end;
      else runs.push((run = lineSpan));
    }
    start = end + 1;
  }
  return runs;
}
