// Reads a term file's model from its markdown tree: the sections cut at headings, the entry
// template, the heading levels, each heading's role, the table of contents, the era and the
// programme. Each step is a module of `read/`; what a section says on its own comes through
// `Readings` (read now, or remembered by the incremental parser).

import type { Root } from 'mdast';
import { withoutBom } from '../block-scan';
import type { TermDocument } from '../model';
import { findEra, findProgramme, findTemplate } from './programme';
import type { Readings } from './readings';
import { freshReadings } from './section';
import { cutAtHeadings, findProjectLevel, readStructure, type Structure } from './structure';
import { findToc } from './table-of-contents';

/**
 * Reads the model from a markdown tree of the text (as parsed whole, or put together from
 * sections). `readings` says what each section holds; by default it is read from the tree now.
 */
export function readTermFile(text: string, tree: Root, readings: Readings = freshReadings(withoutBom(text))): TermDocument {
  const source = withoutBom(text);
  const { preamble, sections } = cutAtHeadings(tree, readings);
  const template = findTemplate(source, sections);
  // A GSoC page's template is kept up to date by the programme; an LFX file's may be stale
  // (2022 term 1's says `###`/`####` above entries written `####`/`#####`).
  const gsocTemplate = template?.fields.includes('projectSize') ? template : undefined;
  const projectLevel = findProjectLevel(sections, gsocTemplate);
  const orgLevel = projectLevel > 1 ? projectLevel - 1 : 0;
  const headings = sections.map((section) => section.heading);
  const title = headings[0] && (orgLevel === 0 || headings[0].level < orgLevel) ? headings[0] : undefined;
  const structure: Structure = projectLevel > 0 ? readStructure(sections, orgLevel, projectLevel) : { orgs: [], projects: [], sections: headings };
  const { orgs, projects } = structure;
  const firstEntry = orgs[0]?.heading.span.start ?? projects[0]?.heading.span.start ?? Infinity;
  const toc = findToc([...preamble, ...sections.flatMap((section) => section.blocks)], firstEntry, readings);
  return {
    kind: 'term',
    text,
    programme: findProgramme(text, template, projects, title),
    ...(template && { template }),
    era: findEra(projects, projectLevel),
    ...(title && { title }),
    orgLevel,
    projectLevel,
    headings,
    sections: structure.sections,
    ...(toc && { toc }),
    orgs,
    projects,
  };
}
