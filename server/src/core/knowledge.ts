// What the workspace knows, gathered from every proposal file: each mentor (handle →
// names, emails, where they mentored), each skill (case-insensitive spelling → count),
// each upstream issue URL (normalised → where it is used). Completion, hover and the
// cross-file rules read it; the server and the CLI feed it documents.

import { gsocTermTitle } from './gsoc';
import { LineAnchors, LineIndex, type Positions } from './lines';
import type { Mentor, Project, ProposalDocument, Span } from './model';
import { normaliseUpstream } from './urls';
import { ownCopy } from './own-strings';

/** GitHub's rule for user names (with the `@`): letters, digits and single inner hyphens, at most 39. */
export const GITHUB_HANDLE = /^@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;

/** One place where something appears. */
export interface Appearance {
  uri: string;
  /** The project's title. */
  project: string;
  org?: string;
  /** The term title of the file. */
  term?: string;
  /** Where in the file (the project heading for projects, the token otherwise). */
  span: Span;
}

/** What is known about one mentor. */
export interface KnownMentor {
  /** The handle (with `@`) as most often written. */
  handle: string;
  /** Names as written, most frequent first. */
  names: string[];
  /** Emails as written, most frequent first. */
  emails: string[];
  /** The projects they mentor, in file order. */
  projects: Appearance[];
}

/** A skill with how often projects ask for it. */
export interface KnownSkill {
  /** The spelling most often used. */
  text: string;
  count: number;
}

/** One mentor entry of a file as the index aggregates it: the handle, and the name and email written with it. */
interface MentorEntry {
  key: string;
  handle: string;
  name?: string;
  email?: string;
  appearance: Appearance;
}

interface FileEntries {
  /** Absent for a file restored from its `FileKnowledge` (the CLI's cache, the persisted index): no model was made. */
  document?: ProposalDocument;
  /** What a restored file's symbols and places need instead of its model (the persisted index keeps it). */
  outline?: FileOutline;
  mentors: MentorEntry[];
  skills: string[];
  upstream: Array<{ key: string; appearance: Appearance }>;
}

/**
 * What one file adds to the index, as plain data (no model, JSON-safe; an appearance's `uri` is
 * the file's and left out): what the CLI's cache keeps of a file, so that a file it has seen is
 * not parsed again for the rules that look across files. `restore` of it gives the index what
 * `update` of the file's model gives.
 */
export interface FileKnowledge {
  mentors: Array<{ handle: string; name?: string; email?: string; appearance: PlaceInFile }>;
  skills: string[];
  upstream: Array<{ key: string; appearance: PlaceInFile }>;
}

/** A project or organisation of a file, as workspace symbols list it. */
export interface FileSymbol {
  name: string;
  kind: 'organisation' | 'project';
  /** The heading's text. */
  span: Span;
  /** The organisation of a project, or the term of an organisation. */
  container?: string;
}

/**
 * What a file restored without its model still answers: its symbols, and the lines of every place
 * they and its `FileKnowledge` point at (`LineAnchors`), so that hover's links and the symbols'
 * ranges need neither the text nor a parse.
 */
export interface FileOutline {
  symbols: FileSymbol[];
  /** `LineAnchors.anchors`: `[line, start, …]`. */
  lines: number[];
}

/** An appearance without its file. */
export type PlaceInFile = Omit<Appearance, 'uri'>;

/** Whether stored data has the shape of a `FileKnowledge` (a hand-edited or truncated cache entry has not). */
export function isFileKnowledge(value: unknown): value is FileKnowledge {
  const knowledge = value as Partial<FileKnowledge> | undefined;
  return (
    !!knowledge &&
    Array.isArray(knowledge.mentors) &&
    knowledge.mentors.every((mentor) => typeof mentor?.handle === 'string' && isPlace(mentor.appearance)) &&
    Array.isArray(knowledge.skills) &&
    knowledge.skills.every((skill) => typeof skill === 'string') &&
    Array.isArray(knowledge.upstream) &&
    knowledge.upstream.every((use) => typeof use?.key === 'string' && isPlace(use.appearance))
  );
}

/** Whether stored data has the shape of a `FileOutline`. */
export function isFileOutline(value: unknown): value is FileOutline {
  const outline = value as Partial<FileOutline> | undefined;
  return (
    !!outline &&
    Array.isArray(outline.symbols) &&
    outline.symbols.every((symbol) => typeof symbol?.name === 'string' && (symbol.kind === 'organisation' || symbol.kind === 'project') && isSpan(symbol.span)) &&
    Array.isArray(outline.lines) &&
    outline.lines.length % 2 === 0 &&
    outline.lines.every((value) => typeof value === 'number')
  );
}

function isPlace(place: PlaceInFile | undefined): boolean {
  return typeof place?.project === 'string' && isSpan(place.span);
}

