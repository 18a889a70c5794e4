// missing-field: a project lacks a required field. The fix inserts the field with a
// placeholder at its canonical position; it adds text the author must replace, so it is
// offered as a quick fix but never applied by --fix.

import { type FieldId, fieldSpec, FIELDS, matchLabel } from '../core/fields';
import type { Project, Span } from '../core/model';
import { alwaysRequired, requiredFields } from '../core/required-fields';
import { labelFor, labelsInUse } from './label-fix';
import type { Fix, Rule, RuleContext } from './rule';
import { missingFieldDraftCheck } from './form/missing-field';

export const missingField: Rule = {
  id: 'missing-field',
  severity: 'error',
  description: 'A project lacks a required field (Description, Recommended Skills, Mentor(s), an upstream issue, and the fields most entries of the document use).',
  fixes: 'quick fix (in drafts: safe)',
  scope: 'project',
  inputs: ({ document, lines }) => [document.era, requiredFields(document).join(), alwaysRequired(document).join(), labelsInUse(document), lines.eol],
  checkProject(context, project) {
    const required = requiredFields(context.document);
    const always = alwaysRequired(context.document);
    if (project.fields.length === 0 && !unlabelledDescription(context, project)) {
      // A heading with nothing under it ("#### TODO" on 2017's GSoC page, or an entry just
      // begun): one finding for the whole field list, not one per field.
      reportNoFields(context, project, required);
      return;
    }
    for (const id of required) {
      if (project.fields.some((field) => field.id === id)) continue;
      const label = labelFor(context.document, id);
      const nested = id === 'mentors' ? nestedMentorLine(context, project) : undefined;
      if (nested) {
        // "- Recommended Skills: …\n  - Mentor Name: Ann (@ann, …)": the mentors are there, inside another field.
        context.report({
          message: `The mentors of "${project.title}" are written inside its ${nested.field} field, where no tool reads them; make them an item of the field list: "- ${label}:".`,
          span: nested.span,
        });
        continue;
      }
      const hidden = hiddenField(context, project, id);
      if (hidden) {
        context.report(hidden);
        continue;
      }
      const unlabelled = id === 'description' ? unlabelledDescription(context, project) : undefined;
      if (unlabelled) {
        context.report({ message: unlabelled.message, span: unlabelled.span, ...(unlabelled.fix && { fix: unlabelled.fix }) });
        continue;
      }
      context.report({
        // A field required because most entries of the document use it (Expected Outcome, the
        // LFX URL) was added to the template later; many accepted entries lack it.
        ...(!always.includes(id) && { severity: 'warning' as const }),
        message: `Project "${project.title}" has no ${label} field.`,
        span: project.heading.textSpan.start < project.heading.textSpan.end ? project.heading.textSpan : project.heading.span,
        fix: insertField(context, project, [id]),
      });
    }
  },
  checkDraft: missingFieldDraftCheck.checkDraft,
};

function reportNoFields(context: RuleContext, project: Project, required: readonly FieldId[]): void {
  const labels = required.map((id) => labelFor(context.document, id));
  const listed = labels.length > 1 ? `${labels.slice(0, -1).join(', ')} or ${labels[labels.length - 1]}` : labels[0];
  const fix = insertField(context, project, required);
  context.report({
    message: `Project "${project.title}" has no field list: no ${listed} field.`,
    span: project.heading.textSpan.start < project.heading.textSpan.end ? project.heading.textSpan : project.heading.span,
    fix,
  });
}

/**
 * A field that is there but inside another field's value, where no tool reads it: its label line
 * left without its `- ` after a sub-list ("Upstream Issue (URL): …" joined into the item above),
 * or mentors listed with no Mentor(s) label under the field before them. The fixes make the line
 * an item, or put the label over the mentors; they change the entry's structure, so quick fixes.
 */
