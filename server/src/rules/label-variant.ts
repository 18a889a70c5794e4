// label-variant: a known field written in a non-canonical form (`Mentors` without a colon,
// `Enhancement :`, `**Description**:`), or written as a paragraph outside the field list.
// It renders, so it is a hint; the fix writes the canonical label.

import { canonicalLabel, relabelFix, writtenLabel } from './label-fix';
import type { Rule } from './rule';

export const labelVariant: Rule = {
  id: 'label-variant',
  severity: 'hint',
  description: 'A known field written in a non-canonical form, or outside the field list.',
  check(context) {
    for (const project of context.document.projects) {
      for (const field of project.fields) {
        if (field.form === 'typo' || field.form === 'unknown') continue;
        if (field.form === 'canonical' && field.inList) continue;
        const label = canonicalLabel(context, field);
        const written = writtenLabel(context, field);
        let message: string;
        if (field.form === 'canonical') {
          message = `"${label}" is a paragraph; write it as an item of the field list ("- ${label} …").`;
        } else if (field.inList) {
          message = `Write "${written}" as "${label}".`;
        } else {
          message = `Write "${written}" as the list item "- ${label}".`;
        }
        context.report({ message, span: field.labelSpan, fix: relabelFix(context, field) });
      }
    }
  },
};
