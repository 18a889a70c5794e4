// Re-parses only the blocks of a section that an edit touched: typing in a project's Description
// re-parses that paragraph or that field's list item, not the whole entry (micromark's parse of a
// 4 KB entry and the garbage it leaves were most of a keystroke's time). The section's other
// blocks are kept.
//
// A window of the text parses as in the whole section when micromark is in the same state at
// both of its ends as at the start of a document, in the old text and in the new:
// - it starts at a line where nothing is open: after the heading, or after a paragraph or a
//   thematic break and a blank line (a paragraph ends at a blank line; nothing else was open);
// - it ends before a block that starts anew: after a blank line that closed a paragraph, a
//   heading or a thematic break, or at the end of the section;
// - it does not start with a byte order mark (micromark drops one at a document's start).
// One top-level list item is a window too: the next item's marker line closes it. That line is
// parsed with the window (a non-empty `-`, `*` or `+` item closes the one before whatever that
// holds, so it ends as in the whole text), the edit ends before that line, and the unchanged
// prefix of the item's own marker line keeps it an item of the same list with the same
// indentation for its content.
// Smallest of all, an edit inside one line of a paragraph, at any depth, whose line starts with a
// letter (no block starts with one, and the edit keeps that letter and the line's breaks) leaves
// every block as it was: only that paragraph is parsed again, with the lines that open its
// containers (from its top-level block's or top-level item's first line to its end), and taken
// when the same containers hold it at the same place.
// Link reference definitions reach across blocks: a section with one is parsed whole. Tests
// compare the result with a whole parse, node for node, after random, clustered and hand-made
// edits (a review's counterexamples among them).

import type { List, Node, Paragraph, Parent, RootContent, Text } from 'mdast';
import { parseBlocks } from '../read/markdown';
import { ownCopy } from '../own-strings';

/** A section's blocks as parsed before an edit, at offsets `start` + their place in `text`. */
export interface ParsedSection {
  text: string;
  start: number;
  blocks: RootContent[];
}

/** How much of the section was handed to micromark, for tests and the log. */
export interface WindowParse {
  blocks: RootContent[];
  parsed: number;
}

/**
 * The blocks of `text` (the section's new text, at offset `start` of its document), re-parsing
 * only what the edit from `before.text` touched; undefined when the edit may reach beyond the
 * blocks it is in (the caller parses the section whole). `before`'s nodes are moved in place:
 * they are the caller's to give.
 */
export function reparseEdit(before: ParsedSection, text: string, start: number, followedByHeading: boolean): WindowParse | undefined {
  const old = before.text;
  if (old.includes(']:') || text.includes(']:')) return undefined;
  const { prefix, oldEnd } = editOf(old, text);
  const delta = text.length - old.length;
  const paragraph = reparseParagraph(before, text, start, prefix, oldEnd, delta);
  if (paragraph) return paragraph;
  const blocks = before.blocks;
  const rel = (node: Node) => startOf(node) - before.start;
  // The blocks the edit is in: from the last one starting at or before it, to the last one starting before its end.
  let first = 0;
  while (first + 1 < blocks.length && rel(blocks[first + 1]) <= prefix) first++;
  let last = first;
  while (last + 1 < blocks.length && rel(blocks[last + 1]) < oldEnd) last++;
  if (first === 0) return undefined; // the heading's line: the section is parsed whole

  const list = blocks[first];
  if (first === last && list.type === 'list') {
    const item = reparseItem(before, list, first, text, start, prefix, oldEnd, delta, followedByHeading);
    if (item) return item;
  }
  return reparseBlocks(before, first, last, text, start, prefix, delta, followedByHeading);
}

/** The edit as the common prefix and suffix leave it: it starts at `prefix` and ends at `oldEnd` of the old text. */
function editOf(old: string, text: string): { prefix: number; oldEnd: number } {
  const shortest = Math.min(old.length, text.length);
  let prefix = 0;
  while (prefix < shortest && old.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shortest - prefix && old.charCodeAt(old.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)) suffix++;
  return { prefix, oldEnd: old.length - suffix };
}

