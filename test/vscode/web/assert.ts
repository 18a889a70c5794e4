// `node:assert/strict` for the suites when they run in VS Code's browser worker, where there is
// no Node: the functions the suites use, with Node's strict semantics (Object.is, deep equality
// of plain data), throwing errors with `expected` and `actual` for the report.

class AssertionError extends Error {
  override name = 'AssertionError';
  constructor(
    message: string,
    readonly actual?: unknown,
    readonly expected?: unknown,
  ) {
    super(message);
  }
}

function fail(message: string | undefined, fallback: string, actual?: unknown, expected?: unknown): never {
  throw new AssertionError(message ?? fallback, actual, expected);
}

export function ok(value: unknown, message?: string): asserts value {
  if (!value) fail(message, `Expected a truthy value, got ${String(value)}`, value, true);
}

export function equal<T>(actual: unknown, expected: T, message?: string): asserts actual is T {
  if (!Object.is(actual, expected)) fail(message, `Expected ${String(actual)} to equal ${String(expected)}`, actual, expected);
}

export function notEqual(actual: unknown, expected: unknown, message?: string): void {
  if (Object.is(actual, expected)) fail(message, `Expected ${String(actual)} not to equal ${String(expected)}`, actual, expected);
}

export function match(value: string, pattern: RegExp, message?: string): void {
  if (typeof value !== 'string' || !pattern.test(value)) fail(message, `Expected ${JSON.stringify(value)} to match ${String(pattern)}`, value, pattern);
}

export function deepEqual<T>(actual: unknown, expected: T, message?: string): asserts actual is T {
  if (!same(actual, expected)) fail(message, `Expected ${JSON.stringify(actual)} to deeply equal ${JSON.stringify(expected)}`, actual, expected);
}

/** Deep strict equality of plain data: primitives, arrays and plain objects of the same prototype. */
function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, index) => same(item, b[index]));
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return keysA.length === keysB.length && keysA.every((key) => Object.hasOwn(b, key) && same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
