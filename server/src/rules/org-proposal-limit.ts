// org-proposal-limit: more than five projects under one organisation. CNCF asks projects
// to limit themselves to 4–5 proposals a term.

import { findCncfProject } from '../core/cncf-projects';
import type { Heading, Project } from '../core/model';
import type { Rule } from './rule';

/** CNCF's limit of proposals per organisation and term. */
export const MAX_PROPOSALS = 5;

export const orgProposalLimit: Rule = {
  id: 'org-proposal-limit',
  severity: 'information',
  description: `More than ${MAX_PROPOSALS} projects under one organisation.`,
  check(context) {
    for (const org of context.document.orgs) {
      // Projects under a sub-heading that names another CNCF project ("#### Meshery" inside
      // KubeEdge) belong to that project: heading-level reports the misplaced heading.
      const groups = new Map<Heading | undefined, Project[]>();
      for (const project of org.projects) {
        const owner = project.group && findCncfProject(project.group.plain) ? project.group : undefined;
        groups.set(owner, [...(groups.get(owner) ?? []), project]);
      }
      for (const [owner, projects] of groups) {
        if (projects.length <= MAX_PROPOSALS) continue;
        const name = owner?.plain ?? org.name;
        context.report({
          message: `"${name}" has ${projects.length} projects; CNCF asks for at most ${MAX_PROPOSALS} per project and term.`,
          span: (owner ?? org.heading).textSpan,
        });
      }
    }
  },
};
