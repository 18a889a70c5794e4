// mentor-format: a mentor entry that is not `Name (@handle[, email])`: a markdown link in
// place of the handle (worse, one whose text and target disagree), no handle, no name,
// an unclosed parenthesis, or the parts in another shape. The fix rewrites the entry in the
// document's era format from the parts it has: the link's GitHub profile gives the handle,
// the workspace may know a missing name.

import type { Mentor } from '../core/model';
import { formatMentor } from './mentor-text';
import type { Fix, Rule, RuleContext } from './rule';

export const mentorFormat: Rule = {
  id: 'mentor-format',
  severity: 'error',
  description: 'A mentor entry that is not written as `Name (@handle[, email])`.',
  check(context) {
    for (const project of context.document.projects) {
      for (const mentor of project.mentors) {
        const message = describe(mentor);
        if (message) context.report({ message, span: mentor.span, fix: rewrite(context, mentor) });
      }
    }
  },
};

function describe(mentor: Mentor): string | undefined {
  const { problems, link } = mentor;
  const entry = `"${mentor.text}"`;
  if (problems.includes('link-mismatch') && link) {
    return `Mentor ${entry} shows "${link.text}" but links to the GitHub profile of @${link.profile}; write "Name (@handle)".`;
  }
  if (problems.includes('linked') && link) {
    return link.profile
      ? `Mentor ${entry} is a link to a GitHub profile; write "Name (@${link.profile})".`
      : `Mentor ${entry} is a link (${link.url}); write "Name (@github-handle)".`;
  }
  if (problems.includes('no-at') && mentor.bareHandle) {
    return `Mentor ${entry} writes the handle without "@"; write "@${mentor.bareHandle.text}".`;
  }
  if (problems.includes('no-handle')) return `Mentor ${entry} has no @handle; write "Name (@github-handle)".`;
  if (problems.includes('no-name')) return `Mentor ${entry} has no name; write "Name (${mentor.handle?.text ?? '@handle'})".`;
  if (problems.includes('unbalanced-parenthesis')) return `Mentor ${entry} has an unclosed parenthesis or bracket.`;
  if (problems.includes('shape')) return `Write mentor ${entry} as "Name (@handle${mentor.email ? ', email' : ''})".`;
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
  const email = mentor.email?.text ?? (context.document.era === 'B' ? known?.emails[0] : undefined);
  const newText = formatMentor(name, handle, email);
  // Taking the handle from a link target, or a name from another file, changes what the entry
  // says: offered as a quick fix to review, never applied by --fix.
  const linkAgrees = !link || (link.profile !== undefined && mentor.handle?.text.toLowerCase() === handle.toLowerCase());
  // The rewrite keeps a role ("Primary:") in front; anything else it would drop makes it unsafe.
  const span = mentor.role ? { start: mentor.role.span.end, end: mentor.span.end } : mentor.span;
  const written = context.document.text.slice(span.start, span.end);
  if (written.trim() === newText) return undefined;
  const safe = !fromWorkspace && linkAgrees && email === mentor.email?.text && !dropsText(written, [name, handle, email, link?.url, link?.text]);
  return { title: `Write "${newText}"`, edits: [{ span, newText: written.startsWith(' ') ? ` ${newText}` : newText }], safe };
}

/** True when the written entry holds words that none of the kept parts contains. */
function dropsText(written: string, kept: Array<string | undefined>): boolean {
  let rest = written;
  for (const part of kept) if (part) rest = rest.split(part).join(' ');
  return /[\p{L}\p{N}]/u.test(rest.replace(/\bmailto:/gi, '').replace(/https?:\/\/\S*/g, ''));
}
