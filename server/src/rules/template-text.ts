// template-text: text copied from an entry template and left in place. Placeholder mentors
// (`Mentor Name (@mentor_github, mentor@email.addy)`, `TBD (@tbd, tbd@email)`, `Mentor Name:`)
// stand where a person should, and are no mentor for the other rules; only the author knows who
// to write instead, so they get no fix. A `# …` comment after a label (`Mentor(s): #For GSoC, it
// is **required** …`) is the template's instruction, shown on the page as text: its safe fix
// removes the comment and keeps everything else of the entry.

import { sizeAfterHash, sizeValue } from '../core/gsoc';
import type { Field } from '../core/model';
import { templateComment } from '../core/template';
import type { Rule, RuleContext } from './rule';

export const templateText: Rule = {
  id: 'template-text',
  severity: 'warning',
  description: 'Text of the entry template left in an entry: a placeholder mentor or a `# …` comment after a label.',
  fixes: 'safe for a comment; none for a placeholder',
  scope: 'project',
  inputs: () => [],
  checkProject(context, project) {
    for (const field of project.fields) reportComment(context, field);
    // The parser set them aside while reading the mentors (a reading kept across keystrokes).
    for (const placeholder of project.placeholders ?? []) {
      context.report({
        message: `"${placeholder.text}" is the template's placeholder, not a mentor; write the mentor as "Name (@handle, email)" or remove it.`,
        span: placeholder.span,
      });
    }
  },
};

/** Reports a `# …` comment that follows the label on its line, with the fix that removes it. */
function reportComment(context: RuleContext, field: Field): void {
  const { text } = context.document;
  const lineEnd = text.indexOf('\n', field.labelSpan.end);
  const rest = text.slice(field.labelSpan.end, lineEnd < 0 ? text.length : lineEnd);
  const comment = templateComment(rest, field.labelSpan.end);
  if (!comment) return;
  // "Expected project size: # Large (~350 hours)": the author's size after a "#", which
  // project-size reports; removing it as the template's comment would lose the size.
  if (field.id === 'projectSize' && sizeAfterHash(sizeValue(field).text, field.valueSpan.start)) return;
  // The spaces between the label and the comment go with it, so the line does not end in blanks.
  const removeFrom = field.labelSpan.end;
  context.report({
    message: `"${text.slice(comment.start, comment.end)}" is a comment of the entry template; remove it.`,
    span: comment,
    fix: { title: 'Remove the template comment', edits: [{ span: { start: removeFrom, end: comment.end }, newText: '' }], safe: true },
  });
}
