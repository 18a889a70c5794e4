// Re-parses only what an edit touched. A cheap line scan cuts the text at ATX headings (outside
// fenced code and HTML blocks, where a heading line always starts a new top-level block); each
// section is parsed with remark on its own and cached by its text, so a keystroke re-parses one
// section; the cached blocks of the others are reused, or copied with shifted offsets when the
// edit moved them. The section typed in last keeps its content, so that the next keystroke in it
// re-parses only the blocks it touched (edit-window.ts). The model is then read from the blocks
// put together, exactly as from a whole parse (test/unit/core/incremental.test.ts checks that
// over random edits).

import type { Node, Root, RootContent } from 'mdast';
import { sectionStarts, withoutBom } from '../block-scan';
import { looksLikeDraft, parseDraft } from '../draft';
import { BUNDLED_FORM, type IssueForm } from '../issue-form';
import type { ProposalDocument } from '../model';
import { ownCopy } from '../own-strings';
import { parseBlocks } from '../read/markdown';
import { moveInPlace, type ParsedSection, reparseEdit } from './edit-window';
import { readAndSettle } from './readings';

/** Parsed sections by their text, reused from one version of a document to the next. */
export class SectionCache {
  /** Parsed sections by their text; a text written several times has one entry per occurrence, in order. */
  private entries = new Map<string, Section[]>();
  /**
   * The section parsed last, kept with its content (not settled) while it is the one being
   * typed in: the next edit of it re-parses only the blocks it touches (see edit-window.ts).
   */
  private hot: { entry: Section; key: string; index: number; count: number } | undefined;
  /** Characters handed to micromark by the last call (the whole text on a first parse, one block when typing). */
  parsedLength = 0;
  /** Characters of section text the cache holds (shared mode). */
  private heldLength = 0;

  /**
   * `shared`: the cache serves many documents (the CLI's files), not the versions of one: it keeps
   * every section it parsed, not only those of the last text, so that a section written in several
   * files (the versions of a term file in a repository's history) is parsed once; no section is
   * kept hot for typing. It forgets everything past `SHARED_LIMIT` characters of sections.
   */
  constructor(private readonly options: { shared?: boolean } = {}) {}

