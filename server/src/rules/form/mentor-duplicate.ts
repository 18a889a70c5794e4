// mentor-duplicate, in an issue-form draft: the same handle, email or LFID (compared without
// case) on two Mentors lines, as CNCF's bot compares them (an email by the address it holds,
// so `<a@x.com>` repeats `a@x.com`). The fix drops a line that repeats another entirely.

import type { DraftMentorLine } from '../../core/model';
import type { DraftCheck } from '../rule';
import { hasMentorParts, mentorEmailAddress } from './draft-sections';

const PARTS: Array<{ index: number; what: string }> = [
  { index: 1, what: 'handle' },
  { index: 2, what: 'email' },
  { index: 3, what: 'LFID' },
];

export const mentorDuplicateDraftCheck: DraftCheck = {
  checkDraft(context) {
    const { lines } = context;
    const valid = context.document.draft.mentorLines.filter(hasMentorParts);
    const key = (line: DraftMentorLine) => line.parts.map((part) => part.text.toLowerCase()).join('|');
    for (const { index, what } of PARTS) {
      const seen = new Map<string, DraftMentorLine>();
      for (const line of valid) {
        const part = line.parts[index];
        if (!part?.text) continue;
        const compared = (index === 2 ? mentorEmailAddress(part.text) : part.text).toLowerCase();
        const first = seen.get(compared);
        if (!first) {
          seen.set(compared, line);
          continue;
        }
        const whole = key(first) === key(line);
        // Report a whole repeated line once, on its handle.
        if (whole && index !== 1) continue;
        const lineSpan = { start: lines.lineStart(line.span.start), end: lines.nextLineStart(line.span.start) };
        context.report({
          message: whole ? `This line repeats the mentor ${first.parts[1].text || first.parts[0].text}.` : `The ${what} ${part.text} is already on another mentor line.`,
          span: part.span,
          ...(whole && { fix: { title: 'Remove the repeated line', edits: [{ span: lineSpan, newText: '' }], safe: true } }),
        });
      }
    }
  },
};
