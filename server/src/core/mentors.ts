// Reads mentor entries as people really write them: `Name (@handle, email)` and
// its many broken relatives seen in term files (linked names, links whose text
// and target disagree, missing parentheses or commas, several mentors a line).

import { isKnownLabel } from './fields';
import type { Mentor, MentorProblem, Span, Token, Writable } from './model';
import { isPlaceholderMentor, templateComment } from './template';

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
    if (OPENING.includes(char)) depth++;
    else if (CLOSING.includes(char) && depth > 0) depth--;
    else if (depth === 0 && !single && (SEPARATORS.includes(char) || char === '\n')) {
      // "Vadim Bauer, vb@container-registry.com)": an address alone after the comma is this
      // entry's email, not a second mentor; "Kevin Hannon, @kannon92, k@x.io" (the 2023 GSoC
      // template's "Name, github, email") is one mentor written with commas.
      const piece = text.slice(start, index);
      const rest = text.slice(index + 1);
      if (!continuesWithEmail(piece, rest) && !(char === ',' && continuesWithHandle(piece, rest))) push(index, index + 1);
    }
    else if (depth === 1 && !single && SEPARATORS.includes(char) && opensAnotherMentor(text.slice(start, index), text.slice(index + 1))) {
      // "Shuting Zhao (@realshuting, Jim Bugwadia (@JimBugwadia)": the first parenthesis was
      // left open, and what follows the comma is a second entry, not the first one's email.
      push(index, index + 1);
      depth = 0;
    }
    else if (depth === 0 && !single && char === '.' && ENDS_WITH_EMAIL.test(text.slice(start, index)) && /^\s+\p{Lu}/u.test(text.slice(index + 1))) {
      // "Michi Mutsuzaki, michi-covalent, michi@isovalent.com. Kornilios Kourtis, …": a full stop
      // after an address, then a name: the next mentor.
      push(index, index + 1);
    }
    else if (depth === 0 && /\s/.test(char)) {
      const rest = text.slice(index);
      const separator = /^\s+(?:&|and)\s+/i.exec(rest);
      // "A (@a) & B (@b)", "[A](https://github.com/a) and [B](https://github.com/b)": a
      // conjunction between two entries, each with its own handle or profile link.
      if (separator && !single && namesPerson(text.slice(start, index)) && namesPerson(rest.slice(separator[0].length))) {
        push(index, index + separator[0].length);
        index += separator[0].length - 1;
      } else if (/^\s+-\s+/.test(rest) && /\)\s*$/.test(text.slice(start, index))) {
        // "Name (@h, e) - primary" or "- please use ...": a note after the entry, not a mentor.
        // It runs to the line's end, or to a separator before another entry ("- primary, B (@b)").
        const next = NEXT_ENTRY.exec(rest);
        if (!next || single) {
          push(index, text.length);
          return entries;
        }
        push(index, index + next.index + next[0].length);
        index += next.index + next[0].length - 1;
      } else if (!single && startsAnotherMentor(text.slice(start, index), rest)) {
        // "A (@a, a@x.io) B (@b, b@x.io)" or "@a @b": the separator is missing.
        push(index, index + (/^\s+/.exec(rest)?.[0].length ?? 1));
      }
    }
  }
  push(text.length, text.length);
  return entries;
}

