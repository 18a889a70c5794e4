// The option of an issue form's list nearest to what an author wrote ("Apicur" → "Apicurio
// Registry"): the form-option and form-checkbox rules fix a value with it, and converting a
// term entry into a draft picks its CNCF Project with it.

import { labelKey } from './draft';
import { editDistance } from './fields';

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
