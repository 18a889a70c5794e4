// What the document reader asks of each section and list, and where it gets the answers: a
// whole parse reads them now (`section.ts`); the incremental parser remembers them by node
// across versions of the document and moves them when an edit above moved the section
// (`incremental/readings.ts`), so that a keystroke reads one section again, not all of them.

import type { List, Heading as MdHeading, RootContent } from 'mdast';
import type { Heading, Project, TocEntry } from '../model';

/** What a project section holds. */
export type ProjectReading = Pick<Project, 'fields' | 'mentors' | 'placeholders' | 'upstream'>;

/** What a heading's section says on its own, at the offsets of the text it was read from. */
export interface SectionReading {
  readonly heading: Heading;
  readonly carriesFields: boolean;
  /** Its fields, mentors and upstream URLs (read for any section: any may become a project's). */
  readonly project: ProjectReading;
}

/** A section's reading as the document reader uses it, at the offsets of this parse. */
export interface SectionView {
  readonly heading: Heading;
  readonly carriesFields: boolean;
  /** Its fields, mentors and upstream URLs, made on first use (only project sections need them). */
  project(): ProjectReading;
}

/** A list read as a table of contents: its `#anchor` links, and how many items it has. */
export interface TocReading {
  readonly entries: readonly TocEntry[];
  readonly items: number;
}

/**
 * Where the document reader gets what a section or a list says: read now, or remembered from
 * an earlier version of the document. Either way the answer is at this parse's offsets.
 */
export interface Readings {
  section(node: MdHeading, blocks: readonly RootContent[]): SectionView;
  toc(list: List): TocReading;
}
