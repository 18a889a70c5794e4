// The outline: term → organisations → projects (detail: mentors and skills), and the
// workspace symbols over every indexed proposal file.

import { gsocTermTitle } from '../core/gsoc';
import { type FileSymbol, skillsOf, type WorkspaceKnowledge } from '../core/knowledge';
import type { Organisation, Project, ProposalDocument, Span } from '../core/model';
import { everyOrganisation, projectsUnder } from '../core/organisations';

/** A node of the outline. */
export interface OutlineNode {
  name: string;
  detail?: string;
  kind: 'term' | 'section' | 'organisation' | 'project';
  /** The whole extent (heading to last block). */
  span: Span;
  /** The heading text, selected when the node is chosen. */
  selectionSpan: Span;
  children: OutlineNode[];
}

/** The outline of a document: the term, its sections and organisations, their projects. */
export function documentOutline(document: ProposalDocument): OutlineNode[] {
  const orgNode = (org: Organisation): OutlineNode => {
    const count = projectsUnder(org).length;
    return {
      name: org.name,
      detail: `${count} project${count === 1 ? '' : 's'}`,
      kind: 'organisation',
      span: org.span,
      selectionSpan: org.heading.textSpan,
      children: [...org.projects.map((project) => projectNode(project)), ...org.subOrgs.map(orgNode)].sort((a, b) => a.span.start - b.span.start),
    };
  };
  const orgNodes = document.orgs.map(orgNode);
  const orphans = document.projects.filter((project) => !project.org).map((project) => projectNode(project));
  const sections = document.sections
    .filter((heading) => heading !== document.title)
    .map<OutlineNode>((heading) => ({ name: heading.plain || heading.text, kind: 'section', span: heading.span, selectionSpan: heading.textSpan, children: [] }));
  const children = [...sections, ...orgNodes, ...orphans].sort((a, b) => a.span.start - b.span.start);
  if (!document.title) return children;
  return [
    {
      name: gsocTermTitle(document) ?? (document.title.plain || document.title.text),
      detail: `${document.projects.length} project${document.projects.length === 1 ? '' : 's'}`,
      kind: 'term',
      // A draft's term section is not its first: the node covers what it holds.
      span: { start: Math.min(document.title.span.start, children[0]?.span.start ?? Infinity), end: document.text.length },
      selectionSpan: document.title.textSpan,
      children,
    },
  ];
}

function projectNode(project: Project): OutlineNode {
  const mentors = project.mentors.flatMap((mentor) => (mentor.handle ? [mentor.handle.text] : mentor.name ? [mentor.name.text] : []));
  const skills = skillsOf(project);
  const detail = [mentors.join(', '), skills.slice(0, 4).join(', ')].filter(Boolean).join(' · ');
  return {
    name: project.title,
    ...(detail && { detail }),
    kind: 'project',
    span: project.span,
    selectionSpan: project.heading.textSpan,
    children: [],
  };
}

/** A project or organisation found in the workspace. */
export interface WorkspaceSymbol extends FileSymbol {
  uri: string;
}

/** Projects and organisations of every indexed file whose name contains the query's letters in order. */
export function workspaceSymbols(workspace: WorkspaceKnowledge, query: string, limit = 500): WorkspaceSymbol[] {
  const symbols: WorkspaceSymbol[] = [];
  const matches = fuzzy(query);
  for (const uri of workspace.uris()) {
    const document = workspace.document(uri);
    // A file restored from the persisted index has no model, but keeps its symbols.
    const found = document ? fileSymbols(document) : (workspace.outline(uri)?.symbols ?? []);
    for (const symbol of found) if (matches(symbol.name)) symbols.push({ ...symbol, uri });
    if (symbols.length >= limit) break;
  }
  return symbols.slice(0, limit);
}

/** Every organisation and project of a file, in the order workspace symbols list them. */
export function fileSymbols(document: ProposalDocument): FileSymbol[] {
  const symbols: FileSymbol[] = [];
  for (const org of everyOrganisation(document)) {
    const container = org.parent?.name ?? gsocTermTitle(document) ?? document.title?.plain;
    symbols.push({ name: org.name, kind: 'organisation', span: org.heading.textSpan, ...(container && { container }) });
  }
  for (const project of document.projects) {
    symbols.push({ name: project.title, kind: 'project', span: project.heading.textSpan, ...(project.org && { container: project.org.name }) });
  }
  return symbols;
}

/** A case-insensitive subsequence match, as editors match symbol queries. */
function fuzzy(query: string): (name: string) => boolean {
  const letters = query.toLowerCase().replace(/\s+/g, '');
  return (name) => {
    const lower = name.toLowerCase();
    let at = 0;
    for (const letter of letters) {
      at = lower.indexOf(letter, at);
      if (at < 0) return false;
      at++;
    }
    return true;
  };
}
