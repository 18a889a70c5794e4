// What the workspace knows, gathered from every proposal file: each mentor (handle →
// names, emails, where they mentored), each skill (case-insensitive spelling → count),
// each upstream issue URL (normalised → where it is used). Completion, hover and the
// cross-file rules read it; the server and the CLI feed it documents.

import type { Mentor, Project, ProposalDocument, Span } from './model';
import { normaliseUpstream } from './urls';

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

interface FileEntries {
  document: ProposalDocument;
  mentors: Array<{ key: string; handle: string; mentor: Mentor; appearance: Appearance }>;
  skills: string[];
  upstream: Array<{ key: string; appearance: Appearance }>;
}

/** An index of the proposal files of a workspace, updated file by file. */
export class WorkspaceKnowledge {
  private readonly files = new Map<string, FileEntries>();
  private cache?: { mentors: Map<string, KnownMentor>; skills: KnownSkill[]; upstream: Map<string, Appearance[]> };

  /** Replaces what is known from one file. */
  update(uri: string, document: ProposalDocument): void {
    const entries: FileEntries = { document, mentors: [], skills: [], upstream: [] };
    const term = document.title?.text;
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
        entries.mentors.push({ key: handleKey(handle), handle, mentor, appearance: appearance(project.heading.span) });
      }
      entries.skills.push(...skillsOf(document.text, project));
      for (const url of project.upstream) {
        entries.upstream.push({ key: normaliseUpstream(url.url), appearance: appearance(url.span) });
      }
    }
    this.files.set(uri, entries);
    this.cache = undefined;
  }

  /** Forgets a file (deleted, or no longer a proposal file). */
  remove(uri: string): void {
    if (this.files.delete(uri)) this.cache = undefined;
  }

  /** The files the index holds. */
  uris(): string[] {
    return [...this.files.keys()];
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
    return [...this.build().mentors.values()].sort(
      (a, b) => b.projects.length - a.projects.length || a.handle.localeCompare(b.handle),
    );
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
      for (const { key, handle, mentor, appearance } of entries.mentors) {
        let known = mentors.get(key);
        if (!known) {
          known = { handle, names: [], emails: [], projects: [], tally: [new Map(), new Map(), new Map()] };
          mentors.set(key, known);
        }
        const [handles, names, emails] = known.tally;
        count(handles, handle);
        const name = mentor.name?.text ?? (mentor.link && !mentor.link.text.startsWith('@') ? mentor.link.text : undefined);
        if (name) count(names, name);
        if (mentor.email) count(emails, mentor.email.text);
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
      .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
    this.cache = { mentors: mentorIndex, skills, upstream };
    return this.cache;
  }
}

/** The skills a project asks for: its Recommended Skills (and Technologies), split into short items. */
export function skillsOf(text: string, project: Project): string[] {
  const skills: string[] = [];
  for (const field of project.fields) {
    if (field.id !== 'recommendedSkills' && field.id !== 'technologies') continue;
    const value = text.slice(field.valueSpan.start, field.valueSpan.end);
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
  return [...tally].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([value]) => value);
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