function isSpan(span: Span | undefined): boolean {
  return typeof span?.start === 'number' && typeof span.end === 'number';
}

/** An index of the proposal files of a workspace, updated file by file. */
export class WorkspaceKnowledge {
  private readonly files = new Map<string, FileEntries>();
  private cache?: { mentors: Map<string, KnownMentor>; ranked?: KnownMentor[]; skills: KnownSkill[]; upstream: Map<string, Appearance[]> };
  private changes = 0;

  /**
   * Changes whenever what the index tells (mentors, skills, upstream uses) may have changed, and
   * only then: a check that reads the index keeps its findings while it stays the same.
   */
  get version(): number {
    return this.changes;
  }

  /** Replaces what is known from one file. */
  update(uri: string, document: ProposalDocument): void {
    const previous = this.files.get(uri);
    const term = termOf(document);
    // A keystroke that changed nothing the index aggregates (the usual case: typing in a
    // description) keeps the aggregate, with the places it links to moved to where they are now.
    if (previous && this.cache && movedAsBefore(previous, document, term)) return;
    const entries: FileEntries = { document, mentors: [], skills: [], upstream: [] };
    for (const project of document.projects) {
      const appearance = (span: Span): Appearance => ({
        uri,
        project: project.title,
        ...(project.org && { org: project.org.name }),
        ...(term && { term }),
        span,
      });
      for (const mentor of project.mentors) {
        const handle = knownHandle(mentor);
        if (!handle) continue;
        const name = mentorName(mentor);
        const email = mentor.email?.text;
        entries.mentors.push({ key: handleKey(handle), handle, ...(name && { name }), ...(email !== undefined && { email }), appearance: appearance(project.heading.span) });
      }
      entries.skills.push(...skillsOf(project));
      for (const url of project.upstream) {
        entries.upstream.push({ key: normaliseUpstream(url.url), appearance: appearance(url.span) });
      }
    }
    this.files.set(uri, entries);
    this.cache = undefined;
    this.changes++;
  }

  /** Replaces what is known from one file by what `knowledgeOf` gave for it (without its model), and its outline when kept. */
  restore(uri: string, knowledge: FileKnowledge, outline?: FileOutline): void {
    const place = (appearance: PlaceInFile): Appearance => ({ uri, ...appearance });
    this.files.set(uri, {
      ...(outline && { outline }),
      mentors: knowledge.mentors.map(({ handle, name, email, appearance }) => ({
        key: handleKey(handle),
        handle,
        ...(name && { name }),
        ...(email !== undefined && { email }),
        appearance: place(appearance),
      })),
      skills: [...knowledge.skills],
      upstream: knowledge.upstream.map(({ key, appearance }) => ({ key, appearance: place(appearance) })),
    });
    this.cache = undefined;
    this.changes++;
  }

  /** What one file adds to the index, as plain data (see `FileKnowledge`). */
  knowledgeOf(uri: string): FileKnowledge | undefined {
    const entries = this.files.get(uri);
    if (!entries) return undefined;
    const place = ({ uri: _uri, span, ...rest }: Appearance): PlaceInFile => ({ ...rest, span: { start: span.start, end: span.end } });
    return {
      mentors: entries.mentors.map(({ handle, name, email, appearance }) => ({
        handle,
        ...(name && { name }),
        ...(email !== undefined && { email }),
        appearance: place(appearance),
      })),
      skills: [...entries.skills],
      upstream: entries.upstream.map(({ key, appearance }) => ({ key, appearance: place(appearance) })),
    };
  }

  /** Forgets a file (deleted, or no longer a proposal file). */
  remove(uri: string): void {
    if (!this.files.delete(uri)) return;
    this.cache = undefined;
    this.changes++;
  }

  /** The files the index holds. */
  uris(): string[] {
    return [...this.files.keys()];
  }

  /** Whether the index holds a file (read, or restored without its model). */
  has(uri: string): boolean {
    return this.files.has(uri);
  }

  /** The outline of a file restored without its model (see `FileOutline`). */
  outline(uri: string): FileOutline | undefined {
    return this.files.get(uri)?.outline;
  }

  /** Converts offsets of an indexed file (its places, its symbols) to positions, with or without its model. */
  positions(uri: string): Positions | undefined {
    const entries = this.files.get(uri);
    if (entries?.document) return new LineIndex(entries.document.text);
    return entries?.outline && new LineAnchors(entries.outline.lines);
  }

  /** The model of an indexed file. */
  document(uri: string): ProposalDocument | undefined {
    return this.files.get(uri)?.document;
  }

  /** A mentor by handle (case-insensitive, with or without `@`). */
  mentor(handle: string): KnownMentor | undefined {
    return this.build().mentors.get(handleKey(handle));
  }

