// How a mentor entry is written, for the fixes that rewrite one, and the
// checks on handles and emails that several rules share.

import type { Mentor, ProposalDocument } from './model';

export { GITHUB_HANDLE } from './knowledge';

/** An email address as the proposal bot accepts it: one `@`, a dotted domain, no spaces. */
export const EMAIL = /^[^\s@()<>,;]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;

/**
 * `Name (@handle, email)`, or `Name (@handle)` when no email is known (mentor-email then asks
 * for one in era B: a fix never invents an address).
 */
export function formatMentor(name: string, handle: string, email?: string): string {
  const at = handle.startsWith('@') ? handle : `@${handle}`;
  return email ? `${name} (${at}, ${email})` : `${name} (${at})`;
}

/** True when a mentor is written as a markdown link, which mentor-format reports instead. */
export function isLinked(mentor: Mentor): boolean {
  return mentor.problems.includes('linked') || mentor.problems.includes('link-mismatch');
}

/**
 * True when the document's entries give mentor emails (era B, and most of its mentors have
 * one): mentor-email then notes a missing email, and mentor-format asks for the same shape.
 */
export function emailsExpected(document: ProposalDocument): boolean {
  let expected = EMAILS_EXPECTED.get(document);
  if (expected === undefined) {
    let mentors = 0;
    let withEmail = 0;
    for (const project of document.projects) {
      mentors += project.mentors.length;
      for (const mentor of project.mentors) if (mentor.email) withEmail++;
    }
    expected = document.era === 'B' && withEmail * 2 > mentors;
    EMAILS_EXPECTED.set(document, expected);
  }
  return expected;
}

/** Asked by each project's mentor checks: counted once per parsed document. */
const EMAILS_EXPECTED = new WeakMap<ProposalDocument, boolean>();
