// form-option: a dropdown's value (CNCF Project, Term) that is none of the form's options.
// GitHub's form offers only the options, exactly as written, so such a value cannot be
// submitted through the form; CNCF's bot does not check it, though (only that it is not empty),
// so this is a warning, stricter than the bot by design. The fix writes the closest option; it
// is safe only when the two differ in case or spacing alone.

import { labelKey } from '../../core/draft';
import { editDistance } from '../../core/fields';
import type { Rule } from '../rule';
import { formField } from '../../core/issue-form';
import { draftOf } from './draft-sections';

export const formOption: Rule = {
  id: 'form-option',
  severity: 'warning',
  description: 'A CNCF Project or Term value that is not one of the form\'s options.',
  check(context) {
    const draft = draftOf(context);
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

/** The option nearest to a value: same words first, the only one, one containing the value, one in it, then by edit distance. */
export function closestOption(options: readonly string[], value: string): string | undefined {
  const key = labelKey(value);
  const compact = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');
  const exact = options.find((option) => labelKey(option) === key) ?? options.find((option) => compact(option) === compact(value));
  if (exact) return exact;
  // A dropdown with one option (the Term, between calls for proposals) has one answer.
  if (options.length === 1) return options[0];
  if (compact(value).length >= 3) {
    // An option that contains the value ("Apicur" → "Apicurio Registry"): the shortest.
    const containing = options.filter((option) => compact(option).includes(compact(value)));
    if (containing.length > 0) return containing.sort((a, b) => a.length - b.length)[0];
    // An option inside the value ("Cloud Native Buildpacks" → "Buildpacks"): the longest, and a
    // short one only as a whole word, or "Rekor" would be "ko".
    const words = new Set(value.toLowerCase().split(/[^a-z0-9]+/));
    const contained = options.filter((option) => compact(value).includes(compact(option)) && (compact(option).length >= 4 || words.has(compact(option))));
    if (contained.length > 0) return contained.sort((a, b) => b.length - a.length)[0];
  }
  let best: { option: string; distance: number } | undefined;
  for (const option of options) {
    const distance = editDistance(key, labelKey(option));
    if (!best || distance < best.distance) best = { option, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(key.length / 3)) ? best.option : undefined;
}
