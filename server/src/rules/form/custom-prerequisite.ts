// custom-prerequisite: the custom prerequisite's name (at most 20 characters on LFX) and
// description (at most 500) are both required when its box is checked. Text written while the
// box is not checked would be dropped by CNCF's export (it keys off the box), so CNCF's bot fails
// it, and then still requires the other of the two: all errors here too. The file-upload box
// checked without a custom prerequisite is beyond the bot, so a warning.

import type { DraftSection, Span } from '../../core/model';
import type { Rule, RuleContext } from '../rule';
import { anyChecked, sectionOf } from './draft-sections';

const LIMITS: Record<string, number> = { custom_prerequisite_name: 20, custom_prerequisite_description: 500 };

export const customPrerequisite: Rule = {
  id: 'custom-prerequisite',
  severity: 'error',
  description: 'A custom prerequisite without its name or description, too long, or filled in without its box checked.',
  fixes: '—',
  checkDraft(context) {
    const draft = context.document.draft;
    const box = sectionOf(draft, 'custom_prerequisites');
    const checked = anyChecked(box);
    const sections = Object.keys(LIMITS).map((id) => sectionOf(draft, id));
    const written = sections.some((section) => section?.value);
    for (const [index, id] of Object.keys(LIMITS).entries()) {
      const section = sections[index];
      if (!section) continue;
      const label = section.heading.text;
      if (!checked && section.value) {
        context.report({
          message: `"${label}" is filled in but the Custom Prerequisite box is not checked: CNCF's export would drop it, so the bot fails the proposal. Check the box, or clear the custom prerequisite.`,
          span: section.valueTextSpan,
        });
      } else if ((checked || written) && !section.value) {
        context.report({
          message: checked
            ? `The custom prerequisite is checked, so "${label}" is required.`
            : `A custom prerequisite is being written, so "${label}" is required too.`,
          span: placeOf(section),
        });
      }
      tooLong(context, section, LIMITS[id]);
    }
    const upload = sectionOf(draft, 'custom_prerequisite_file_upload');
    if (!checked && anyChecked(upload)) {
      const ticked = upload!.checkboxes.find((candidate) => candidate.checked)!;
      context.report({ severity: 'warning', message: 'File upload is checked but there is no custom prerequisite (its box is not checked).', span: ticked.labelSpan });
    }
  },
};

function placeOf(section: DraftSection): Span {
  return section.noResponse ? section.valueTextSpan : section.heading.textSpan;
}

function tooLong(context: RuleContext, section: DraftSection, limit: number): void {
  // Counted as CNCF's bot counts (JavaScript string length: an emoji counts 2).
  const length = section.value.length;
  if (length <= limit) return;
  context.report({
    message: `"${section.heading.text}" has ${length} characters; LFX takes at most ${limit}.`,
    span: section.valueTextSpan,
  });
}
