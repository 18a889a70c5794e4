// The table of contents: GitHub's anchors for the headings, and a regenerated list that
// keeps the style of the one the document has (bullet, indent, wrapper entries such as
// "Accepted Projects").

import GithubSlugger from 'github-slugger';
import type { Heading, ProposalDocument, TocEntry } from './model';
import { ownCopy } from './own-strings';

/** GitHub's anchor of every heading, in document order (duplicates get `-1`, `-2`, …). */
export function headingSlugs(document: ProposalDocument): Map<Heading, string> {
  // Both TOC rules and the TOC generator ask for the same document: slug its headings once.
  let slugs = SLUGS.get(document);
  if (!slugs) {
    const texts = document.headings.map((heading) => heading.plain);
    // A keystroke rarely changes a heading: the slugs of the last list of heading texts are reused.
    if (texts.length !== lastSlugged.texts.length || texts.some((text, index) => text !== lastSlugged.texts[index])) {
      const slugger = new GithubSlugger();
      lastSlugged = { texts, slugs: texts.map((text) => slugger.slug(text)) };
    }
    const known = lastSlugged.slugs;
    slugs = new Map(document.headings.map((heading, index) => [heading, known[index]]));
    SLUGS.set(document, slugs);
    SLUG_LISTS.set(slugs, known);
  }
  return slugs;
}

const SLUGS = new WeakMap<ProposalDocument, Map<Heading, string>>();
/** The list of slugs each map was made from: the same list while no heading text changes. */
const SLUG_LISTS = new WeakMap<Map<Heading, string>, string[]>();
/** The heading texts last slugged, and their slugs. */
let lastSlugged: { texts: string[]; slugs: string[] } = { texts: [], slugs: [] };

/** The anchors the table of contents can reach. */
export function anchorSet(document: ProposalDocument): Set<string> {
  const slugs = headingSlugs(document);
  const list = SLUG_LISTS.get(slugs) ?? [...slugs.values()];
  let anchors = ANCHORS.get(list);
  if (!anchors) ANCHORS.set(list, (anchors = new Set(list)));
  return anchors;
}

/** Anchors by the list of slugs: made again only when a heading's text changes. */
const ANCHORS = new WeakMap<string[], Set<string>>();

/**
 * The first heading with each text, in lower case: where a table-of-contents entry with a broken
 * anchor points (a table of contents far out of step with its headings, as in an old version of a
 * term file, has hundreds of broken links: the texts are mapped once while the headings stay the same).
 */
export function headingByText(document: ProposalDocument, text: string): Heading | undefined {
  const slugs = headingSlugs(document);
  // The same list of slugs is the same list of heading texts: their places by text are the same too.
  const list = SLUG_LISTS.get(slugs) ?? [];
  let places = HEADING_PLACES.get(list);
  if (!places) {
    places = new Map();
    for (const [index, heading] of document.headings.entries()) {
      const key = heading.plain.toLowerCase();
      if (!places.has(key)) places.set(key, index);
    }
    HEADING_PLACES.set(list, places);
  }
  const index = places.get(text);
  return index === undefined ? undefined : document.headings[index];
}

const HEADING_PLACES = new WeakMap<string[], Map<string, number>>();

/** An anchor as GitHub compares it: percent-decoded. */
export function decodeAnchor(anchor: string): string {
  let decoded = DECODED.get(anchor);
  if (decoded === undefined) {
    try {
      decoded = decodeURIComponent(anchor);
    } catch {
      decoded = anchor;
    }
    if (DECODED.size >= 10_000) DECODED.clear();
    // Own copies: the anchor may be a slice of a version of the document's text.
    const key = ownCopy(anchor);
    decoded = decoded === anchor ? key : ownCopy(decoded);
    DECODED.set(key, decoded);
  }
  return decoded;
}

/** Anchors decoded: both table-of-contents rules decode every entry's on each keystroke. */
const DECODED = new Map<string, string>();

/**
 * The table of contents the document should have, as markdown to replace the current list.
 * It keeps the current list's shape: every heading from the first one it links, at the
 * heading levels it links (wrappers such as "Accepted Projects", sub-groups, samples
 * included), down to the project level, nested and bulleted as the current list is.
 * Undefined when the document has no table of contents.
 */
