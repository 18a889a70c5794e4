// heading-level: a project heading at the organisation level or deeper than the project
// level, an organisation heading at the wrong level, or a project with no organisation
// above it. The document's own levels decide (found by the parser from the headings that
// carry field lists); the fix rewrites the `#` markers only.

import type { Heading, Project } from '../core/model';
import type { Fix, Rule, RuleContext } from './rule';

export const headingLevel: Rule = {
  id: 'heading-level',
  severity: 'error',
  description: 'A project or organisation heading at the wrong level, or a project outside any organisation.',
  check(context) {
    const { document } = context;
    for (const org of document.orgs) {
      if (!org.misplaced) continue;
      context.report({
        message: `Organisation heading "${org.name}" is level ${org.heading.level}; this document's organisations are level ${document.orgLevel} (${'#'.repeat(document.orgLevel)}).`,
        span: org.heading.span,
        fix: setLevel(context, org.heading, document.orgLevel),
      });
    }
    for (const project of document.projects) {
      const message = misplacement(context, project);
      if (!message) continue;
      const fixable = project.placement === 'above' || (project.placement === 'deeper' && !project.group);
      context.report({
        message,
        span: project.heading.span,
        fix: fixable ? setLevel(context, project.heading, document.projectLevel) : undefined,
      });
    }
  },
};

function misplacement({ document }: RuleContext, project: Project): string | undefined {
  const wanted = `level ${document.projectLevel} (${'#'.repeat(document.projectLevel)})`;
  const where = `Project heading "${project.title}" is level ${project.heading.level}`;
  if (project.placement === 'above') {
    const at = project.heading.level === document.orgLevel ? ' (the organisation level)' : '';
    return `${where}${at}; this document's projects are ${wanted}.`;
  }
  if (project.placement === 'deeper') {
    const under = project.group ? `, under "${project.group.text}" which holds no fields` : '';
    return `${where}${under}; this document's projects are ${wanted}.`;
  }
  if (!project.org) return `Project "${project.title}" has no organisation heading (${'#'.repeat(document.orgLevel)} Project) above it.`;
  return undefined;
}

/** Rewrites the `#` markers of an ATX heading; setext headings (underlined) get no fix. */
function setLevel({ document }: RuleContext, heading: Heading, level: number): Fix | undefined {
  const markers = /^[ \t]*(#{1,6})(?=[ \t]|$)/.exec(document.text.slice(heading.span.start, heading.textSpan.start + 1));
  if (!markers) return undefined;
  const start = heading.span.start + markers[0].length - markers[1].length;
  return {
    title: `Make it a level-${level} heading (${'#'.repeat(level)})`,
    edits: [{ span: { start, end: start + markers[1].length }, newText: '#'.repeat(level) }],
    safe: true,
  };
}
