// What term-file and draft completion share: the suggestion type, handle and skill
// suggestions from the workspace, and the text positions they replace. Kept apart so that
// completion.ts can dispatch to draft-completion.ts without the two importing each other.

import { handleKey, type WorkspaceKnowledge } from '../core/knowledge';
import type { Field, Project, Span } from '../core/model';

/** What kind of thing a suggestion inserts. */
export type SuggestionKind = 'handle' | 'mentor' | 'skill' | 'field' | 'project' | 'value';

/** One completion suggestion, in offsets; the server turns it into an LSP CompletionItem. */
export interface Suggestion {
  label: string;
  kind: SuggestionKind;
  detail?: string;
  documentation?: string;
  /** The text to insert; a snippet (`${1:placeholder}`) when `snippet` is true. */
  insertText: string;
  snippet?: boolean;
  /** The text the suggestion replaces (what has been typed of it so far, and the rest of the word). */
  replace: Span;
  /** Sorts suggestions: the most used first. */
  sortText: string;
  filterText?: string;
}

/** Handles known in the workspace, those of the most projects first, except this project's own. */
export function handles(project: Project, replace: Span, workspace?: WorkspaceKnowledge): Suggestion[] {
  const taken = new Set(project.mentors.flatMap((mentor) => (mentor.handle ? [handleKey(mentor.handle.text)] : [])));
  return (workspace?.mentors() ?? [])
    .filter((mentor) => !taken.has(handleKey(mentor.handle)))
    .map((mentor, index) => ({
      label: mentor.handle,
      kind: 'handle' as const,
      detail: [mentor.names[0], mentor.emails[0]].filter(Boolean).join(' · ') || undefined,
      documentation: `${mentor.projects.length} project${mentor.projects.length === 1 ? '' : 's'}`,
      insertText: mentor.handle,
      replace,
      sortText: rank(index),
    }));
}

/** Skills the workspace asks for, one per case-insensitive spelling, most requested first, except the field's own. */
export function skills(text: string, field: Field, replace: Span, workspace?: WorkspaceKnowledge): Suggestion[] {
  const present = new Set(
    (field ? text.slice(field.valueSpan.start, field.valueSpan.end) : '')
      .split(/[,;\n]/)
      .map((skill) => skill.replace(/^\s*[-*+]\s+/, '').trim().toLowerCase()),
  );
  return (workspace?.skills() ?? [])
    .filter((skill) => !present.has(skill.text.toLowerCase()))
    .map((skill, index) => ({
      label: skill.text,
      kind: 'skill' as const,
      detail: `asked for by ${skill.count} project${skill.count === 1 ? '' : 's'}`,
      insertText: skill.text,
      replace,
      sortText: rank(index),
    }));
}

/** A sort key that keeps suggestions in the order they were made. */
export function rank(index: number): string {
  return String(index).padStart(5, '0');
}

/** The end of the line at `offset`, before its `\r\n` or `\n`. */
export function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  const lineEndOffset = end < 0 ? text.length : end;
  return text[lineEndOffset - 1] === '\r' ? lineEndOffset - 1 : lineEndOffset;
}

/** The end of the handle-like word that starts at `offset`. */
export function wordEnd(text: string, offset: number): number {
  const match = /^[A-Za-z0-9-]*/.exec(text.slice(offset));
  return offset + (match?.[0].length ?? 0);
}

