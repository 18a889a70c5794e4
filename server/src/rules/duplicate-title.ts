// duplicate-title: two projects with the same title in one document (case and spacing
// ignored). They get the same anchor, so the table of contents can only reach the first.

import type { Rule } from './rule';

export const duplicateTitle: Rule = {
  id: 'duplicate-title',
  severity: 'warning',
  description: 'Two projects with the same title in one document.',
  fixes: '—',
  scope: 'document',
  checkTerm(context) {
    const seen = new Map<string, string>();
    for (const project of context.document.projects) {
      const key = titleKey(project.title);
      const first = seen.get(key);
      if (first !== undefined) {
        context.report({ message: `Another project is titled "${first}"; give each project its own title.`, span: project.heading.textSpan });
      } else {
        seen.set(key, project.title);
      }
    }
  },
};

/** A title as titles are compared: lower case, single spaces. */
function titleKey(title: string): string {
  let key = TITLE_KEYS.get(title);
  if (key === undefined) {
    if (TITLE_KEYS.size >= 10_000) TITLE_KEYS.clear();
    key = title.toLowerCase().replace(/\s+/g, ' ').trim();
    TITLE_KEYS.set(title, key);
  }
  return key;
}

/** Title keys by title: every title is compared on each keystroke (titles are the readings' own strings). */
const TITLE_KEYS = new Map<string, string>();
