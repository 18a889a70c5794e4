// The incremental parser's memory of what sections say. A section's reading (its heading, its
// fields, mentors and URLs; a list's reading as a table of contents) is remembered by its node,
// which the section cache hands back unchanged for an untouched section (moved in place when an
// edit above moved it): a keystroke reads one section again, and the others' readings are
// shared, or copied with their spans moved (`relocate.ts`). Once read, blocks are settled: their
// content is dropped (it was most of the cache's memory), since every later read of them goes
// through a remembered reading; a read that would need dropped content is detected, and the
// caller parses again.

import type { List, Heading as MdHeading, Node, Root, RootContent } from 'mdast';
import { withoutBom } from '../block-scan';
import type { TermDocument } from '../model';
import { withOwnStrings } from '../own-strings';
import { startOf } from '../read/markdown';
import type { ProjectReading, Readings, SectionReading, SectionView, TocReading } from '../read/readings';
import { readSection } from '../read/section';
import { readTocList } from '../read/table-of-contents';
import { readTermFile } from '../read/term-file';
import { relocateHeading, relocateProject, relocateToc } from './relocate';

/**
 * Reads the model as `readTermFile` does, remembering what each section says, then lets the
 * `settle` blocks (top-level blocks of the tree) go of their content. Undefined when a read
 * needed the content of a block settled before (no reading remembered for it): the caller
 * parses again.
 */
export function readAndSettle(text: string, tree: Root, settle: readonly RootContent[]): TermDocument | undefined {
  const readings = new RememberedReadings(withoutBom(text));
  const document = readTermFile(text, tree, readings);
  if (readings.readSettled) return undefined;
  readings.settle(settle);
  return document;
}

/** A reading with the offset its node had when it was made: it moves by the node's shift since. */
interface Remembered<Reading> {
  at: number;
  reading: Reading;
}

/** Section readings by heading node, with the blocks they were read from (the reading holds while they are the same nodes). */
const SECTION_READINGS = new WeakMap<MdHeading, Remembered<SectionReading> & { blocks: readonly RootContent[] }>();

/** Lists read as tables of contents, by node. */
const TOC_READINGS = new WeakMap<List, Remembered<TocReading>>();

/** Top-level blocks whose content has been dropped. */
const SETTLED = new WeakSet<Node>();

/** Readings remembered by node across parses; a node dropped by the section cache takes its reading with it. */
class RememberedReadings implements Readings {
  /** Set when a reading had to look inside a settled block: the model read is not to be trusted. */
  readSettled = false;

  constructor(private readonly source: string) {}

  section(node: MdHeading, blocks: readonly RootContent[]): SectionView {
    const at = startOf(node);
    let entry = SECTION_READINGS.get(node);
    if (!entry || entry.blocks.length !== blocks.length || entry.blocks.some((block, index) => block !== blocks[index])) {
      if (SETTLED.has(node) || blocks.some((block) => SETTLED.has(block))) this.readSettled = true;
      // Made whole at once, while the blocks have their content. A reading outlives this
      // version of the text: its strings are copies (see own-strings.ts).
      entry = { at, reading: withOwnStrings(readSection(this.source, node, blocks)), blocks: [...blocks] };
      SECTION_READINGS.set(node, entry);
    }
    const { reading } = entry;
    const delta = at - entry.at;
    let project: ProjectReading | undefined;
    return {
      heading: relocateHeading(reading.heading, delta),
      carriesFields: reading.carriesFields,
      project: () => (project ??= relocateProject(reading.project, delta)),
    };
  }

  toc(list: List): TocReading {
    const at = startOf(list);
    let entry = TOC_READINGS.get(list);
    if (!entry) {
      if (SETTLED.has(list)) this.readSettled = true;
      entry = { at, reading: withOwnStrings(readTocList(this.source, list)) };
      TOC_READINGS.set(list, entry);
    }
    return relocateToc(entry.reading, at - entry.at);
  }

  /** Makes the readings of blocks that are not made yet (tables of contents), then drops their content. */
  settle(blocks: readonly RootContent[]): void {
    for (const block of blocks) {
      if (block.type === 'list') this.toc(block);
      const node = block as Node & { children?: unknown[]; value?: string };
      if (node.children) node.children = [];
      if (node.value !== undefined) node.value = '';
      SETTLED.add(block);
    }
  }
}
