// Completion from what the workspace knows: mentor handles after `@`, whole mentor entries
// at the start of a mentor line, skills in Recommended Skills, the fields a project still
// lacks at `- `, the GSoC project sizes in Expected project size, and CNCF project names on an
// organisation heading.

import { CNCF_PROJECTS } from '../core/cncf-projects';
import { type FieldId, FIELDS } from '../core/fields';
import { PROJECT_SIZES, type ProjectSize, sizeForm, writeSize } from '../core/gsoc';
import { handleKey, type WorkspaceKnowledge } from '../core/knowledge';
import type { Era, Project, ProposalDocument, Span } from '../core/model';
import { completeDraft } from './draft-completion';
import { formatMentor } from '../core/mentor-text';
import { requiredFields } from '../core/required-fields';
import { fieldAt, projectAt } from './locate';
import { handles, lineEnd, rank, skills, type Suggestion, wordEnd } from './suggestions';

export type { Suggestion, SuggestionKind } from './suggestions';

/** The suggestions at `offset`, most useful first; empty outside any known context. */
export function complete(document: ProposalDocument, offset: number, workspace?: WorkspaceKnowledge): Suggestion[] {
  if (document.kind === 'draft') return completeDraft(document, offset, workspace);
  const { text } = document;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const linePrefix = text.slice(lineStart, offset);
  const heading = /^(#{1,6})[ \t]+(.*)$/.exec(linePrefix);
  if (heading) {
    const orgLevel = document.orgLevel || 3;
    if (heading[1].length !== orgLevel) return [];
    return projectNames({ start: offset - heading[2].length, end: lineEnd(text, offset) });
  }
  const project = projectAt(document, offset);
  if (!project) {
    // A first entry being written: no heading carries fields yet, so offer the template's fields
    // under the nearest heading that could be a project.
    const item = /^[-*+][ \t]+([A-Za-z ()]*)$/.exec(linePrefix);
    const above = [...document.headings].reverse().find((candidate) => candidate.span.end <= offset);
    if (item && document.projectLevel === 0 && above && above.level >= 3) {
      return fieldSuggestions(document, new Set(), { start: offset - item[1].length, end: lineEnd(text, offset) }, above.level === 5 ? 'A' : 'B');
    }
    return [];
  }
  const field = fieldAt(project, offset);
  const handle = /(^|[\s(,[])@([A-Za-z0-9-]*)$/.exec(linePrefix);
  if (handle && field?.id === 'mentors') {
    const start = offset - handle[2].length - 1;
    return handles(project, { start, end: wordEnd(text, offset) }, workspace);
  }
  if (field?.id === 'mentors' && field.labelSpan.end <= offset) {
    const entryStart = /^\s*[-*+]\s+([^@()[\]]*)$/.exec(linePrefix) ?? /(?::|,|;)\s*([^@()[\],;:]*)$/.exec(linePrefix);
    if (entryStart) {
      return mentorEntries(document, project, { start: offset - entryStart[1].length, end: lineEnd(text, offset) }, workspace);
    }
  }
  if ((field?.id === 'recommendedSkills' || field?.id === 'technologies') && field.labelSpan.end <= offset) {
    const typed = /(?:^\s*[-*+]\s+|[:,;]\s*)([^,;:]*)$/.exec(linePrefix);
    if (typed) return skills(text, field, { start: offset - typed[1].length, end: wordEnd(text, offset) }, workspace);
  }
  if (field?.id === 'projectSize' && field.labelSpan.end <= offset) {
    const typed = /(?:[:：]|^)\s*([A-Za-z]*)$/.exec(linePrefix);
    if (typed) return projectSizes(document, { start: offset - typed[1].length, end: lineEnd(text, offset) });
  }
  const item = /^[-*+][ \t]+([A-Za-z ()]*)$/.exec(linePrefix);
  if (item && (!field || field.labelSpan.start >= lineStart)) {
    return missingFields(document, project, { start: offset - item[1].length, end: lineEnd(text, offset) });
  }
  return [];
}

/** At most this many suggestions go to the editor at once; it asks again as more is typed. */
export const MAX_SUGGESTIONS = 100;

/**
 * The suggestions to send: all when they are few; else those whose text contains what has been
 * typed of them (in order, ignoring case, as editors filter), the best ranked first, cut at
 * `max` with `incomplete` set so the editor asks again on the next keystroke.
 */
export function limitSuggestions(text: string, offset: number, suggestions: Suggestion[], max = MAX_SUGGESTIONS): { items: Suggestion[]; incomplete: boolean } {
  if (suggestions.length <= max) return { items: suggestions, incomplete: false };
  const matching = suggestions.filter((suggestion) => {
    const typed = text.slice(suggestion.replace.start, Math.max(suggestion.replace.start, offset)).replace(/^@/, '').toLowerCase();
    return isSubsequence(typed, (suggestion.filterText ?? suggestion.label).toLowerCase());
  });
  return { items: matching.slice(0, max), incomplete: matching.length > max };
}

function isSubsequence(needle: string, haystack: string): boolean {
  let at = 0;
  for (const char of needle) {
    at = haystack.indexOf(char, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** Whole mentor entries in the document's format: `Name (@handle, email)`. */
function mentorEntries(document: ProposalDocument, project: Project, replace: Span, workspace?: WorkspaceKnowledge): Suggestion[] {
  const taken = new Set(project.mentors.flatMap((mentor) => (mentor.handle ? [handleKey(mentor.handle.text)] : [])));
  const suggestions: Suggestion[] = [];
  for (const mentor of workspace?.mentors() ?? []) {
    const name = mentor.names[0];
    if (!name || taken.has(handleKey(mentor.handle))) continue;
    const email = document.era === 'B' ? mentor.emails[0] : undefined;
    const entry = formatMentor(name, mentor.handle, email);
    suggestions.push({
      label: entry,
      kind: 'mentor',
      detail: `${mentor.projects.length} project${mentor.projects.length === 1 ? '' : 's'}`,
      insertText: entry,
      replace,
      sortText: rank(suggestions.length),
      filterText: `${name} ${mentor.handle}`,
    });
  }
  return suggestions;
}

/** The fields the project lacks, required first, each in canonical order, as snippets. */
function missingFields(document: ProposalDocument, project: Project, replace: Span): Suggestion[] {
  const present = new Set(project.fields.flatMap((field) => (field.id ? [field.id] : [])));
  return fieldSuggestions(document, present, replace, document.era);
}

function fieldSuggestions(document: ProposalDocument, present: Set<FieldId>, replace: Span, era: Era): Suggestion[] {
  // Without any entry to learn from, the template's fields: Expected Outcome since 2022 (era B).
  const template: FieldId[] = ['description', ...(era === 'B' ? (['expectedOutcome'] as const) : []), 'recommendedSkills', 'mentors', 'upstreamIssue'];
  const required = new Set<FieldId>(document.projects.length > 0 ? requiredFields(document) : template);
  const usedInDocument = new Set(document.projects.flatMap((other) => other.fields.flatMap((field) => (field.id ? [field.id] : []))));
  const lacking = FIELDS.filter((spec) => !present.has(spec.id) && (required.has(spec.id) || usedInDocument.has(spec.id)));
  lacking.sort((a, b) => Number(required.has(b.id)) - Number(required.has(a.id)));
  return lacking.map((spec, index) => {
    const label = spec.canonical[era];
    return {
      label: `${label}:`,
      kind: 'field' as const,
      detail: required.has(spec.id) ? 'required field' : 'field',
      documentation: spec.purpose,
      insertText: `${label}: ${fieldSnippet(spec.id, spec.placeholder, era)}`,
      snippet: true,
      replace,
      sortText: rank(index),
    };
  });
}

function fieldSnippet(id: FieldId, placeholder: string, era: Era): string {
  if (id === 'mentors' && era === 'B') return '\n  - ${1:Full Name} (@${2:github-handle}, ${3:email@example.com})';
  if (id === 'mentors') return '${1:Full Name} (@${2:github-handle})';
  return `\${1:${placeholder.replace(/[$}\\]/g, '\\$&')}}`;
}

/** The GSoC project sizes, in the form the page writes them most. */
function projectSizes(document: ProposalDocument, replace: Span): Suggestion[] {
  const form = sizeForm(document);
  return (Object.keys(PROJECT_SIZES) as ProjectSize[]).map((size, index) => ({
    label: writeSize(form, size),
    kind: 'value' as const,
    detail: `~${PROJECT_SIZES[size]} hours`,
    insertText: writeSize(form, size),
    replace,
    sortText: rank(index),
  }));
}

/** CNCF project names for an organisation heading. */
function projectNames(replace: Span): Suggestion[] {
  return CNCF_PROJECTS.map((project, index) => ({
    label: project.name,
    kind: 'project' as const,
    detail: `CNCF ${project.maturity} project`,
    documentation: project.homepage,
    insertText: project.name,
    replace,
    sortText: rank(index),
  }));
}