// Fullwidth punctuation (`，` `；` `（…）`) is written by authors typing in Chinese, Japanese or Korean
// input modes; it means what its ASCII twin means.
const OPENING = '([<（';
const CLOSING = ')]>）';
const SEPARATORS = ',;，；';
/** A separator and then another entry: a name and a parenthesis that opens with the handle. */
const NEXT_ENTRY = /[,;，；]\s*(?=\p{L}[^,;，；()（）@]*[(（]\s*@)/u;
const ENDS_WITH_EMAIL = /[^\s@()]+@[^\s@()]+\.[A-Za-z]{2,}$/;
/** The text up to the next separator, or to a full stop that ends an entry ("a@x.io. Next Name"). */
const UP_TO_SEPARATOR = /^(?:[^,;，；\n.]|\.(?!\s+\p{Lu}))*/u;

/**
 * True when what follows a separator is only an email (and the parenthesis that closes the
 * entry), and the entry before it has none: the same mentor's address, not another mentor.
 */
function continuesWithEmail(piece: string, rest: string): boolean {
  const next = UP_TO_SEPARATOR.exec(rest)?.[0].trim() ?? '';
  if (!/^[<[]?[^\s@()<>[\]]+@[^\s@()<>[\]]+[>\]]?(?:\([^()\s]*\))?\s*[)）]?$/.test(next)) return false;
  return !/[A-Za-z0-9._%+-]@[A-Za-z0-9]/.test(piece) && /[\p{L}@]/u.test(piece);
}

/**
 * True when `piece` is a name alone and what follows the comma is its handle: `@handle`, or a
 * bare handle followed by an email ("Peter Hunt, haircommander, pehunt@redhat.com").
 */
