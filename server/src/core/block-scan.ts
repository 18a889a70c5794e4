// A cheap line scan for where top-level ATX headings start, outside fenced code and HTML
// blocks (where a heading line is text). The incremental parser cuts the text there, and the
// issue-form reader finds a draft's `### <label>` sections with it.

/** Where the sections of a text start: 0, then every heading line that starts a top-level block. */
export function sectionStarts(text: string): number[] {
  const starts = [0];
  let fence: { char: string; length: number } | undefined;
  let html: RegExp | undefined;
  let offset = 0;
  // Lines end at \n, \r\n or a lone \r, as in CommonMark: "x\r<!--" opens an HTML block (LFX_SEED=773527).
  const lineBreak = /\r\n?|\n/g;
  while (offset < text.length) {
    lineBreak.lastIndex = offset;
    const found = lineBreak.exec(text);
    const lineEnd = found ? found.index : -1;
    const next = found ? found.index + found[0].length : text.length;
    const line = text.slice(offset, lineEnd < 0 ? text.length : lineEnd);
    if (fence) {
      const closing = /^ {0,3}(`{3,}|~{3,})[ \t]*\r?$/.exec(line);
      if (closing && closing[1][0] === fence.char && closing[1].length >= fence.length) fence = undefined;
    } else if (html) {
      if (html.test(line)) html = undefined;
    } else {
      const opening = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (opening && !(opening[1][0] === '`' && line.slice(opening[0].length).includes('`'))) {
        fence = { char: opening[1][0], length: opening[1].length };
      } else if (/^#{1,6}(?:[ \t]|\r?$)/.test(line)) {
        // Only an unindented heading: one indented by 1–3 spaces may continue a list item
        // ("- a\n  #### b" is a heading inside the item; LFX_SEED=773527 found it). Fewer cuts are never wrong.
        if (offset > 0) starts.push(offset);
      } else {
        // An HTML block hides the heading lines inside it; one that closes on its own line is over.
        html = htmlBlockEnd(line);
        if (html && html.source !== BLANK_LINE.source && html.test(line.slice(line.indexOf('<') + 2))) html = undefined;
      }
    }
    offset = next;
  }
  return starts;
}

/** The end condition of the HTML block a line opens (CommonMark's kinds 1–7), if it opens one. */
function htmlBlockEnd(line: string): RegExp | undefined {
  const start = /^ {0,3}</.exec(line);
  if (!start) return undefined;
  const rest = line.slice(start[0].length - 1);
  if (/^<(?:script|pre|style|textarea)(?:\s|>|$)/i.test(rest)) return /<\/(?:script|pre|style|textarea)>/i;
  if (rest.startsWith('<!--')) return /-->/;
  if (rest.startsWith('<?')) return /\?>/;
  if (rest.startsWith('<![CDATA[')) return /\]\]>/;
  if (/^<![A-Za-z]/.test(rest)) return />/;
  // Kinds 6 and 7 end at a blank line (kind 7 cannot interrupt a paragraph: treating it as a
  // block only means fewer cuts, never a wrong one).
  if (/^<\/?[A-Za-z][A-Za-z0-9-]*(?:\s|\/?>|$)/.test(rest)) return BLANK_LINE;
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
