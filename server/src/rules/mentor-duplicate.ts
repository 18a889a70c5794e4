// mentor-duplicate: the same handle (case-insensitive) twice in one project. The fix drops
// the later entry with its separator (its line, for a sub-list item).

import { handleKey } from '../core/knowledge';
import type { Mentor } from '../core/model';
import type { Fix, Rule, RuleContext } from './rule';

export const mentorDuplicate: Rule = {
  id: 'mentor-duplicate',
  severity: 'error',
  description: 'The same mentor handle twice in one project.',
  check(context) {
    for (const project of context.document.projects) {
      const seen = new Set<string>();
      for (const mentor of project.mentors) {
        if (!mentor.handle) continue;
        const key = handleKey(mentor.handle.text);
        if (seen.has(key)) {
          context.report({
            message: `${mentor.handle.text} is already a mentor of "${project.title}".`,
            span: mentor.handle.span,
            fix: drop(context, mentor),
          });
        }
        seen.add(key);
      }
    }
  },
};

function drop({ document, lines }: RuleContext, mentor: Mentor): Fix {
  const { text } = document;
  let { start, end } = mentor.span;
  const lineStart = lines.lineStart(start);
  const lineEnd = lines.nextLineStart(start);
  if (mentor.inSubList && /^\s*[-*+]\s*$/.test(text.slice(lineStart, start)) && /^[\s,;]*$/.test(text.slice(end, lineEnd))) {
    // The whole sub-list item line.
    start = lineStart;
    end = lineEnd;
  } else {
    // An inline entry: take the separator before it (", " or " & ").
    const before = /[ \t]*(?:[,;&]|\band\b)[ \t]*$/.exec(text.slice(lineStart, start));
    if (before) start -= before[0].length;
  }
  return { title: `Remove the second ${mentor.handle?.text}`, edits: [{ span: { start, end }, newText: '' }], safe: true };
}