/** Top-level blocks `first`…`last` re-parsed as one window. */
function reparseBlocks(
  before: ParsedSection,
  first: number,
  last: number,
  text: string,
  start: number,
  prefix: number,
  delta: number,
  followedByHeading: boolean,
): WindowParse | undefined {
  const { blocks, text: old } = before;
  const rel = (node: Node) => startOf(node) - before.start;
  const relEnd = (node: Node) => endOf(node) - before.start;
  const previous = blocks[first - 1];
  const from = lineStart(old, rel(blocks[first]));
  if (from === undefined) return undefined;
  if (previous.type !== 'heading') {
    if (previous.type !== 'paragraph' && previous.type !== 'thematicBreak') return undefined;
    if (!BLANK_LINE.test(old.slice(relEnd(previous), from))) return undefined;
  }
  // A byte order mark at the window's start would be dropped as the start of a document.
  if (text.charCodeAt(from) === 0xfeff) return undefined;
  const toEnd = last + 1 === blocks.length;
  const to = toEnd ? text.length : rel(blocks[last + 1]) + delta;
  if (!toEnd && (lineStart(text, to) !== to || to <= prefix)) return undefined;
  if (!toEnd) {
    // The blocks kept after the window were parsed from a document's start state in the old text too.
    const oldTo = rel(blocks[last + 1]);
    if (lineStart(old, oldTo) !== oldTo) return undefined;
    if (!CLOSED_BY_BLANK_LINE.has(blocks[last].type) || !BLANK_LINE.test(old.slice(relEnd(blocks[last]), oldTo))) return undefined;
  }
  const window = text.slice(from, to);
  const parsed = parseBlocks(ownCopy(window), toEnd ? followedByHeading : true);
  if (!toEnd) {
    const closing = parsed[parsed.length - 1];
    if (!closing || !CLOSED_BY_BLANK_LINE.has(closing.type) || !ENDS_WITH_BLANK_LINE.test(window)) return undefined;
  }
  const shift = start - before.start;
  for (const block of parsed) moveInPlace(block, start + from);
  for (const block of blocks.slice(0, first)) moveInPlace(block, shift);
  for (const block of blocks.slice(last + 1)) moveInPlace(block, shift + delta);
  return { blocks: [...blocks.slice(0, first), ...parsed, ...blocks.slice(last + 1)], parsed: window.length };
}

/** One item of a top-level list re-parsed, with the next item's marker line to close it. */
function reparseItem(
  before: ParsedSection,
  list: List,
  index: number,
  text: string,
  start: number,
  prefix: number,
  oldEnd: number,
  delta: number,
  followedByHeading: boolean,
): WindowParse | undefined {
  const { blocks, text: old } = before;
  const items = list.children;
  const rel = (node: Node) => startOf(node) - before.start;
  let k = 0;
  while (k + 1 < items.length && rel(items[k + 1]) <= prefix) k++;
  const from = lineStart(old, rel(items[k]));
  if (from === undefined) return undefined;
  // The marker line up to the item's first character is unchanged: the same kind of item, with its content where it was.
  // Its first character a letter: in a tight list the marker line interrupts the item before, and
  // micromark parses what follows the marker under that (an empty `1.` there is text, not a list);
  // a letter starts a paragraph either way.
  const marker = ITEM_MARKER.exec(old.slice(from, from + 40));
  if (!marker || prefix <= from + marker[0].length) return undefined;
  if (!STARTS_WITH_LETTER.test(old.slice(from + marker[0].length, from + marker[0].length + 2))) return undefined;
  const lastItem = k + 1 === items.length;
  const shift = start - before.start;
  if (lastItem) {
    // The rest of the section, parsed as a section's end: the list's last item and what follows it.
    const window = text.slice(from);
    const parsed = parseBlocks(ownCopy(window), followedByHeading);
    const head = parsed[0];
    if (head?.type !== 'list' || (head.position?.start.offset ?? -1) !== marker[1].length) return undefined;
    for (const block of parsed) moveInPlace(block, start + from);
    for (const item of items.slice(0, k)) moveInPlace(item, shift);
    for (const block of blocks.slice(0, index)) moveInPlace(block, shift);
    const joined: List = { ...list, children: [...items.slice(0, k), ...head.children], position: joinedPosition(list, shift, head) };
    return { blocks: [...blocks.slice(0, index), joined, ...parsed.slice(1)], parsed: window.length };
  }
  const nextAt = rel(items[k + 1]);
  const to = lineStart(old, nextAt);
  // The edit ends before the next item's line, which stays a line of its own.
  if (to === undefined || to <= prefix || oldEnd > to) return undefined;
  const newTo = to + delta;
  if (lineStartOf(text, newTo) !== newTo) return undefined;
  const nextLineEnd = lineEndAfter(text, newTo);
  const closingLine = text.slice(newTo, nextLineEnd);
  if (!CLOSING_ITEM.test(closingLine)) return undefined;
  const window = text.slice(from, newTo);
  const parsed = parseBlocks(ownCopy(window + closingLine), false);
  const head = parsed[0];
  if (parsed.length !== 1 || head.type !== 'list' || head.children.length < 2) return undefined;
  if ((head.position?.start.offset ?? -1) !== marker[1].length) return undefined;
  const closing = head.children[head.children.length - 1];
  if ((closing.position?.start.offset ?? -1) !== window.length + (CLOSING_ITEM.exec(closingLine)?.[1].length ?? 0)) return undefined;
  const fresh = head.children.slice(0, -1);
  for (const item of fresh) moveInPlace(item, start + from);
  for (const item of items.slice(0, k)) moveInPlace(item, shift);
  for (const item of items.slice(k + 1)) moveInPlace(item, shift + delta);
  for (const block of blocks.slice(0, index)) moveInPlace(block, shift);
  for (const block of blocks.slice(index + 1)) moveInPlace(block, shift + delta);
  const joined: List = {
    ...list,
    children: [...items.slice(0, k), ...fresh, ...items.slice(k + 1)],
    position: list.position && {
      start: { ...list.position.start, offset: (list.position.start.offset ?? 0) + shift },
      end: { ...list.position.end, offset: (list.position.end.offset ?? 0) + shift + delta },
    },
  };
  return { blocks: [...blocks.slice(0, index), joined, ...blocks.slice(index + 1)], parsed: window.length + closingLine.length };
}

