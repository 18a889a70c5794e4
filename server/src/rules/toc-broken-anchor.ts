// toc-broken-anchor: a table-of-contents link whose anchor matches no heading, by GitHub's
// slug rules (lower case, punctuation dropped, spaces to hyphens, `-1` for repeats). The fix
// points it at the heading whose text the link shows.

import { anchorSet, decodeAnchor, headingByText, headingSlugs } from '../core/toc';
import type { Rule } from './rule';

export const tocBrokenAnchor: Rule = {
  id: 'toc-broken-anchor',
  severity: 'warning',
  description: "A table-of-contents link that matches no heading (GitHub's slug rules).",
  fixes: 'safe',
  scope: 'document',
  checkTerm(context) {
    const { document } = context;
    if (!document.toc) return;
    const anchors = anchorSet(document);
    const slugs = headingSlugs(document);
    for (const entry of document.toc.entries) {
      if (anchors.has(decodeAnchor(entry.anchor))) continue;
      const target = headingByText(document, entry.text.replace(/\\([[\]])/g, '$1').trim().toLowerCase());
      const slug = target && slugs.get(target);
      context.report({
        message: slug
          ? `"#${entry.anchor}" matches no heading; the heading "${target.plain}" has the anchor "#${slug}".`
          : `"#${entry.anchor}" matches no heading of this document.`,
        span: entry.anchorSpan,
        fix: slug ? { title: `Link to "#${slug}"`, edits: [{ span: entry.anchorSpan, newText: slug }], safe: true } : undefined,
      });
    }
  },
};
