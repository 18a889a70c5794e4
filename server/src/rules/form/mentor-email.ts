// mentor-email, in an issue-form draft: the third part of a Mentors line is not an email
// address. The form requires one (the address of the mentor's LFID account), and CNCF's bot
// fails the proposal when its test of the address fails, so that is an error. The bot takes the
// address out of a mailto link or an autolink first (`[a@x.com](mailto:a@x.com)`, `<a@x.com>`),
// so those are no finding. An address the bot accepts but no mail server would (`jane@example.c`)
// is a warning: likely a typo, yet not one that fails the proposal.

import { EMAIL } from '../../core/mentor-text';
import type { DraftCheck } from '../rule';
import { BOT_EMAIL, hasMentorParts, mentorEmailAddress } from './draft-sections';

export const mentorEmailDraftCheck: DraftCheck = {
  checkDraft(context) {
    for (const line of context.document.draft.mentorLines) {
      const email = line.parts[2];
      if (!hasMentorParts(line) || !email) continue;
      const address = mentorEmailAddress(email.text);
      if (!BOT_EMAIL.test(address)) {
        context.report({
          severity: 'error',
          message: email.text
            ? `"${email.text}" is not an email address.`
            : 'The email is missing (the address of the mentor\'s LFID account, after the second |).',
          span: email.text ? email.span : line.span,
        });
      } else if (!EMAIL.test(address)) {
        context.report({
          message: `"${address}" passes CNCF's bot but looks mistyped (a domain ends with a dot and at least two letters, and an address has no parentheses or commas).`,
          span: email.span,
        });
      }
    }
  },
};
