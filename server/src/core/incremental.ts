// Re-parses only what an edit touched. A cheap line scan cuts the text at ATX headings (outside
// fenced code and HTML blocks, where a heading line always starts a new top-level block); each
// section is parsed with remark on its own and cached by its text, so a keystroke re-parses one
// section; the cached blocks of the others are reused, or copied with shifted offsets when the
// edit moved them. The model is then read from the blocks put together, exactly as from a
// whole parse (test/unit/core/incremental.test.ts checks that over random edits).

import type { Node, Root, RootContent } from 'mdast';
import type { ProposalDocument } from './model';
import { parseBlocks, readProposal, withoutBom } from './parse';

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

/** Parsed sections by their text, reused from one version of a document to the next. */
export class SectionCache {
  private entries = new Map<string, { start: number; blocks: RootContent[] }>();

  /** Parses a text, re-parsing only the sections not seen in the previous call. */
  parse(text: string): ProposalDocument {
    const source = withoutBom(text);
    const starts = sectionStarts(source);
    const next = new Map<string, { start: number; blocks: RootContent[] }>();
    const children: RootContent[] = [];
    for (let index = 0; index < starts.length; index++) {
      const start = starts[index];
      const end = index + 1 < starts.length ? starts[index + 1] : source.length;
      // The offset is part of the key's value, not the key: a section that moved is shifted, not re-parsed.
      const key = source.slice(start, end);
      let entry = next.get(key) ?? this.entries.get(key);
      if (!entry) {
        entry = { start, blocks: parseBlocks(key).map((block) => shifted(block, start)) };
      } else if (entry.start !== start) {
        entry = { start, blocks: entry.blocks.map((block) => shifted(block, start - entry!.start)) };
      }
      next.set(key, entry);
      children.push(...entry.blocks);
    }
    this.entries = next;
    const tree: Root = { type: 'root', children };
    return readProposal(text, tree);
  }
}

/** A copy of a node with every offset moved by `delta` (line and column are not used by the reader). */
function shifted<T extends Node>(node: T, delta: number): T {
  if (delta === 0) return node;
  const copy = { ...node } as T & { children?: Node[] };
  if (node.position) {
    copy.position = {
      start: { ...node.position.start, offset: (node.position.start.offset ?? 0) + delta },
      end: { ...node.position.end, offset: (node.position.end.offset ?? 0) + delta },
    };
  }
  const children = (node as { children?: Node[] }).children;
  if (children) copy.children = children.map((child) => shifted(child, delta));
  return copy;
}
