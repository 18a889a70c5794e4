// Reads mentor entries as people really write them: `Name (@handle, email)` and
// its many broken relatives seen in term files (linked names, links whose text
// and target disagree, missing parentheses or commas, several mentors a line).

import type { Mentor, MentorProblem, Span, Token } from './model';

/**
 * Splits a mentor list (`A (@a), B (@b)`) into entries at top-level separators.
 * With `single`, the text is one entry and only a trailing note (` - primary`) is cut off.
 */
export function splitMentorEntries(text: string, base: number, single: boolean): Token[] {
  const entries: Token[] = [];
  let depth = 0;
  let start = 0;
  const push = (end: number, next: number) => {
    const token = trimToken(text.slice(start, end), base + start);
    if (token) entries.push(token);
    start = next;
  };
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '(' || char === '[' || char === '<') depth++;
    else if ((char === ')' || char === ']' || char === '>') && depth > 0) depth--;
    else if (depth === 0 && !single && (char === ',' || char === ';' || char === '\n')) push(index, index + 1);
    else if (depth === 1 && !single && (char === ',' || char === ';') && opensAnotherMentor(text.slice(start, index), text.slice(index + 1))) {
      // "Shuting Zhao (@realshuting, Jim Bugwadia (@JimBugwadia)": the first parenthesis was
      // left open, and what follows the comma is a second entry, not the first one's email.
      push(index, index + 1);
      depth = 0;
    }
    else if (depth === 0 && /\s/.test(char)) {
      const rest = text.slice(index);
      const separator = /^\s+(?:&|and)\s+/i.exec(rest);
      // "A (@a) & B (@b)": a conjunction between two entries, each with its own handle.
      if (separator && !single && /@/.test(text.slice(start, index)) && /@/.test(rest.slice(separator[0].length))) {
        push(index, index + separator[0].length);
        index += separator[0].length - 1;
      } else if (/^\s+-\s+/.test(rest) && /\)\s*$/.test(text.slice(start, index))) {
        // "Name (@h, e) - primary" or "- please use ...": a note after the entry, not a mentor.
        push(index, text.length);
        return entries;
      } else if (!single && startsAnotherMentor(text.slice(start, index), rest)) {
        // "A (@a, a@x.io) B (@b, b@x.io)" or "@a @b": the separator is missing.
        push(index, index + (/^\s+/.exec(rest)?.[0].length ?? 1));
      }
    }
  }
  push(text.length, text.length);
  return entries;
}

