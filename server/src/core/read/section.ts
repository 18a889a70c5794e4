// Reads what one heading's section says on its own: its heading, whether it carries a field
// list, and (for a project) its fields, mentors and upstream URLs.

import type { Heading as MdHeading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Heading, Mentor, Span } from '../model';
import { urlsIn } from '../urls';
import { carriesFields, readFields, toField } from './field-list';
import { spanOf, startOf, endOf } from './markdown';
import { readMentors } from './mentor-field';
import type { ProjectReading, Readings, SectionReading } from './readings';
import { readTocList } from './table-of-contents';

/** Readings made now, from the nodes' content (a whole parse). */
export function freshReadings(source: string): Readings {
  return {
    section(node, blocks) {
      let project: ProjectReading | undefined;
      return {
        heading: readHeading(source, node),
        carriesFields: carriesFields(source, blocks),
        project: () => (project ??= readProjectSection(source, blocks)),
      };
    },
    toc: (list) => readTocList(source, list),
  };
}

/** Reads all a section says (its blocks must have their content). */
export function readSection(source: string, node: MdHeading, blocks: readonly RootContent[]): SectionReading {
  return { heading: readHeading(source, node), carriesFields: carriesFields(source, blocks), project: readProjectSection(source, blocks) };
}

/** A heading node as the model's heading: its level, its text as written and as GitHub shows it. */
function readHeading(source: string, node: MdHeading): Heading {
  const span = spanOf(node);
  let textSpan: Span;
  if (node.children.length > 0) {
    textSpan = { start: startOf(node.children[0]), end: endOf(node.children[node.children.length - 1]) };
  } else {
    const markers = /^[ \t]*#*[ \t]*/.exec(source.slice(span.start, span.end))?.[0].length ?? 0;
    textSpan = { start: span.start + markers, end: span.start + markers };
  }
  return {
    level: node.depth,
    text: source.slice(textSpan.start, textSpan.end).trim(),
    plain: toString(node).trim(),
    span,
    textSpan,
  };
}

/** The fields, mentors and upstream URLs of a section's blocks. */
function readProjectSection(source: string, blocks: readonly RootContent[]): ProjectReading {
  const drafts = readFields(source, blocks);
  const placeholders: Mentor[] = [];
  return {
    fields: drafts.map(toField),
    // A field written twice ("Mentor(s):" on two lines) contributes both values.
    mentors: drafts.filter((field) => field.id === 'mentors').flatMap((field) => readMentors(source, field, placeholders)),
    ...(placeholders.length > 0 && { placeholders }),
    upstream: drafts.filter((field) => field.id === 'upstreamIssue').flatMap((field) => urlsIn(source, field.valueSpan)),
  };
}
