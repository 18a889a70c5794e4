// Completion in an issue-form draft: the form's options in CNCF Project and Term, whole
// mentor lines `Name | @handle | email | ` from the mentors the workspace knows (the LFID is
// left for the author), handles in a line's handle part, known skills in Technologies and
// Required/Desirable Skills, and the sections the draft lacks after `### `.

import { formField } from '../core/issue-form';
import { handleKey, type WorkspaceKnowledge } from '../core/knowledge';
import type { Draft, DraftDocument, Span } from '../core/model';
import { handles, lineEnd, rank, skills, type Suggestion, wordEnd } from './suggestions';

/** The suggestions at `offset` in a draft. */
export function completeDraft(document: DraftDocument, offset: number, workspace?: WorkspaceKnowledge): Suggestion[] {
  const { text, draft } = document;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const linePrefix = text.slice(lineStart, offset);
  const end = lineEnd(text, offset);
  const heading = /^ {0,3}###[ \t]+(.*)$/.exec(linePrefix);
  if (heading) return missingSections(draft, { start: offset - heading[1].length, end });
  const section = draft.sections.find((candidate) => candidate.valueSpan.start <= lineStart && offset <= candidate.valueSpan.end);
  const field = formField(draft.form, section?.fieldId);
  if (!section || !field) return [];
  if (field.type === 'dropdown') {
    const typed = linePrefix.trimStart();
    return field.options.map((option, index) => ({
      label: option,
      kind: 'project' as const,
      detail: `${field.label} option`,
      insertText: option,
      replace: { start: offset - typed.length, end },
      sortText: rank(index),
    }));
  }
  const project = document.projects[0];
  if (field.id === 'mentors' && project) {
    if (!linePrefix.includes('|')) {
      return mentorLines(draft, { start: lineStart + (linePrefix.length - linePrefix.trimStart().length), end }, workspace);
    }
    const handle = /^[^|]*\|\s*(@?[A-Za-z0-9-]*)$/.exec(linePrefix);
    if (handle) return handles(project, { start: offset - handle[1].length, end: wordEnd(text, offset) }, workspace);
    return [];
  }
  const skillField = project?.fields.find((candidate) => candidate.span.start === section.heading.span.start);
  if (skillField && (skillField.id === 'technologies' || skillField.id === 'recommendedSkills')) {
    const typed = /(?:^\s*|,\s*)([^,]*)$/.exec(linePrefix)!;
    return skills(text, skillField, { start: offset - typed[1].length, end: wordEnd(text, offset) }, workspace);
  }
  return [];
}

/** `Name | @handle | email | ` for each known mentor not yet on a line, the LFID left empty. */
function mentorLines(draft: Draft, replace: Span, workspace?: WorkspaceKnowledge): Suggestion[] {
  const taken = new Set(draft.mentorLines.map((line) => handleKey(line.parts[1]?.text ?? '')));
  const suggestions: Suggestion[] = [];
  for (const mentor of workspace?.mentors() ?? []) {
    const name = mentor.names[0];
    if (!name || taken.has(handleKey(mentor.handle))) continue;
    const line = `${name} | ${mentor.handle} | ${mentor.emails[0] ?? ''} | `;
    suggestions.push({
      label: line.trimEnd(),
      kind: 'mentor',
      detail: `${mentor.projects.length} project${mentor.projects.length === 1 ? '' : 's'}; add the LFID`,
      insertText: line,
      replace,
      sortText: rank(suggestions.length),
      filterText: `${name} ${mentor.handle}`,
    });
  }
  return suggestions;
}

/** The form's sections the draft lacks, in the form's order. */
function missingSections(draft: Draft, replace: Span): Suggestion[] {
  const present = new Set(draft.sections.map((section) => section.fieldId));
  return draft.form.fields
    .filter((field) => !present.has(field.id))
    .map((field, index) => ({
      label: field.label,
      kind: 'field' as const,
      detail: field.required ? 'required section' : 'section',
      insertText: field.label,
      replace,
      sortText: rank(index),
    }));
}
