// Reads a project's fields: the labels (`- Mentor(s):`, a `**Description:**` paragraph, a label
// alone over its value) and the values under them, from the source text under each block, so
// that every span is exact. A field's value is what follows its label up to the next label: the
// rest of its line, its nested list, and the blocks that continue it.

import type { ListItem, Node, RootContent } from 'mdast';
import { type FieldId, isAcceptedLabel, isKnownLabel, matchLabel } from '../fields';
import type { Field, Span, Writable } from '../model';
import { endOf, spanOf, startOf } from './markdown';

/** A field while it is being read, with the blocks that make up its value. */
export interface FieldDraft extends Writable<Field> {
  /** The rest of the label's own paragraph, when it holds text after the label. */
  inline?: Span;
  /** List items that hold the value: nested under the field's item, or following a label paragraph. */
  items: ListItem[];
}

/** The label at the start of a paragraph: its text, where it ends, and how it is written. */
interface LabelAt {
  label: string;
  id?: FieldId;
  form: Field['form'];
  span: Span;
  missingColon: boolean;
}

// `Label:`, optionally bold, with the stray markup seen in real files (`Skills\*\*:`, `Skills:**`).
// A colon followed by `//` is a URL, not a label.
const LABEL_WITH_COLON = /^[ \t]*(\*\*|__)?([A-Za-z][A-Za-z0-9 ()[\]\-/'’]{0,40}?)[ \t]*(\\\*\\\*|\*\*|__)?[ \t]*[:：](?!\/\/)(\*\*|__)?/;
const LABEL_ALONE = /^[ \t]*(\*\*|__)?([A-Za-z][A-Za-z0-9 ()[\]\-/'’]{0,40}?)[ \t]*(\*\*|__)?[ \t]*$/;

/** True when the blocks hold at least one known field label: the mark of a project heading. */
export function carriesFields(source: string, blocks: readonly RootContent[]): boolean {
  for (const block of blocks) {
    if (block.type === 'list') {
      for (const item of block.children) {
        const lead = itemLead(source, item);
        if (lead && labelAt(source, lead.span, true)?.id) return true;
      }
    } else if (block.type === 'paragraph' && labelAt(source, spanOf(block), false)) {
      return true;
    }
  }
  return false;
}

/** Reads the field list of a project: list items and label paragraphs, with the blocks that continue them. */
export function readFields(source: string, blocks: readonly RootContent[]): FieldDraft[] {
  const fields: FieldDraft[] = [];
  let current: FieldDraft | undefined;
  const extend = (node: Node) => {
    if (!current) return;
    current.span = withEnd(current.span, endOf(node));
    current.valueSpan = withEnd(current.valueSpan, endOf(node));
  };
  // A label paragraph with its value below ("Mentor(s):" over "- Primary Mentor: Omar …"):
  // the list that follows is its value, even where its items start with words and a colon.
  let awaitingList: FieldDraft | undefined;
  for (const block of blocks) {
    const labelAbove = awaitingList;
    awaitingList = undefined;
    if (block.type === 'list') {
      // Only a list that holds a known field is a field list: in a list of the Description's
      // prose ("- Open WebUI / Claude Code: Step-by-step guides …") no item opens a field.
      const leads = block.children.map((item) => {
        const lead = itemLead(source, item);
        return { lead, label: lead && labelAt(source, lead.span, true) };
      });
      const fieldList = leads.some(({ label }) => label?.id);
      for (const [index, item] of block.children.entries()) {
        const { lead, label } = leads[index];
        const opensField = label && (label.id || (fieldList && !(labelAbove && current === labelAbove)));
        if (lead && label && opensField) {
          current = readListField(source, item, lead, label, fields);
        } else if (current) {
          current.items.push(item);
          extend(item);
        }
      }
    } else if (block.type === 'paragraph') {
      const label = labelAt(source, spanOf(block), false);
      if (label) {
        current = newField(source, label, spanOf(block), false, spanOf(block));
        fields.push(current);
        current = splitLazyLabels(source, current, spanOf(block), fields, current.labelSpan.end);
        if (!current.inline) awaitingList = current;
      } else {
        extend(block);
      }
    } else if (block.type === 'thematicBreak' || block.type === 'html' || block.type === 'definition') {
      current = undefined;
    } else {
      extend(block);
    }
  }
  for (const field of fields) settleValue(source, field);
  return fields;
}

/** Drops the reading state from a field draft. */
export function toField(draft: FieldDraft): Field {
  const { inline: _inline, items: _items, ...field } = draft;
  return field;
}

/** The list items of a list item's sub-lists. */
export function nestedItems(item: ListItem): ListItem[] {
  return item.children.flatMap((child) => (child.type === 'list' ? child.children : []));
}

/** A field opened by a list item (`- Label: value`); returns the field that is current after it. */
function readListField(source: string, item: ListItem, lead: ItemLead, label: LabelAt, fields: FieldDraft[]): FieldDraft {
  let current = newField(source, label, spanOf(item), true, lead.span);
  if (lead.gap) current.gapSpan = lead.gap;
  current.items.push(...nestedItems(item));
  current.valueSpan = withEnd(current.valueSpan, endOf(item));
  fields.push(current);
  current = splitLazyLabels(source, current, lead.span, fields, current.labelSpan.end);
  // "  - Merged pull requests.\n  Mentor(s): …" at the end of a field's sub-list: the
  // lazy line renders inside the last sub-item, but it is the next field's label.
  const last = lastParagraph(item);
  if (last && startOf(last) > lead.span.end) current = splitLazyLabels(source, current, spanOf(last), fields, startOf(last));
  return current;
}

/** The block that opens a list item, and the run of spaces after its marker when that makes it code. */
interface ItemLead {
  span: Span;
  gap?: Span;
}

/**
 * The block that opens a list item: its first paragraph, or an indented code block when
 * the author put five or more spaces after the marker (`-       Description:`), which
 * GitHub shows as code; `gap` is then that run of spaces.
 */
function itemLead(source: string, item: ListItem): ItemLead | undefined {
  const first = item.children[0];
  if (first?.type === 'paragraph') return { span: spanOf(first) };
  if (first?.type === 'code' && !first.lang && !/^\s*(?:```|~~~)/.test(source.slice(startOf(first), endOf(first)))) {
    const markerEnd = startOf(item) + 1;
    const text = source.slice(markerEnd, endOf(first));
    const gapLength = text.length - text.trimStart().length;
    return { span: spanOf(first), gap: { start: markerEnd, end: markerEnd + gapLength } };
  }
  return undefined;
}

/**
 * "- Upstream Issue: …" followed on the next line by "LFX URL: …" without a marker: GitHub
 * joins the lines into one item. A following line of `block` (after `after`) that starts with
 * a field's label becomes a field of its own (outside the list, so label-variant reports the
 * missing marker). Accepted spellings always split; a variant only where the line holds what
 * that field holds ("Issue: https://…", "Mentors: Ann (@ann)"), so prose that starts with
 * "Issue:" stays prose.
 */
function splitLazyLabels(source: string, field: FieldDraft, block: Span, fields: FieldDraft[], after: number): FieldDraft {
  let current = field;
  let lineStart = source.indexOf('\n', after) + 1;
  while (lineStart > 0 && lineStart < block.end) {
    const label = labelAt(source, { start: lineStart, end: block.end }, false);
    if (label && !label.missingColon && startsField(source, label)) {
      const previousEnd = lineStart - (source[lineStart - 2] === '\r' ? 2 : 1);
      current.valueSpan = withEnd(current.valueSpan, Math.min(current.valueSpan.end, previousEnd));
      current.span = withEnd(current.span, Math.min(current.span.end, previousEnd));
      if (current.inline) current.inline = withEnd(current.inline, Math.min(current.inline.end, previousEnd));
      if (current.inline && !source.slice(current.inline.start, current.inline.end).trim()) delete current.inline;
      current = newField(source, label, { start: lineStart, end: block.end }, false, { start: lineStart, end: block.end });
      current.joined = true;
      fields.push(current);
    }
    lineStart = source.indexOf('\n', lineStart) + 1;
  }
  return current;
}

/** True when a label at the start of a joined line opens a field (see splitLazyLabels). */
function startsField(source: string, label: LabelAt): boolean {
  if (isAcceptedLabel(label.label)) return true;
  if (label.form !== 'variant') return false;
  const lineEnd = source.indexOf('\n', label.span.end);
  const rest = source.slice(label.span.end, lineEnd < 0 ? source.length : lineEnd);
  if (label.id === 'upstreamIssue' || label.id === 'lfxUrl') return /^\s*<?\[?https?:\/\//i.test(rest);
  if (label.id === 'mentors') return /@/.test(rest);
  return false;
}

function newField(source: string, label: LabelAt, span: Span, inList: boolean, lead: Span): FieldDraft {
  const field: FieldDraft = {
    label: label.label,
    form: label.form,
    labelSpan: label.span,
    valueSpan: { start: label.span.end, end: lead.end },
    value: '',
    span: { ...span },
    inList,
    missingColon: label.missingColon,
    items: [],
  };
  if (label.id) field.id = label.id;
  if (source.slice(label.span.end, lead.end).trim()) field.inline = { start: label.span.end, end: lead.end };
  return field;
}

/** Trims the value span to its text. */
function settleValue(source: string, field: FieldDraft): void {
  const raw = source.slice(field.valueSpan.start, field.valueSpan.end);
  const value = raw.trim();
  if (!value) {
    field.valueSpan = { start: field.labelSpan.end, end: field.labelSpan.end };
    field.value = '';
    return;
  }
  const leading = raw.length - raw.trimStart().length;
  field.valueSpan = { start: field.valueSpan.start + leading, end: field.valueSpan.start + leading + value.length };
  field.value = value;
}

/** Reads the label at the start of a block, if it has one. Outside a list only known fields count. */
function labelAt(source: string, block: Span, inList: boolean): LabelAt | undefined {
  const from = block.start;
  const blockText = source.slice(from, block.end);
  const firstLine = blockText.split(/\r?\n/, 1)[0];
  const withColon = LABEL_WITH_COLON.exec(firstLine);
  if (withColon) {
    const [whole, open, label, close, after] = withColon;
    const trimmed = label.trim();
    // `**Label**:` and `**Label:**` are bold labels as GitHub shows them; a lone `**` is shown as asterisks.
    const stray = Boolean((open && !close && !after) || (!open && (close || after)) || (close && after) || close?.startsWith('\\'));
    const match = matchLabel(trimmed, stray);
    if (!inList && !match.id) return undefined;
    const labelStart = from + firstLine.indexOf(open ?? label);
    const form = match.form === 'canonical' && (open || /\s[:：]$/.test(whole) || whole.includes('：')) ? 'variant' : match.form;
    return { label: trimmed, ...(match.id && { id: match.id }), form, span: { start: labelStart, end: from + whole.length }, missingColon: false };
  }
  // A label alone on its line with its value below ("- Mentors" over a sub-list, "- Description"
  // over the paragraph's next lines).
  const alone = LABEL_ALONE.exec(firstLine);
  if (!alone || !isKnownLabel(alone[2].trim())) return undefined;
  const [, open, label] = alone;
  const trimmed = label.trim();
  const match = matchLabel(trimmed, false);
  const labelStart = from + firstLine.indexOf(open ?? label);
  const labelEnd = from + firstLine.trimEnd().length;
  return { label: trimmed, ...(match.id && { id: match.id }), form: 'variant', span: { start: labelStart, end: labelEnd }, missingColon: true };
}

/** The last paragraph of a list item, at any depth of its last sub-list. */
function lastParagraph(item: ListItem): Node | undefined {
  const last = item.children[item.children.length - 1];
  if (last?.type === 'paragraph') return last;
  if (last?.type === 'list') {
    const lastItem = last.children[last.children.length - 1];
    return lastItem && lastParagraph(lastItem);
  }
  return undefined;
}

/** A span with another end. */
function withEnd(span: Span, end: number): Span {
  return { start: span.start, end };
}
