// duplicate-field: a project that gives the same field twice. Most often a project heading was
// lost between two entries, so that the second entry's fields land in the first project; the
// finding sits on the first repeated field of the second set, once per project, and no fix is
// offered: only the author knows whether a heading is missing or one of the values is stale
// (a fix that dropped either would lose the author's mentors or links).

import { type FieldId, fieldSpec } from '../core/fields';
import type { Rule } from './rule';

export const duplicateField: Rule = {
  id: 'duplicate-field',
  severity: 'warning',
  description: 'A project that gives the same field twice, as when the heading between two entries was lost.',
  fixes: '—',
  scope: 'project',
  inputs: ({ document }) => [document.era],
  checkProject(context, project) {
    const seen = new Set<string>();
    const repeated = project.fields.filter((field) => {
      if (!field.id) return false;
      if (seen.has(field.id)) return true;
      seen.add(field.id);
      return false;
    });
    if (repeated.length === 0) return;
    const first = repeated[0];
    const label = fieldSpec(first.id as FieldId).canonical[context.document.era];
    // One field written twice ("Mentor(s):" on two lines) is a repeat; several are a second entry.
    const secondEntry = new Set(repeated.map((field) => field.id)).size > 1;
    context.report({
      message: secondEntry
        ? `"${project.title}" already has a ${label} field and others above: if a second entry starts here, it needs its own project heading.`
        : `"${project.title}" gives the ${label} field twice; keep one.`,
      span: first.labelSpan,
    });
  },
};
