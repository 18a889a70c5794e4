// field-length: values longer than LFX takes. The program's full name on LFX,
// `CNCF - <Project>: <Program Name> (<Term>)`, must stay under 100 characters, and the
// Program Description under 3000.

import type { Rule } from '../rule';
import { draftOf, sectionOf } from './draft-sections';

const MAX_FULL_NAME = 99;
const MAX_DESCRIPTION = 3000;

export const fieldLength: Rule = {
  id: 'field-length',
  severity: 'error',
  description: 'A program name or description longer than LFX takes.',
  check(context) {
    const draft = draftOf(context);
    const name = sectionOf(draft, 'program_name');
    if (name?.value) {
      const project = sectionOf(draft, 'cncf_project')?.value || '<Project>';
      const term = sectionOf(draft, 'term')?.value || '<Term>';
      const full = `CNCF - ${project}: ${name.value} (${term})`;
      const length = [...full].length;
      if (length > MAX_FULL_NAME) {
        context.report({
          message: `The full program name "${full}" has ${length} characters; LFX takes fewer than 100. Shorten the Program Name by ${length - MAX_FULL_NAME}.`,
          span: name.valueTextSpan,
        });
      }
    }
    const description = sectionOf(draft, 'program_description');
    const length = description ? [...description.value].length : 0;
    if (description && length > MAX_DESCRIPTION) {
      context.report({ message: `The Program Description has ${length} characters; LFX takes at most ${MAX_DESCRIPTION}.`, span: description.heading.textSpan });
    }
  },
};
