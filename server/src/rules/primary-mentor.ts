// primary-mentor: on a Google Summer of Code idea page, an entry with no mentor marked primary,
// or more than one. GSoC asks each idea for a primary mentor, who answers for the project to
// the organisation admins. The marks authors use: `Name (@h, e) - primary` (the template's),
// `Primary Mentor: Name`, `Primary: Name`, or a `- Primary` item over the mentor's list. The quick
// fix appends ` - primary` to the first mentor; it chooses a person, so --fix never applies it.

import { asksPrimaryMentor, isPrimaryMentor } from '../core/gsoc';
import type { Rule } from './rule';

export const primaryMentor: Rule = {
  id: 'primary-mentor',
  severity: 'warning',
  description: 'On a GSoC idea page, an entry with no mentor marked primary, or more than one.',
  fixes: 'quick fix (appends ` - primary` to the first mentor)',
  scope: 'document',
  checkTerm(context) {
    const { document } = context;
    if (!asksPrimaryMentor(document)) return;
    for (const project of document.projects) {
      if (project.mentors.length === 0) continue;
      const primaries = project.mentors.filter((mentor) => isPrimaryMentor(document, mentor));
      const field = project.fields.find((candidate) => candidate.id === 'mentors');
      if (primaries.length === 0) {
        const first = project.mentors[0];
        context.report({
          message: `No mentor of "${project.title}" is marked primary; GSoC asks for one, as "Name (@handle, email) - primary".`,
          span: field?.labelSpan ?? first.span,
          fix: { title: `Mark ${first.name?.text ?? first.text} as the primary mentor`, edits: [{ span: { start: first.span.end, end: first.span.end }, newText: ' - primary' }], safe: false },
        });
      } else if (primaries.length > 1) {
        context.report({
          message: `${primaries.length} mentors of "${project.title}" are marked primary; GSoC asks for one.`,
          span: primaries[1].span,
        });
      }
    }
  },
};
