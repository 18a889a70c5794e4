// mentor-format, in an issue-form draft: a Mentors line that is not
// `Full Name | @handle | email | LFID` (3 or 4 `|`-separated parts, the name not empty).
// A list marker before the line is no part of the format; the fix drops it. CNCF's bot takes
// the marker for part of the name and passes the line, so the marker is a warning (the
// exported name would start with "- "), and only a wrong count of parts or no name an error.

import type { DraftCheck } from '../rule';
import { hasMentorParts } from './draft-sections';

export const mentorFormatDraftCheck: DraftCheck = {
  checkDraft(context) {
    for (const line of context.document.draft.mentorLines) {
      if (line.bullet) {
        context.report({
          severity: 'warning',
          message: 'A Mentors line is `Full Name | @handle | email | LFID` with no list marker before it; CNCF\'s export would write the marker into the name.',
          span: line.bullet,
          fix: { title: 'Remove the list marker', edits: [{ span: line.bullet, newText: '' }], safe: true },
        });
      }
      const count = line.parts.length;
      if (!hasMentorParts(line)) {
        context.report({
          message: `This mentor line has ${count} part${count === 1 ? '' : 's'}; the form takes \`Full Name | @handle | email | LFID\` (3 or 4 parts separated by |).`,
          span: line.span,
        });
        continue;
      }
      // After a list marker the bot reads the marker as the name; the marker has its warning.
      if (!line.parts[0].text && !line.bullet) {
        const bar = line.span.start + line.text.indexOf('|');
        context.report({ message: 'The mentor\'s full name is missing before the first |.', span: { start: bar, end: bar + 1 } });
      }
    }
  },
};
