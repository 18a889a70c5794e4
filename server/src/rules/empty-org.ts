// empty-org: an organisation heading with no project under it (a leftover, or projects
// written one level too high).

import type { Rule } from './rule';

export const emptyOrg: Rule = {
  id: 'empty-org',
  severity: 'warning',
  description: 'An organisation heading with no project under it.',
  fixes: '—',
  scope: 'document',
  checkTerm(context) {
    for (const org of context.document.orgs) {
      if (org.projects.length > 0 || org.subOrgs.length > 0) continue;
      context.report({ message: `"${org.name}" has no project under it.`, span: org.heading.textSpan });
    }
  },
};
