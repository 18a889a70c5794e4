// label-variant: a known field written in a non-canonical form (`Mentors` without a colon,
// `Enhancement :`, `**Description**:`), written as a paragraph outside the field list or
// joined to the previous item's line, or pushed so far from its `-` that it shows as code.
// The entry is still read, so it is a hint; the fix writes the form the document mostly uses.
// An entry shown as code is a visible mistake, so that finding is a warning.

import { canonicalLabel, labelsInUse, relabelFix, writtenLabel } from './label-fix';
import type { Rule } from './rule';

export const labelVariant: Rule = {
  id: 'label-variant',
  severity: 'hint',
  description: 'A known field written in a non-canonical form, or outside the field list.',
  fixes: 'safe: the label the document mostly writes (an entry shown as code: a warning)',
  scope: 'project',
  inputs: ({ document }) => [document.era, labelsInUse(document)],
  checkProject(context, project) {
    for (const field of project.fields) {
      if (field.gapSpan) {
        const gap = field.gapSpan.end - field.gapSpan.start;
        context.report({
          severity: 'warning',
          message: `"${writtenLabel(context, field)}" stands ${gap} spaces after the list marker, so GitHub shows the entry as code; use one space.`,
          span: field.labelSpan,
          fix: { title: 'Use one space after the list marker', edits: [{ span: field.gapSpan, newText: ' ' }], safe: true },
        });
      }
      if (field.form === 'typo' || field.form === 'unknown') continue;
      if (field.form === 'canonical' && field.inList) continue;
      const label = canonicalLabel(context, field);
      const written = writtenLabel(context, field);
      let message: string;
      if (field.form === 'canonical') {
        message = `"${label}" is not an item of the field list; start its line with "- ".`;
      } else if (field.inList) {
        message = `Write "${written}" as "${label}".`;
      } else {
        message = `Write "${written}" as the list item "- ${label}".`;
      }
      // A field line joined into the field above renders inside its text: more than a spelling.
      if (field.joined) message += ' GitHub shows this line inside the field above it.';
      context.report({ ...(field.joined && { severity: 'warning' as const }), message, span: field.labelSpan, fix: relabelFix(context, field) });
    }
  },
};
