// empty-field, in an issue-form draft: a required field of the form is empty or
// `_No response_`. GitHub would not submit the form that way, and the bot rejects it.

import type { DraftCheck } from '../rule';
import { formField } from '../../core/issue-form';

export const emptyFieldDraftCheck: DraftCheck = {
  checkDraft(context) {
    const draft = context.document.draft;
    for (const section of draft.sections) {
      const field = formField(draft.form, section.fieldId);
      if (!field?.required || section.value) continue;
      context.report({
        message: `"${field.label}" is required and has no value${section.noResponse ? ' (`_No response_`)' : ''}.`,
        span: section.noResponse ? section.valueTextSpan : section.heading.textSpan,
      });
    }
  },
};
