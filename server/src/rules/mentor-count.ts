// mentor-count: more than four mentors, CNCF's limit for one project.

import { handleKey } from '../core/knowledge';
import type { Project } from '../core/model';
import type { Rule } from './rule';
import { mentorCountDraftCheck } from './form/mentor-count';

/** CNCF's limit of mentors per project. */
export const MAX_MENTORS = 4;

export const mentorCount: Rule = {
  id: 'mentor-count',
  severity: 'error',
  description: `More than ${MAX_MENTORS} mentors in one project (CNCF's limit).`,
  fixes: '—',
  scope: 'project',
  inputs: ({ document }) => [document.programme],
  checkProject(context, project) {
    // LFX's limit: a GSoC page has none of its own unless its template says so.
    if (context.document.programme === 'gsoc') return;
    const count = distinctMentors(project);
    if (count <= MAX_MENTORS) return;
    const field = project.fields.find((candidate) => candidate.id === 'mentors');
    context.report({
      message: `"${project.title}" has ${count} mentors; CNCF allows at most ${MAX_MENTORS}.`,
      span: field?.labelSpan ?? project.heading.textSpan,
    });
  },
  checkDraft: mentorCountDraftCheck.checkDraft,
};

/**
 * Mentors counted once each: a handle written twice is mentor-duplicate's finding. An entry
 * without a handle counts when it names someone (a piece such as a stray email does not);
 * template placeholders are not in the model's mentors at all.
 */
function distinctMentors(project: Project): number {
  const handles = new Set<string>();
  let withoutHandle = 0;
  for (const mentor of project.mentors) {
    const handle = mentor.link?.profile ?? mentor.handle?.text ?? mentor.bareHandle?.text;
    if (handle) handles.add(handleKey(handle));
    else if (mentor.name) withoutHandle++;
  }
  return handles.size + withoutHandle;
}
