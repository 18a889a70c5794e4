// mentor-lfid: a Mentors line without the mentor's LFID (their Linux Foundation user name),
// or with one that cannot be: blank space, an @ or a /. A proposal may be filed without LFIDs
// but CNCF's bot fails it ("every mentor's LFID is required before the proposal can pass
// validation") and it cannot be added to LFX, so a missing LFID is an error, as the bot says.

import type { Rule } from '../rule';
import { hasMentorParts, isLfid } from './draft-sections';

export const mentorLfid: Rule = {
  id: 'mentor-lfid',
  severity: 'error',
  description: 'A mentor line of an issue-form draft without a valid LFID.',
  fixes: '—',
  checkDraft(context) {
    for (const line of context.document.draft.mentorLines) {
      if (!hasMentorParts(line)) continue;
      const lfid = line.parts[3];
      if (!lfid?.text) {
        context.report({
          message: `${line.parts[1]?.text || 'This mentor'} has no LFID: CNCF's bot fails the proposal until every mentor's LFID (LF user name, from openprofile.dev) is added as the fourth part.`,
          span: line.span,
        });
      } else if (!isLfid(lfid.text)) {
        context.report({
          message: `"${lfid.text}" is not an LFID: an LF user name has no blank space, @ or /. Find it on openprofile.dev/profile.`,
          span: lfid.span,
        });
      }
    }
  },
};