/** True when `piece` is an entry with its handle in a parenthesis left open, and `rest` starts another: "Name (@handle". */
function opensAnotherMentor(piece: string, rest: string): boolean {
  return /\(\s*@[^()]*$/.test(piece) && /^\s*[A-Za-z\u00C0-\u024F][^(),;@]*\(\s*@/.test(rest);
}

/** True when `rest` (after white space) opens a second mentor right after a complete one. */
function startsAnotherMentor(piece: string, rest: string): boolean {
  const next = rest.trimStart();
  if (/@/.test(piece) && /\)$/.test(piece.trimEnd()) && /^[A-Za-z\u00C0-\u024F][^()]*\(\s*@/.test(next)) return true;
  return /@/.test(piece) && /^@[A-Za-z0-9]/.test(next);
}

/** Trims spaces and stray trailing punctuation, keeping the offsets right. */
function trimToken(raw: string, offset: number): Token | undefined {
  const leading = raw.length - raw.trimStart().length;
  const text = raw.trim().replace(/[,;.]+$/, '').trimEnd();
  if (!text) return undefined;
  return { text, span: { start: offset + leading, end: offset + leading + text.length } };
}

// The link text holds no `[`: a match starts at the innermost bracket, so a run of `[` is not
// scanned again from each of them.
const LINK = /\[([^\][]*)\]\(([^)\s]*)\)/g;
const ROLE_PREFIX = /^(?:primary|adjunct|secondary|backup|lead|co-?mentor)\s*:\s*/i;
const GITHUB_PROFILE = /^https?:\/\/(?:www\.)?github\.com\/([A-Za-z0-9-]+)\/?$/i;

/** Reads one mentor entry (the text of one person) into its parts, noting what is malformed. */
export function parseMentor(entry: Token, inSubList: boolean): Mentor {
  const role = ROLE_PREFIX.exec(entry.text);
  const skip = role ? role[0].length : 0;
  const text = entry.text.slice(skip);
  const base = entry.span.start + skip;
  const at = (start: number, end: number): Span => ({ start: base + start, end: base + end });
  const problems = new Set<MentorProblem>();

  let link: Mentor['link'];
  let linkMatch: RegExpExecArray | null;
  LINK.lastIndex = 0;
  while ((linkMatch = LINK.exec(text))) {
    const url = linkMatch[2];
    if (/^mailto:/i.test(url)) continue;
    const profile = GITHUB_PROFILE.exec(url)?.[1];
    link = { text: linkMatch[1], url, span: at(linkMatch.index, linkMatch.index + linkMatch[0].length), profile };
    break;
  }

  const handle = findHandle(text);
  const email = findEmail(text);
  const mentor: Mentor = { text: entry.text, span: entry.span, problems: [], inSubList };
  if (role) mentor.role = { text: role[0].trimEnd(), span: { start: entry.span.start, end: entry.span.start + role[0].trimEnd().length } };
  if (handle) mentor.handle = { text: handle.text, span: at(handle.start, handle.end) };
  if (email) mentor.email = { text: email.text, span: at(email.start, email.end) };
  if (link) mentor.link = link;

  const name = findName(text, handle, link);
  if (name) mentor.name = { text: name.text, span: at(name.start, name.end) };

  if (!handle) {
    // "Lin Sun (linsun)" or "James Horton (hortison, email)": a handle without its @.
    const bare = /\(\s*([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})\s*[,)]/.exec(text);
    if (bare) {
      const start = bare.index + bare[0].indexOf(bare[1]);
      mentor.bareHandle = { text: bare[1], span: at(start, start + bare[1].length) };
      problems.add('no-at');
    } else {
      problems.add('no-handle');
    }
  }
  if (!name) problems.add('no-name');
  if (count(text, '(') !== count(text, ')') || count(text, '[') !== count(text, ']')) {
    problems.add('unbalanced-parenthesis');
  }
  if (link) {
    const linkedHandle = link.text.replace(/^@/, '');
    if (link.profile && link.text.startsWith('@') && linkedHandle.toLowerCase() !== link.profile.toLowerCase()) {
      problems.add('link-mismatch');
    } else {
      problems.add('linked');
    }
  }
  if (handle && !problems.has('linked') && !problems.has('link-mismatch') && !hasCanonicalShape(text, handle, email)) {
    problems.add('shape');
  }
  mentor.problems = [...problems];
  return mentor;
}

interface Found {
  text: string;
  start: number;
  end: number;
}

/** The `@handle`: inside the link text, after an `@` before a link, or as a bare word. */
function findHandle(text: string): Found | undefined {
  // "@[handle](url)": the @ stands outside the link text.
  const outside = /@\[([A-Za-z0-9-]+)\]\(/.exec(text);
  if (outside) return { text: '@' + outside[1], start: outside.index, end: outside.index + outside[0].length - 2 };
  for (const match of text.matchAll(/(^|[^A-Za-z0-9._%+-])@([^\s,;()\[\]<>]*)/g)) {
    const start = (match.index ?? 0) + match[1].length;
    let end = start + 1 + match[2].length;
    if (text[start - 1] === '[') {
      // "[@Matthias Wahl](url)": the whole link text stands where the handle should.
      const close = text.indexOf(']', start);
      if (close > start + 1) return { text: text.slice(start, close).trimEnd(), start, end: start + text.slice(start, close).trimEnd().length };
    }
    // "(@Mike Spreitzer, email)": inside parentheses a handle runs to the comma, unless what
    // follows the space is the email (a missing comma, reported as shape).
    const inParens = text.lastIndexOf('(', start) > text.lastIndexOf(')', start);
    if (inParens) {
      const rest = /^[^,)]*/.exec(text.slice(end))?.[0] ?? '';
      if (rest.trim() && !/[@[\]]/.test(rest)) end += rest.trimEnd().length;
    }
    if (end - start <= 1) continue;
    return { text: text.slice(start, end), start, end };
  }
  return undefined;
}

/** The email: a word with an `@` inside it (malformed ones included, so rules can report them). */
function findEmail(text: string): Found | undefined {
  // The look-behind starts a match only where a word starts: without it a long word with no `@`
  // is scanned again from each of its characters (quadratic on a pasted 100 KB line).
  for (const match of text.matchAll(/(?<![^\s,;()\[\]<>@])[^\s,;()\[\]<>@]+@[^\s,;()\[\]<>]+/g)) {
    const start = match.index ?? 0;
    if (/^mailto:/i.test(match[0])) continue;
    return { text: match[0], start, end: start + match[0].length };
  }
  return undefined;
}

/** The name: the text before the part that holds the handle, or a linked name. */
function findName(text: string, handle: Found | undefined, link: Mentor['link']): Found | undefined {
  let stop = text.length;
  if (handle) {
    const open = text.lastIndexOf('(', handle.start);
    const close = text.lastIndexOf(')', handle.start);
    stop = open > close ? open : handle.start;
    const linkOpen = text.lastIndexOf('[', handle.start);
    if (linkOpen >= 0 && linkOpen < stop && text.indexOf(']', linkOpen) > handle.start) stop = linkOpen;
  } else if (link && !link.text.startsWith('@')) {
    const start = text.indexOf('[') + 1;
    return trimFound(link.text, start);
  } else {
    // An email starts where a word starts (the look-behind keeps the search linear).
    const firstMark = text.search(/[([<@]|(?<!\S)\S+@\S+/);
    if (firstMark >= 0) stop = firstMark;
  }
  const before = trimFound(text.slice(0, stop), 0);
  if (before || !handle || text[handle.start - 1] === '(' || text[handle.start - 1] === '[') return before;
  // "@wy65701436 - Yan Wang(wangyan@vmware.com)": the name after the handle.
  const after = text.slice(handle.end);
  const end = after.search(/[(,;[]|(?<![^\s(])[^\s(]+@\S+/);
  const raw = end < 0 ? after : after.slice(0, end);
  const lead = /^[\s\-–:]*/.exec(raw)?.[0].length ?? 0;
  return trimFound(raw.slice(lead), handle.end + lead);
}

function trimFound(raw: string, offset: number): Found | undefined {
  const leading = raw.length - raw.trimStart().length;
  const text = raw.trim().replace(/[,:;-]+$/, '').trimEnd();
  if (!text) return undefined;
  return { text, start: offset + leading, end: offset + leading + text.length };
}

/** `(@handle)` or `(@handle, email)`: the handle opens a parenthesis group that holds the email, comma-separated. */
function hasCanonicalShape(text: string, handle: Found, email: Found | undefined): boolean {
  if (text[handle.start - 1] !== '(') return false;
  const close = text.indexOf(')', handle.end);
  if (close < 0) return false;
  const inside = text.slice(handle.end, close);
  if (!email) return inside.trim() === '';
  if (email.start < handle.end || email.end > close) return false;
  return /^\s*,\s*$/.test(text.slice(handle.end, email.start)) && text.slice(email.end, close).trim() === '';
}

function count(text: string, char: string): number {
  let total = 0;
  for (const c of text) if (c === char) total++;
  return total;
}
