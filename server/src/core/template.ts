// Text copied from an entry template and left in place: placeholder mentors
// (`Mentor Name (@mentor_github, mentor@email.addy)`, `TBD (@tbd, tbd@email)`) and the `# …`
// comments a template writes after a label (`Expected project size: # one of small …`).
// Placeholders are no one: the parser keeps them out of a project's mentors, so counts,
// completion and the workspace index never see them, and the template-text rule reports them.

import { type FieldId, matchLabel } from './fields';
import type { Mentor, ProposalDocument, Span } from './model';

/** Words that stand where a name should be: `TBD`, `Mentor Name`, `[Second Mentor's Name]`, `Full Name`. */
const PLACEHOLDER_NAME =
  /^(?:tbd|tba|tbc|todo|n\/?a|none|\?+|x{2,}|to be (?:determined|announced|confirmed)|(?:your|full|first|last)?\s*name|(?:(?:the|first|second|third|1st|2nd|3rd|primary|secondary|co-?|additional|other)\s*)?mentor(?:'s)?(?:\s*\d+)?(?:\s*(?:full\s+)?name)?)$/i;

/** Handles that stand where a GitHub user name should be: `@tbd`, `@mentor_github`, `@second-mentor-github`, `@github-handle`. */
const PLACEHOLDER_HANDLE = /^@?(?:tbd|tba|todo|x{2,}|handle|username|user|github|(?:your|github)[-_]?(?:handle|username|user|id))$/i;

/** Emails that stand where an address should be: `tbd@email`, `mentor@email.addy`, `email`, `jane@example.com`. */
const PLACEHOLDER_EMAIL = /^(?:tbd|e-?mail|[^@\s]*@(?:e-?mail|example)(?:\.[a-z]+)*|mentor@\S*)$/i;

/**
 * True when a mentor entry is a template's placeholder, not a person: every part it has (name,
 * handle, email) is placeholder text, and it has at least one such part. A real name beside a
 * placeholder handle ("Jane Doe (@tbd)") is a person whose handle is unknown, not a placeholder.
 */
export function isPlaceholderMentor(mentor: Mentor): boolean {
  const name = mentor.name?.text.replace(/^[[<]\s*|\s*[\]>]$/g, '').trim();
  const handle = mentor.handle?.text;
  const email = mentor.email?.text;
  if (!name && !handle && !email) return false;
  if (name !== undefined && !PLACEHOLDER_NAME.test(name)) return false;
  if (handle !== undefined && !isPlaceholderHandle(handle)) return false;
  if (email !== undefined && !PLACEHOLDER_EMAIL.test(email)) return false;
  // A lone handle or email that merely looks generic ("@user") is too weak to call a placeholder.
  return name !== undefined || (handle !== undefined && email !== undefined);
}

/** `@tbd`, `@github-handle`, or any handle naming both a mentor and GitHub (`@mentor_github`, `@second-mentor-github`). */
function isPlaceholderHandle(handle: string): boolean {
  return PLACEHOLDER_HANDLE.test(handle) || (/mentor/i.test(handle) && /github|handle|user/i.test(handle));
}

/**
 * The `# …` comment a template writes after a label, when `lineText` (the rest of the label's
 * line, from `base`) starts with one: `#` and then words, as in `#For GSoC, it is **required** …`
 * or `# one of small (~90 hour projects), …`. An issue number (`#1234`) or a channel
 * (`#sig-network`) alone is a value, not a comment: a comment has three words or more.
 */
export function templateComment(lineText: string, base: number): Span | undefined {
  const match = /^(\s*)(#(?!#)\s*[A-Za-z][^\n]*?)\s*$/.exec(lineText);
  if (!match) return undefined;
  if (match[2].slice(1).trim().split(/\s+/).length < 3) return undefined;
  const start = base + match[1].length;
  return { start, end: start + match[2].length };
}

const templateLabelCache = new WeakMap<ProposalDocument, Set<string>>();
const templateFieldLabelCache = new WeakMap<ProposalDocument, Map<FieldId, string>>();

/**
 * The label the document's own entry template writes for a field, as written
 * (`Upstream Issue (URL)` on a GSoC page), when it is an accepted spelling of that field.
 */
export function templateFieldLabel(document: ProposalDocument, id: FieldId): string | undefined {
  let labels = templateFieldLabelCache.get(document);
  if (!labels) {
    labels = new Map();
    const template = document.kind === 'term' ? document.template : undefined;
    const block = template ? document.text.slice(template.span.start, template.span.end) : '';
    for (const match of block.matchAll(TEMPLATE_LABEL)) {
      const label = match[1].trim();
      const matched = matchLabel(label, false);
      if (matched.id && matched.form === 'canonical' && !labels.has(matched.id)) labels.set(matched.id, label);
    }
    templateFieldLabelCache.set(document, labels);
  }
  return labels.get(id);
}

/** A label of a template's field list: `- Label:` (bold or not). */
const TEMPLATE_LABEL = /^[ \t]*[-*][ \t]+(?:\*\*)?([A-Za-z][^:：*\n]{0,40}?)(?:\*\*)?[ \t]*[:：]/gm;

/**
 * The labels the document's own entry template lists, in lower case: a field the page asks for
 * that the catalogue does not know (2023's GSoC template lists `Difficulty:`) is the page's field,
 * not an author's invention.
 */
export function templateLabels(document: ProposalDocument): Set<string> {
  let labels = templateLabelCache.get(document);
  if (!labels) {
    labels = new Set();
    const template = document.kind === 'term' ? document.template : undefined;
    const block = template ? document.text.slice(template.span.start, template.span.end) : '';
    for (const match of block.matchAll(TEMPLATE_LABEL)) {
      labels.add(match[1].trim().toLowerCase().replace(/\s+/g, ' '));
    }
    templateLabelCache.set(document, labels);
  }
  return labels;
}
