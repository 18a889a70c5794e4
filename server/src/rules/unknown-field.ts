// unknown-field: a label that is no known field. When it is close to one (a typo, or stray
// markup such as `Recommended Skills\*\*:` that GitHub shows as asterisks) the finding
// names the field and the fix writes its label; the field still counts as present, so
// the same entry is not also reported as missing it.

import { canonicalLabel, relabelFix, writtenLabel } from './label-fix';
import type { Rule } from './rule';

export const unknownField: Rule = {
  id: 'unknown-field',
  severity: 'warning',
  description: 'A field label that is no known field; suggests the nearest known label.',
  check(context) {
    for (const project of context.document.projects) {
      for (const field of project.fields) {
        if (field.form === 'typo') {
          const written = writtenLabel(context, field).replace(/\s*:$/, '');
          context.report({
            message: `Unknown field label "${written}"; did you mean "${canonicalLabel(context, field)}"?`,
            span: field.labelSpan,
            fix: relabelFix(context, field),
          });
        } else if (field.form === 'unknown') {
          context.report({
            message: `"${field.label}" is not a field of a proposal entry; move it into the Description or Expected Outcome.`,
            span: field.labelSpan,
          });
        }
      }
    }
  },
};
