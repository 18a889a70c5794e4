// A cheap line scan for where top-level ATX headings start, outside fenced code and HTML
// blocks (where a heading line is text). The incremental parser cuts the text there, and the
// issue-form reader finds a draft's `### <label>` sections with it.
//
// The scan does not know the containers (list items) a line is in, and a fence or an HTML block
// inside a list item ends with the item, not at its closing line: "  ```" under "- Mentor(s):" is
// closed by the next item, so a later "```" at column 0 opens a fence that hides every heading
// after it (LFX_SEED=300018 found that). So it follows every reading a line allows at once: a
// block opened by a line indented 1–3 spaces may be at the top level or inside a list item (whose
// lines, indented at least as much, the scan then skips until the item may have ended), and a tag
// that may only continue a paragraph (HTML kind 7) may or may not open a block. A heading line
// ends any list item, so it is a cut when no reading is inside a top-level fence or HTML block.

/** Where the sections of a text start: 0, then every heading line that starts a top-level block. */
export function sectionStarts(text: string): number[] {
  const starts = [0];
  /** Every reading of the text so far (deduplicated by key). */
  let readings: ScanState[] = [OUTSIDE];
  let offset = 0;
  // Lines end at \n, \r\n or a lone \r, as in CommonMark: "x\r<!--" opens an HTML block (LFX_SEED=773527).
  // This runs on every keystroke over the whole text: without a \r in it, lines are found with
  // indexOf, and a line is sliced only when its first character can matter.
  const lineBreak = text.includes('\r') ? /\r\n?|\n/g : undefined;
  while (offset < text.length) {
    let lineEnd: number;
    let next: number;
    if (lineBreak) {
      lineBreak.lastIndex = offset;
      const found = lineBreak.exec(text);
      lineEnd = found ? found.index : -1;
      next = found ? found.index + found[0].length : text.length;
    } else {
      lineEnd = text.indexOf('\n', offset);
      next = lineEnd === -1 ? text.length : lineEnd + 1;
    }
    const outsideOnly = readings.length === 1 && readings[0] === OUTSIDE;
    if (!outsideOnly || mayMatter(text, offset)) {
      const line = text.slice(offset, lineEnd === -1 ? text.length : lineEnd);
      // Only an unindented heading: one indented by 1–3 spaces may continue a list item
      // ("- a\n  #### b" is a heading inside the item; LFX_SEED=773527 found it). Fewer cuts are never wrong.
      if (offset > 0 && HEADING.test(line) && readings.every((reading) => !('fence' in reading) && !('html' in reading))) starts.push(offset);
      if (readings.length > MAX_READINGS) return starts;
      readings = outsideOnly ? readLine(OUTSIDE, line) : readings.flatMap((reading) => readLine(reading, line)).filter(firstOfItsKind);
    }
    offset = next;
  }
  return starts;
}

/**
 * What the scan may be inside of: nothing, a top-level fence or HTML block, or a list item
 * (`indent`: the indentation of the line that opened a block in it, which its lines keep).
 */
type ScanState =
  | typeof OUTSIDE
  | { fence: string; length: number; key: string }
  | { html: RegExp; key: string }
  | { item: number; key: string };
const OUTSIDE = { key: 'outside' } as const;

/** Past this many readings at once (pathological text), no more cuts: fewer cuts are never wrong. */
const MAX_READINGS = 16;

