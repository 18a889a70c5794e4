// custom-prerequisite: the custom prerequisite's name (at most 20 characters on LFX) and
// description (at most 500) are both required when its box is checked; text without the box
// checked is never shown to applicants, and neither is the file-upload box.

import type { DraftSection, Span } from '../../core/model';
import type { Rule, RuleContext } from '../rule';
import { anyChecked, draftOf, sectionOf } from './draft-sections';

const LIMITS: Record<string, number> = { custom_prerequisite_name: 20, custom_prerequisite_description: 500 };

export const customPrerequisite: Rule = {
  id: 'custom-prerequisite',
  severity: 'error',
  description: 'A custom prerequisite without its name or description, too long, or filled in without its box checked.',
  fixes: '—',
  checkDraft(context) {
    const draft = draftOf(context);
    const box = sectionOf(draft, 'custom_prerequisites');
    const checked = anyChecked(box);
    for (const id of Object.keys(LIMITS)) {
      const section = sectionOf(draft, id);
      if (!section) continue;
      const label = section.heading.text;
      if (checked && !section.value) {
        context.report({ message: `The custom prerequisite is checked, so "${label}" is required.`, span: placeOf(section) });
      } else if (!checked && section.value) {
        context.report({ severity: 'warning', message: `"${label}" is filled in but the Custom Prerequisite box is not checked, so applicants will not see it.`, span: section.valueTextSpan });
      }
      if (section.value.length > LIMITS[id]) tooLong(context, section, LIMITS[id]);
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
  const length = [...section.value].length;
  if (length <= limit) return;
  context.report({
    message: `"${section.heading.text}" has ${length} characters; LFX takes at most ${limit}.`,
    span: section.valueTextSpan,
  });
}
