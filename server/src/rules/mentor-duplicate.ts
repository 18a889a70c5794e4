// mentor-duplicate: the same handle (case-insensitive) twice in one project. The fix drops
// the later entry with its separator (its line, for a sub-list item). It is safe only for a
// repeat inside one Mentor(s) field: the same handle in two Mentor(s) fields of a project
// usually means a heading was lost between two entries, and dropping it would lose a mentor
// of the other entry.

import { handleKey } from '../core/knowledge';
import type { Mentor, Project } from '../core/model';
import type { Fix, Rule, RuleContext } from './rule';
import { mentorDuplicateDraftCheck } from './form/mentor-duplicate';

export const mentorDuplicate: Rule = {
  id: 'mentor-duplicate',
  severity: 'error',
  description: 'The same mentor handle twice in one project.',
  fixes: 'safe',
  scope: 'project',
  inputs: () => [],
  checkProject(context, project) {
    const seen = new Map<string, Mentor>();
    for (const mentor of project.mentors) {
      if (!mentor.handle) continue;
      const key = handleKey(mentor.handle.text);
      const first = seen.get(key);
      if (first) {
        context.report({
          message: `${mentor.handle.text} is already a mentor of "${project.title}".`,
          span: mentor.handle.span,
          fix: drop(context, mentor, first, sameField(project, mentor, first)),
        });
      } else {
        seen.set(key, mentor);
      }
    }
  },
  checkDraft: mentorDuplicateDraftCheck.checkDraft,
};

/**
 * Drops the repeated entry: its whole line when it stands alone on one, else the entry with
 * the separator before it. Safe only when the entry says nothing (name, email) the kept one lacks.
 */
function drop({ document, lines }: RuleContext, mentor: Mentor, kept: Mentor, inOneField: boolean): Fix {
  const { text } = document;
  let { start, end } = mentor.span;
  const lineStart = lines.lineStart(start);
  const lineEnd = lines.nextLineStart(start);
  if (/^\s*(?:[-*+]\s+)?$/.test(text.slice(lineStart, start)) && /^[\s,;]*$/.test(text.slice(end, lineEnd))) {
    // The whole line ("  - Name (@handle)" or a mentor alone on its line), with its line break.
    start = lineStart;
    end = lineEnd;
  } else {
    // An inline entry: take the separator before it (", " or " & ").
    // A separator is a few characters: looking at the last 40 keeps a line of many repeats linear.
    const before = /[ \t]*(?:[,;&]|\band\b)[ \t]*$/.exec(text.slice(Math.max(lineStart, start - 40), start));
    if (before) start -= before[0].length;
  }
  const addsNothing = [mentor.name?.text, mentor.email?.text].every(
    (part) => !part || [kept.name?.text, kept.email?.text].some((known) => known?.toLowerCase() === part.toLowerCase()),
  );
  return { title: `Remove the second ${mentor.handle?.text}`, edits: [{ span: { start, end }, newText: '' }], safe: addsNothing && inOneField };
}

/** True when both entries stand in the same Mentor(s) field of the project. */
function sameField(project: Project, mentor: Mentor, kept: Mentor): boolean {
  const field = project.fields.find(
    (candidate) => candidate.id === 'mentors' && candidate.span.start <= kept.span.start && kept.span.end <= candidate.span.end,
  );
  return !!field && field.span.start <= mentor.span.start && mentor.span.end <= field.span.end;
}