  /** Parses a text, re-parsing only the sections not seen in the previous call. */
  parse(text: string, form: IssueForm = BUNDLED_FORM): ProposalDocument {
    const steps = this.steps(text, form);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  /**
   * `parse` in steps: it pauses after each section it hands to micromark, so that a caller with
   * other work (the index, while requests wait) can stop between two. The cache must not be used
   * for another text until the steps are done.
   */
  *steps(text: string, form: IssueForm = BUNDLED_FORM): Generator<void, ProposalDocument, void> {
    // A draft is one short proposal: parsed whole, and nothing of a term file's is worth keeping.
    if (looksLikeDraft(text, form)) {
      // Shared: the other documents' sections are kept for the documents to come.
      if (!this.options.shared) this.entries.clear();
      this.hot = undefined;
      this.parsedLength = text.length;
      return parseDraft(text, form);
    }
    const source = withoutBom(text);
    const starts = sectionStarts(source);
    const keys = starts.map((start, index) => (index + 1 === starts.length ? source.slice(start) + LAST : source.slice(start, starts[index + 1])));
    const pass: Pass = { source, starts, keys, edited: this.options.shared ? undefined : this.editedHotSection(keys), next: new Map(), fresh: new Set(), parsedLength: 0, hotKept: false };
    const children: RootContent[] = [];
    for (let index = 0; index < starts.length; index++) {
      const parsedBefore = pass.parsedLength;
      children.push(...this.takeSection(pass, index).blocks);
      if (pass.parsedLength !== parsedBefore) yield;
    }
    // One section parsed: it stays hot (unsettled) for the next keystroke; the one hot before
    // (if still in the text and not re-parsed just now) is settled with the others.
    const parsedNow = [...pass.fresh];
    const nextHot = this.options.shared ? undefined : parsedNow.length === 1 ? parsedNow[0] : parsedNow.length === 0 && pass.hotKept ? this.hot?.entry : undefined;
    const settle = parsedNow.filter((section) => section !== nextHot);
    if (pass.hotKept && this.hot && this.hot.entry !== nextHot) settle.push(this.hot.entry);
    const tree: Root = { type: 'root', children };
    const document = readAndSettle(text, tree, settle.flatMap((section) => section.blocks));
    if (!document) {
      // A kept section's blocks were read anew (no reading remembered for them): parse everything
      // again. With an empty cache every block is fresh, so this second parse cannot fail.
      this.entries = new Map();
      this.heldLength = 0;
      this.hot = undefined;
      return yield* this.steps(text, form);
    }
    if (this.options.shared) this.keep(pass.next);
    else this.entries = pass.next;
    this.parsedLength = pass.parsedLength;
    // Every entry taken in this call is at its section's start now.
    const hotIndex = nextHot ? starts.indexOf(nextHot.start) : -1;
    this.hot = nextHot && hotIndex >= 0 ? { entry: nextHot, key: keys[hotIndex], index: hotIndex, count: starts.length } : undefined;
    return document;
  }

  /**
   * The parsed blocks of the section at `index`: the cached ones (moved in place when the
   * section moved), a copy of a section parsed in this call with the same text, or parsed now.
   */
  private takeSection(pass: Pass, index: number): Section {
    const start = pass.starts[index];
    // The offset is part of the entry, not the key: a section that moved is moved, not re-parsed.
    // The last section parses at the end of the input, the others before a heading: its key says so.
    const key = pass.keys[index];
    let taken = pass.next.get(key);
    if (!taken) pass.next.set(key, (taken = []));
    // The n-th occurrence of a text takes the n-th entry it had before.
    let entry = this.entries.get(key)?.[taken.length];
    if (entry && entry === this.hot?.entry) pass.hotKept = true;
    if (entry && entry.start !== start) {
      // Every section after an edit moves on each keystroke: move its cached nodes in place
      // (the cache owns them; the model keeps offsets, never nodes) rather than copying them.
      for (const block of entry.blocks) moveInPlace(block, start - entry.start);
      entry.start = start;
    } else if (!entry && taken.length > 0 && pass.fresh.has(taken[0])) {
      // A new copy of a text already in the document: nodes of its own, shifted, not parsed
      // (from a copy parsed in this call: one kept from before has no content left to copy).
      const first = taken[0];
      entry = { start, blocks: first.blocks.map((block) => shifted(block, start - first.start)) };
      pass.fresh.add(entry);
    } else if (!entry) {
      entry = this.parseSection(pass, index);
      pass.fresh.add(entry);
    }
    taken.push(entry);
    return entry;
  }

  /** Parses the section at `index`: only the blocks an edit touched when it is the section being typed in. */
  private parseSection(pass: Pass, index: number): Section {
    const { source, starts } = pass;
    const start = starts[index];
    const last = index + 1 === starts.length;
    const sectionText = source.slice(start, last ? source.length : starts[index + 1]);
    const window = pass.edited && index === this.hot?.index ? reparseEdit(pass.edited, sectionText, start, !last) : undefined;
    if (window) {
      pass.parsedLength += window.parsed;
      return { start, blocks: window.blocks };
    }
    // Parsed from a copy: the nodes' strings are slices of what was parsed, and the cache
    // outlives this version of the text (see own-strings.ts).
    const blocks = parseBlocks(ownCopy(sectionText), !last);
    // Nodes just made, owned by nobody else: moved to the section's offset in place, not copied.
    for (const block of blocks) moveInPlace(block, start);
    pass.parsedLength += sectionText.length;
    return { start, blocks };
  }

  /** Shared mode: adds this text's sections to those kept, forgetting them all past the limit. */
  private keep(next: Map<string, Section[]>): void {
    for (const [key, sections] of next) {
      if (!this.entries.has(key)) this.heldLength += key.length;
      this.entries.set(key, sections);
    }
    if (this.heldLength > SHARED_LIMIT) {
      this.entries = new Map();
      this.heldLength = 0;
    }
  }

  /**
   * The hot section as it was, when this text is that section edited: as many sections as
   * before, its old text gone and written nowhere else (so its nodes are nobody else's).
   */
  private editedHotSection(keys: readonly string[]): ParsedSection | undefined {
    const hot = this.hot;
    if (!hot || keys.length !== hot.count) return undefined;
    if (this.entries.get(hot.key)?.length !== 1 || keys.includes(hot.key)) return undefined;
    const text = hot.index + 1 === hot.count ? hot.key.slice(0, -LAST.length) : hot.key;
    return { text, start: hot.entry.start, blocks: hot.entry.blocks };
  }
}

/** Characters of section text a shared cache holds at most (their settled nodes and readings are a few times that). */
const SHARED_LIMIT = 32 * 1024 * 1024;

/** Ends the key of the last section: the others end in a line break, so no key is taken for another. */
const LAST = '\0';

/** What one call of `parse` gathers while it takes the sections in order. */
interface Pass {
  readonly source: string;
  /** Where each section starts, and its text (the key of its cache entries). */
  readonly starts: readonly number[];
  readonly keys: readonly string[];
  /** The hot section as it was, when this text is it edited (see editedHotSection). */
  readonly edited: ParsedSection | undefined;
  /** The cache's entries after this call. */
  readonly next: Map<string, Section[]>;
  /** Sections parsed (or copied) in this call: read, and then settled (their content dropped). */
  readonly fresh: Set<Section>;
  /** Characters handed to micromark in this call. */
  parsedLength: number;
  /** True when the section hot before this call is still in the text, unchanged. */
  hotKept: boolean;
}

/** One section's parsed blocks, with the offset they are at. */
interface Section {
  start: number;
  blocks: RootContent[];
}

/** A copy of a node with every offset moved by `delta` (line and column are not used by the reader). */
function shifted<T extends Node>(node: T, delta: number): T {
  if (delta === 0) return node;
  const copy = { ...node } as T & { children?: Node[] };
  if (node.position) {
    copy.position = {
      start: { ...node.position.start, offset: (node.position.start.offset ?? 0) + delta },
      end: { ...node.position.end, offset: (node.position.end.offset ?? 0) + delta },
    };
  }
  const children = (node as { children?: Node[] }).children;
  if (children) copy.children = children.map((child) => shifted(child, delta));
  return copy;
}
