// mentor-email: in a document whose entries give mentor emails (era B), a mentor without
// one, or an email that is not an address (`zhhxu@163@gmail.com`).

import { EMAIL, isLinked } from './mentor-text';
import type { Rule } from './rule';

export const mentorEmail: Rule = {
  id: 'mentor-email',
  severity: 'warning',
  description: 'In documents whose entries give mentor emails, a missing or malformed email.',
  check(context) {
    const mentors = context.document.projects.flatMap((project) => project.mentors);
    const withEmail = mentors.filter((mentor) => mentor.email).length;
    const emailsExpected = context.document.era === 'B' && withEmail * 2 > mentors.length;
    for (const mentor of mentors) {
      if (mentor.email && !EMAIL.test(mentor.email.text)) {
        context.report({ message: `"${mentor.email.text}" is not an email address.`, span: mentor.email.span });
      } else if (!mentor.email && emailsExpected && !isLinked(mentor) && mentor.handle) {
        context.report({ message: `Mentor "${mentor.text}" has no email; write "Name (${mentor.handle.text}, email)".`, span: mentor.span });
      }
    }
  },
};
