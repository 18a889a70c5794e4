// Reads a draft of CNCF's issue form: a markdown file in the shape GitHub gives a submitted
// form, `### <label>` then the value, `_No response_` for an empty optional field, and
// `- [X] <label>` for checkboxes. A document is a draft by its headings, never by its name.
// The draft's one proposal is also read into the common model (one organisation, the CNCF
// project; one project, the program), so the outline, hover, preview and workspace index
// treat it like a term file's entry.

import { sectionStarts, withoutBom } from './block-scan';
import { editDistance, type FieldId } from './fields';
import { type FormField, type IssueForm } from './issue-form';
import type { Draft, DraftCheckbox, DraftDocument, DraftMentorLine, DraftSection, Field, Heading, Mentor, Organisation, Project, Span, Token, Writable } from './model';
import { urlsIn } from './urls';

/** A document with at least this many `### <form label>` sections is a draft. */
const DRAFT_MIN_SECTIONS = 3;

/** The form fields that stand for a field of a term file's entry (by the bundled form's ids). */
const TERM_FIELD_OF: Record<string, FieldId> = {
  program_description: 'description',
  technologies: 'technologies',
  skills: 'recommendedSkills',
  mentors: 'mentors',
  upstream_issue_url: 'upstreamIssue',
};

/** GitHub's text for an optional field left empty. */
export const NO_RESPONSE = '_No response_';

