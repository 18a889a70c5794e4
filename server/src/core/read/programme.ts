// What kind of term file a document is: the programme it proposes for (LFX Mentorship or Google
// Summer of Code), the era of LFX's format it is written in, and the entry template it carries.

import { type FieldId, matchLabel } from '../fields';
import type { EntryTemplate, Era, Heading, Programme, Project } from '../model';
import { spanOf } from './markdown';
import type { HeadingSection } from './structure';

/**
 * The entry template the document carries: the first fenced block under a "Template" heading
 * (GSoC pages, recent project_ideas.md files), read from the source text by offset (a settled
 * block keeps its place, not its content): its headings' levels and its field labels.
 */
export function findTemplate(source: string, sections: readonly HeadingSection[]): EntryTemplate | undefined {
  for (const section of sections) {
    if (!/^template\b/i.test(section.heading.plain)) continue;
    const code = section.blocks.find((block) => block.type === 'code');
    if (!code) continue;
    const span = spanOf(code);
    const levels: number[] = [];
    const fields: FieldId[] = [];
    const block = source.slice(span.start, span.end);
    for (const line of block.split(/\r?\n/)) {
      const heading = /^(#{1,6})[ \t]+\S/.exec(line);
      if (heading) levels.push(heading[1].length);
      const label = /^[ \t]*[-*][ \t]+(?:\*\*)?([A-Za-z][^:：*]{0,40}?)(?:\*\*)?[ \t]*[:：]/.exec(line);
      const id = label && matchLabel(label[1].trim(), false).id;
      if (id && !fields.includes(id)) fields.push(id);
    }
    if (fields.length === 0) continue;
    return {
      fields,
      asksPrimaryMentor: /\bprimary\b/i.test(block),
      asksTwoMentors: /\b(?:2|two)\s+mentors\b/i.test(block),
      span,
      ...(levels.length >= 2 && { orgLevel: levels[levels.length - 2], projectLevel: levels[levels.length - 1] }),
    };
  }
  return undefined;
}

/** Era B when most projects use its marks (Expected Outcome, mentor sub-lists, LFX URL). */
export function findEra(projects: readonly Project[], projectLevel: number): Era {
  if (projects.length === 0) return projectLevel === 5 ? 'A' : 'B';
  let eraB = 0;
  for (const project of projects) {
    const usesB =
      project.fields.some((field) => field.id === 'expectedOutcome' || /^lfx url$/i.test(field.label)) ||
      project.mentors.some((mentor) => mentor.inSubList);
    if (usesB) eraB++;
  }
  return eraB * 2 >= projects.length ? 'B' : 'A';
}

/**
 * GSoC when the page's template or most of its entries give an Expected project size, or its
 * title or opening names the programme; else LFX.
 */
export function findProgramme(text: string, template: EntryTemplate | undefined, projects: readonly Project[], title: Heading | undefined): Programme {
  if (template?.fields.includes('projectSize')) return 'gsoc';
  const sized = projects.filter((project) => project.fields.some((field) => field.id === 'projectSize')).length;
  if (sized > 0 && sized * 2 >= projects.length) return 'gsoc';
  const opening = text.slice(0, 1_000);
  return /google summer of code|\bgsoc\b/i.test(title?.plain ?? '') || /google summer of code/i.test(opening) ? 'gsoc' : 'lfx';
}