function hiddenField(context: RuleContext, project: Project, id: FieldId): { message: string; span: Span; fix: Fix } | undefined {
  const { document, lines } = context;
  const { text } = document;
  const label = labelFor(document, id);
  for (const field of project.fields) {
    if (!field.id || field.id === id) continue;
    const owner = labelFor(document, field.id);
    const mentorLines: number[] = [];
    for (let start = lines.nextLineStart(field.valueSpan.start); start < field.valueSpan.end; start = lines.nextLineStart(start)) {
      const line = text.slice(start, lines.nextLineStart(start)).replace(/\r?\n$/, '');
      const labelled = /^([ \t]*(?:[-*+][ \t]+)?)(?:\*\*|__)?([A-Za-z][A-Za-z0-9 ()[\]\-/'’]{0,40}?)(?:\*\*|__)?[ \t]*[:：](?!\/\/)/.exec(line);
      if (labelled && matchLabel(labelled[2].trim(), false).id === id && !/[-*+]/.test(labelled[1])) {
        const at = start + labelled[1].length;
        return {
          message: `The ${label} field of "${project.title}" has no "- " before it, so GitHub shows it as part of the line above, in the ${owner} field, and no tool reads it; make it an item of the field list.`,
          span: { start: at, end: start + labelled[0].length },
          fix: { title: `Make "${label}" an item of the field list`, edits: [{ span: { start: at, end: at }, newText: '- ' }], safe: false },
        };
      }
      if (id === 'mentors' && /^[ \t]*[-*+][ \t]+[^:\n]*[(（]\s*@[A-Za-z0-9]/.test(line)) mentorLines.push(start);
    }
    if (mentorLines.length > 0) {
      const first = mentorLines[0];
      const indent = /^[ \t]*/.exec(text.slice(first))?.[0] ?? '';
      return {
        message: `The mentors of "${project.title}" are listed without the "${label}:" label, as items of its ${owner} field, where no tool reads them; put "- ${label}:" over them.`,
        span: { start: first + indent.length, end: lines.lineEnd(first) },
        fix: {
          title: `Put "${label}:" over the mentors`,
          // The label's line and the first mentor's indent in one edit: two inserts at one offset have no order.
          edits: mentorLines.map((start) => ({ span: { start, end: start }, newText: start === first ? `${indent}- ${label}:${lines.eol}  ` : '  ' })),
          safe: false,
        },
      };
    }
  }
  return undefined;
}

/**
 * The description written above the field list without its label: a paragraph, or a first item
 * of the list with no label ("* Develop a plugin that …" in 2018's GSoC page), or an item whose
 * dash has no space after it ("-Description: …", a paragraph on GitHub). The fix labels an item
 * or a single paragraph; it changes how the entry reads, so it is a quick fix only.
 */
function unlabelledDescription(context: RuleContext, project: Project): { message: string; span: Span; fix?: Fix } | undefined {
  const { text } = context.document;
  const from = project.heading.span.end;
  const to = Math.min(project.fields[0]?.span.start ?? project.span.end, project.span.end);
  const between = text.slice(from, to);
  const noSpace = /^[ \t]*[-*+]Description[ \t]*[:：]/im.exec(between);
  if (noSpace) {
    const dash = from + noSpace.index + noSpace[0].search(/[-*+]/);
    return {
      message: `"${noSpace[0].trim()}" needs a space after "${text[dash]}" to be an item of the field list: GitHub shows it as text, and "${project.title}" has no Description field.`,
      span: { start: dash, end: from + noSpace.index + noSpace[0].length },
      fix: { title: `Add the space after "${text[dash]}"`, edits: [{ span: { start: dash + 1, end: dash + 1 }, newText: ' ' }], safe: false },
    };
  }
  const first = /\S[^\n]*/.exec(between);
  if (!first || /^(?:#|<!--|```|~~~|\|)/.test(first[0])) return undefined;
  const start = from + first.index;
  const lineSpan = { start, end: start + first[0].trimEnd().length };
  const item = /^[-*+][ \t]+/.exec(first[0]);
  const oneParagraph = !item && !/\n[ \t]*\n[ \t]*\S/.test(between.slice(first.index).trimEnd());
  const insertAt = item ? start + item[0].length : start;
  return {
    message: `The description of "${project.title}" is written ${item ? 'as an item' : 'as a paragraph'} without its label: the entry has no Description field.`,
    span: lineSpan,
    ...((item || oneParagraph) && {
      fix: { title: 'Label it "Description:"', edits: [{ span: { start: insertAt, end: insertAt }, newText: item ? 'Description: ' : '- Description: ' }], safe: false },
    }),
  };
}

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

/**
 * Inserts `- Label: placeholder` lines for `ids` (in canonical order) before the first present
 * field that comes later in canonical order.
 */
function insertField(context: RuleContext, project: Project, ids: readonly FieldId[]): Fix {
  const { document, lines } = context;
  const order = FIELDS.findIndex((candidate) => candidate.id === ids[0]);
  const listed = project.fields.filter((field) => field.inList);
  const later = listed.find((field) => field.id && FIELDS.findIndex((candidate) => candidate.id === field.id) > order);
  const newLine = ids.map((id) => `- ${labelFor(document, id)}: ${fieldSpec(id).placeholder}${lines.eol}`).join('');
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
    title: ids.length > 1 ? 'Add the field list' : `Add the ${labelFor(document, ids[0])} field`,
    edits: [{ span: { start: offset, end: offset }, newText: prefix + newLine }],
    safe: false,
  };
}
