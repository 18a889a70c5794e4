// mentor-format: a mentor entry that is not `Name (@handle[, email])`. Findings differ in
// weight: an entry with no GitHub handle at all, a link whose text names another user than its
// profile target, or an unclosed parenthesis is a likely mistake (warning); a handle written as
// a profile link, a handle without its `@`, a missing name or the parts in another order is
// cosmetic (hint), since a reviewer can still tell who the mentor is. Only an entry that names
// no person at all is an error. The fix rewrites the entry in the document's era format from
// the parts it has: the link's GitHub profile gives the handle, the workspace may know a name.
// Two mentors in one item of a mentor list are a hint whose safe fix gives each its own item.

import type { Mentor } from '../core/model';
import { emailsExpected, formatMentor } from '../core/mentor-text';
import type { Fix, Rule, RuleContext, Severity } from './rule';
import { mentorFormatDraftCheck } from './form/mentor-format';

export const mentorFormat: Rule = {
  id: 'mentor-format',
  severity: 'error',
  description: 'A mentor entry that is not written as `Name (@handle[, email])`.',
  fixes: 'safe',
  scope: 'project',
  inputs: ({ document, workspace }) => [document.era, emailsExpected(document), workspace?.version],
  checkProject(context, project) {
    const withEmail = emailsExpected(context.document);
    for (const mentor of project.mentors) {
      const finding = describe(mentor, withEmail);
      if (finding) context.report({ ...finding, span: mentor.span, fix: rewrite(context, mentor) });
    }
    reportSharedItems(context, project.mentors);
  },
  checkDraft: mentorFormatDraftCheck.checkDraft,
};

/**
 * Two mentors in one item of a mentor list ("- A (@a, a@x.io) - primary, B (@b, b@x.io)"): each
 * is read, but the list shows one item where the template has two. The safe fix starts a new item
 * at the separator, keeping the first mentor's note.
 */
function reportSharedItems(context: RuleContext, mentors: readonly Mentor[]): void {
  const { text } = context.document;
  const { lines } = context;
  for (const [index, mentor] of mentors.entries()) {
    const previous = mentors[index - 1];
    if (!previous?.inSubList || !mentor.inSubList || lines.lineStart(previous.span.start) !== lines.lineStart(mentor.span.start)) continue;
    const between = text.slice(previous.span.end, mentor.span.start);
    const separator = /\s*(?:[,;，；&]|\band\b)?\s*$/.exec(between);
    const from = previous.span.end + (separator?.index ?? between.length);
    const lineStart = lines.lineStart(mentor.span.start);
    const indent = /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
    context.report({
      severity: 'hint',
      message: `Mentor "${mentor.text}" shares an item with "${previous.text}"; write each mentor as an item of its own.`,
      span: mentor.span,
      fix: { title: 'Give the mentor an item of its own', edits: [{ span: { start: from, end: mentor.span.start }, newText: `${lines.eol}${indent}- ` }], safe: true },
    });
  }
}

