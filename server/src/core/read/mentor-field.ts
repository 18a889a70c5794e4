// Reads the mentors of a Mentor(s) field: its inline text, and its list items at any depth
// (a `- Primary` item over a nested list is a group label, not a mentor). Each line goes to the
// mentor-entry grammar (`core/mentors.ts`); template placeholders are set aside, not counted.

import type { ListItem } from 'mdast';
import type { Mentor } from '../model';
import { readMentorLine } from '../mentors';
import { type FieldDraft, nestedItems } from './field-list';
import { endOf, startOf } from './markdown';

/** Reads the mentors of a Mentor(s) field; template placeholders go to `placeholders` instead. */
export function readMentors(source: string, field: FieldDraft, placeholders: Mentor[]): Mentor[] {
  const mentors: Mentor[] = [];
  if (field.inline) {
    const inlineText = source.slice(field.inline.start, field.inline.end);
    mentors.push(...readMentorLine(inlineText, field.inline.start, false, placeholders));
  }
  const visit = (item: ListItem) => {
    const first = item.children[0];
    if (first?.type !== 'paragraph') return;
    const itemText = source.slice(startOf(first), endOf(first));
    const children = nestedItems(item);
    // "- Primary" over a nested list of mentors: a group label, not a mentor.
    if (children.length > 0 && !/[@[]/.test(itemText)) {
      children.forEach(visit);
      return;
    }
    // One item is one mentor ("Hung-Ying, Tai (@hydai, …)"), unless it holds several lines
    // or several handles ("A (@a) & B (@b)").
    let lineStart = startOf(first);
    for (const line of itemText.split('\n')) {
      mentors.push(...readMentorLine(line, lineStart, true, placeholders));
      lineStart += line.length + 1;
    }
  };
  field.items.forEach(visit);
  return mentors;
}
