// The organisation tree the preview panel shows: the term, its organisations and their
// project cards with mentors, skills, upstream links and problem counts. Headings are spans;
// the server turns the tree into the wire's (protocol/messages.ts), with line ranges.

import { gsocTermTitle, isPrimaryMentor, projectSizeField, readProjectSize, sizeValue } from '../core/gsoc';
import { skillsOf } from '../core/knowledge';
import type { Organisation, Project, ProposalDocument, Span } from '../core/model';
import type { Finding, Severity } from '../rules';

/** Problem counts by severity. */
export type ProblemCounts = Record<Severity, number>;

/** One project card. */
export interface TreeProject {
  title: string;
  /** The project's heading. */
  span: Span;
  mentors: Array<{ name: string; handle: string; email: string; primary: boolean }>;
  /** A GSoC idea's Expected project size, as written. */
  size?: string;
  skills: string[];
  upstream: string[];
  problems: ProblemCounts;
}

/** One organisation with its projects and its sub-organisations (`Headlamp` in Kubernetes). */
export interface TreeOrg {
  name: string;
  /** The organisation's heading. */
  span: Span;
  projects: TreeProject[];
  subOrgs: TreeOrg[];
}

/** A document's term and organisations. */
export interface OrgTree {
  term: string;
  orgs: TreeOrg[];
}

/** Builds the tree from a document and its findings. */
export function orgTree(document: ProposalDocument, findings: readonly Finding[]): OrgTree {
  const counts = (span: Span): ProblemCounts => {
    const result: ProblemCounts = { error: 0, warning: 0, information: 0, hint: 0 };
    for (const finding of findings) if (finding.span.start >= span.start && finding.span.start < span.end) result[finding.severity]++;
    return result;
  };
  const card = (project: Project): TreeProject => {
    const sizeField = projectSizeField(project);
    const size = sizeField && readProjectSize(sizeValue(sizeField).text).plain;
    return {
      title: project.heading.plain || project.title,
      span: project.heading.span,
      mentors: project.mentors.map((mentor) => ({
        name: mentor.name?.text ?? '',
        handle: mentor.handle?.text ?? '',
        email: mentor.email?.text ?? '',
        primary: isPrimaryMentor(document, mentor),
      })),
      ...(size && { size }),
      skills: skillsOf(project),
      upstream: project.upstream.map((url) => url.url),
      problems: counts(project.span),
    };
  };
  const node = (org: Organisation): TreeOrg => ({
    name: org.heading.plain || org.name,
    span: org.heading.span,
    projects: org.projects.map(card),
    subOrgs: org.subOrgs.map(node),
  });
  const orgs = document.orgs.map(node);
  return { term: gsocTermTitle(document) ?? document.title?.plain ?? '', orgs };
}
