// few-mentors, in an issue-form draft: exactly one mentor line, and a valid one, LFID
// included (a broken line has its own finding; like CNCF's bot, which nudges only when the
// Mentors field passes, the note would only add noise there).

import { GITHUB_HANDLE } from '../../core/knowledge';
import type { DraftCheck } from '../rule';
import { BOT_EMAIL, hasMentorParts, isLfid, mentorEmailAddress, sectionOf } from './draft-sections';

export const fewMentorsDraftCheck: DraftCheck = {
  checkDraft(context) {
    const draft = context.document.draft;
    const [line, ...others] = draft.mentorLines;
    if (!line || others.length > 0) return;
    const [name, handle, email, lfid] = line.parts;
    const valid = hasMentorParts(line) && name.text && GITHUB_HANDLE.test(handle.text) && BOT_EMAIL.test(mentorEmailAddress(email.text)) && isLfid(lfid?.text);
    const section = sectionOf(draft, 'mentors');
    if (!valid || !section) return;
    context.report({ message: 'One mentor; CNCF prefers two, so the mentee has support when one is away.', span: section.heading.textSpan });
  },
};
