// toc-missing-entry: an organisation or project heading that the table of contents leaves
// out. The fix regenerates the whole list in its own style (offered as a quick fix, since it
// rewrites the list).

import { decodeAnchor, generateToc, headingSlugs } from '../core/toc';
import { everyOrganisation } from '../core/organisations';
import type { Heading, TocEntry } from '../core/model';
import type { Fix, Rule } from './rule';

export const tocMissingEntry: Rule = {
  id: 'toc-missing-entry',
  severity: 'information',
  description: 'An organisation or project heading that the table of contents leaves out.',
  fixes: 'quick fix',
  scope: 'document',
  checkTerm(context) {
    const { document } = context;
    const toc = document.toc;
    if (!toc) return;
    const { linked, listed } = entriesOf(toc.entries);
    const slugs = headingSlugs(document);
    // The regenerated list is made once, and only when a heading is missing (not on every keystroke).
    let fix: Fix | undefined | null = null;
    const regenerate = (): Fix | undefined => {
      const generated = generateToc(document);
      return generated === undefined ? undefined : { title: 'Regenerate the table of contents', edits: [{ span: toc.span, newText: generated }], safe: false };
    };
    const report = (heading: Heading, kind: string) => {
      if (linked.has(slugs.get(heading) ?? '') || listed.has(heading.plain.trim().toLowerCase())) return;
      if (fix === null) fix = regenerate();
      context.report({ message: `The table of contents has no entry for the ${kind} "${heading.plain}".`, span: heading.textSpan, fix });
    };
    for (const org of everyOrganisation(document)) {
      report(org.heading, org.parent ? 'sub-organisation' : 'organisation');
      for (const project of org.projects) report(project.heading, 'project');
    }
  },
};

/**
 * The anchors the table of contents links, and the heading texts it shows (an entry that shows
 * a heading's text but links a wrong anchor is toc-broken-anchor's). Read once per list: the
 * parser hands back the same entries while the list does not change or move.
 */
function entriesOf(entries: readonly TocEntry[]): { linked: Set<string>; listed: Set<string> } {
  let read = ENTRIES.get(entries);
  if (!read) {
    read = {
      linked: new Set(entries.map((entry) => decodeAnchor(entry.anchor))),
      listed: new Set(entries.map((entry) => entry.text.replace(/\\([[\]])/g, '$1').trim().toLowerCase())),
    };
    ENTRIES.set(entries, read);
  }
  return read;
}

const ENTRIES = new WeakMap<readonly TocEntry[], { linked: Set<string>; listed: Set<string> }>();
