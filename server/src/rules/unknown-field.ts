// unknown-field: a label that is no known field. When it is close to one (a typo such as
// `Metor(s):`) the finding names the field and the fix writes its label; the field still
// counts as present, so the same entry is not also reported as missing it. A label that is
// right but whose markup GitHub shows (`Recommended Skills\*\*:`) is information. A label of
// no field (`Responsibilities:`, `Background:`) is extra text authors add on purpose: it is
// information, and a warning only when it seems to stand for a field the entry lacks. A label the
// document's own template lists is no unknown label.

import { type FieldId, fieldSpec, isKnownLabel } from '../core/fields';
import type { Field, Project } from '../core/model';
import { templateLabels } from '../core/template';
import { canonicalLabel, labelsInUse, relabelFix, writtenLabel } from './label-fix';
import type { Rule, RuleContext } from './rule';
import { unknownFieldDraftCheck } from './form/unknown-field';

export const unknownField: Rule = {
  id: 'unknown-field',
  severity: 'warning',
  description: 'A field label that is no known field; suggests the nearest known label.',
  fixes: 'safe (in drafts: quick fix)',
  scope: 'project',
  inputs: ({ document }) => [document.era, labelsInUse(document), [...templateLabels(document)].join('\n')],
  checkProject(context, project) {
    for (const field of project.fields) {
      if (field.form === 'typo') reportTypo(context, field);
      else if (field.form === 'unknown') reportUnknown(context, project, field);
    }
  },
  checkDraft: unknownFieldDraftCheck.checkDraft,
};

function reportTypo(context: RuleContext, field: Field): void {
  const written = writtenLabel(context, field).replace(/\s*[:：]$/, '');
  // The words are a field's own; only stray `**` or `\*\*` around them is wrong.
  const markupOnly = isKnownLabel(field.label);
  context.report({
    ...(markupOnly && { severity: 'information' as const }),
    message: markupOnly
      ? `The label "${written}" shows its stray markup on GitHub; write "${canonicalLabel(context, field)}".`
      : `Unknown field label "${written}"; did you mean "${canonicalLabel(context, field)}"?`,
    span: field.labelSpan,
    fix: relabelFix(context, field),
  });
}

function reportUnknown(context: RuleContext, project: Project, field: Field): void {
  // A label the page's own template lists ("Difficulty:" in 2023's GSoC template) is the page's field.
  if (templateLabels(context.document).has(field.label.trim().toLowerCase().replace(/\s+/g, ' '))) return;
  const meant = likelyField(field.label);
  if (meant && !project.fields.some((other) => other.id === meant)) {
    const label = fieldSpec(meant).canonical[context.document.era];
    context.report({
      message: `"${field.label}" is not a field label, and the entry has no ${label} field; if this is it, write "${label}:".`,
      span: field.labelSpan,
    });
    return;
  }
  const isLink = /^<?\[?[^\s\]]*\]?\(?https?:\/\/\S+$/.test(field.value);
  context.report({
    severity: 'information',
    message: isLink
      ? `"${field.label}" is not a field label: the link stays part of the entry, but no field holds it.`
      : `"${field.label}" is not a field label: it reads as part of the entry (it could also go into the Description or Expected Outcome).`,
    span: field.labelSpan,
  });
}

/** The field an unknown label most likely stands for, by the words it uses. */
function likelyField(label: string): FieldId | undefined {
  const words = label.toLowerCase();
  if (/mentor/.test(words)) return 'mentors';
  if (/skill/.test(words)) return 'recommendedSkills';
  if (/outcome|deliverable/.test(words)) return 'expectedOutcome';
  if (/\bissues?\b/.test(words)) return 'upstreamIssue';
  if (/descri|overview|summary|abstract/.test(words)) return 'description';
  if (/\blfx\b/.test(words)) return 'lfxUrl';
  return undefined;
}