/** Labels compare without case and with runs of blank space as one. */
export function labelKey(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The form field a `###` heading names, if any. */
export function fieldOfLabel(form: IssueForm, label: string): FormField | undefined {
  let byLabel = LABELS.get(form);
  if (!byLabel) LABELS.set(form, (byLabel = new Map(form.fields.map((field) => [labelKey(field.label), field]))));
  return byLabel.get(labelKey(label));
}

const LABELS = new WeakMap<IssueForm, Map<string, FormField>>();

/** The form label closest to a heading that names no field, when it is close enough to be a typo. */
export function closestLabel(form: IssueForm, label: string): FormField | undefined {
  const key = labelKey(label);
  let best: { field: FormField; distance: number } | undefined;
  for (const field of form.fields) {
    const distance = editDistance(key, labelKey(field.label));
    if (!best || distance < best.distance) best = { field, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(key.length / 4)) ? best.field : undefined;
}

interface HeadingLine {
  level: number;
  text: string;
  span: Span;
  textSpan: Span;
  /** Where the next line starts. */
  next: number;
  /** The line starts with `### `: CNCF's bot splits the body there. */
  botSplit: boolean;
  /** Inside a code or HTML block: no heading in GitHub's rendering, a split for the bot all the same. */
  inCode: boolean;
}

/** The ATX headings that start top-level blocks (outside code fences and HTML blocks). */
function headingLines(source: string): HeadingLine[] {
  const lines: HeadingLine[] = [];
  for (const start of sectionStarts(source)) {
    const newline = source.indexOf('\n', start);
    const lineEnd = newline < 0 ? source.length : newline;
    const line = source.slice(start, lineEnd).replace(/\r$/, '');
    const match = /^( {0,3})(#{1,6})(?:[ \t]+(.*?))??(?:[ \t]+#+)?[ \t]*$/.exec(line);
    if (!match) continue;
    const text = (match[3] ?? '').trim();
    const textStart = text ? start + line.indexOf(text, match[1].length + match[2].length) : start + match[0].length;
    lines.push({
      level: match[2].length,
      text,
      span: { start, end: start + line.length },
      textSpan: { start: textStart, end: textStart + text.length },
      next: newline < 0 ? source.length : newline + 1,
      botSplit: source.startsWith('### ', start),
      inCode: false,
    });
  }
  return lines;
}

/**
 * Where CNCF's bot splits an issue body into sections: its parseIssueForm splits at every line
 * that starts with `### ` (`/^### +/m`), heading or not.
 */
const BOT_SPLIT = /^### +/gm;

/** The heading lines, and the lines inside code or HTML blocks where the bot splits the body too. */
function sectionLines(source: string): HeadingLine[] {
  const lines = headingLines(source);
  const starts = new Set(lines.map((line) => line.span.start));
  for (const match of source.matchAll(BOT_SPLIT)) {
    if (starts.has(match.index)) continue;
    let lineEnd = match.index + match[0].length;
    while (lineEnd < source.length && !LINE_TERMINATOR.test(source[lineEnd])) lineEnd++;
    const text = source.slice(match.index + match[0].length, lineEnd).trim();
    const textStart = text ? source.indexOf(text, match.index + match[0].length) : lineEnd;
    const next = source.startsWith('\r\n', lineEnd) ? lineEnd + 2 : Math.min(lineEnd + 1, source.length);
    lines.push({
      level: 3,
      text,
      span: { start: match.index, end: lineEnd },
      textSpan: { start: textStart, end: textStart + text.length },
      next,
      botSplit: true,
      inCode: true,
    });
  }
  return lines.sort((a, b) => a.span.start - b.span.start);
}

/** Whether a text is an issue-form draft: it has enough `### <form label>` sections. */
export function looksLikeDraft(text: string, form: IssueForm): boolean {
  // The `### Label` lines (up to three spaces before, a space or tab after), found with indexOf
  // rather than a regular expression over the lines or a block scan: this runs on every
  // keystroke in term files too (a /^ {0,3}###…$/gm scan took 0.7 ms of one at 150 KB), and
  // three form labels as headings inside code blocks do not happen.
  const found = new Set<string>();
  for (let at = text.indexOf('###'); at >= 0; at = text.indexOf('###', at + 3)) {
    let lineStart = at;
    while (lineStart > 0 && at - lineStart < 4 && text[lineStart - 1] === ' ') lineStart--;
    if (at - lineStart > 3 || (lineStart > 0 && !LINE_TERMINATOR.test(text[lineStart - 1]))) continue;
    const after = text[at + 3];
    if (after !== ' ' && after !== '\t') continue;
    let lineEnd = at + 3;
    while (lineEnd < text.length && !LINE_TERMINATOR.test(text[lineEnd])) lineEnd++;
    const label = text.slice(at + 3, lineEnd).replace(/^[ \t]+|[ \t]+$/g, '');
    const field = label ? fieldOfLabel(form, label) : undefined;
    if (field) found.add(field.id);
    if (found.size >= DRAFT_MIN_SECTIONS) return true;
  }
  return false;
}

/** What ends a line for `looksLikeDraft` (as for `^` and `$` of a JavaScript regular expression with the m flag). */
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;

/** Reads a draft (the caller has checked `looksLikeDraft`). */
export function parseDraft(text: string, form: IssueForm): DraftDocument {
  const source = withoutBom(text);
  const headings: Heading[] = [];
  const sections: Array<Writable<DraftSection>> = [];
  let current: { section: Writable<DraftSection>; field?: FormField } | undefined;
  const close = (end: number) => {
    if (current) finishSection(source, current.section, end, current.field);
  };
  for (const line of sectionLines(source)) {
    const heading: Heading = { level: line.level, text: line.text, plain: line.text, span: line.span, textSpan: line.textSpan };
    if (!line.inCode) headings.push(heading);
    if (line.level !== 3) continue;
    const field = fieldOfLabel(form, line.text);
    // A `###` line inside a long text (a description's own sub-heading) that is not close to a
    // form label (a misspelt section) is part of the text for GitHub; for CNCF's bot and its
    // export, the text ends there when the line starts with `### `: it is a section of its own.
    const longText = current?.field?.type === 'textarea' ? current.field.id : current?.section.cuts?.fieldId;
    const inLongText = !field && longText !== undefined && !closestLabel(form, line.text);
    if (inLongText && !line.botSplit) continue;
    close(line.span.start);
    const section: Writable<DraftSection> = {
      ...(field && { fieldId: field.id }),
      ...(inLongText && { cuts: { fieldId: longText!, inCode: line.inCode } }),
      heading,
      valueSpan: { start: line.next, end: source.length },
      value: '',
      valueTextSpan: { start: line.next, end: line.next },
      noResponse: false,
      checkboxes: [],
    };
    sections.push(section);
    current = { section, ...(field && { field }) };
  }
  close(source.length);
  const mentorsSection = sections.find((section) => section.fieldId === 'mentors');
  const draft: Draft = { form, sections, mentorLines: mentorsSection ? mentorLinesOf(source, mentorsSection) : [] };
  const term = sections.find((section) => section.fieldId === 'term');
  return {
    kind: 'draft',
    text,
    programme: 'lfx',
    era: 'B',
    // The term the proposal is for stands where a term file's title does (outline, preview, index).
    ...(term?.value && { title: { ...term.heading, text: term.value, plain: term.value } }),
    orgLevel: 0,
    projectLevel: 0,
    headings,
    sections: [],
    ...proposalOf(source, draft),
    draft,
  };
}

/**
 * A field's text as the author wrote it into the form: its section's value and, for a long
 * text, the sections its own `### ` lines cut off for CNCF's bot (the form field holds them).
 */
export function writtenValue(text: string, draft: Draft, section: DraftSection): string {
  let end = section.valueSpan.end;
  for (const next of draft.sections.slice(draft.sections.indexOf(section) + 1)) {
    if (!section.fieldId || next.cuts?.fieldId !== section.fieldId) break;
    end = next.valueSpan.end;
  }
  return end === section.valueSpan.end ? section.value : text.slice(section.valueSpan.start, end).trim();
}

function finishSection(source: string, section: Writable<DraftSection>, end: number, field: FormField | undefined): void {
  section.valueSpan = { start: section.valueSpan.start, end: Math.max(section.valueSpan.start, end) };
  const raw = source.slice(section.valueSpan.start, section.valueSpan.end);
  const leading = raw.length - raw.trimStart().length;
  const value = raw.trim();
  const start = section.valueSpan.start + leading;
  section.valueTextSpan = { start, end: start + value.length };
  section.noResponse = value === NO_RESPONSE;
  section.value = section.noResponse ? '' : value;
  if (field?.type === 'checkboxes' || /^\s*[-*+] \[[ xX]\] /m.test(raw)) section.checkboxes = checkboxesOf(source, section.valueSpan);
}

function checkboxesOf(source: string, span: Span): DraftCheckbox[] {
  const boxes: DraftCheckbox[] = [];
  forEachLine(source, span, (line, start) => {
    const match = /^(\s*[-*+] \[([ xX])\] )(.*?)\s*$/.exec(line);
    if (!match) return;
    const labelStart = start + match[1].length;
    boxes.push({
      label: match[3],
      checked: match[2] !== ' ',
      span: { start, end: start + line.length },
      labelSpan: { start: labelStart, end: labelStart + match[3].length },
    });
  });
  return boxes;
}

function mentorLinesOf(source: string, section: DraftSection): DraftMentorLine[] {
  if (section.noResponse) return [];
  const lines: DraftMentorLine[] = [];
  forEachLine(source, section.valueSpan, (line, start) => {
    if (!line.trim()) return;
    const bullet = /^\s*[-*+][ \t]+/.exec(line);
    const body = bullet ? bullet[0].length : 0;
    const parts: Token[] = [];
    let partStart = body;
    for (let index = body; index <= line.length; index++) {
      if (index < line.length && line[index] !== '|') continue;
      const raw = line.slice(partStart, index);
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      parts.push({ text, span: { start: start + partStart + lead, end: start + partStart + lead + text.length } });
      partStart = index + 1;
    }
    // A `|` ending the line closes the last part rather than opening an empty one: CNCF's bot
    // reads `Name | @handle | email | LFID |` as the four parts it holds.
    if (parts.length > 1 && line.trimEnd().endsWith('|')) parts.pop();
    const textStart = start + line.length - line.trimStart().length;
    const textEnd = start + line.trimEnd().length;
    lines.push({
      text: source.slice(textStart, textEnd),
      span: { start: textStart, end: textEnd },
      parts,
      ...(bullet && { bullet: { start: start + line.indexOf(bullet[0].trim()), end: start + bullet[0].length } }),
    });
  });
  return lines;
}

/** Calls `visit` with each line of a span (without its line break) and the line's offset. */
function forEachLine(source: string, span: Span, visit: (line: string, start: number) => void): void {
  let start = span.start;
  while (start < span.end) {
    const newline = source.indexOf('\n', start);
    const end = newline < 0 || newline >= span.end ? span.end : newline;
    visit(source.slice(start, end).replace(/\r$/, ''), start);
    start = end + 1;
  }
}

/** The draft's proposal in the common model: one organisation with one project. */
function proposalOf(source: string, draft: Draft): Pick<DraftDocument, 'orgs' | 'projects'> {
  const section = (id: string) => draft.sections.find((candidate) => candidate.fieldId === id);
  const first = draft.sections[0];
  if (!first) return { orgs: [], projects: [] };
  const whole = { start: first.heading.span.start, end: source.length };
  const named = (id: string, fallback: string): Heading => {
    const found = section(id) ?? first;
    const name = section(id)?.value.split('\n')[0].trim() || fallback;
    return { ...found.heading, text: name, plain: name };
  };
  const orgHeading = named('cncf_project', 'CNCF project not chosen');
  const projectHeading = named('program_name', 'Untitled program');
  const fields: Field[] = draft.sections.flatMap((candidate) => {
    const id = candidate.fieldId && TERM_FIELD_OF[candidate.fieldId];
    if (!id) return [];
    return [
      {
        label: candidate.heading.text,
        id,
        form: 'canonical',
        labelSpan: candidate.heading.textSpan,
        valueSpan: candidate.valueSpan,
        value: candidate.value,
        span: { start: candidate.heading.span.start, end: candidate.valueSpan.end },
        inList: false,
        missingColon: false,
      } satisfies Field,
    ];
  });
  const upstreamSection = section('upstream_issue_url');
  const project: Writable<Project> = {
    title: projectHeading.text,
    heading: projectHeading,
    placement: 'ok',
    fields,
    mentors: draft.mentorLines.map(mentorOf),
    upstream: upstreamSection && !upstreamSection.noResponse ? urlsIn(source, upstreamSection.valueSpan) : [],
    span: whole,
  };
  const org: Organisation = { name: orgHeading.text, heading: orgHeading, projects: [project], subOrgs: [], misplaced: false, span: whole };
  project.org = org;
  return { orgs: [org], projects: [project] };
}

/** A mentor line as the common model's mentor: name, handle and email where the parts hold them. */
function mentorOf(line: DraftMentorLine): Mentor {
  const [name, handle, email] = line.parts;
  return {
    text: line.text,
    span: line.span,
    ...(name?.text && { name }),
    ...(handle?.text.startsWith('@') && { handle }),
    ...(handle?.text && !handle.text.startsWith('@') && { bareHandle: handle }),
    ...(email?.text && { email }),
    problems: [],
    inSubList: true,
  };
}
