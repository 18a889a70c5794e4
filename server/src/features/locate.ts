// Where an offset sits in the model: which project, field, mentor or heading. Completion
// and hover start here.

import type { Field, Heading, Organisation, Project, ProposalDocument } from '../core/model';
import { everyOrganisation } from '../core/organisations';

/** The project whose entry holds `offset`: from its heading to the next heading of its level or above (a draft's: all of it). */
export function projectAt(document: ProposalDocument, offset: number): Project | undefined {
  // A draft is one proposal from its first section to its end.
  if (document.kind === 'draft') return document.projects.find((project) => project.span.start <= offset && offset <= project.span.end);
  let found: Project | undefined;
  for (const project of document.projects) {
    if (project.heading.span.start > offset) break;
    found = project;
  }
  if (!found) return undefined;
  const closing = document.headings.find(
    (heading) => heading.span.start > found!.heading.span.start && heading.span.start <= offset && heading.level <= found!.heading.level,
  );
  return closing ? undefined : found;
}

/** The field of `project` whose entry holds `offset` (its end counts, so typing at it does). */
export function fieldAt(project: Project, offset: number): Field | undefined {
  let found: Field | undefined;
  for (const field of project.fields) {
    if (field.span.start <= offset && offset <= Math.max(field.span.end, field.valueSpan.end)) found = field;
  }
  return found;
}

/** The heading whose line holds `offset`. */
export function headingAt(document: ProposalDocument, offset: number): Heading | undefined {
  return document.headings.find((heading) => heading.span.start <= offset && offset <= heading.span.end);
}

/** The organisation (or sub-organisation) whose heading is `heading`. */
export function orgOf(document: ProposalDocument, heading: Heading): Organisation | undefined {
  return everyOrganisation(document).find((org) => org.heading === heading);
}