/** The paragraph holding an edit inside one of its lines, its inline content parsed again. */
function reparseParagraph(before: ParsedSection, text: string, start: number, prefix: number, oldEnd: number, delta: number): WindowParse | undefined {
  const old = before.text;
  const base = before.start;
  const inserted = text.slice(prefix, oldEnd + delta);
  if (/[\r\n]/.test(inserted) || /[\r\n]/.test(old.slice(prefix, oldEnd))) return undefined;
  // The deepest paragraph holding the edit, through containers only.
  const path: Node[] = [];
  let nodes: readonly Node[] = before.blocks;
  let paragraph: Paragraph | undefined;
  while (!paragraph) {
    const holder = nodes.find((node) => startOf(node) - base <= prefix && oldEnd <= endOf(node) - base);
    if (!holder) return undefined;
    path.push(holder);
    if (holder.type === 'paragraph') paragraph = holder as Paragraph;
    else if (holder.type === 'list' || holder.type === 'listItem' || holder.type === 'blockquote') nodes = (holder as Parent).children;
    else return undefined;
  }
  const from = startOf(paragraph) - base;
  const to = endOf(paragraph) - base;
  // The edited line's first character: a letter before the edit, so the line stays a paragraph's.
  const line = lineStartOf(old, prefix);
  const first = line <= from ? from : line + (/^[ \t>]*/.exec(old.slice(line, prefix))?.[0].length ?? 0);
  if (first >= prefix || !STARTS_WITH_LETTER.test(old.slice(first, first + 2))) return undefined;
  const typed = retyped(paragraph, old, text, base, prefix, oldEnd, delta);
  if (typed) return moveAround(before, paragraph, start, oldEnd, delta, typed);
  // Parsed again with everything that opens its containers: from the first line of its top-level
  // block, or of its top-level list item (that line's marker opens the item as in the whole text;
  // a letter after it, as for an item window). The window ends with the paragraph.
  const newTo = to + delta;
  if (newTo > text.length) return undefined;
  const opener = path[0].type === 'list' ? path[1] : path[0];
  const windowStart = lineStartOf(old, startOf(opener) - base);
  if (path[0].type === 'list') {
    const marker = ITEM_MARKER.exec(old.slice(windowStart, windowStart + 40));
    if (!marker || !STARTS_WITH_LETTER.test(old.slice(windowStart + marker[0].length, windowStart + marker[0].length + 2))) return undefined;
  }
  if (text.charCodeAt(windowStart) === 0xfeff) return undefined;
  const parsed = parseBlocks(ownCopy(text.slice(windowStart, newTo)), false);
  // The same containers, by type and place, down to a paragraph at the same place.
  let level: readonly Node[] = parsed;
  let only: Node | undefined;
  for (const node of path) {
    // A top-level list starts in the window at the item that opens it there.
    const at = startOf(node === path[0] ? opener : node) - base - windowStart;
    only = level.find((candidate) => candidate.type === node.type && candidate.position?.start.offset === at);
    if (!only) return undefined;
    level = (only as Partial<Parent>).children ?? [];
  }
  if (only?.type !== 'paragraph' || only.position?.end.offset !== newTo - windowStart) return undefined;
  const toText = (offset: number) => start + windowStart + offset;
  moveAround(before, paragraph, start, oldEnd, delta);
  const mapAll = (node: Node) => {
    if (node.position) {
      node.position.start.offset = toText(node.position.start.offset ?? 0);
      node.position.end.offset = toText(node.position.end.offset ?? 0);
    }
    for (const child of (node as Partial<Parent>).children ?? []) mapAll(child);
  };
  (only as Paragraph).children.forEach(mapAll);
  paragraph.children = (only as Paragraph).children;
  if (paragraph.position) {
    paragraph.position.start.offset = start + from;
    paragraph.position.end.offset = start + newTo;
  }
  return { blocks: renewed(before, path[0] as RootContent), parsed: newTo - windowStart };
}

