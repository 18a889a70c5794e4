// mentor-count, in an issue-form draft: more than four Mentors lines (CNCF's limit; LFX takes
// one primary mentor and up to three co-mentors).

import type { DraftCheck } from '../rule';

const MAX_MENTORS = 4;

export const mentorCountDraftCheck: DraftCheck = {
  checkDraft(context) {
    const lines = context.document.draft.mentorLines;
    if (lines.length <= MAX_MENTORS) return;
    const extra = lines.slice(MAX_MENTORS);
    context.report({
      message: `${lines.length} mentor lines; CNCF takes at most ${MAX_MENTORS} (the first line is the primary mentor).`,
      span: { start: extra[0].span.start, end: extra[extra.length - 1].span.end },
    });
  },
};