/** The weightiest problem of an entry, with its severity: one finding per entry. */
function describe(mentor: Mentor, withEmail: boolean): { message: string; severity: Severity } | undefined {
  const { problems, link } = mentor;
  const entry = `"${mentor.text}"`;
  // The shape to ask for: with an email where the document's entries give one (as mentor-email does).
  const emailPart = mentor.email || withEmail ? ', email' : '';
  const shape = `Name (@handle${emailPart})`;
  if (problems.includes('no-person')) {
    return { severity: 'error', message: `Mentor ${entry} names no one; write "${shape}".` };
  }
  if (problems.includes('link-mismatch') && link) {
    return {
      severity: 'warning',
      message: `Mentor ${entry} shows "${link.text}" but links to the GitHub profile of @${link.profile}; write "${shape}".`,
    };
  }
  // A link to a GitHub profile names the handle; a link elsewhere ("[Jane](https://linkedin.com/…)") does not.
  if (problems.includes('no-handle') && !link?.profile && !link?.text.startsWith('@')) {
    return link
      ? { severity: 'warning', message: `Mentor ${entry} has no GitHub handle, only a link (${link.url}); write "${shape}".` }
      : { severity: 'warning', message: `Mentor ${entry} has no GitHub handle; write "${shape}".` };
  }
  if (problems.includes('unbalanced-parenthesis')) {
    return { severity: 'warning', message: `Mentor ${entry} has an unclosed parenthesis or bracket.` };
  }
  if (problems.includes('linked') && link) {
    const message = link.profile
      ? `Mentor ${entry} is a link to a GitHub profile; write "Name (@${link.profile}${emailPart})".`
      : `Mentor ${entry} links "${link.text}" to ${link.url}; write "${shape}" with the GitHub handle.`;
    return { severity: 'hint', message };
  }
  if (problems.includes('no-at') && mentor.bareHandle) {
    return { severity: 'hint', message: `Mentor ${entry} writes the handle without "@"; write "@${mentor.bareHandle.text}".` };
  }
  if (problems.includes('no-name')) {
    return { severity: 'hint', message: `Mentor ${entry} has no name; write "Name (${mentor.handle?.text ?? '@handle'}${emailPart})".` };
  }
  if (problems.includes('shape')) return { severity: 'hint', message: `Write mentor ${entry} as "${shape}".` };
  return undefined;
}

function rewrite(context: RuleContext, mentor: Mentor): Fix | undefined {
  const { link } = mentor;
  if (mentor.bareHandle && !link) {
    const at = mentor.bareHandle.span.start;
    return { title: `Write "@${mentor.bareHandle.text}"`, edits: [{ span: { start: at, end: at }, newText: '@' }], safe: true };
  }
  const handle = link?.profile ? `@${link.profile}` : mentor.handle?.text;
  if (!handle || /\s/.test(handle)) return undefined;
  let name = mentor.name?.text ?? (link && !link.text.startsWith('@') ? link.text : undefined);
  if (!name && link?.text.startsWith('@') && /\s/.test(link.text)) name = link.text.slice(1).trim();
  const known = context.workspace?.mentor(handle);
  let fromWorkspace = false;
  if (!name && known?.names[0]) {
    name = known.names[0];
    fromWorkspace = true;
  }
  if (!name) return undefined;
  // The email as the author wrote it: a mailto link, `<…>` and an obfuscated address stay so.
  const writtenEmail = mentor.emailWritten ? context.document.text.slice(mentor.emailWritten.span.start, mentor.emailWritten.span.end) : mentor.email?.text;
  const email = writtenEmail ?? (context.document.era === 'B' ? known?.emails[0] : undefined);
  const newText = formatMentor(name, handle, email);
  // The rewrite keeps a role ("Primary:") in front; anything else it would drop makes it unsafe.
  const span = mentor.role ? { start: mentor.role.span.end, end: mentor.span.end } : mentor.span;
  const written = context.document.text.slice(span.start, span.end);
  if (written.trim() === newText) return undefined;
  // Taking a name from another file changes what the entry says, and a rewrite of a linked entry
  // drops the link's URL (even a profile URL that only repeats the handle): both are quick fixes
  // to review, never applied by --fix.
  const safe = !fromWorkspace && !link && email === writtenEmail && !dropsText(written, [name, handle, email]);
  return { title: `Write "${newText}"`, edits: [{ span, newText: written.startsWith(' ') ? ` ${newText}` : newText }], safe };
}

/** True when the written entry holds words that none of the kept parts contains. */
function dropsText(written: string, kept: Array<string | undefined>): boolean {
  let rest = written;
  for (const part of kept) if (part) rest = rest.split(part).join(' ');
  return /[\p{L}\p{N}]/u.test(rest.replace(/\bmailto:/gi, '').replace(/https?:\/\/\S*/g, ''));
}
