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
      const key = project.title.toLowerCase().replace(/\s+/g, ' ').trim();
      const first = seen.get(key);
      if (first !== undefined) {
        context.report({ message: `Another project is titled "${first}"; give each project its own title.`, span: project.heading.textSpan });
      } else {
        seen.set(key, project.title);
      }
    }
  },
};
