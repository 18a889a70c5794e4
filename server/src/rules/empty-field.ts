// empty-field: a field is there but says nothing ("- Mentor(s):" and no mentor).

import { fieldSpec } from '../core/fields';
import type { Rule } from './rule';
import { emptySection } from './form/empty-section';

export const emptyField: Rule = {
  id: 'empty-field',
  severity: 'error',
  description: 'A field has a label but no value.',
  fixes: '—',
  scope: 'project',
  inputs: ({ document }) => [document.programme, document.era],
  checkProject(context, project) {
    for (const field of project.fields) {
      if (field.value || !field.id) continue;
      // On a GSoC page, project-size reports an empty size with what to write.
      if (field.id === 'projectSize' && context.document.programme === 'gsoc') continue;
      const label = fieldSpec(field.id).canonical[context.document.era];
      context.report({
        message: `The ${label} field of "${project.title}" is empty.`,
        span: field.labelSpan,
      });
    }
  },
  checkDraft: emptySection.checkDraft,
};
