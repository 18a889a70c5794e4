// empty-field: a field is there but says nothing ("- Mentor(s):" and no mentor). An empty field
// the document does not require (2017's GSoC "Issue:" with no issue) is a warning: the label can
// go as well as be filled.

import { fieldSpec } from '../core/fields';
import { requiredFields } from '../core/required-fields';
import type { Rule } from './rule';
import { emptyFieldDraftCheck } from './form/empty-field';

export const emptyField: Rule = {
  id: 'empty-field',
  severity: 'error',
  description: 'A field has a label but no value.',
  fixes: '—',
  scope: 'project',
  inputs: ({ document }) => [document.programme, document.era, requiredFields(document).join()],
  checkProject(context, project) {
    for (const field of project.fields) {
      if (field.value || !field.id) continue;
      // On a GSoC page, project-size reports an empty size with what to write.
      if (field.id === 'projectSize' && context.document.programme === 'gsoc') continue;
      const label = fieldSpec(field.id).canonical[context.document.era];
      const required = requiredFields(context.document).includes(field.id);
      context.report({
        ...(!required && { severity: 'warning' as const }),
        message: required ? `The ${label} field of "${project.title}" is empty.` : `The ${label} field of "${project.title}" is empty; fill it in or remove the label.`,
        span: field.labelSpan,
      });
    }
  },
  checkDraft: emptyFieldDraftCheck.checkDraft,
};
