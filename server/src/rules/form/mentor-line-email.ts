// mentor-email, in an issue-form draft: the third part of a Mentors line is not an email
// address. The form requires one (the address of the mentor's LFID account), so it is an error.

import { EMAIL } from '../../core/mentor-text';
import type { DraftCheck } from '../rule';
import { draftOf, hasMentorParts } from './draft-sections';

export const mentorLineEmail: DraftCheck = {
  checkDraft(context) {
    for (const line of draftOf(context).mentorLines) {
      const email = line.parts[2];
      if (!hasMentorParts(line) || !email || EMAIL.test(email.text)) continue;
      context.report({
        severity: 'error',
        message: email.text
          ? `"${email.text}" is not an email address.`
          : 'The email is missing (the address of the mentor\'s LFID account, after the second |).',
        span: email.text ? email.span : line.span,
      });
    }
  },
};
