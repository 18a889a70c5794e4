// The fix shared by unknown-field and label-variant: write a field's label as the document
// itself mostly writes it and, for a field written as a paragraph, make it an item of the
// field list.

import { type FieldId, FIELDS, fieldSpec } from '../core/fields';
import type { Field, ProposalDocument } from '../core/model';
import { templateFieldLabel } from '../core/template';
import type { Fix, RuleContext, TextEdit } from './rule';

/**
 * The label a fix writes for a field, colon included: the accepted spelling the document uses
 * most for that field (a term that writes `Upstream Issue (URL):` 26 times keeps it for the
 * others too), else its template's or its era's (`labelFor`), which also wins a tie.
 */
export function canonicalLabel(context: RuleContext, field: Field): string | undefined {
  if (!field.id) return undefined;
  return `${labelFor(context.document, field.id)}:`;
}

/**
 * The label to write for a field, without its colon: the accepted spelling the document uses
 * most, else the one its own entry template writes (`Upstream Issue (URL)` on a GSoC page), else
 * the canonical label of its era.
 */
export function labelFor(document: ProposalDocument, id: FieldId): string {
  return majorityLabels(document).get(id) ?? eraLabel(document, id);
}

function eraLabel(document: ProposalDocument, id: FieldId): string {
  return templateFieldLabel(document, id) ?? fieldSpec(id).canonical[document.era];
}

/**
 * The label `labelFor` gives each field, as one string: the input of the project rules that write
 * labels (it is read from every project of the document, its template and its era).
 */
export function labelsInUse(document: ProposalDocument): string {
  let key = LABELS_IN_USE.get(document);
  if (key === undefined) {
    key = FIELDS.map((spec) => labelFor(document, spec.id)).join('\n');
    LABELS_IN_USE.set(document, key);
  }
  return key;
}

const LABELS_IN_USE = new WeakMap<ProposalDocument, string>();

/** The document's most used accepted spelling per field, computed once per parsed document. */
const MAJORITY_LABELS = new WeakMap<ProposalDocument, Map<FieldId, string>>();

function majorityLabels(document: ProposalDocument): Map<FieldId, string> {
  let labels = MAJORITY_LABELS.get(document);
  if (labels) return labels;
  const counts = new Map<FieldId, Map<string, number>>();
  for (const project of document.projects) {
    for (const field of project.fields) {
      // Only labels written exactly as one era's canonical label count: a variant is what a fix replaces.
      if (!field.id || field.form !== 'canonical') continue;
      const perLabel = counts.get(field.id) ?? new Map<string, number>();
      const label = field.label.trim();
      perLabel.set(label, (perLabel.get(label) ?? 0) + 1);
      counts.set(field.id, perLabel);
    }
  }
  labels = new Map();
  for (const [id, perLabel] of counts) {
    let best = eraLabel(document, id);
    let bestCount = perLabel.get(best) ?? 0;
    for (const [label, count] of perLabel) {
      if (count > bestCount) {
        best = label;
        bestCount = count;
      }
    }
    labels.set(id, best);
  }
  MAJORITY_LABELS.set(document, labels);
  return labels;
}

/** The label as the author wrote it, markup and colon included. */
export function writtenLabel(context: RuleContext, field: Field): string {
  return context.document.text.slice(field.labelSpan.start, field.labelSpan.end);
}

/**
 * Rewrites the label (keeping the value as written) and, when the field is a paragraph,
 * turns it into a list item, unless its values follow as an unindented list, which the
 * new item would not hold. Undefined when there is nothing to change.
 */
export function relabelFix(context: RuleContext, field: Field): Fix | undefined {
  const label = canonicalLabel(context, field);
  if (!label) return undefined;
  const edits: TextEdit[] = [];
  if (writtenLabel(context, field) !== label) {
    edits.push({ span: field.labelSpan, newText: label });
  }
  if (!field.inList && field.value && canBecomeListItem(context, field)) {
    const lineStart = context.lines.lineStart(field.labelSpan.start);
    edits.unshift({ span: { start: lineStart, end: lineStart }, newText: '- ' });
  }
  if (edits.length === 0) return undefined;
  return {
    title: edits.some((edit) => edit.newText === '- ') ? `Make "${label}" an item of the field list` : `Write the label as "${label}"`,
    edits,
    safe: true,
  };
}

/**
 * A paragraph field can take a `- ` marker when its value is inline or indented under it, and
 * every label line of its paragraph is a field that can take one too: marking only some would
 * leave an unmarked `Issue: …` line inside the item above it, where the next check reads it as
 * part of that field (as a mentor, under `Mentor(s):`).
 */
function canBecomeListItem(context: RuleContext, field: Field): boolean {
  if (!valueCanFollowMarker(context, field)) return false;
  const { text } = context.document;
  const { lines } = context;
  const project = context.document.projects.find((candidate) => candidate.fields.includes(field));
  const paragraphFields = new Map<number, Field>();
  for (const other of project?.fields ?? []) if (!other.inList) paragraphFields.set(lines.lineStart(other.labelSpan.start), other);
  for (const lineStart of paragraphLineStarts(context, field)) {
    const line = text.slice(lineStart, lines.nextLineStart(lineStart));
    const other = paragraphFields.get(lineStart);
    if (other ? !(other.value && valueCanFollowMarker(context, other)) : LABEL_LIKE_LINE.test(line)) return false;
  }
  return true;
}

/** A line that starts with a few words and a colon, as a field label does. */
const LABEL_LIKE_LINE = /^[ \t]*(?:\*\*|__)?[\p{L}][\p{L}\p{N} ()/&'.-]{0,40}?(?:\*\*|__)?[ \t]*[:：]/u;
/** A line that ends a paragraph before it or starts a block of its own. */
const BLOCK_START_LINE = /^ {0,3}(?:[-*+][ \t]|\d{1,9}[.)][ \t]|#{1,6}(?:[ \t]|$)|>|```|~~~)|^[ \t]*$/;

/** Where each line of the paragraph holding a field's label starts, the label's own line included. */
function paragraphLineStarts(context: RuleContext, field: Field): number[] {
  const { text } = context.document;
  const { lines } = context;
  const own = lines.lineStart(field.labelSpan.start);
  const starts = [own];
  const lineAt = (start: number) => text.slice(start, lines.nextLineStart(start)).replace(/\r?\n$/, '');
  for (let start = own; start > 0; ) {
    const previous = lines.lineStart(start - 1);
    if (BLOCK_START_LINE.test(lineAt(previous))) break;
    starts.unshift(previous);
    start = previous;
  }
  for (let start = lines.nextLineStart(own); start < text.length; start = lines.nextLineStart(start)) {
    if (BLOCK_START_LINE.test(lineAt(start))) break;
    starts.push(start);
  }
  return starts;
}

/** A paragraph field's value is inline or indented under its label, so a list item would hold it. */
function valueCanFollowMarker(context: RuleContext, field: Field): boolean {
  const { text } = context.document;
  const labelLineEnd = context.lines.nextLineStart(field.labelSpan.start);
  if (field.valueSpan.start < labelLineEnd) return true;
  const next = text.slice(labelLineEnd, field.valueSpan.end).replace(/^(?:[ \t]*\r?\n)*/, '');
  return /^ {2,}\S/.test(next);
}
