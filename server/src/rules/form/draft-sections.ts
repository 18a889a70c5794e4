// What the form rules share: finding a draft's section by field id, reading its checkboxes and
// its mentor lines as CNCF's bot does.

import type { Draft, DraftMentorLine, DraftSection } from '../../core/model';

/** The first section of a field, if the draft has it. */
export function sectionOf(draft: Draft, id: string): DraftSection | undefined {
  return draft.sections.find((section) => section.fieldId === id);
}

/** Whether a checkbox (by its label in the form, compared without case) is checked. */
export function isChecked(section: DraftSection | undefined, label: string): boolean {
  const key = label.trim().toLowerCase();
  return Boolean(section?.checkboxes.some((box) => box.checked && box.label.trim().toLowerCase() === key));
}

/** Whether any checkbox of a section is checked. */
export function anyChecked(section: DraftSection | undefined): boolean {
  return Boolean(section?.checkboxes.some((box) => box.checked));
}

/** The place to report a section's problem: its value, or its heading when it has none. */
export function valueOrHeading(section: DraftSection) {
  return section.value ? section.valueTextSpan : section.heading.textSpan;
}

/** Whether a Mentors line has the form's 3 or 4 `|`-separated parts (mentor-format reports those that do not). */
export function hasMentorParts(line: DraftMentorLine): boolean {
  return line.parts.length >= 3 && line.parts.length <= 4;
}

/** Whether a Mentors line's LFID part can be an LF user name: one without blank space, @ or / (mentor-lfid reports the others). */
export function isLfid(text: string | undefined): boolean {
  return text !== undefined && text !== '' && !/[\s@/]/.test(text);
}

/** CNCF's bot's test of a mentor's email, after it has taken the address out of a link (`mentorEmailAddress`). */
export const BOT_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** CNCF's bot's test of a URL field's value: http(s), then no blank space. */
export const BOT_URL = /^https?:\/\/\S+$/;

/**
 * The address a Mentors line's email part holds, as CNCF's bot reads it: the part itself, or
 * the address of a markdown mailto link (`[a@x.com](mailto:a@x.com)`) or of an autolink
 * (`<a@x.com>`, `<mailto:a@x.com>`), which the bot accepts as the plain address.
 */
export function mentorEmailAddress(text: string): string {
  const link = /^\[[^\]]*\]\(\s*mailto:([^)\s]+)\s*\)$/i.exec(text);
  if (link) return link[1];
  const autolink = /^<(?:mailto:)?([^<>\s]+)>$/i.exec(text);
  if (autolink) return autolink[1];
  return text;
}
