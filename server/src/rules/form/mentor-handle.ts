// mentor-handle, in an issue-form draft: the second part of a Mentors line is not a GitHub
// handle by GitHub's rule. A valid user name written without its `@` gets a safe fix.

import { GITHUB_HANDLE } from '../../core/knowledge';
import type { DraftCheck } from '../rule';
import { hasMentorParts } from './draft-sections';

export const mentorHandleDraftCheck: DraftCheck = {
  checkDraft(context) {
    for (const line of context.document.draft.mentorLines) {
      const handle = line.parts[1];
      if (!hasMentorParts(line) || !handle) continue;
      if (GITHUB_HANDLE.test(handle.text)) continue;
      if (!handle.text) {
        context.report({ message: 'The GitHub handle is missing (`@handle` after the first |).', span: line.span });
      } else if (GITHUB_HANDLE.test(`@${handle.text}`)) {
        context.report({
          message: `Write the handle with its @: @${handle.text}.`,
          span: handle.span,
          fix: { title: `Write @${handle.text}`, edits: [{ span: { start: handle.span.start, end: handle.span.start }, newText: '@' }], safe: true },
        });
      } else {
        context.report({
          message: `"${handle.text}" is not a GitHub handle: an @, then letters, digits and single inner hyphens, at most 39.`,
          span: handle.span,
        });
      }
    }
  },
};
