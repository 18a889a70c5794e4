// The fix shared by unknown-field and label-variant: write a field's label canonically
// and, for a field written as a paragraph, make it an item of the field list.

import { fieldSpec } from '../core/fields';
import type { Field } from '../core/model';
import type { Fix, RuleContext, TextEdit } from './rule';

/** The canonical label of a field in this document's era, colon included. */
export function canonicalLabel(context: RuleContext, field: Field): string | undefined {
  return field.id ? `${fieldSpec(field.id).canonical[context.document.era]}:` : undefined;
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

/** A paragraph field can take a `- ` marker when its value is inline or indented under it. */
function canBecomeListItem(context: RuleContext, field: Field): boolean {
  const { text } = context.document;
  const labelLineEnd = context.lines.nextLineStart(field.labelSpan.start);
  if (field.valueSpan.start < labelLineEnd) return true;
  const next = text.slice(labelLineEnd, field.valueSpan.end).replace(/^(?:[ \t]*\r?\n)*/, '');
  return /^ {2,}\S/.test(next);
}
