// The table of contents: GitHub's anchors for the headings, and a regenerated list that
// keeps the style of the one the document has (bullet, indent, wrapper entries such as
// "Accepted Projects").

import GithubSlugger from 'github-slugger';
import type { Heading, ProposalDocument, TocEntry } from '../core/model';

/** GitHub's anchor of every heading, in document order (duplicates get `-1`, `-2`, …). */
export function headingSlugs(document: ProposalDocument): Map<Heading, string> {
  const slugger = new GithubSlugger();
  return new Map(document.headings.map((heading) => [heading, slugger.slug(heading.plain)]));
}

/** The anchors the table of contents can reach. */
export function anchorSet(document: ProposalDocument): Set<string> {
  return new Set(headingSlugs(document).values());
}

/** An anchor as GitHub compares it: percent-decoded. */
export function decodeAnchor(anchor: string): string {
  try {
    return decodeURIComponent(anchor);
  } catch {
    return anchor;
  }
}

/**
 * The table of contents the document should have, as markdown to replace the current list:
 * organisations and their projects, in the current list's bullet and indent, under the
 * wrapper entries the current list opens with. Undefined when the document has no list.
 */
export function generateToc(document: ProposalDocument): string | undefined {
  const toc = document.toc;
  if (!toc) return undefined;
  const slugs = headingSlugs(document);
  const orgSlugs = new Set(document.orgs.map((org) => slugs.get(org.heading)));
  const firstLine = lineOf(document.text, toc.span.start);
  const bullet = /^\s*([-*+])/.exec(firstLine)?.[1] ?? '-';
  const indentUnit = detectIndent(document.text, toc.entries) ?? '  ';
  const orgEntries = toc.entries.filter((entry) => orgSlugs.has(decodeAnchor(entry.anchor)));
  const orgDepth = orgEntries[0]?.depth ?? 0;
  const lines: string[] = [];
  // Wrapper entries ("- [Accepted Projects](#accepted-projects)") that precede the organisations.
  for (const entry of toc.entries) {
    if (entry.depth >= orgDepth || orgSlugs.has(decodeAnchor(entry.anchor))) break;
    lines.push(`${indentUnit.repeat(entry.depth)}${bullet} [${entry.text}](#${entry.anchor})`);
  }
  const link = (heading: Heading) => `[${heading.plain.replace(/([[\]])/g, '\\$1')}](#${slugs.get(heading)})`;
  for (const org of document.orgs) {
    lines.push(`${indentUnit.repeat(orgDepth)}${bullet} ${link(org.heading)}`);
    for (const project of org.projects) lines.push(`${indentUnit.repeat(orgDepth + 1)}${bullet} ${link(project.heading)}`);
  }
  const eol = /\r\n/.test(document.text) ? '\r\n' : '\n';
  return lines.join(eol);
}

function lineOf(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end < 0 ? text.length : end);
}

/** The indentation of the first nested entry, as the unit of one level. */
function detectIndent(text: string, entries: TocEntry[]): string | undefined {
  const nested = entries.find((entry) => entry.depth === 1);
  if (!nested) return undefined;
  const indent = /^[ \t]*/.exec(lineOf(text, nested.span.start))?.[0];
  return indent || undefined;
}
