// field-length: values longer than LFX takes. The program's full name on LFX is
// `CNCF - <Project>: <Program Name> (<term>)` with the term's month range left out
// ("2026 Term 3 (Sep-Nov)" → "2026 Term 3"): that is the name the export writes in the term
// README and the one CNCF's bot measures, and it may have at most 100 characters. The
// Program Description may have at most 3000. Lengths are counted as the bot counts them
// (JavaScript string length), so an emoji counts 2.

import type { Rule } from '../rule';
import { sectionOf } from './draft-sections';

const MAX_FULL_NAME = 100;
const MAX_DESCRIPTION = 3000;

/** The term as it appears in a program's full name: the dropdown value without its month range. */
export function termInFullName(term: string): string {
  return term.split('(')[0].trim();
}

/** The program's full name on LFX, as CNCF's bot measures it and the export writes it. */
export function lfxFullName(project: string, programName: string, term: string): string {
  return `CNCF - ${project}: ${programName} (${termInFullName(term)})`;
}

export const fieldLength: Rule = {
  id: 'field-length',
  severity: 'error',
  description: 'A program name or description longer than LFX takes.',
  fixes: '—',
  checkDraft(context) {
    const draft = context.document.draft;
    const name = sectionOf(draft, 'program_name');
    if (name?.value) {
      const project = sectionOf(draft, 'cncf_project')?.value || '<Project>';
      const term = sectionOf(draft, 'term')?.value || '<Term>';
      const full = lfxFullName(project, name.value, term);
      if (full.length > MAX_FULL_NAME) {
        context.report({
          message: `The full program name "${full}" has ${full.length} characters; LFX takes at most ${MAX_FULL_NAME}. Shorten the Program Name by ${full.length - MAX_FULL_NAME}.`,
          span: name.valueTextSpan,
        });
      }
    }
    const description = sectionOf(draft, 'program_description');
    if (description && description.value.length > MAX_DESCRIPTION) {
      context.report({ message: `The Program Description has ${description.value.length} characters; LFX takes at most ${MAX_DESCRIPTION}.`, span: description.heading.textSpan });
    }
  },
};
