// form-section-order: the draft's sections are not in the form's order, or one is given
// twice. GitHub always renders a form in its order; a draft in another order cannot be
// pasted into the form field by field without mistakes. The fix puts the sections in order,
// keeping every character of each.

import type { DraftSection } from '../../core/model';
import type { Rule } from '../rule';

export const formSectionOrder: Rule = {
  id: 'form-section-order',
  severity: 'warning',
  description: 'Issue-form sections out of the form\'s order, or one given twice.',
  fixes: 'safe',
  checkDraft(context) {
    const draft = context.document.draft;
    const order = new Map(draft.form.fields.map((field, index) => [field.id, index]));
    const seen = new Map<string, DraftSection>();
    let furthest = -1;
    let furthestSection: DraftSection | undefined;
    const known = draft.sections.filter((section) => section.fieldId !== undefined);
    for (const section of known) {
      const id = section.fieldId!;
      if (seen.has(id)) {
        context.report({ message: `"${section.heading.text}" is given twice; the bot reads only one.`, span: section.heading.textSpan });
        continue;
      }
      seen.set(id, section);
      const index = order.get(id) ?? -1;
      if (index < furthest && furthestSection) {
        context.report({
          message: `"${section.heading.text}" comes before "${furthestSection.heading.text}" in the form.`,
          span: section.heading.textSpan,
          ...(!hasRepeats(known) && { fix: reorder(context.document.text, draft.sections, order) }),
        });
      } else {
        furthest = index;
        furthestSection = section;
      }
    }
  },
};

function hasRepeats(sections: DraftSection[]): boolean {
  return new Set(sections.map((section) => section.fieldId)).size !== sections.length;
}

/**
 * Sorts the sections into the form's order (a heading that names no field moves with the
 * section before it) and rewrites the span they cover, every character kept.
 */
function reorder(text: string, sections: readonly DraftSection[], order: Map<string, number>) {
  const groups: Array<{ index: number; text: string }> = [];
  for (const section of sections) {
    const chunk = text.slice(section.heading.span.start, section.valueSpan.end);
    const index = section.fieldId !== undefined ? (order.get(section.fieldId) ?? Infinity) : undefined;
    if (index === undefined && groups.length > 0) groups[groups.length - 1].text += chunk;
    else groups.push({ index: index ?? -1, text: chunk });
  }
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  // Every chunk but the last ends with its line break; make each end with exactly one blank line.
  const normalised = groups.map((group) => ({ ...group, text: group.text.replace(/\s*$/, '') }));
  const sorted = [...normalised].sort((a, b) => a.index - b.index);
  const start = sections[0].heading.span.start;
  const end = sections[sections.length - 1].valueSpan.end;
  const trailing = /\s*$/.exec(text.slice(start, end))?.[0] ?? '';
  return {
    title: 'Put the sections in the form\'s order',
    edits: [{ span: { start, end }, newText: sorted.map((group) => group.text).join(`${eol}${eol}`) + trailing }],
    safe: true,
  };
}
