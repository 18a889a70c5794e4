// What a Google Summer of Code idea page adds to an entry: the Expected project size (small
// ~90 hours, medium ~175, large ~350) and the mentor marked primary. Shared by the GSoC rules,
// completion and the preview.

import type { Field, Mentor, Project, ProposalDocument, Span } from './model';

/** The GSoC project sizes and their hours. */
export const PROJECT_SIZES = { small: 90, medium: 175, large: 350 } as const;

export type ProjectSize = keyof typeof PROJECT_SIZES;

/** What an Expected project size value says. */
export interface SizeReading {
  /** The size words it names (more than one is a problem). */
  words: ProjectSize[];
  /** The hours it gives, if any. */
  hours?: number;
  /** The size the hours stand for, when they are close to one (within a fifth). */
  sizeOfHours?: ProjectSize;
  /** True when `**`, `__` or `*` wraps the value. */
  markup: boolean;
  /** The value without markup and without a template `# …` comment. */
  plain: string;
}

/** Reads an Expected project size value as written. */
export function readProjectSize(value: string): SizeReading {
  const withoutComment = value.replace(/(^|\s)#\s.*$/s, '').trim();
  const plain = withoutComment.replace(/\*\*|__|(?<!\w)[*_]|[*_](?!\w)/g, '').trim();
  const words = [...new Set([...plain.toLowerCase().matchAll(/\b(small|medium|large)\b/g)].map((match) => match[1] as ProjectSize))];
  // "175 Hours", "~350h", or a figure alone ("175", where the template asked for hours).
  const hoursMatch = /(\d{2,3})\s*\+?\s*(?:h\b|hrs?\b|hours?\b|-hour\b)/i.exec(plain) ?? /^~?(\d{2,3})$/.exec(plain);
  const reading: SizeReading = { words, markup: plain !== withoutComment, plain };
  if (hoursMatch) {
    const hours = Number(hoursMatch[1]);
    reading.hours = hours;
    const close = (Object.keys(PROJECT_SIZES) as ProjectSize[]).find((size) => Math.abs(PROJECT_SIZES[size] - hours) <= PROJECT_SIZES[size] / 5);
    if (close) reading.sizeOfHours = close;
  }
  return reading;
}

/**
 * The size an author wrote after a `#`, as if it were the template's comment
 * ("Expected project size: # Large (~350 hours)"): the span of the `#` and the spaces after it,
 * and the size, when the value is nothing else and the comment names one size clearly. The
 * template's own comment ("# one of small (~90 hour projects), medium …") names three.
 */
export function sizeAfterHash(value: string, base: number): { hash: Span; size: ProjectSize } | undefined {
  const match = /^(\s*#\s*)(\S.*)$/s.exec(value);
  if (!match) return undefined;
  const reading = readProjectSize(match[2]);
  const size = clearSize(reading);
  if (!size || reading.words.length > 1) return undefined;
  const start = base + value.indexOf('#');
  return { hash: { start, end: base + match[1].length }, size };
}

/**
 * True when the page's template asks for the size in hours alone, as 2023's did
 * ("Expected project size: (175 or 350 Hours)"): hours of a GSoC size are then the page's form,
 * not a mistake. Later templates ask for small, medium or large.
 */
export function templateAsksHours(document: ProposalDocument): boolean {
  const template = document.kind === 'term' ? document.template : undefined;
  if (!template) return false;
  const block = document.text.slice(template.span.start, template.span.end);
  const line = /^[ \t]*[-*][ \t]+\**(?:expected\s+)?project\s+size\b.*$/im.exec(block)?.[0] ?? '';
  return !/\b(?:small|medium|large)\b/i.test(line) && /\d{2,3}\s*(?:h\b|hrs?\b|hours?\b)/i.test(line);
}

/** The size a reading clearly names: one word whose hours (if given) agree, or hours of one size alone. */
export function clearSize(reading: SizeReading): ProjectSize | undefined {
  if (reading.words.length === 1) return reading.hours === undefined || reading.sizeOfHours === reading.words[0] ? reading.words[0] : undefined;
  if (reading.words.length === 0) return reading.sizeOfHours;
  return undefined;
}

/**
 * True when the page asks its entries for an Expected project size: a GSoC page whose template
 * lists the field, or most of whose entries give one (sizes came to GSoC in 2022; a 2018 page
 * has none and is not held to them).
 */
export function asksProjectSize(document: ProposalDocument): boolean {
  if (document.kind !== 'term' || document.programme !== 'gsoc') return false;
  if (document.template) return document.template.fields.includes('projectSize');
  const sized = document.projects.filter((project) => projectSizeField(project)).length;
  return sized > 0 && sized * 2 >= document.projects.length;
}

/**
 * The name of a GSoC page's term, as the outline, the preview and a handle's hover show it:
 * "Google Summer of Code 2026", the year from the page's title ("# 2018") or its opening
 * ("… during the GSoC 2026 cycle"). Undefined for an LFX document, whose title heading names its term.
 */
export function gsocTermTitle(document: ProposalDocument): string | undefined {
  if (document.programme !== 'gsoc') return undefined;
  const title = document.title?.plain ?? '';
  const year = /^\s*(20\d\d)\s*$/.exec(title)?.[1] ?? /(?:google summer of code|gsoc)\W{0,3}(20\d\d)\b/i.exec(`${title}\n${document.text.slice(0, 2_000)}`)?.[1];
  return year ? `Google Summer of Code ${year}` : 'Google Summer of Code';
}

/** True when the page asks for a mentor marked primary: its template says so, or some entry marks one. */
export function asksPrimaryMentor(document: ProposalDocument): boolean {
  if (document.kind !== 'term' || document.programme !== 'gsoc') return false;
  if (document.template?.asksPrimaryMentor) return true;
  return document.projects.some((project) => project.mentors.some((mentor) => isPrimaryMentor(document, mentor)));
}

/** True when the page requires two mentors per entry (its template says "at least 2 mentors"). */
export function asksTwoMentors(document: ProposalDocument): boolean {
  return document.kind === 'term' && document.programme === 'gsoc' && Boolean(document.template?.asksTwoMentors);
}

/**
 * The Expected project size as written: the field's value up to a list item or a blank line
 * after it. Items left under the size line (mentors without their label, another field's line
 * without its `- `) are no part of the size.
 */
export function sizeValue(field: Field): { text: string; span: Span } {
  const end = field.value.search(/\r?\n[ \t]*(?:[-*+][ \t]|\r?\n|$)/);
  const text = (end < 0 ? field.value : field.value.slice(0, end)).trimEnd();
  return { text, span: { start: field.valueSpan.start, end: field.valueSpan.start + text.length } };
}

/** The project's Expected project size field, if it has one. */
export function projectSizeField(project: Project): Field | undefined {
  return project.fields.find((field) => field.id === 'projectSize');
}

/**
 * True when a mentor is marked primary: a role (`Primary Mentor: Name`, `Primary:`), a note after
 * the entry on its line (`Name (@h, e) - primary`), or a `- Primary` item over the mentor's list.
 */
export function isPrimaryMentor(document: ProposalDocument, mentor: Mentor): boolean {
  if (mentor.role && /primary/i.test(mentor.role.text)) return true;
  const { text } = document;
  const lineEnd = text.indexOf('\n', mentor.span.end);
  if (/\bprimary\b/i.test(text.slice(mentor.span.end, lineEnd < 0 ? text.length : lineEnd))) return true;
  // "(primary)", or a note the entry kept ("… from Drasi - primary").
  if (/\(\s*primary\s*\)|[-–—]\s*\**primary\b/i.test(mentor.text)) return true;
  // "- Primary" over a nested list: the nearest line above that is indented less.
  const lineStart = text.lastIndexOf('\n', mentor.span.start - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))?.[0].length ?? 0;
  let above = lineStart - 1;
  for (let steps = 0; above > 0 && steps < 20; steps++) {
    const start = text.lastIndexOf('\n', above - 1) + 1;
    const line = text.slice(start, above).replace(/\r$/, '');
    above = start - 1;
    if (!line.trim()) continue;
    const lineIndent = /^[ \t]*/.exec(line)?.[0].length ?? 0;
    if (lineIndent < indent) return /^\s*[-*+]\s*\**\s*primary\b/i.test(line);
  }
  return false;
}

/**
 * The way the page writes a clear size most often, `{size}` or `{Size}` standing for the word
 * (in its case) and `{hours}` for the figure: `{Size} ({hours} hour project)` in gsoc_2024.md,
 * `{size}` in gsoc_2026.md. The template's own form when no entry gives a clear size.
 */
export function sizeForm(document: ProposalDocument): string {
  const counts = new Map<string, number>();
  for (const project of document.projects) {
    const field = projectSizeField(project);
    if (!field) continue;
    const reading = readProjectSize(sizeValue(field).text);
    if (!clearSize(reading) || reading.words.length !== 1 || reading.markup) continue;
    const shape = reading.plain
      .replace(/\b(small|medium|large)\b/i, (word) => (word[0] === word[0].toUpperCase() ? '{Size}' : '{size}'))
      .replace(/\d{2,3}/, '{hours}');
    counts.set(shape, (counts.get(shape) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '{size} (~{hours} hour projects)';
}

/** A size written in a form from `sizeForm`. */
export function writeSize(form: string, size: ProjectSize): string {
  return form
    .replace('{Size}', size[0].toUpperCase() + size.slice(1))
    .replace('{size}', size)
    .replace('{hours}', String(PROJECT_SIZES[size]));
}
