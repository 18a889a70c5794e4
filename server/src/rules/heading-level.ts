// heading-level: a project heading at the organisation level or deeper than its place, an
// organisation heading at the wrong level, a project with no organisation above it, and a
// sub-organisation that is a CNCF project of its own (`#### TUF` among Prometheus's projects).
// Sub-organisations are a shape maintainers chose (`### Kubernetes` → `#### Headlamp` →
// `##### <project>`): they are not flagged, and a project written beside them at their level
// gets only a hint. The document's own levels decide (found by the parser from the headings
// that carry field lists); the fixes rewrite the `#` markers only.

import { findCncfProject, type CncfProject } from '../core/cncf-projects';
import type { Heading, Organisation, Project, ProposalDocument } from '../core/model';
import type { Fix, Rule, RuleContext, TextEdit } from './rule';

export const headingLevel: Rule = {
  id: 'heading-level',
  severity: 'error',
  description: 'A project or organisation heading at the wrong level, or a project outside any organisation.',
  fixes: 'safe',
  scope: 'document',
  checkTerm(context) {
    const { document } = context;
    for (const org of document.orgs) {
      if (org.misplaced) {
        context.report({
          message: `Organisation heading "${org.name}" is level ${org.heading.level}; this document's organisations are level ${document.orgLevel} (${'#'.repeat(document.orgLevel)}).`,
          span: org.heading.span,
          fix: setLevels(context, [org.heading], document.orgLevel - org.heading.level),
        });
      }
      // A sub-organisation that is a CNCF project of its own belongs beside its organisation.
      const nested: Organisation[] = [];
      for (const subOrg of org.subOrgs) {
        const own = ownCncfProject(subOrg, org);
        if (!own) nested.push(subOrg);
        else {
          context.report({
            message: `"${subOrg.name}" is a CNCF project of its own (${own.name}), written as a sub-heading of "${org.name}"; make it an organisation heading (${'#'.repeat(document.orgLevel)}).`,
            span: subOrg.heading.span,
            fix: setLevels(context, headingsWithin(document, subOrg), -1, `Make "${subOrg.name}" an organisation and its projects one level higher`),
          });
        }
      }
      if (nested.length === 0) continue;
      const names = nested.map((subOrg) => `"${subOrg.name}"`).join(', ');
      for (const project of org.projects) {
        if (project.placement !== 'ok') continue;
        context.report({
          severity: 'hint',
          message: `Project "${project.title}" sits beside the sub-organisations ${names} of "${org.name}", at their level; readers may take it for one of them.`,
          span: project.heading.span,
        });
      }
    }
    for (const project of document.projects) {
      const message = misplacement(context, project);
      if (!message) continue;
      const wanted = wantedLevel(document, project);
      context.report({
        message,
        span: project.heading.span,
        fix: project.placement === 'ok' ? undefined : setLevels(context, [project.heading], wanted - project.heading.level),
      });
    }
  },
};

/** The level a project's heading belongs at: one below its organisation's. */
function wantedLevel(document: ProposalDocument, project: Project): number {
  return project.org?.parent ? document.projectLevel + 1 : document.projectLevel;
}

function misplacement({ document }: RuleContext, project: Project): string | undefined {
  const level = wantedLevel(document, project);
  const wanted = `level ${level} (${'#'.repeat(level)})`;
  const where = `Project heading "${project.title}" is level ${project.heading.level}`;
  if (project.placement === 'above') {
    const at = project.heading.level === document.orgLevel ? ' (the organisation level)' : '';
    return `${where}${at}; this document's projects are ${wanted}.`;
  }
  if (project.placement === 'deeper') {
    const under = project.org ? ` under "${project.org.name}"` : '';
    return `${where}${under}; its projects are ${wanted}.`;
  }
  if (!project.org) return `Project "${project.title}" has no organisation heading (${'#'.repeat(document.orgLevel)} Project) above it.`;
  return undefined;
}

/**
 * The CNCF project a sub-organisation names when it is not part of its organisation: `#### TUF`
 * under Prometheus is, `#### Headlamp` under Kubernetes is not (its repository lives in
 * kubernetes-sigs), nor is a sub-organisation that names its organisation's own project.
 */
function ownCncfProject(subOrg: Organisation, org: Organisation): CncfProject | undefined {
  const own = findCncfProject(subOrg.heading.plain);
  const parent = findCncfProject(org.heading.plain);
  if (!own || !parent || own === parent) return undefined;
  const ownOwner = repositoryOwner(own);
  const parentOwner = repositoryOwner(parent);
  if (ownOwner && parentOwner && ownOwner.startsWith(parentOwner)) return undefined;
  return own;
}

function repositoryOwner(project: CncfProject): string | undefined {
  return /github\.com\/([^/]+)/i.exec(project.repo_url ?? '')?.[1].toLowerCase();
}

/** The headings from a sub-organisation's heading to its end: its own and its projects'. */
function headingsWithin(document: ProposalDocument, org: Organisation): Heading[] {
  return document.headings.filter((heading) => heading.span.start >= org.heading.span.start && heading.span.start < org.span.end);
}

/** Moves ATX headings by `shift` levels (setext headings, underlined, get no fix). */
function setLevels({ document }: RuleContext, headings: Heading[], shift: number, title?: string): Fix | undefined {
  const edits: TextEdit[] = [];
  for (const heading of headings) {
    const markers = /^[ \t]*(#{1,6})(?=[ \t]|$)/.exec(document.text.slice(heading.span.start, heading.textSpan.start + 1));
    const level = heading.level + shift;
    if (!markers || level < 1 || level > 6) return undefined;
    const start = heading.span.start + markers[0].length - markers[1].length;
    edits.push({ span: { start, end: start + markers[1].length }, newText: '#'.repeat(level) });
  }
  if (edits.length === 0) return undefined;
  const level = headings[0].level + shift;
  return { title: title ?? `Make it a level-${level} heading (${'#'.repeat(level)})`, edits, safe: true };
}
