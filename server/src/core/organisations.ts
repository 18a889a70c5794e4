// Walks of the organisation tree: organisations may hold sub-organisations (one level), and
// most readers want every organisation, or every project under one, without recursing themselves.

import type { Organisation, ProposalDocument } from './model';

/** Every organisation of the document, each followed by its sub-organisations, in document order. */
export function everyOrganisation(document: ProposalDocument): Organisation[] {
  return document.orgs.flatMap((org) => [org, ...org.subOrgs]);
}

/** The projects of an organisation and of its sub-organisations, in document order. */
export function projectsUnder(org: Organisation): Organisation['projects'] {
  if (org.subOrgs.length === 0) return org.projects;
  return [...org.projects, ...org.subOrgs.flatMap((sub) => sub.projects)].sort((a, b) => a.span.start - b.span.start);
}
