// project-size: on a Google Summer of Code idea page, an entry whose Expected project size is
// missing, empty, not one of small, medium and large, or gives hours that contradict its word
// (`large (~175 hour project)`). Where the size is clear (one word, or hours of one size alone),
// the quick fix writes it in the page's own most used form, such as `Large (350 hour project)`;
// it rewrites the author's value, so it is not applied by --fix. Only bold markup around a clear
// word, or the `#` before a size written like the template's comment, is removed by a safe fix.
// Where the page's template asks for hours alone (2023: "175 or 350 Hours"), hours of a size are
// the page's form.

import {
  asksProjectSize,
  clearSize,
  PROJECT_SIZES,
  type ProjectSize,
  projectSizeField,
  readProjectSize,
  sizeAfterHash,
  sizeForm,
  sizeValue,
  templateAsksHours,
  writeSize,
} from '../core/gsoc';
import type { Span } from '../core/model';
import type { Fix, Rule } from './rule';

export const projectSize: Rule = {
  id: 'project-size',
  severity: 'error',
  description: 'On a GSoC idea page, an Expected project size that is missing, empty, not small/medium/large, or with hours that contradict it.',
  fixes: 'quick fix in the page\'s own form where the size is clear; safe for markup or a `#` alone',
  scope: 'document',
  checkTerm(context) {
    const { document } = context;
    if (!asksProjectSize(document)) return;
    const form = sizeForm(document);
    const hoursAsked = templateAsksHours(document);
    for (const project of document.projects) {
      // A heading with nothing under it ("#### TODO"): missing-field's one finding covers the entry.
      if (project.fields.length === 0) continue;
      const field = projectSizeField(project);
      if (!field) {
        context.report({
          message: `"${project.title}" has no Expected project size; GSoC asks for small (~90 hours), medium (~175 hours) or large (~350 hours).`,
          span: project.heading.textSpan.start < project.heading.textSpan.end ? project.heading.textSpan : project.heading.span,
        });
        continue;
      }
      const value = sizeValue(field);
      const reading = readProjectSize(value.text);
      const size = clearSize(reading);
      const hashed = reading.plain ? undefined : sizeAfterHash(value.text, value.span.start);
      // One clear word; or, where the template asks for hours ("(175 or 350 Hours)"), hours of one size.
      const inPageForm = size !== undefined && (reading.words.length === 1 || (hoursAsked && reading.words.length === 0));
      if (hashed) {
        context.report({
          severity: 'warning',
          message: `The Expected project size of "${project.title}" is written after a "#", as the template's comment is; remove the "#".`,
          span: value.span,
          fix: { title: 'Remove the "#"', edits: [{ span: hashed.hash, newText: '' }], safe: true },
        });
      } else if (!reading.plain) {
        context.report({ message: `The Expected project size of "${project.title}" is empty; write ${hoursAsked ? 'its hours (~90, ~175 or ~350)' : 'small, medium or large'}.`, span: field.labelSpan });
      } else if (reading.words.length === 1 && reading.hours !== undefined && !size) {
        context.report({
          message: `"${value.text}" says ${reading.words[0]} but ${reading.hours} hours; ${reading.words[0]} is ~${PROJECT_SIZES[reading.words[0]]} hours (small ~90, medium ~175, large ~350).`,
          span: value.span,
        });
      } else if (!inPageForm) {
        context.report({
          message: `"${value.text}" is not a GSoC project size; write small (~90 hours), medium (~175 hours) or large (~350 hours).`,
          span: value.span,
          fix: size && rewrite(value.span, size, form),
        });
      } else if (reading.markup) {
        context.report({
          severity: 'warning',
          message: `Write the project size "${value.text}" without markup.`,
          span: value.span,
          fix: { title: `Write "${reading.plain}"`, edits: [{ span: value.span, newText: reading.plain }], safe: true },
        });
      }
    }
  },
};

function rewrite(span: Span, size: ProjectSize, form: string): Fix {
  const newText = writeSize(form, size);
  return { title: `Write "${newText}"`, edits: [{ span, newText }], safe: false };
}
