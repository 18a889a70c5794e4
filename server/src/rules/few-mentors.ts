// few-mentors: exactly one mentor. CNCF prefers two, so the mentee is not left alone when
// one mentor is away; a note, not a problem. On a Google Summer of Code page, two are required:
// an error there.

import { asksTwoMentors } from '../core/gsoc';
import type { Rule } from './rule';
import { fewMentorsDraftCheck } from './form/few-mentors';

export const fewMentors: Rule = {
  id: 'few-mentors',
  severity: 'information',
  description: 'Exactly one mentor (CNCF prefers two).',
  fixes: '—',
  scope: 'project',
  inputs: ({ document }) => [asksTwoMentors(document)],
  checkProject(context, project) {
    if (project.mentors.length !== 1) return;
    const field = project.fields.find((candidate) => candidate.id === 'mentors');
    if (asksTwoMentors(context.document)) {
      // Google Summer of Code requires two mentors per idea: not a preference there.
      context.report({
        severity: 'error',
        message: `"${project.title}" has one mentor; Google Summer of Code requires at least two, one of them primary.`,
        span: field?.labelSpan ?? project.mentors[0].span,
      });
      return;
    }
    context.report({
      message: `"${project.title}" has one mentor; CNCF prefers two, so the mentee has support when one is away.`,
      span: field?.labelSpan ?? project.mentors[0].span,
    });
  },
  checkDraft: fewMentorsDraftCheck.checkDraft,
};