  /** Every known mentor, those with the most projects first. */
  mentors(): KnownMentor[] {
    const cache = this.build();
    cache.ranked ??= [...cache.mentors.values()].sort((a, b) => b.projects.length - a.projects.length || compare(a.handle, b.handle));
    return cache.ranked;
  }

  /** Every known skill, one per case-insensitive spelling, most requested first. */
  skills(): KnownSkill[] {
    return this.build().skills;
  }

  /** Where an upstream issue URL (any spelling of it) is used. */
  upstreamUses(url: string): Appearance[] {
    return this.build().upstream.get(normaliseUpstream(url)) ?? [];
  }

  private build() {
    if (this.cache) return this.cache;
    const mentors = new Map<string, KnownMentor & { tally: Map<string, number>[] }>();
    const skillCounts = new Map<string, Map<string, number>>();
    const upstream = new Map<string, Appearance[]>();
    for (const entries of this.files.values()) {
      for (const { key, handle, name, email, appearance } of entries.mentors) {
        let known = mentors.get(key);
        if (!known) {
          known = { handle, names: [], emails: [], projects: [], tally: [new Map(), new Map(), new Map()] };
          mentors.set(key, known);
        }
        const [handles, names, emails] = known.tally;
        count(handles, handle);
        if (name) count(names, name);
        if (email !== undefined) count(emails, email);
        known.projects.push(appearance);
      }
      for (const skill of entries.skills) count(getOrCreate(skillCounts, skill.toLowerCase()), skill);
      for (const { key, appearance } of entries.upstream) getOrCreateList(upstream, key).push(appearance);
    }
    const mentorIndex = new Map<string, KnownMentor>();
    for (const [key, { tally, projects }] of mentors) {
      const [handles, names, emails] = tally;
      mentorIndex.set(key, { handle: byCount(handles)[0], names: byCount(names), emails: byCount(emails), projects });
    }
    const skills = [...skillCounts.values()]
      .map((spellings) => ({ text: byCount(spellings)[0], count: [...spellings.values()].reduce((a, b) => a + b, 0) }))
      .sort((a, b) => b.count - a.count || compare(a.text, b.text));
    this.cache = { mentors: mentorIndex, skills, upstream };
    return this.cache;
  }
}

/**
 * What makes two proposal files the same term: the folder, plus what the file name has besides
 * `README` or `project_ideas` (so `2026/01-Mar-May/README.md` and `2026/01-Mar-May/project_ideas.md`
 * are one term, and so are `2021_03-Fall_README.md` and `2021_03-Fall_project_ideas.md` side by
 * side, but `2021_03-Fall_README.md` and `2022_01-Spring_project_ideas.md` are not). Undefined for
 * any other file name (a draft, an untitled buffer): such a file is a term of its own.
 */
export function termFileKey(uri: string): string | undefined {
  // Asked for every use of an upstream issue, by each file that links it: read once per URI.
  if (TERM_FILE_KEYS.has(uri)) return TERM_FILE_KEYS.get(uri);
  if (TERM_FILE_KEYS.size >= 10_000) TERM_FILE_KEYS.clear();
  const key = readTermFileKey(uri);
  TERM_FILE_KEYS.set(uri, key);
  return key;
}

const TERM_FILE_KEYS = new Map<string, string | undefined>();

function readTermFileKey(uri: string): string | undefined {
  let path = uri;
  try {
    path = decodeURIComponent(uri);
  } catch {
    // A path with a stray `%` is read as written.
  }
  path = path.replace(/\\/g, '/');
  const slash = path.lastIndexOf('/');
  const name = /^(.*?)[-_. ]?(?:readme|project[-_ ]?ideas)\.(?:md|markdown)$/i.exec(path.slice(slash + 1));
  // Lower case: the same folder may be spelt in two cases on a case-insensitive disk (a Windows drive letter).
  return name ? `${path.slice(0, slash + 1)}${name[1]}`.toLowerCase() : undefined;
}

/** Whether two files are the README and the project ideas of one term (see `termFileKey`); a file is never its own peer. */
export function sameTermFiles(uri: string, other: string): boolean {
  if (uri === other) return false;
  const key = termFileKey(uri);
  return key !== undefined && key === termFileKey(other);
}

/** The skills a project asks for: its Recommended Skills (and Technologies), split into short items. */
export function skillsOf(project: Project): string[] {
  const skills: string[] = [];
  // The field's value, trimmed; empty for a draft's "_No response_".
  for (const field of project.fields) if (field.id === 'recommendedSkills' || field.id === 'technologies') skills.push(...skillsIn(field.value));
  return skills;
}

/** Skills by the field value they were read from: the index reads every project's on each keystroke. */
const SKILLS_OF_VALUE = new Map<string, string[]>();