function continuesWithHandle(piece: string, rest: string): boolean {
  if (!/^\s*\p{L}[\p{L}\p{M}'’. -]*$/u.test(piece)) return false;
  const next = /^[^,;，；\n]*/.exec(rest)?.[0] ?? '';
  const after = UP_TO_SEPARATOR.exec(rest.slice(next.length + 1))?.[0].trim() ?? '';
  if (/^@[A-Za-z0-9][A-Za-z0-9-]*$|^\[@[A-Za-z0-9-]+\]\([^)\s]*\)$/.test(next.trim())) return true;
  return /^[A-Za-z0-9][A-Za-z0-9-]*$/.test(next.trim()) && /^[^\s@()]+@[^\s@()]+\.[A-Za-z]{2,}$/.test(after);
}

/** True when a piece of a mentor line holds a handle or a profile link: a person, not a word of a sentence. */
function namesPerson(piece: string): boolean {
  return /@|\]\(https?:\/\//.test(piece);
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
  // "A (@a), B (@b), and C (@c)", or "and" left alone at a line's end: the conjunction joins
  // entries and belongs to none.
  const conjunction = /^\s*(?:and|&)(?:\s+|$)/i.exec(raw)?.[0].length ?? 0;
  const kept = raw.slice(conjunction).replace(/\s+(?:and|&)\s*$/i, '');
  const leading = conjunction + kept.length - kept.trimStart().length;
  const text = kept.trim().replace(/[,;.，；。]+$/, '').trimEnd();
  if (!text) return undefined;
  return { text, span: { start: offset + leading, end: offset + leading + text.length } };
}

/**
 * The mentors of one line of a Mentor(s) field (`base` is its offset), template text left
 * out: a `# …` comment after the label, placeholders (`TBD (@tbd, tbd@email)`), and lines that
 * are no person (a URL, another field's `Issue: https://…` line). With `single`, the line is
 * one entry unless it holds several handles. `placeholders` receives the placeholders found.
 */
export function readMentorLine(line: string, base: number, inSubList: boolean, placeholders?: Mentor[]): Mentor[] {
  const comment = templateComment(line, base);
  if (comment) {
    // "Mentor(s): #For GSoC, it is **required** …": the comment runs to the end of the line.
    line = line.slice(0, comment.start - base);
  }
  const handles = line.match(/(?:^|[^\w.%+-])@[A-Za-z0-9]/g)?.length ?? 0;
  // "A (email: a@x.io, github: a) , B (email: b@x.io, github: b)": several closed groups, each
  // followed by a separator and another name, are several mentors even without an @handle.
  const groups = /[)）]\s*[,;，；]\s*[^\s,;，；][^()（）]*[(（]/.test(line);
  const mentors: Mentor[] = [];
  for (const entry of splitMentorEntries(line, base, inSubList && handles <= 1 && !groups)) {
    if (isNoPerson(entry.text) || (inSubList && isProse(entry.text))) continue;
    const mentor = parseMentor(entry, inSubList);
    if (isPlaceholderMentor(mentor)) placeholders?.push(mentor);
    else mentors.push(mentor);
  }
  return mentors;
}

/** True for an entry that is no person: a URL alone, or another field's `Label: value` line. */
function isNoPerson(entry: string): boolean {
  if (/^<?https?:\/\/\S*>?$/i.test(entry)) return !GITHUB_PROFILE.test(entry.replace(/^<|>$/g, ''));
  if (ROLE_PREFIX.test(entry)) return false;
  const labelled = /^\**([A-Za-z][A-Za-z ()/-]{0,40}?)\**\s*[:：]\**\s*(\S.*)$/.exec(entry);
  return !!labelled && (isKnownLabel(labelled[1].trim()) || /^<?https?:\/\//i.test(labelled[2]));
}

/**
 * True for an item of prose under a mentor list: no handle, no GitHub link, and as many words as a
 * sentence (2017's "gRPC C Core" lists several ideas, each a sentence, under one heading).
 */
function isProse(entry: string): boolean {
  return !/@|\]\(\s*https?:\/\/(?:www\.)?github\.com\//i.test(entry) && entry.split(/\s+/).length >= 8;
}

// The link text holds no `[`: a match starts at the innermost bracket, so a run of `[` is not
// scanned again from each of them.
const LINK = /\[([^\][]*)\]\(([^)\s]*)\)/g;
// A role before the name ("Primary Mentor:", "Secondary:", "Co-Mentor:", "Adjunct:"), or the field's
// own label written again ("Mentor(s): Mentor(s):  Yi Zha"): not part of the person's name.
const ROLE_PREFIX =
  /^(?:(?:primary|secondary|tertiary|adjunct|backup|lead|main|additional|co)(?:[\s-]*mentor(?:\(s\)|s)?)?|mentor(?:\(s\)|s)?)\s*[:：]\s*/i;
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
  const email = findEmail(text) ?? findObfuscatedEmail(text);
  const mentor: Writable<Mentor> = { text: entry.text, span: entry.span, problems: [], inSubList };
  if (role) mentor.role = { text: role[0].trimEnd(), span: { start: entry.span.start, end: entry.span.start + role[0].trimEnd().length } };
  if (handle) mentor.handle = { text: handle.text, span: at(handle.start, handle.end) };
  if (email) {
    mentor.email = { text: email.text, span: at(email.start, email.end) };
    if (email.written) mentor.emailWritten = { span: at(email.written.start, email.written.end), form: email.written.form };
  }
  if (link) mentor.link = link;

  const name = findName(text, handle, link);
  if (name) mentor.name = { text: name.text, span: at(name.start, name.end) };

  if (!handle) {
    const bare = findBareHandle(text);
    if (bare) {
      mentor.bareHandle = { text: bare.text, span: at(bare.start, bare.end) };
      if (bare.name) mentor.name = { text: bare.name.text, span: at(bare.name.start, bare.name.end) };
      problems.add('no-at');
    } else {
      problems.add('no-handle');
    }
  }
  if (!name) problems.add('no-name');
  if (!name && !handle && !email && !link && !mentor.bareHandle) problems.add('no-person');
  // An obfuscated address may bring its own "(at)" and "(dot)": balance is counted without it.
  const balanceText = email?.written?.form === 'obfuscated' ? text.slice(0, email.start) + text.slice(email.end) : text;
  if (count(balanceText, '(') + count(balanceText, '（') !== count(balanceText, ')') + count(balanceText, '）') || count(balanceText, '[') !== count(balanceText, ']')) {
    problems.add('unbalanced-parenthesis');
  }
  if (link) {
    const linkedHandle = link.text.replace(/^@/, '');
    // "[@ZhiqiangZhou](https://github.com/strrl)" names another user than it links to;
    // "[@Matthias Wahl](https://github.com/mfelsche)" is a name in the link text, not a handle.
    if (link.profile && link.text.startsWith('@') && !/\s/.test(linkedHandle) && linkedHandle.toLowerCase() !== link.profile.toLowerCase()) {
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
  /** For an email: the markup around it, or its whole obfuscated form. */
  written?: { start: number; end: number; form: 'mailto' | 'angle' | 'obfuscated' };
}

// What ends a handle or an email: white space, separators and brackets, in ASCII and fullwidth.
const NOT_IN_WORD = '\\s,;()\\[\\]<>，；：（）、';

const HANDLE_AT = new RegExp(`(^|[^A-Za-z0-9._%+-])@([^${NOT_IN_WORD}]*)`, 'g');
// The look-behind starts a match only where a word starts: without it a long word with no `@`
// is scanned again from each of its characters (quadratic on a pasted 100 KB line).
const EMAIL_WORD = new RegExp(`(?<![^${NOT_IN_WORD}@])[^${NOT_IN_WORD}@]+@[^${NOT_IN_WORD}]+`, 'g');
// "AT" and "DOT" as words ("kingland AT redhat DOT com", "anna.reale at dynatrace dot com"), or
// "at" and "dot" in brackets ("(at)", "[dot]"); then a dotted domain.
const OBFUSCATED_EMAIL =
  /(?<![\w.%+-])[\w.%+-]+(?:\s+(?:AT|at)\s+|\s*[([{<]\s*(?:at|AT)\s*[)\]}>]\s*)[A-Za-z0-9-]+(?:(?:\s+(?:DOT|dot)\s+|\s*[([{<]\s*(?:dot|DOT)\s*[)\]}>]\s*|\.)[A-Za-z0-9-]+)*?(?:\s+(?:DOT|dot)\s+|\s*[([{<]\s*(?:dot|DOT)\s*[)\]}>]\s*|\.)[A-Za-z]{2,}\b/;

/** The `@handle`: inside the link text, after an `@` before a link, or as a bare word. */
function findHandle(text: string): Found | undefined {
  // "@[handle](url)": the @ stands outside the link text.
  const outside = /@\[([A-Za-z0-9-]+)\]\(/.exec(text);
  if (outside) return { text: '@' + outside[1], start: outside.index, end: outside.index + outside[0].length - 2 };
  for (const match of text.matchAll(HANDLE_AT)) {
    const start = (match.index ?? 0) + match[1].length;
    let end = start + 1 + match[2].length;
    if (text[start - 1] === '[') {
      // "[@Matthias Wahl](url)": the whole link text stands where the handle should.
      const close = text.indexOf(']', start);
      if (close > start + 1) return { text: text.slice(start, close).trimEnd(), start, end: start + text.slice(start, close).trimEnd().length };
    }
    // "(@Mike Spreitzer, email)": inside parentheses a handle runs to the comma, unless what
    // follows the space is the email (a missing comma, reported as shape).
    const inParens = Math.max(text.lastIndexOf('(', start), text.lastIndexOf('（', start)) > Math.max(text.lastIndexOf(')', start), text.lastIndexOf('）', start));
    if (inParens) {
      const rest = /^[^,)，）]*/.exec(text.slice(end))?.[0] ?? '';
      if (rest.trim() && !/[@[\]]/.test(rest)) end += rest.trimEnd().length;
    }
    if (end - start <= 1) continue;
    return { text: text.slice(start, end), start, end };
  }
  return undefined;
}

const BARE_HANDLE = '([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})';
const HANDLE_IN_PARENS = new RegExp(`\\(\\s*${BARE_HANDLE}\\s*[,)]`);
const HANDLE_AFTER_LABEL = new RegExp(`\\bgithub\\s*[:：]\\s*${BARE_HANDLE}(?![\\w.@/-])`, 'i');
const HANDLE_BETWEEN_COMMAS = new RegExp(`^([^,()@[\\]]+),\\s*${BARE_HANDLE}\\s*,\\s*[^\\s,]+@`);

/**
 * A handle written without its @: "Lin Sun (linsun)", "James Horton (hortison, email)", after a
 * label ("(email: a@x.io, github: gourishkb)"), or between the name and the email as the 2023
 * GSoC template asked ("Peter Hunt, haircommander, pehunt@redhat.com"; the name is then the
 * part before the first comma).
 */
function findBareHandle(text: string): (Found & { name?: Found }) | undefined {
  const inParens = HANDLE_IN_PARENS.exec(text) ?? HANDLE_AFTER_LABEL.exec(text);
  if (inParens) {
    const start = inParens.index + inParens[0].indexOf(inParens[1]);
    return { text: inParens[1], start, end: start + inParens[1].length };
  }
  const commas = HANDLE_BETWEEN_COMMAS.exec(text);
  if (!commas) return undefined;
  const start = commas[0].indexOf(commas[2], commas[1].length);
  return { text: commas[2], start, end: start + commas[2].length, name: trimFound(commas[1], 0) };
}

/** The email: a word with an `@` inside it (malformed ones included, so rules can report them). */
function findEmail(text: string): Found | undefined {
  // The look-behind starts a match only where a word starts: without it a long word with no `@`
  // is scanned again from each of its characters (quadratic on a pasted 100 KB line).
  for (const match of text.matchAll(EMAIL_WORD)) {
    const start = match.index ?? 0;
    if (/^mailto:/i.test(match[0])) continue;
    // "michi@isovalent.com. Kornilios Kourtis, …": a full stop after the address ends the sentence.
    const word = match[0].replace(/\.+$/, '');
    const end = start + word.length;
    const found: Found = { text: word, start, end };
    // "[a@x.io](mailto:a@x.io)" and "<a@x.io>": markdown's ways of writing the same address.
    const mailto = /^\]\(mailto:[^)\s]*\)/i.exec(text.slice(end));
    if (text[start - 1] === '[' && mailto) found.written = { start: start - 1, end: end + mailto[0].length, form: 'mailto' };
    else if (text[start - 1] === '<' && text[end] === '>') found.written = { start: start - 1, end: end + 1, form: 'angle' };
    return found;
  }
  return undefined;
}

