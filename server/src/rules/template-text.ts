// template-text: text copied from an entry template and left in place. Placeholder mentors
// (`Mentor Name (@mentor_github, mentor@email.addy)`, `TBD (@tbd, tbd@email)`, `Mentor Name:`)
// stand where a person should, and are no mentor for the other rules; only the author knows who
// to write instead, so they get no fix. A `# …` comment after a label (`Mentor(s): #For GSoC, it
// is **required** …`) is the template's instruction, shown on the page as text: its safe fix
// removes the comment and keeps everything else of the entry.

import { readMentorLine } from '../core/mentors';
import type { Field, Mentor } from '../core/model';
import { templateComment } from '../core/template';
import type { Rule, RuleContext } from './rule';

export const templateText: Rule = {
  id: 'template-text',
  severity: 'warning',
  description: 'Text of the entry template left in an entry: a placeholder mentor or a `# …` comment after a label.',
  fixes: 'safe for a comment; none for a placeholder',
  checkTerm(context) {
    for (const project of context.document.projects) {
      for (const field of project.fields) {
        reportComment(context, field);
        if (field.id !== 'mentors') continue;
        for (const placeholder of placeholdersIn(context, field)) {
          context.report({
            message: `"${placeholder.text}" is the template's placeholder, not a mentor; write the mentor as "Name (@handle, email)" or remove it.`,
            span: placeholder.span,
          });
        }
      }
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
  // The spaces between the label and the comment go with it, so the line does not end in blanks.
  const removeFrom = field.labelSpan.end;
  context.report({
    message: `"${text.slice(comment.start, comment.end)}" is a comment of the entry template; remove it.`,
    span: comment,
    fix: { title: 'Remove the template comment', edits: [{ span: { start: removeFrom, end: comment.end }, newText: '' }], safe: true },
  });
}

/** The placeholder mentors of a Mentor(s) field, read line by line as the parser reads its mentors. */
function placeholdersIn(context: RuleContext, field: Field): Mentor[] {
  const { text } = context.document;
  const placeholders: Mentor[] = [];
  let lineStart = field.labelSpan.end;
  let first = true;
  while (lineStart < field.span.end) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 || newline > field.span.end ? field.span.end : newline;
    const line = text.slice(lineStart, lineEnd);
    // A sub-list item: the entry starts after its marker.
    const marker = first ? 0 : (/^\s*(?:[-*+]|\d+[.)])\s+/.exec(line)?.[0].length ?? 0);
    readMentorLine(line.slice(marker), lineStart + marker, !first, placeholders);
    first = false;
    lineStart = lineEnd + 1;
  }
  return placeholders;
}
