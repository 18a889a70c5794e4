// Moves a remembered reading to where its section is now. A section that an edit above moved
// keeps its reading (made when the section was parsed) and gets a copy with every span shifted.
// Which parts of a model type are spans is written down per type, in tables whose type lists
// every key of the model type: a key added to the model without a line here, or a span marked
// to stay, is a compile error, not a span that silently stays behind when its section moves.

import type { Field, Heading, Mentor, Span, TocEntry, Token, UrlRef } from '../model';
import type { ProjectReading, SectionReading, TocReading } from '../read/readings';

/**
 * How each key of a model type moves: `'span'` for a span (shifted), `'keep'` for plain data (shared),
 * or the table of a nested type. An array moves as its elements do.
 */
export type Relocation<T> = { readonly [K in keyof T]-?: Move<NonNullable<T[K]>> };

type Move<V> = V extends Span
  ? 'span'
  : V extends string | number | boolean
    ? 'keep'
    : V extends ReadonlyArray<infer Element>
      ? Move<Element>
      : V extends object
        ? Relocation<V>
        : never;

const TOKEN: Relocation<Token> = { text: 'keep', span: 'span' };

const HEADING: Relocation<Heading> = { level: 'keep', text: 'keep', plain: 'keep', span: 'span', textSpan: 'span' };

const FIELD: Relocation<Field> = {
  label: 'keep',
  id: 'keep',
  form: 'keep',
  labelSpan: 'span',
  valueSpan: 'span',
  value: 'keep',
  span: 'span',
  inList: 'keep',
  missingColon: 'keep',
  joined: 'keep',
  gapSpan: 'span',
};

const MENTOR: Relocation<Mentor> = {
  text: 'keep',
  span: 'span',
  name: TOKEN,
  handle: TOKEN,
  email: TOKEN,
  emailWritten: { span: 'span', form: 'keep' },
  role: TOKEN,
  bareHandle: TOKEN,
  link: { text: 'keep', url: 'keep', span: 'span', profile: 'keep' },
  problems: 'keep',
  inSubList: 'keep',
};

const URL_REF: Relocation<UrlRef> = { url: 'keep', span: 'span', form: 'keep' };

const PROJECT_READING: Relocation<ProjectReading> = { fields: FIELD, mentors: MENTOR, placeholders: MENTOR, upstream: URL_REF };

const SECTION_READING: Relocation<SectionReading> = { heading: HEADING, carriesFields: 'keep', project: PROJECT_READING };

const TOC_ENTRY: Relocation<TocEntry> = { text: 'keep', anchor: 'keep', span: 'span', anchorSpan: 'span', depth: 'keep' };

const TOC_READING: Relocation<TocReading> = { entries: TOC_ENTRY, items: 'keep' };

/** A heading `delta` characters further on; the heading itself when it did not move (readings are never changed). */
export function relocateHeading(heading: Heading, delta: number): Heading {
  return delta === 0 ? heading : relocate(heading, HEADING, delta);
}

/** A section's fields, mentors and upstream URLs, `delta` characters further on. */
export function relocateProject(project: ProjectReading, delta: number): ProjectReading {
  return delta === 0 ? project : relocate(project, PROJECT_READING, delta);
}

/** A table of contents' reading, `delta` characters further on. */
export function relocateToc(toc: TocReading, delta: number): TocReading {
  return delta === 0 ? toc : relocate(toc, TOC_READING, delta);
}

/** Every table, for the test that moves a section holding every kind of span. */
export const RELOCATIONS = { SECTION_READING, TOC_READING } as const;

/** A copy of `value` with the spans its table names shifted by `delta`; plain data is shared. */
function relocate<T>(value: T, how: Relocation<T>, delta: number): T {
  // A loop over keys rather than Object.entries: this runs for every moved section on every keystroke.
  const copy: Record<string, unknown> = {};
  for (const key in value) copy[key] = moveValue(value[key], how[key], delta);
  return copy as T;
}

function moveValue(value: unknown, how: unknown, delta: number): unknown {
  if (value === undefined || how === 'keep') return value;
  if (how === 'span') {
    const span = value as Span;
    return { start: span.start + delta, end: span.end + delta };
  }
  if (Array.isArray(value)) return value.map((each) => moveValue(each, how, delta));
  return relocate(value, how as Relocation<unknown>, delta);
}
