// form-skills: applicants' skills are missing: "Skills same as Technologies?" is not checked
// and Required/Desirable Skills is empty. With the box checked, the Technologies are the
// skills, and a Required/Desirable Skills value is ignored: a warning says so, as CNCF's bot
// warns ("clear one or the other"), without failing the proposal.

import type { Rule } from '../rule';
import { anyChecked, sectionOf } from './draft-sections';

export const formSkills: Rule = {
  id: 'form-skills',
  severity: 'error',
  description: 'Neither "Skills same as Technologies?" checked nor Required/Desirable Skills filled in.',
  fixes: '—',
  checkDraft(context) {
    const draft = context.document.draft;
    const same = sectionOf(draft, 'skills_same');
    const skills = sectionOf(draft, 'skills');
    const checked = anyChecked(same);
    if (!checked && !skills?.value) {
      const place = skills ?? same;
      if (!place) return; // Both sections are missing: missing-field says so.
      context.report({
        message: 'Say what skills applicants need: check "Skills same as Technologies?", or fill in Required/Desirable Skills.',
        span: place.noResponse ? place.valueTextSpan : place.heading.textSpan,
      });
    } else if (checked && skills?.value) {
      context.report({
        severity: 'warning',
        message: '"Skills same as Technologies?" is checked, so CNCF\'s export uses the Technologies for both and this value is not used: uncheck the box, or clear the value.',
        span: skills.valueTextSpan,
      });
    }
  },
};