/**
 * An address obfuscated on purpose against harvesting: "aslomins AT redhat DOT com",
 * "name (at) domain (dot) com", "name[at]domain.com". Kept as written; never rewritten.
 */
function findObfuscatedEmail(text: string): Found | undefined {
  const match = OBFUSCATED_EMAIL.exec(text);
  if (!match) return undefined;
  const start = match.index;
  const end = start + match[0].length;
  return { text: match[0], start, end, written: { start, end, form: 'obfuscated' } };
}

/** The name: the text before the part that holds the handle, or a linked name. */
function findName(text: string, handle: Found | undefined, link: Mentor['link']): Found | undefined {
  let stop = text.length;
  if (handle) {
    const open = Math.max(text.lastIndexOf('(', handle.start), text.lastIndexOf('（', handle.start));
    const close = Math.max(text.lastIndexOf(')', handle.start), text.lastIndexOf('）', handle.start));
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

/**
 * `(@handle)` or `(@handle, email)`: the handle opens a parenthesis group that holds the email,
 * comma-separated. The email may be a `mailto:` link, in `<…>` or obfuscated, and the
 * punctuation fullwidth (`（@handle，email）`): the same shape.
 */
function hasCanonicalShape(text: string, handle: Found, email: Found | undefined): boolean {
  if (text[handle.start - 1] !== '(' && text[handle.start - 1] !== '（') return false;
  if (!email) return /^\s*[)）]/.test(text.slice(handle.end));
  const written = email.written ?? email;
  if (written.start < handle.end) return false;
  return /^\s*[,，]\s*$/.test(text.slice(handle.end, written.start)) && /^\s*[)）]/.test(text.slice(written.end));
}

function count(text: string, char: string): number {
  let total = 0;
  for (const c of text) if (c === char) total++;
  return total;
}