/**
 * Moves every node of the section but `kept` (and its descendants) with the section, and by the
 * edit's length when it is after the edit. With `typed`, `kept` is moved too, and that text node
 * takes its new value: the blocks are then the section's new blocks, with nothing parsed.
 */
function moveAround(before: ParsedSection, kept: Node, start: number, oldEnd: number, delta: number): void;
function moveAround(before: ParsedSection, kept: Node, start: number, oldEnd: number, delta: number, typed: { node: Text; value: string }): WindowParse;
function moveAround(before: ParsedSection, kept: Node, start: number, oldEnd: number, delta: number, typed?: { node: Text; value: string }): WindowParse | void {
  const base = before.start;
  const shift = start - base;
  const move = (offset: number) => offset + shift + (offset - base >= oldEnd ? delta : 0);
  const visit = (node: Node) => {
    if (node === kept && !typed) return;
    if (node.position) {
      node.position.start.offset = move(node.position.start.offset ?? 0);
      node.position.end.offset = move(node.position.end.offset ?? 0);
    }
    for (const child of (node as Partial<Parent>).children ?? []) visit(child);
  };
  before.blocks.forEach(visit);
  if (!typed) return;
  typed.node.value = typed.value;
  const top = before.blocks.find((block) => startOf(block) <= startOf(kept) && endOf(kept) <= endOf(block)) as RootContent;
  return { blocks: renewed(before, top), parsed: 0 };
}

/** The blocks with `top` replaced by a copy: readings are remembered by node, and its content changed. */
function renewed(before: ParsedSection, top: RootContent): RootContent[] {
  const copy = { ...top } as RootContent;
  return before.blocks.map((block) => (block === top ? copy : block));
}

/**
 * The text node of the paragraph that an edit of plain characters stays inside (one of its lines,
 * in a quote or a list item too), with its new value, when no inline construct can read the edit
 * differently: the node's text and the edit
 * hold no character that opens or closes one (escapes, references, code, emphasis, links, HTML,
 * line breaks), and the edit leaves at least one of the node's characters on either side, so the
 * delimiters around the node keep their neighbours, or it is at the end of the paragraph and
 * leaves no space there. Typing a word in a description is such an edit: no parse at all
 * (micromark's setup alone costs more than the rest of a keystroke's reading).
 */
function retyped(paragraph: Paragraph, old: string, text: string, base: number, prefix: number, oldEnd: number, delta: number): { node: Text; value: string } | undefined {
  // At the end of the paragraph's last line (typing on at a line's end), nothing follows the node on its line.
  const paragraphEnd = endOf(paragraph);
  let holder: Parent = paragraph;
  for (;;) {
    const inside: Node | undefined = holder.children.find(
      (child) => startOf(child) - base < prefix && (oldEnd < endOf(child) - base || (oldEnd === endOf(child) - base && endOf(child) === paragraphEnd)),
    );
    if (!inside) return undefined;
    if (inside.type === 'text') {
      const node = inside as Text;
      const from = startOf(node) - base;
      const to = endOf(node) - base;
      if (NOT_PLAIN_TEXT.test(node.value) || node.value !== textValue(old, from, to) || NOT_PLAIN.test(text.slice(prefix, oldEnd + delta))) return undefined;
      // A line ends without its trailing spaces (two of them before a line break make a break): the edited one must end in none.
      const lineEnd = text.indexOf('\n', prefix);
      const editedLineEnd = lineEnd < 0 || lineEnd > to + delta ? to + delta : lineEnd;
      if (/[ \t]/.test(text[editedLineEnd - 1] ?? '') && (editedLineEnd < to + delta || endOf(node) === paragraphEnd)) return undefined;
      return { node, value: ownCopy(textValue(text, from, to + delta)) };
    }
    // A link's text may be its URL too (`<https://…>`): only emphasis holds nothing but its text.
    if (inside.type !== 'emphasis' && inside.type !== 'strong') return undefined;
    holder = inside as Parent;
  }
}