const HEADING = /^#{1,6}(?:[ \t]|\r?$)/;
const FENCE_OPENING = /^( {0,3})(`{3,}|~{3,})/;
const FENCE_CLOSING = /^ {0,3}(`{3,}|~{3,})[ \t]*\r?$/;
const INDENT = /^[ \t]*/;
/** Lines that cannot continue a paragraph lazily, so they end a list item they are not indented into. */
// (Taking a lazy line for one that is not only keeps a reading too many: fewer cuts, never a wrong one.)
const NOT_LAZY = /^(?:#{1,6}(?:[ \t]|$)|```|~~~|[-*+][ \t]+\S|1[.)][ \t]+\S|>|<(?:script|pre|style|textarea)(?:\s|>|$)|<!--|<\?|<![A-Za-z[])/i;

/** The readings after a line, from one reading before it. */
function readLine(reading: ScanState, line: string): ScanState[] {
  if ('fence' in reading) {
    const closing = FENCE_CLOSING.exec(line);
    return closing && closing[1][0] === reading.fence && closing[1].length >= reading.length ? [OUTSIDE] : [reading];
  }
  if ('html' in reading) return reading.html.test(line) ? [OUTSIDE] : [reading];
  if ('item' in reading) {
    const indent = INDENT.exec(line)![0].length;
    // Blank, or indented into the item: still in it, and nothing it opens outlives it.
    if (indent === line.length || indent >= reading.item) return [reading];
    // Less indented: the item may have ended here, then the line reads as outside any block;
    // at column 0, only a line that can continue a paragraph may still be in the item.
    const outside = readLine(OUTSIDE, line);
    return indent === 0 && NOT_LAZY.test(line) ? outside : [reading, ...outside];
  }
  const opening = FENCE_OPENING.exec(line);
  if (opening && !(opening[2][0] === '`' && line.slice(opening[0].length).includes('`'))) {
    const fence = { fence: opening[2][0], length: opening[2].length, key: `fence ${opening[2]}` };
    const indent = opening[1].length;
    return indent === 0 ? [fence] : [fence, { item: indent, key: `item ${indent}` }];
  }
  const html = htmlBlockEnd(line);
  if (!html) return [OUTSIDE];
  // An HTML block that closes on its own line is over.
  if (html.end !== BLANK_LINE && html.end.test(line.slice(line.indexOf('<') + 2))) return [OUTSIDE];
  const readings: ScanState[] = [{ html: html.end, key: `html ${html.end.source}` }];
  if (html.indent > 0) readings.push({ item: html.indent, key: `item ${html.indent}` });
  // Kind 7 cannot interrupt a paragraph (and kinds 6 and 7 are told apart loosely).
  if (html.end === BLANK_LINE) readings.push(OUTSIDE);
  return readings;
}

function firstOfItsKind(reading: ScanState, index: number, all: ScanState[]): boolean {
  return all.findIndex((other) => other.key === reading.key) === index;
}

/**
 * Whether the line at `offset` may be a heading or open a fence or an HTML block outside any
 * block: `#` at its start, or `` ` ``, `~` or `<` after at most three spaces. Most lines of a term
 * file are list items ("  - Go"): they are told apart here without slicing them.
 */
function mayMatter(text: string, offset: number): boolean {
  let at = offset;
  while (at - offset < 3 && text.charCodeAt(at) === SPACE) at++;
  const first = text.charCodeAt(at);
  return first === BACKTICK || first === TILDE || first === LESS_THAN || (at === offset && first === HASH);
}

const [SPACE, BACKTICK, TILDE, LESS_THAN, HASH] = [' ', '`', '~', '<', '#'].map((char) => char.charCodeAt(0));

/** The end condition of the HTML block a line may open (CommonMark's kinds 1–7), and the line's indentation. */
function htmlBlockEnd(line: string): { end: RegExp; indent: number } | undefined {
  const start = /^( {0,3})</.exec(line);
  if (!start) return undefined;
  const rest = line.slice(start[0].length - 1);
  const indent = start[1].length;
  if (/^<(?:script|pre|style|textarea)(?:\s|>|$)/i.test(rest)) return { end: /<\/(?:script|pre|style|textarea)>/i, indent };
  if (rest.startsWith('<!--')) return { end: /-->/, indent };
  if (rest.startsWith('<?')) return { end: /\?>/, indent };
  if (rest.startsWith('<![CDATA[')) return { end: /\]\]>/, indent };
  if (/^<![A-Za-z]/.test(rest)) return { end: />/, indent };
  // Kinds 6 and 7 end at a blank line.
  if (/^<\/?[A-Za-z][A-Za-z0-9-]*(?:\s|\/?>|$)/.test(rest)) return { end: BLANK_LINE, indent };
  return undefined;
}

const BLANK_LINE = /^\s*$/;

/**
 * The text remark parses: micromark drops a leading BOM from its offsets; a line break in its
 * place keeps every offset equal to the text's without changing the blocks (a space would
 * make "   ### Org" a code block).
 */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? '\n' + text.slice(1) : text;
}
