// Finds a term file's table of contents: the first list before the organisations that is made
// mostly of `#anchor` links, with each link's text, anchor and nesting depth. (What a table of
// contents should hold, GitHub's anchors, is `core/toc.ts`.)

import type { List, Node, RootContent } from 'mdast';
import type { TableOfContents, TocEntry } from '../model';
import { spanOf, startOf } from './markdown';
import type { Readings, TocReading } from './readings';

/** The table of contents among `blocks` (in document order), looking no further than `before`. */
export function findToc(blocks: Iterable<RootContent>, before: number, readings: Readings): TableOfContents | undefined {
  for (const block of blocks) {
    if (startOf(block) > before) break;
    if (block.type !== 'list') continue;
    const { entries, items } = readings.toc(block);
    if (entries.length >= 2 && entries.length >= items * 0.8) return { span: spanOf(block), entries };
  }
  return undefined;
}

/** A list read as a table of contents: its `#anchor` links and how many items it has. */
export function readTocList(source: string, list: List): TocReading {
  const entries: TocEntry[] = [];
  let items = 0;
  const visit = (nested: List, depth: number) => {
    for (const item of nested.children) {
      items++;
      const first = item.children[0];
      const link = first?.type === 'paragraph' ? first.children.find((child) => child.type === 'link') : undefined;
      if (link && link.type === 'link' && link.url.startsWith('#')) entries.push(tocEntry(source, link, depth));
      for (const child of item.children) if (child.type === 'list') visit(child, depth + 1);
    }
  };
  visit(list, 0);
  return { entries, items };
}

function tocEntry(source: string, link: Extract<RootContent | Node, { type: 'link' }>, depth: number): TocEntry {
  const span = spanOf(link);
  const raw = source.slice(span.start, span.end);
  const textEnd = raw.lastIndexOf('](');
  const anchorWritten = raw.slice(textEnd + 2, raw.length - 1).trim();
  const anchorStart = span.start + raw.indexOf(anchorWritten, textEnd + 2) + 1;
  const anchor = anchorWritten.slice(1);
  return {
    text: raw.slice(1, Math.max(1, textEnd)),
    anchor,
    span,
    anchorSpan: { start: anchorStart, end: anchorStart + anchor.length },
    depth,
  };
}