/**
 * What may start or end an inline construct, or is not kept in a text node as written: escapes,
 * character references, code, emphasis, links and images, autolinks and HTML, line breaks (and
 * the spaces around them), tabs, NUL. A text node may hold `\n` (its lines' breaks), an edit not.
 */
const NOT_PLAIN = /[\\&`*_[\]<>\r\n\t\0]/;
const NOT_PLAIN_TEXT = /[\\&`*_[\]<>\r\t\0]/;

/**
 * A text node's value from its source: on each line after its first, the containers' markers
 * (`>`, the list item's indentation) and the paragraph's indentation dropped, and before each line
 * break, the spaces that end a line. Checked against the node before an edit (a node it does not
 * describe takes the parse), so that after the edit it gives the node's new value.
 */
function textValue(source: string, from: number, to: number): string {
  return source.slice(from, to).replace(/[ \t]*\n[ \t>]*/g, '\n');
}

function startOf(node: Node): number {
  return node.position?.start.offset ?? 0;
}

function endOf(node: Node): number {
  return node.position?.end.offset ?? 0;
}

/** The start of the line `at` is on. */
function lineStartOf(text: string, at: number): number {
  let from = at;
  while (from > 0 && text[from - 1] !== '\n' && text[from - 1] !== '\r') from--;
  return from;
}

/** The position of a list whose items from the edited one on were parsed again as `tail` (already moved). */
function joinedPosition(list: List, shift: number, tail: List): List['position'] {
  if (!list.position || !tail.position) return list.position;
  return {
    start: { ...list.position.start, offset: (list.position.start.offset ?? 0) + shift },
    end: { ...tail.position.end },
  };
}

/** No block starts with a letter: a line that does is a paragraph's, whatever came before it. */
const STARTS_WITH_LETTER = /^\p{L}/u;
/** A list item's marker line, up to its first character of content: indentation (group 1), marker, spaces. */
const ITEM_MARKER = /^( {0,3})(?:[-+*]|\d{1,9}[.)]) +(?=[^\s])/;
/** A non-empty bullet item: closes the item before it, whatever that holds (group 1: its indentation). */
const CLOSING_ITEM = /^( {0,3})[-+*] +[^\s]/;
/** A line break, a line of nothing but spaces, and a line break. */
const BLANK_LINE = /(?:\r\n|\n|\r(?!\n))[ \t]*(?:\r\n|\n|\r)/;
const ENDS_WITH_BLANK_LINE = /(?:\r\n|\n|\r(?!\n))[ \t]*(?:\r\n|\n|\r)$/;
/** Blocks that a blank line closes, so that nothing after them can continue them. */
const CLOSED_BY_BLANK_LINE = new Set(['paragraph', 'heading', 'thematicBreak']);

/** The start of the line `at` is on, when only spaces and tabs come before it there. */
function lineStart(text: string, at: number): number | undefined {
  const from = lineStartOf(text, at);
  return /^[ \t]*$/.test(text.slice(from, at)) ? from : undefined;
}

/** The offset after the line break that ends the line starting at `at` (or the text's end). */
function lineEndAfter(text: string, at: number): number {
  for (let index = at; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 10) return index + 1;
    if (code === 13) return text.charCodeAt(index + 1) === 10 ? index + 2 : index + 1;
  }
  return text.length;
}

/** Moves every offset of a node and its descendants by `delta`. */
export function moveInPlace(node: Node, delta: number): void {
  if (delta === 0) return;
  const position = node.position;
  if (position) {
    position.start.offset = (position.start.offset ?? 0) + delta;
    position.end.offset = (position.end.offset ?? 0) + delta;
  }
  const children = (node as { children?: Node[] }).children;
  if (children) for (const child of children) moveInPlace(child, delta);
}
