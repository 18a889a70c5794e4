// V8 represents a slice of a long string as a view into it, so any slice of a document's text
// keeps that whole version of the text alive. What outlives one version (parsed sections and
// readings cached across edits, memos) keeps copies of its own instead.

/** A copy of `text` that refers to no other string. */
export function ownCopy(text: string): string {
  // Slices under 13 characters are copies already. Otherwise the concatenation is flattened into
  // a new string by `slice`, and the result is a view into that new string alone.
  return text.length < 13 ? text : ` ${text}`.slice(1);
}

/**
 * Plain data (objects, arrays, strings, numbers) with every string replaced by its own copy.
 * Anything else (a Map, a class instance) is kept as it is, not copied into a plain object.
 */
export function withOwnStrings<T>(value: T): T {
  if (typeof value === 'string') return ownCopy(value) as T;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(withOwnStrings) as T;
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  const copy: Record<string, unknown> = {};
  for (const key in value) copy[key] = withOwnStrings(value[key]);
  return copy as T;
}
