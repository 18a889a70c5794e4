// project-size: on a Google Summer of Code idea page, an entry whose Expected project size is
// missing, empty, not one of small, medium and large, or gives hours that contradict its word
// (`large (~175 hour project)`). Where the size is clear (one word, or hours of one size alone),
// the quick fix writes it in the page's own most used form, such as `Large (350 hour project)`;
// it rewrites the author's value, so it is not applied by --fix. Only bold markup around a clear
// word is removed by a safe fix.

import { asksProjectSize, clearSize, PROJECT_SIZES, type ProjectSize, projectSizeField, readProjectSize, sizeForm, writeSize } from '../core/gsoc';
import type { Span } from '../core/model';
import type { Fix, Rule } from './rule';

export const projectSize: Rule = {
  id: 'project-size',
  severity: 'error',
  description: 'On a GSoC idea page, an Expected project size that is missing, empty, not small/medium/large, or with hours that contradict it.',
  fixes: 'quick fix in the page\'s own form where the size is clear; safe for markup alone',
  scope: 'document',
  checkTerm(context) {
    const { document } = context;
    if (!asksProjectSize(document)) return;
    const form = sizeForm(document);
    for (const project of document.projects) {
      const field = projectSizeField(project);
      if (!field) {
        context.report({
          message: `"${project.title}" has no Expected project size; GSoC asks for small (~90 hours), medium (~175 hours) or large (~350 hours).`,
          span: project.heading.textSpan.start < project.heading.textSpan.end ? project.heading.textSpan : project.heading.span,
        });
        continue;
      }
      const reading = readProjectSize(field.value);
      const size = clearSize(reading);
      if (!reading.plain) {
        context.report({ message: `The Expected project size of "${project.title}" is empty; write small, medium or large.`, span: field.labelSpan });
      } else if (reading.words.length === 1 && reading.hours !== undefined && !size) {
        context.report({
          message: `"${field.value}" says ${reading.words[0]} but ${reading.hours} hours; ${reading.words[0]} is ~${PROJECT_SIZES[reading.words[0]]} hours (small ~90, medium ~175, large ~350).`,
          span: field.valueSpan,
        });
      } else if (!size || reading.words.length !== 1) {
        context.report({
          message: `"${field.value}" is not a GSoC project size; write small (~90 hours), medium (~175 hours) or large (~350 hours).`,
          span: field.valueSpan,
          fix: size && rewrite(field.valueSpan, size, form),
        });
      } else if (reading.markup) {
        context.report({
          severity: 'warning',
          message: `Write the project size "${field.value}" without markup.`,
          span: field.valueSpan,
          fix: { title: `Write "${reading.plain}"`, edits: [{ span: field.valueSpan, newText: reading.plain }], safe: true },
        });
      }
    }
  },
};

function rewrite(span: Span, size: ProjectSize, form: string): Fix {
  const newText = writeSize(form, size);
  return { title: `Write "${newText}"`, edits: [{ span, newText }], safe: false };
}
