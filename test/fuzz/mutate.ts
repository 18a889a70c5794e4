// The fuzz tier's inputs: corpus text mutated the way proposal files go wrong when typed by hand,
// pasted from issue forms and web pages, or saved half-written. Each case is a pure function of
// (seed, case index), so a failure is reproduced by `FUZZ_SEED=<seed> FUZZ_CASE=<index>`.

import { CORPUS_FILES, readFixture } from '../helpers/paths';
import { random } from '../helpers/random';

/** One generated input and how it was made. */
export interface FuzzCase {
  seed: number;
  index: number;
  /** The corpus file and line window it started from, then each mutation applied, in order. */
  recipe: string[];
  text: string;
}

type Next = () => number;
type Mutation = (text: string, next: Next) => string;

/** The texts mutated: the real term files, and an issue-form draft (picked as often as a term file). */
const FUZZ_FILES: readonly string[] = [...CORPUS_FILES.map((file) => `corpus/${file}`), 'drafts/apicurio-mcp-tools.proposal.md'];

const corpus = new Map<string, string[]>();
function corpusLines(file: string): string[] {
  let lines = corpus.get(file);
  if (!lines) corpus.set(file, (lines = readFixture(...file.split('/')).split('\n')));
  return lines;
}

const pick = <T>(items: readonly T[], next: Next): T => items[Math.floor(next() * items.length)];
const offsetIn = (text: string, next: Next) => Math.floor(next() * (text.length + 1));
/** A random offset just after a line break (or 0). */
function lineStartIn(text: string, next: Next): number {
  const at = offsetIn(text, next);
  const previous = text.lastIndexOf('\n', at - 1);
  return previous < 0 ? 0 : previous + 1;
}
const insertAt = (text: string, at: number, piece: string) => text.slice(0, at) + piece + text.slice(at);
const insert = (piece: string): Mutation => (text, next) => insertAt(text, offsetIn(text, next), piece);
const insertLine = (piece: string): Mutation => (text, next) => insertAt(text, lineStartIn(text, next), piece);

/** A 100 KB line of one of the shapes a paste produces. */
function longLine(next: Next): string {
  const unit = pick(['x', 'word ', '@mentor, ', '[link](https://example.com/a) ', '`code` ', '😀', '| a ', '*', '#', '\\'], next);
  const prefix = pick(['', '- Description: ', '- Mentor(s): ', '- Recommended Skills: ', '#### ', '  - ', '> '], next);
  return prefix + unit.repeat(Math.ceil(100_000 / unit.length)) + '\n';
}

/** A list nested 300 deep, sometimes inside a field, sometimes with mentor-like items. */
function deepList(next: Next): string {
  const item = pick(['item', 'Mentor(s): Ann (@ann)', 'Jane Doe (@jane, jane@example.com)', '', 'Description: x'], next);
  const marker = pick(['- ', '* ', '1. ', '> - '], next);
  const indent = pick([2, 3, 4], next);
  let list = pick(['', '- Mentor(s):\n', '- Description:\n'], next);
  for (let depth = 0; depth < 300; depth++) list += ' '.repeat(depth * indent) + marker + item + '\n';
  return list;
}

export const MUTATIONS: Record<string, Mutation> = {
  emoji: (text, next) => insertAt(text, offsetIn(text, next), pick(['😀', '👩‍💻', '🇩🇪', '🏳️‍🌈', 'é', '\u0301', '𝔘'], next)),
  'lone surrogate': (text, next) => insertAt(text, offsetIn(text, next), pick(['\uD83D', '\uDE00', '\uDBFF\uDBFF', '\uDFFF'], next)),
  nul: insert('\u0000'),
  bom: (text, next) => (next() < 0.7 ? '\uFEFF' + text : insert('\uFEFF')(text, next)),
  'crlf line ends': (text) => text.replace(/\r?\n/g, '\r\n'),
  'cr line ends': (text) => text.replace(/\r?\n/g, '\r'),
  'one cr': insert('\r'),
  'one crlf': insert('\r\n'),
  'unclosed fence': (text, next) => insertLine(pick(['```\n', '~~~~\n', '```markdown\n', '    ```\n'], next))(text, next),
  'html comment': (text, next) => (next() < 0.5 ? insertLine('<!-- ')(text, next) : insert(pick(['<!-- x -->', '<!--', '-->', '<div>\n', '</details>'], next))(text, next)),
  'disable comment': insertLine('<!-- lfx-proposals-disable-next-line -->\n'),
  '100 KB line': (text, next) => insertAt(text, lineStartIn(text, next), longLine(next)),
  '300-deep list': (text, next) => insertAt(text, lineStartIn(text, next), deepList(next)),
  delete: (text, next) => {
    const at = offsetIn(text, next);
    return text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * pick([3, 40, 2000], next)));
  },
  duplicate: (text, next) => {
    const from = offsetIn(text, next);
    const piece = text.slice(from, from + 1 + Math.floor(next() * pick([10, 400, 3000], next)));
    return insertAt(text, offsetIn(text, next), piece);
  },
  fragment: (text, next) =>
    insert(pick(['#', '### ', '#### Title\n', '\n##### Deep\n', '- ', '- Mentor(s): ', '(@', ')', ', ', '@', '- Upstream Issue: ', '](#', '| a | b |\n|---|---|\n'], next))(text, next),
  'heading line': insertLine('### Organisation\n\n#### Project\n\n'),
};
const NAMES = Object.keys(MUTATIONS);

