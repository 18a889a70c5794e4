// mentor-count: more than four mentors, CNCF's limit for one project.

import type { Rule } from './rule';

/** CNCF's limit of mentors per project. */
export const MAX_MENTORS = 4;

export const mentorCount: Rule = {
  id: 'mentor-count',
  severity: 'error',
  description: `More than ${MAX_MENTORS} mentors in one project (CNCF's limit).`,
  check(context) {
    for (const project of context.document.projects) {
      if (project.mentors.length <= MAX_MENTORS) continue;
      const field = project.fields.find((candidate) => candidate.id === 'mentors');
      context.report({
        message: `"${project.title}" has ${project.mentors.length} mentors; CNCF allows at most ${MAX_MENTORS}.`,
        span: field?.labelSpan ?? project.heading.textSpan,
      });
    }
  },
};