export function generateToc(document: ProposalDocument): string | undefined {
  const toc = document.kind === 'term' ? document.toc : undefined;
  if (!toc) return undefined;
  const slugs = headingSlugs(document);
  const bySlug = new Map([...slugs].map(([heading, slug]) => [slug, heading]));
  const byText = new Map(document.headings.map((heading) => [heading.plain.trim().toLowerCase(), heading]));
  // Which heading each entry means: by its anchor, or by its text when the anchor is broken.
  const linked: Array<{ heading: Heading; depth: number }> = [];
  for (const entry of toc.entries) {
    const heading = bySlug.get(decodeAnchor(entry.anchor)) ?? byText.get(entry.text.replace(/\\([[\]])/g, '$1').trim().toLowerCase());
    if (heading) linked.push({ heading, depth: entry.depth });
  }
  const levels = linked.map((link) => link.heading.level);
  const minLevel = levels.length ? Math.min(...levels) : document.orgLevel;
  const maxLevel = Math.max(...levels, ...document.projects.map((project) => project.heading.level));
  const first = linked.length ? Math.min(...linked.map((link) => document.headings.indexOf(link.heading))) : 0;
  // The depth the current list gives each level; levels it never shows nest one deeper per level.
  const depthOf = new Map<number, number>();
  for (const level of new Set(levels)) depthOf.set(level, mostCommon(linked.filter((link) => link.heading.level === level).map((link) => link.depth)));
  const baseDepth = depthOf.get(minLevel) ?? 0;
  const depth = (level: number) => depthOf.get(level) ?? baseDepth + level - minLevel;

  const bullet = /^\s*([-*+])/.exec(lineOf(document.text, toc.span.start))?.[1] ?? '-';
  const indentUnit = detectIndent(document.text, toc.entries) ?? '  ';
  // Each depth keeps the indentation the current list gives it ("      - " in 2022's list).
  const indentOf = new Map<number, string>();
  for (const depthSeen of new Set(toc.entries.map((entry) => entry.depth))) {
    const indents = toc.entries.filter((entry) => entry.depth === depthSeen).map((entry) => /^[ \t]*/.exec(lineOf(document.text, entry.span.start))?.[0] ?? '');
    indentOf.set(depthSeen, mostCommonText(indents));
  }
  const indent = (level: number) => indentOf.get(depth(level)) ?? indentUnit.repeat(depth(level));
  const listed = document.headings.slice(first).filter((heading) => heading.level >= minLevel && heading.level <= maxLevel && heading.plain.trim() !== '');
  const line = (heading: Heading) => `${indent(heading.level)}${bullet} [${heading.plain.replace(/([[\]])/g, '\\$1')}](#${slugs.get(heading)})`;
  const eol = /\r\n/.test(document.text) ? '\r\n' : '\n';
  return orderLikeCurrent(document, listed, linked.map((link) => link.heading)).map(line).join(eol);
}

/**
 * The headings with the organisations in the order the current list gives them (the 2025
 * export sorts them by name, not by place in the file); each organisation keeps the headings
 * under it, and one the list lacks goes before the first listed name that sorts after it.
 */
function orderLikeCurrent(document: ProposalDocument, listed: Heading[], linked: Heading[]): Heading[] {
  const orgHeadings = new Set(document.orgs.map((org) => org.heading));
  const tocOrder = linked.filter((heading) => orgHeadings.has(heading));
  if (tocOrder.length < 2) return listed;
  const before: Heading[] = [];
  const blocks: Heading[][] = [];
  for (const heading of listed) {
    if (orgHeadings.has(heading)) blocks.push([heading]);
    else if (blocks.length && heading.level > blocks[blocks.length - 1][0].level) blocks[blocks.length - 1].push(heading);
    else if (blocks.length === 0) before.push(heading);
    else blocks.push([heading]);
  }
  const rank = (heading: Heading, position: number): number => {
    const listedAt = tocOrder.indexOf(heading);
    if (listedAt >= 0) return listedAt;
    if (!orgHeadings.has(heading)) return tocOrder.length + position;
    const next = tocOrder.findIndex((other) => compareNames(other.plain.toLowerCase(), heading.plain.toLowerCase()) > 0);
    return (next < 0 ? tocOrder.length : next) - 0.5;
  };
  const ranked = blocks.map((block, position) => ({ block, rank: rank(block[0], position) }));
  ranked.sort((a, b) => a.rank - b.rank);
  return [...before, ...ranked.flatMap((entry) => entry.block)];
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function mostCommonText(values: string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

function mostCommon(values: number[]): number {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
}

function lineOf(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end < 0 ? text.length : end);
}

/** The indentation of the first nested entry, as the unit of one level. */
function detectIndent(text: string, entries: readonly TocEntry[]): string | undefined {
  const nested = entries.find((entry) => entry.depth === 1);
  if (!nested) return undefined;
  const indent = /^[ \t]*/.exec(lineOf(text, nested.span.start))?.[0];
  return indent || undefined;
}
