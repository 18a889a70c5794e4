// mentor-email: an email that is not an address (`zhhxu@163@gmail.com`: a warning, a likely
// typo), and, in a document whose entries give mentor emails (era B), a mentor without one
// (information: accepted term files often leave it out). An address obfuscated on purpose
// (`name AT domain DOT com`) is the author's choice and is never reported.

import { EMAIL, emailsExpected, isLinked } from '../core/mentor-text';
import type { Rule } from './rule';
import { mentorEmailDraftCheck } from './form/mentor-email';

export const mentorEmail: Rule = {
  id: 'mentor-email',
  severity: 'warning',
  description: 'In documents whose entries give mentor emails, a missing or malformed email.',
  fixes: '—',
  scope: 'project',
  inputs: ({ document }) => [emailsExpected(document)],
  checkProject(context, project) {
    const expected = emailsExpected(context.document);
    for (const mentor of project.mentors) {
      if (mentor.email) {
        if (mentor.emailWritten?.form === 'obfuscated' || EMAIL.test(mentor.email.text)) continue;
        context.report({ severity: 'warning', message: `"${mentor.email.text}" is not an email address.`, span: mentor.email.span });
      } else if (expected && !isLinked(mentor) && mentor.handle) {
        context.report({
          severity: 'information',
          message: `Mentor "${mentor.text}" has no email; write "Name (${mentor.handle.text}, email)".`,
          span: mentor.span,
        });
      }
    }
  },
  checkDraft: mentorEmailDraftCheck.checkDraft,
};
