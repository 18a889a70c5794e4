// What the status bar says of a proposal file ("LFX: 34 projects, 2 errors"), computed with its
// findings when it is checked, so that the client never fetches the whole tree to count.

import type { ProposalDocument } from '../core/model';
import type { Finding, Severity } from '../rules';

/** A checked file in numbers. */
export interface FileSummary {
  /** The term title, empty when the file has none. */
  term: string;
  organisations: number;
  /** The projects of the organisations and of their sub-organisations. */
  projects: number;
  /** Findings by severity. */
  problems: Record<Severity, number>;
}

/** The summary of a document and its findings. */
export function fileSummary(document: ProposalDocument, findings: readonly Finding[]): FileSummary {
  const projects = document.orgs.reduce((total, org) => total + org.projects.length + org.subOrgs.reduce((sum, sub) => sum + sub.projects.length, 0), 0);
  return { term: document.title?.plain ?? '', organisations: document.orgs.length, projects, problems: countBySeverity(findings) };
}

/** Findings counted by severity. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}
