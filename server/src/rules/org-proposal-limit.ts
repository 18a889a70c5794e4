// org-proposal-limit: more than five projects under one organisation. CNCF asks projects
// to limit themselves to 4–5 proposals a term.

import type { Rule } from './rule';

/** CNCF's limit of proposals per organisation and term. */
export const MAX_PROPOSALS = 5;

export const orgProposalLimit: Rule = {
  id: 'org-proposal-limit',
  severity: 'information',
  description: `More than ${MAX_PROPOSALS} projects under one organisation.`,
  check(context) {
    for (const org of context.document.orgs) {
      if (org.projects.length <= MAX_PROPOSALS) continue;
      context.report({
        message: `"${org.name}" has ${org.projects.length} projects; CNCF asks for at most ${MAX_PROPOSALS} per project and term.`,
        span: org.heading.textSpan,
      });
    }
  },
};