/** The case `index` of the run seeded `seed`: a corpus window with one to four mutations. */
export function fuzzCase(seed: number, index: number): FuzzCase {
  const next = random(Math.imul(seed, 0x9e3779b1) ^ (index + 1));
  const file = pick(FUZZ_FILES, next);
  const lines = corpusLines(file);
  const length = pick([20, 80, 200, 600], next);
  const from = Math.floor(next() * Math.max(1, lines.length - length));
  let text = lines.slice(from, from + length).join('\n');
  const recipe = [`${file} lines ${from + 1}–${from + length}`];
  const count = 1 + Math.floor(next() * 4);
  for (let step = 0; step < count; step++) {
    const name = pick(NAMES, next);
    text = MUTATIONS[name](text, next);
    recipe.push(name);
  }
  return { seed, index, recipe, text };
}

/** The cases of one run: `FUZZ_CASE` picks a single one to reproduce a failure. */
export function fuzzCases(seed: number, count: number): FuzzCase[] {
  const only = process.env.FUZZ_CASE;
  if (only !== undefined && only !== '') return [fuzzCase(seed, Number(only))];
  return Array.from({ length: count }, (_, index) => fuzzCase(seed, index));
}

/** How to run one case again. */
export function reproduce(fuzz: FuzzCase): string {
  return `FUZZ_SEED=${fuzz.seed} FUZZ_CASE=${fuzz.index} (${fuzz.recipe.join(', ')})`;
}

/** The lines of a text as LSP counts them (\n, \r\n and a lone \r end a line), without their ends. */
export function lspLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

type Pos = { line: number; character: number };

/**
 * Why a position is not inside the document in UTF-16 units (undefined when it is): its line
 * exists, its character is at most the line's length and does not split a surrogate pair.
 */
export function positionProblem(lines: readonly string[], position: Pos): string | undefined {
  const { line, character } = position;
  if (!Number.isInteger(line) || !Number.isInteger(character) || line < 0 || character < 0) return `not a position: ${JSON.stringify(position)}`;
  if (line >= lines.length) return `line ${line} past the last line ${lines.length - 1}`;
  const text = lines[line];
  if (character > text.length) return `character ${character} past the end (${text.length}) of line ${line}`;
  const before = text.charCodeAt(character - 1);
  const after = text.charCodeAt(character);
  if (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff) return `line ${line} character ${character} splits a surrogate pair`;
  return undefined;
}

/** Every `{ start, end }` range anywhere in a JSON value, with where it was found. */
export function rangesIn(value: unknown, path = '$'): Array<{ path: string; range: { start: Pos; end: Pos } }> {
  if (!value || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const isPos = (pos: unknown) => !!pos && typeof pos === 'object' && 'line' in pos && 'character' in pos;
  const own = isPos(record.start) && isPos(record.end) ? [{ path, range: record as unknown as { start: Pos; end: Pos } }] : [];
  return own.concat(...Object.entries(record).map(([key, child]) => rangesIn(child, `${path}.${key}`)));
}

/** The problems of every range in a value: outside the text, or ending before it starts. */
export function rangeProblems(text: string, value: unknown): string[] {
  const lines = lspLines(text);
  const problems: string[] = [];
  for (const { path, range } of rangesIn(value)) {
    const problem = positionProblem(lines, range.start) ?? positionProblem(lines, range.end);
    if (problem) problems.push(`${path}: ${problem}`);
    else if (range.end.line < range.start.line || (range.end.line === range.start.line && range.end.character < range.start.character)) {
      problems.push(`${path}: ends before it starts ${JSON.stringify(range)}`);
    }
  }
  return problems;
}
