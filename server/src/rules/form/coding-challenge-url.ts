// coding-challenge-url: the Coding Challenge URL is required exactly when the Coding
// Challenge prerequisite is checked: a checked box without a URL leaves applicants with
// nothing to do, and a URL without the box is dropped by CNCF's export (it keys off the box).
// CNCF's bot fails both, so both are errors.

import type { Rule } from '../rule';
import { isChecked, sectionOf } from './draft-sections';

const BOX = 'Coding Challenge';

export const codingChallengeUrl: Rule = {
  id: 'coding-challenge-url',
  severity: 'error',
  description: 'A Coding Challenge URL missing while its box is checked, or given while it is not.',
  fixes: '—',
  checkDraft(context) {
    const draft = context.document.draft;
    const prerequisites = sectionOf(draft, 'application_prerequisites');
    const url = sectionOf(draft, 'coding_challenge_url');
    const checked = isChecked(prerequisites, BOX);
    if (checked && url && !url.value) {
      context.report({ message: 'Coding Challenge is checked, so the Coding Challenge URL is required.', span: url.noResponse ? url.valueTextSpan : url.heading.textSpan });
    } else if (checked && !url) {
      const box = prerequisites!.checkboxes.find((candidate) => candidate.label.trim().toLowerCase() === BOX.toLowerCase())!;
      context.report({ message: 'Coding Challenge is checked, but the draft has no Coding Challenge URL section.', span: box.labelSpan });
    } else if (!checked && url?.value) {
      context.report({
        message: 'A Coding Challenge URL is given but the Coding Challenge box is not checked: CNCF\'s export would drop it, so the bot fails the proposal. Check the box under Application Prerequisites, or leave the URL blank.',
        span: url.valueTextSpan,
      });
    }
  },
};
