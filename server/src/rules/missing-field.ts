// missing-field: a project lacks a required field. The fix inserts the field with a
// placeholder at its canonical position; it adds text the author must replace, so it is
// offered as a quick fix but never applied by --fix.

import { fieldSpec, FIELDS } from '../core/fields';
import type { Project, Span } from '../core/model';
import { ALWAYS_REQUIRED, requiredFields } from '../core/required-fields';
import type { Fix, Rule, RuleContext } from './rule';
import { missingSection } from './form/missing-section';

export const missingField: Rule = {
  id: 'missing-field',
  severity: 'error',
  description: 'A project lacks a required field (Description, Recommended Skills, Mentor(s), an upstream issue, and the fields most entries of the document use).',
  fixes: 'quick fix (in drafts: safe)',
  scope: 'project',
  // The fix writes the document's line break, and looks at the end of the text (part of a project's text when it is the last).
  inputs: ({ document, lines }) => [document.era, requiredFields(document).join(), lines.eol],
  checkProject(context, project) {
    const required = requiredFields(context.document);
    for (const id of required) {
      if (project.fields.some((field) => field.id === id)) continue;
      const label = fieldSpec(id).canonical[context.document.era];
      const nested = id === 'mentors' ? nestedMentorLine(context, project) : undefined;
      if (nested) {
        // "- Recommended Skills: …\n  - Mentor Name: Ann (@ann, …)": the mentors are there, inside another field.
        context.report({
          message: `The mentors of "${project.title}" are written inside its ${nested.field} field, where no tool reads them; make them an item of the field list: "- ${label}:".`,
          span: nested.span,
        });
        continue;
      }
      context.report({
        // A field required because most entries of the document use it (Expected Outcome, the
        // LFX URL) was added to the template later; many accepted entries lack it.
        ...(!ALWAYS_REQUIRED.includes(id) && { severity: 'warning' as const }),
        message: `Project "${project.title}" has no ${label} field.`,
        span: project.heading.textSpan.start < project.heading.textSpan.end ? project.heading.textSpan : project.heading.span,
        fix: insertField(context, project, id),
      });
    }
  },
  checkDraft: missingSection.checkDraft,
};

/** A line with a mentor label ("Mentor Name:", "Mentors:") inside another field's value, if any. */
function nestedMentorLine(context: RuleContext, project: Project): { field: string; span: Span } | undefined {
  const { text } = context.document;
  for (const field of project.fields) {
    if (!field.id) continue;
    const value = text.slice(field.valueSpan.start, field.valueSpan.end);
    const match = /^([ \t]*[-*+][ \t]+)(\**mentors?\b[^:\n]{0,20}:)/im.exec(value);
    if (match) {
      const start = field.valueSpan.start + match.index + match[1].length;
      return { field: fieldSpec(field.id).canonical[context.document.era], span: { start, end: start + match[2].length } };
    }
  }
  return undefined;
}

/** Inserts `- Label: placeholder` before the first present field that comes later in canonical order. */
function insertField(context: RuleContext, project: Project, id: (typeof FIELDS)[number]['id']): Fix {
  const { document, lines } = context;
  const spec = fieldSpec(id);
  const order = FIELDS.findIndex((candidate) => candidate.id === id);
  const listed = project.fields.filter((field) => field.inList);
  const later = listed.find((field) => field.id && FIELDS.findIndex((candidate) => candidate.id === field.id) > order);
  const newLine = `- ${spec.canonical[document.era]}: ${spec.placeholder}${lines.eol}`;
  let offset: number;
  let prefix = '';
  if (later) {
    offset = lines.lineStart(later.span.start);
  } else if (listed.length > 0) {
    offset = lines.nextLineStart(listed[listed.length - 1].span.end - 1);
    if (offset === document.text.length && !/[\r\n]$/.test(document.text)) prefix = lines.eol;
  } else {
    // No field list yet: start one after the heading, separated by a blank line.
    offset = lines.nextLineStart(project.heading.span.end - 1);
    prefix = offset === document.text.length && !/[\r\n]$/.test(document.text) ? lines.eol + lines.eol : lines.eol;
  }
  return {
    title: `Add the ${spec.canonical[document.era]} field`,
    edits: [{ span: { start: offset, end: offset }, newText: prefix + newLine }],
    safe: false,
  };
}
