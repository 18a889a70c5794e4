// The markdown front end of the term-file reader: remark-parse gives the block structure, and
// the reader takes offsets from its nodes and text from the source. A guard keeps micromark's
// inline parse, quadratic on some runs of characters, off the rest of a very long line.

import type { Node, Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Span } from '../model';

const markdown = unified().use(remarkParse);

/** The markdown tree of a whole text (offsets relative to `text`). */
export function parseMarkdown(text: string): Root {
  return markdown.parse(boundedForParsing(text)) as Root;
}

/**
 * Parses markdown into its top-level blocks (offsets relative to `text`). A section that a
 * heading follows in its document is parsed with a heading after it: micromark ends some blocks
 * differently at the end of the input (an HTML comment in a list item before a blank line keeps
 * the blank line; LFX_SEED=200003), and the section's blocks must end as in the whole text.
 */
export function parseBlocks(text: string, followedByHeading = false): RootContent[] {
  if (!followedByHeading) return parseMarkdown(text).children;
  const blocks = parseMarkdown(text + '#').children;
  const last = blocks[blocks.length - 1];
  if (last?.type === 'heading' && last.position?.start.offset === text.length) blocks.pop();
  return blocks;
}

/** Where a node starts in the text. */
export function startOf(node: Node): number {
  return node.position?.start.offset ?? 0;
}

/** Where a node ends in the text. */
export function endOf(node: Node): number {
  return node.position?.end.offset ?? 0;
}

/** The span a node covers. */
export function spanOf(node: Node): Span {
  return { start: startOf(node), end: endOf(node) };
}

/** Lines longer than this are parsed with their inline markup neutralised past LONG_LINE_KEPT. */
const LONG_LINE = 10_000;
const LONG_LINE_KEPT = 1_000;
const LONG_LINES = new RegExp(`[^\\r\\n]{${LONG_LINE + 1},}`, 'g');

/**
 * The text remark-parse is given. micromark's inline parse grows quadratically with a run of
 * emphasis, bracket or escape characters on one line (a pasted 100 KB line of `*` took minutes),
 * so past the first LONG_LINE_KEPT characters of a line longer than LONG_LINE those characters
 * become `x`. The length and the line breaks stay, so every offset into the text stays right, and
 * the block structure (decided at a line's start) is unchanged; the model reads its values from
 * the original text by offset.
 */
function boundedForParsing(text: string): string {
  if (text.length <= LONG_LINE) return text;
  let result = '';
  let at = 0;
  for (const match of text.matchAll(LONG_LINES)) {
    const start = (match.index ?? 0) + LONG_LINE_KEPT;
    const end = (match.index ?? 0) + match[0].length;
    result += text.slice(at, start) + text.slice(start, end).replace(/[*_`[\]\\<>!&~|]/g, 'x');
    at = end;
  }
  return at === 0 ? text : result + text.slice(at);
}
