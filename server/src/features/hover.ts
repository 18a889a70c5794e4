// Hover: on a handle, who the mentor is and what they mentored (linked to the places); on an
// organisation heading, its CNCF maturity and homepage; on a field label, what it is for; on a
// section heading of an issue-form draft, what the form says about the field.

import { findCncfProject } from '../core/cncf-projects';
import { fieldSpec } from '../core/fields';
import { formField } from '../core/issue-form';
import type { WorkspaceKnowledge } from '../core/knowledge';
import type { Positions } from '../core/lines';
import type { ProposalDocument, Span } from '../core/model';
import { fieldAt, headingAt, orgOf, projectAt } from './locate';
import { projectsUnder } from '../core/organisations';

/** A hover's markdown and the text it describes. */
export interface HoverResult {
  markdown: string;
  span: Span;
}

/** The hover at `offset`, if any. */
export function hover(document: ProposalDocument, offset: number, workspace?: WorkspaceKnowledge): HoverResult | undefined {
  if (document.kind === 'draft') {
    const section = document.draft.sections.find((candidate) => contains(candidate.heading.textSpan, offset));
    const field = formField(document.draft.form, section?.fieldId);
    if (section && field) {
      const kind = field.type === 'checkboxes' ? 'checkboxes' : field.type === 'dropdown' ? 'one of the form\'s options' : field.type === 'textarea' ? 'text' : 'one line';
      const lines = [`**${escape(field.label)}** (${field.required ? 'required' : 'optional'}, ${kind}; \`${field.id}\` in the issue URL)`];
      if (field.description) lines.push(field.description);
      return { markdown: lines.join('\n\n'), span: section.heading.textSpan };
    }
  }
  const heading = headingAt(document, offset);
  if (heading) {
    const org = orgOf(document, heading);
    const cncf = org && findCncfProject(org.name);
    if (!org || !cncf) return undefined;
    const lines = [`**${escape(cncf.name)}**: CNCF ${cncf.maturity} project`];
    if (cncf.homepage) lines.push(`Homepage: ${cncf.homepage}`);
    if (cncf.repo_url) lines.push(`Repository: ${cncf.repo_url}`);
    const count = projectsUnder(org).length;
    lines.push(`${count} project${count === 1 ? '' : 's'} in this file${org.parent ? `, under ${escape(org.parent.name)}` : ''}`);
    return { markdown: lines.join('\n\n'), span: heading.textSpan };
  }
  const project = projectAt(document, offset);
  if (!project) return undefined;
  const mentor = project.mentors.find((candidate) => candidate.handle && contains(candidate.handle.span, offset));
  if (mentor?.handle) return { markdown: mentorHover(mentor.handle.text, workspace), span: mentor.handle.span };
  const field = fieldAt(project, offset);
  if (field?.id && contains(field.labelSpan, offset)) {
    const spec = fieldSpec(field.id);
    return { markdown: `**${spec.canonical[document.era]}**: ${spec.purpose}`, span: field.labelSpan };
  }
  return undefined;
}

function mentorHover(handle: string, workspace?: WorkspaceKnowledge): string {
  const known = workspace?.mentor(handle);
  if (!known) return `**${escape(handle)}**: not found in the other proposal files of this workspace.`;
  const head = `**${escape(known.handle)}**${known.names.length ? `: ${known.names.map(escape).join(', ')}` : ''}`;
  const emails = known.emails.length ? `\n\n${known.emails.map(escape).join(', ')}` : '';
  const lines = new Map<string, Positions | undefined>();
  const places = known.projects.map((place) => {
    if (!lines.has(place.uri)) lines.set(place.uri, workspace?.positions(place.uri));
    const positions = lines.get(place.uri);
    let target = place.uri;
    if (positions) target += `#L${positions.positionAt(place.span.start).line + 1}`;
    const where = [place.term, place.org].filter(Boolean).map((part) => escape(part!)).join(', ');
    return `- [${escape(place.project)}](${target})${where ? ` (${where})` : ''}`;
  });
  return `${head}${emails}\n\nMentors ${places.length} project${places.length === 1 ? '' : 's'}:\n\n${places.join('\n')}`;
}

function contains(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

/** Escapes markdown so that names and titles show as written. */
function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+!|]/g, '\\$&');
}
