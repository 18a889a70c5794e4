// The structure of a term file: its top-level blocks cut at headings, and each heading's role.
// The project level is the heading level at which most headings carry a field list, and the
// organisation level the one above it. A heading is a project only when it carries a field list
// and an organisation only when it holds projects (or names a CNCF project): the Timeline's and
// the instructions' sub-headings are neither. A field-less heading at the project level over
// deeper projects is a sub-organisation (`#### Headlamp` in `### Kubernetes`), whose projects sit
// one level deeper.

import type { Heading as MdHeading, Root, RootContent } from 'mdast';
import { findCncfProject } from '../cncf-projects';
import type { EntryTemplate, Heading, HeadingPlacement, Organisation, Project, Writable } from '../model';
import { endOf } from './markdown';
import type { Readings, SectionView } from './readings';

/** A heading with the top-level blocks that follow it up to the next heading. */
export interface HeadingSection {
  /** The section's reading at this parse's offsets. */
  readonly view: SectionView;
  readonly heading: Heading;
  readonly blocks: readonly RootContent[];
  /** End offset of the last block (or of the heading when it has none). */
  readonly end: number;
  readonly carriesFields: boolean;
}

/** The organisations, projects and term sections of a term file. */
export interface Structure {
  orgs: Organisation[];
  projects: Project[];
  /** Headings above the organisation level that are not organisations (Timeline, Instructions). */
  sections: Heading[];
}

/** Splits the top-level blocks at headings: the blocks before the first heading, and a section per heading. */
export function cutAtHeadings(tree: Root, readings: Readings): { preamble: RootContent[]; sections: HeadingSection[] } {
  const blocks = tree.children;
  const headingAt: number[] = [];
  for (let index = 0; index < blocks.length; index++) if (blocks[index].type === 'heading') headingAt.push(index);
  const sections = headingAt.map((at, index): HeadingSection => {
    const node = blocks[at] as MdHeading;
    const own = blocks.slice(at + 1, headingAt[index + 1] ?? blocks.length);
    const view = readings.section(node, own);
    return { view, heading: view.heading, blocks: own, end: endOf(own.length > 0 ? own[own.length - 1] : node), carriesFields: view.carriesFields };
  });
  return { preamble: blocks.slice(0, headingAt[0] ?? blocks.length), sections };
}

/**
 * The heading level at which most headings carry a field list; 0 when none does. A template's
 * project level wins when some heading carries fields there: a GSoC page whose authors copied
 * the LFX levels (`####` projects on a `#####` page) still has its own level.
 */
