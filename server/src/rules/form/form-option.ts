// form-option: a dropdown's value (CNCF Project, Term) that is none of the form's options.
// GitHub's form offers only the options, exactly as written, so such a value cannot be
// submitted through the form; CNCF's bot does not check it, though (only that it is not empty),
// so this is a warning, stricter than the bot by design. The fix writes the closest option; it
// is safe only when the two differ in case or spacing alone.

import { closestOption } from '../../core/closest-option';
import { labelKey } from '../../core/draft';
import type { Rule } from '../rule';
import { formField } from '../../core/issue-form';

export const formOption: Rule = {
  id: 'form-option',
  severity: 'warning',
  description: 'A CNCF Project or Term value that is not one of the form\'s options.',
  fixes: 'quick fix',
  checkDraft(context) {
    const draft = context.document.draft;
    for (const section of draft.sections) {
      const field = formField(draft.form, section.fieldId);
      if (field?.type !== 'dropdown' || !section.value || field.options.includes(section.value)) continue;
      const closest = closestOption(field.options, section.value);
      const sameWords = closest !== undefined && labelKey(closest) === labelKey(section.value);
      context.report({
        message: `"${section.value}" is not an option of "${field.label}"${closest ? `; the closest is "${closest}"` : ''}.`,
        span: section.valueTextSpan,
        ...(closest && { fix: { title: `Change to "${closest}"`, edits: [{ span: section.valueTextSpan, newText: closest }], safe: sameWords } }),
      });
    }
  },
};
