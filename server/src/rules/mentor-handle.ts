// mentor-handle: a handle that breaks GitHub's rule for user names
// (`^@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$`): spaces, underscores, a leading
// or doubled hyphen, more than 39 characters. Linked handles are mentor-format's.

import { GITHUB_HANDLE, isLinked } from '../core/mentor-text';
import type { Rule } from './rule';
import { mentorHandleDraftCheck } from './form/mentor-handle';

export const mentorHandle: Rule = {
  id: 'mentor-handle',
  severity: 'error',
  description: "A mentor handle that is not a valid GitHub user name.",
  fixes: '— (in drafts: safe)',
  scope: 'project',
  inputs: () => [],
  checkProject(context, project) {
    for (const mentor of project.mentors) {
      const handle = mentor.handle;
      if (!handle || isLinked(mentor) || GITHUB_HANDLE.test(handle.text)) continue;
      context.report({ message: `"${handle.text}" is not a GitHub handle (letters, digits and single hyphens, at most 39).`, span: handle.span });
    }
  },
  checkDraft: mentorHandleDraftCheck.checkDraft,
};