export function findProjectLevel(sections: readonly HeadingSection[], template: EntryTemplate | undefined): number {
  const wanted = template?.projectLevel;
  if (wanted && sections.some((section) => section.carriesFields && section.heading.level === wanted)) return wanted;
  const counts = new Map<number, number>();
  for (const section of sections) {
    if (section.carriesFields) counts.set(section.heading.level, (counts.get(section.heading.level) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [level, count] of [...counts].sort((a, b) => a[0] - b[0])) {
    if (count > bestCount) {
      best = level;
      bestCount = count;
    }
  }
  return best;
}

/** Assigns every heading a role (see the top of this file) and reads the projects. */
export function readStructure(sections: readonly HeadingSection[], orgLevel: number, projectLevel: number): Structure {
  const walk: Walk = { sections, orgLevel, projectLevel, orgs: [], projects: [], termSections: [], exampleLevel: 0 };
  for (let index = 0; index < sections.length; index++) {
    const section = sections[index];
    const level = section.heading.level;
    if (walk.exampleLevel && level > walk.exampleLevel) continue;
    walk.exampleLevel = 0;
    if (walk.subOrg && level <= walk.subOrg.heading.level) walk.subOrg = undefined;
    if (section.carriesFields) {
      placeEntry(walk, section);
    } else if (walk.project && level > walk.project.heading.level) {
      continueEntry(walk.project, section);
    } else {
      walk.project = undefined;
      placeFieldlessHeading(walk, index);
    }
  }
  return { orgs: termSectionsOut(walk), projects: walk.projects, sections: walk.termSections };
}

// Headings of the term's own sections: a field-less heading under one is no entry being written.
const TERM_SECTION = /\b(?:timeline|instructions?|guidelines?|schedule|dates|application|how to|faq)\b/i;
const LISTING_SECTION = /\b(?:projects?|ideas?|proposals?|accepted|participating|contents)\b/i;
const EXAMPLE_SECTION = /^(?:template|sample|example)s?\b/i;

/** An organisation while the structure is read: it gains projects, sub-organisations and extent. */
interface OrgBuilder extends Writable<Organisation> {
  projects: Project[];
  subOrgs: Organisation[];
  parent?: OrgBuilder;
}

/** A project while the structure is read: a heading inside the entry adds its fields and extent. */
interface ProjectBuilder extends Writable<Project> {
  org?: OrgBuilder;
}

/** The state of the walk over the headings. */
interface Walk {
  readonly sections: readonly HeadingSection[];
  readonly orgLevel: number;
  readonly projectLevel: number;
  orgs: OrgBuilder[];
  projects: ProjectBuilder[];
  termSections: Heading[];
  org?: OrgBuilder;
  subOrg?: OrgBuilder;
  /** A term-section heading that becomes an organisation if an entry follows one level deeper. */
  orgCandidate?: Heading;
  project?: ProjectBuilder;
  /** The level of a template's worked example ("### Sample:"), whose sub-headings are skipped. */
  exampleLevel: number;
}

/** A heading that carries fields: a project, placed by its level under its organisation. */
function placeEntry(walk: Walk, section: HeadingSection): void {
  const { subOrg, projectLevel } = walk;
  const level = section.heading.level;
  const owner = subOrg && level === subOrg.heading.level + 1 ? subOrg : walk.org;
  const expected = owner && owner === subOrg ? projectLevel + 1 : projectLevel;
  const placement: HeadingPlacement = level === expected ? 'ok' : level < expected ? 'above' : 'deeper';
  const candidate = walk.orgCandidate;
  if (!walk.org && candidate && candidate.level === level - 1) {
    // "### Envoy" then "#### Project": the whole entry sits one level too high.
    walk.org = newOrganisation(candidate, true);
    walk.orgs.push(walk.org);
    walk.termSections = walk.termSections.filter((heading) => heading !== candidate);
  }
  walk.orgCandidate = undefined;
  walk.project = addProject(walk, section, placement, owner ?? walk.org);
}

/** A heading inside an entry ("###### Details"): its blocks belong to the project. */
function continueEntry(project: ProjectBuilder, section: HeadingSection): void {
  // A new array: the fields may be a remembered reading's own, shared with the last version.
  project.fields = [...project.fields, ...section.view.project().fields];
  project.span = { start: project.span.start, end: section.end };
  extendOrganisation(project.org, section.end);
}

/** A heading with no fields outside an entry: a term section, an organisation, a sub-organisation, an entry being written, or a note. */
function placeFieldlessHeading(walk: Walk, index: number): void {
  const { orgLevel, projectLevel, org, subOrg } = walk;
  const section = walk.sections[index];
  const heading = section.heading;
  const level = heading.level;
  if (level < orgLevel || (level === orgLevel && EXAMPLE_SECTION.test(heading.text))) {
    // A "### Sample:" at the organisation level is the template's worked example, as above it.
    walk.org = undefined;
    walk.termSections.push(heading);
    if (EXAMPLE_SECTION.test(heading.text)) walk.exampleLevel = level;
    walk.orgCandidate = LISTING_SECTION.test(heading.text) ? undefined : heading;
  } else if (level === orgLevel) {
    walk.orgCandidate = undefined;
    walk.org = newOrganisation(heading, false, section.end);
    walk.orgs.push(walk.org);
  } else if (level === projectLevel && isGroupHeading(walk.sections, index)) {
    walk.subOrg = newOrganisation(heading, false, section.end);
    if (org) {
      walk.subOrg.parent = org;
      org.subOrgs.push(walk.subOrg);
      extendOrganisation(org, section.end);
    } else {
      walk.orgs.push(walk.subOrg);
    }
  } else if (org && !TERM_SECTION.test(org.heading.text) && !EXAMPLE_SECTION.test(heading.text) && (level === projectLevel || (subOrg && level === projectLevel + 1))) {
    // A heading at the project level of an organisation, with no field yet: an entry being
    // written ("#### Query observability" over "- "), so completion offers its fields. A
    // "### Template" there (a one-project-level GSoC page) holds the template, not an entry.
    walk.project = addProject(walk, section, 'ok', subOrg && level === projectLevel + 1 ? subOrg : org);
  } else {
    // Any other heading with no fields inside an organisation: a note of it.
    extendOrganisation(subOrg ?? org, section.end);
  }
}

/**
 * The organisations without those that are term sections: a heading at the organisation level
 * that holds no project and names no CNCF project ("### Timeline", "### Application
 * instructions") goes to the term sections, in document order.
 */
function termSectionsOut(walk: Walk): OrgBuilder[] {
  const sectionsAtOrgLevel = walk.orgs.filter((each) => each.projects.length === 0 && each.subOrgs.length === 0 && !findCncfProject(each.heading.plain));
  if (sectionsAtOrgLevel.length === 0) return walk.orgs;
  walk.termSections = [...walk.termSections, ...sectionsAtOrgLevel.map((each) => each.heading)].sort((a, b) => a.span.start - b.span.start);
  return walk.orgs.filter((each) => !sectionsAtOrgLevel.includes(each));
}

/** Reads a project from its section and adds it to the document and its organisation. */
function addProject(walk: Walk, section: HeadingSection, placement: HeadingPlacement, org: OrgBuilder | undefined): ProjectBuilder {
  const { fields, mentors, placeholders, upstream } = section.view.project();
  const project: ProjectBuilder = {
    title: section.heading.text,
    heading: section.heading,
    placement,
    fields,
    mentors,
    ...(placeholders && { placeholders }),
    upstream,
    span: { start: section.heading.span.start, end: section.end },
  };
  if (org) project.org = org;
  walk.projects.push(project);
  org?.projects.push(project);
  extendOrganisation(org, project.span.end);
  return project;
}

/** A project-level heading with no fields whose following deeper headings are projects (`##### SIG Usability`). */
function isGroupHeading(sections: readonly HeadingSection[], index: number): boolean {
  const level = sections[index].heading.level;
  for (let next = index + 1; next < sections.length; next++) {
    const section = sections[next];
    if (section.heading.level <= level) return false;
    if (section.carriesFields) return true;
  }
  return false;
}

function newOrganisation(heading: Heading, misplaced: boolean, end = heading.span.end): OrgBuilder {
  return { name: heading.text, heading, projects: [], subOrgs: [], misplaced, span: { start: heading.span.start, end } };
}

/** Extends an organisation (and the one it belongs to) to cover a block ending at `end`. */
function extendOrganisation(org: OrgBuilder | undefined, end: number): void {
  for (let each = org; each; each = each.parent) if (end > each.span.end) each.span = { start: each.span.start, end };
}
