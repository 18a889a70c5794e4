// org-proposal-limit: more than five projects under one organisation. CNCF asks projects
// to limit themselves to 4–5 proposals a term. A sub-organisation (`#### Headlamp` in
// Kubernetes) is counted on its own: its maintainers propose for it.

import { everyOrganisation } from '../core/organisations';
import type { Rule } from './rule';

/** CNCF's limit of proposals per organisation and term. */
export const MAX_PROPOSALS = 5;

export const orgProposalLimit: Rule = {
  id: 'org-proposal-limit',
  severity: 'information',
  description: `More than ${MAX_PROPOSALS} projects under one organisation.`,
  fixes: '—',
  scope: 'document',
  checkTerm(context) {
    for (const org of everyOrganisation(context.document)) {
      if (org.projects.length <= MAX_PROPOSALS) continue;
      context.report({
        message: `"${org.name}" has ${org.projects.length} projects; CNCF asks for at most ${MAX_PROPOSALS} per project and term.`,
        span: org.heading.textSpan,
      });
    }
  },
};