function skillsIn(value: string): string[] {
  let skills = SKILLS_OF_VALUE.get(value);
  if (!skills) {
    if (SKILLS_OF_VALUE.size >= 10_000) SKILLS_OF_VALUE.clear();
    // The value is a slice of the document's text: the memo keeps a copy of its own (skills read
    // from it are slices of the copy), or typing in a skills field would keep every version alive.
    const own = ownCopy(value);
    SKILLS_OF_VALUE.set(own, (skills = readSkills(own)));
  }
  return skills;
}

function readSkills(value: string): string[] {
  const skills: string[] = [];
  for (const raw of value.split(/,|;|\n|\band\b/)) {
    const skill = raw
      .replace(/^\s*[-*+]\s+/, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[*_`]/g, '')
      .replace(/\s*\((?:required|preferred|optional|bonus|a plus)[^)]*\)/gi, '')
      .replace(/[.:]+$/, '')
      .replace(/\s+/g, ' ')
      .trim();
    // Sentences ("Being comfortable to talk with end-users") are not skills to complete.
    if (skill && skill.length <= 30 && skill.split(' ').length <= 4 && !/^(?:basic|some|good|strong|experience|interest|knowledge|familiarity|understanding)\b/i.test(skill)) {
      skills.push(skill);
    }
  }
  return skills;
}

/**
 * The GitHub handle a mentor entry stands for: the profile a link points at, else the written
 * handle when it is a valid GitHub user name (link texts such as "@Matthias Wahl" are not).
 */
function knownHandle(mentor: Mentor): string | undefined {
  if (mentor.link?.profile) return `@${mentor.link.profile}`;
  const handle = mentor.handle?.text;
  return handle && GITHUB_HANDLE.test(handle) ? handle : undefined;
}

/** The key under which handles are compared: lower case, without `@`. */
export function handleKey(handle: string): string {
  return handle.replace(/^@/, '').toLowerCase();
}

function count(tally: Map<string, number>, value: string): void {
  tally.set(value, (tally.get(value) ?? 0) + 1);
}

function byCount(tally: Map<string, number>): string[] {
  return [...tally].sort((a, b) => b[1] - a[1] || compare(a[0], b[0])).map(([value]) => value);
}

/** Code-unit order: stable across machines and far cheaper than a locale-aware comparison. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The term a file's places name: a GSoC page's "Google Summer of Code <year>", else its title. */
function termOf(document: ProposalDocument): string | undefined {
  return gsocTermTitle(document) ?? document.title?.text;
}

/** The name the index keeps of a mentor: the one written, else a link's text that is no handle. */
function mentorName(mentor: Mentor): string | undefined {
  return mentor.name?.text ?? (mentor.link && !mentor.link.text.startsWith('@') ? mentor.link.text : undefined);
}

/**
 * When a new reading of a file gives the index what `entries` holds (the same mentors, skills and
 * upstream issues, in the same order, in projects of the same titles, organisations and term),
 * moves the places `entries` links to where they are in it, and says so. Compared before anything
 * is built: this runs on every keystroke, for every mentor and URL.
 */
function movedAsBefore(entries: FileEntries, document: ProposalDocument, term: string | undefined): boolean {
  // As `update` writes them: no term for an empty one.
  const written = term || undefined;
  const samePlace = (appearance: Appearance, project: Project) =>
    appearance.project === project.title && appearance.org === project.org?.name && appearance.term === written;
  let mentors = 0;
  let skills = 0;
  let upstream = 0;
  for (const project of document.projects) {
    for (const mentor of project.mentors) {
      const handle = knownHandle(mentor);
      if (!handle) continue;
      const entry = entries.mentors[mentors++];
      if (entry?.handle !== handle || entry.name !== (mentorName(mentor) || undefined) || entry.email !== mentor.email?.text || !samePlace(entry.appearance, project)) return false;
    }
    for (const skill of skillsOf(project)) if (entries.skills[skills++] !== skill) return false;
    for (const url of project.upstream) {
      const entry = entries.upstream[upstream++];
      if (entry?.key !== normaliseUpstream(url.url) || !samePlace(entry.appearance, project)) return false;
    }
  }
  if (mentors !== entries.mentors.length || skills !== entries.skills.length || upstream !== entries.upstream.length) return false;
  mentors = 0;
  upstream = 0;
  for (const project of document.projects) {
    for (const mentor of project.mentors) if (knownHandle(mentor)) entries.mentors[mentors++].appearance.span = project.heading.span;
    for (const url of project.upstream) entries.upstream[upstream++].appearance.span = url.span;
  }
  entries.document = document;
  return true;
}

function getOrCreate<K, V>(map: Map<K, Map<string, V>>, key: K): Map<string, V> {
  let value = map.get(key);
  if (!value) map.set(key, (value = new Map()));
  return value;
}

function getOrCreateList<K, V>(map: Map<K, V[]>, key: K): V[] {
  let value = map.get(key);
  if (!value) map.set(key, (value = []));
  return value;
}
