// Applies the safe fixes of every finding: the CLI's --fix and the editor's "Fix all".
// Fixes are applied in rounds (a fix can reveal another), each round's edits chosen so
// none overlaps another, until nothing changes.
// A fix applied without review must keep the author's GitHub handles, emails and URLs: one
// that would remove the last of them from its field is left out, whatever rule offers it,
// so a rule's misreading (a mentor list read across a lost heading) cannot lose data.

import { SectionCache } from '../core/incremental';
import type { ProposalDocument, Span } from '../core/model';
import { type Finding, type Fix, lint, type LintOptions, type TextEdit } from '../rules';
import type { IssueForm } from '../core/issue-form';

/** Applies non-overlapping edits to a text. Edits that overlap an earlier one are skipped. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const chosen = chooseNonOverlapping(edits);
  let result = '';
  let at = 0;
  for (const edit of chosen) {
    result += text.slice(at, edit.span.start) + edit.newText;
    at = edit.span.end;
  }
  return result + text.slice(at);
}

/**
 * The edits of the safe fixes of `findings`, without overlaps, in document order. Given the
 * document the findings are of, a fix that would remove a handle, an email or a URL that is
 * not repeated in its field (after the fixes taken before it) is left out.
 */
export function safeFixEdits(findings: readonly Finding[], document?: ProposalDocument): TextEdit[] {
  // Taken edits kept sorted, so a fix is checked against its two neighbours only: checking it
  // against all taken edits made a line of 25 000 repeated mentors quadratic.
  const taken: TextEdit[] = [];
  const keeper = document && new AuthorTokenKeeper(document);
  for (const finding of findings) {
    const fix = finding.fixes.find((candidate) => candidate.safe);
    if (!fix) continue;
    // A fix is all or nothing: take it only when none of its edits collides with a taken one or another of its own.
    if (chooseNonOverlapping(fix.edits).length !== fix.edits.length || fix.edits.some((edit) => collides(taken, edit))) continue;
    if (keeper && !keeper.take(fix)) continue;
    for (const edit of fix.edits) taken.splice(insertionIndex(taken, edit), 0, edit);
  }
  return chooseNonOverlapping(taken);
}

/**
 * The GitHub handles (lower case, `@` included), emails (lower case; a `mailto:` link and an
 * obfuscated `name AT example DOT com` count as the email) and http(s) URLs written in a text,
 * each as often as it is written.
 */
export function authorTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const match of text.matchAll(URL_PATTERN)) tokens.push(match[0].replace(URL_TRAILER, ''));
  for (const match of text.matchAll(EMAIL_PATTERN)) tokens.push(match[0].toLowerCase());
  for (const match of text.matchAll(OBFUSCATED_EMAIL_PATTERN)) {
    const domain = match[2].split(OBFUSCATED_DOT).join('.');
    tokens.push(`${match[1]}@${domain}`.toLowerCase());
  }
  for (const match of text.matchAll(HANDLE_PATTERN)) tokens.push(`@${match[1] ?? match[2]}`.toLowerCase());
  return tokens;
}

const URL_PATTERN = /https?:\/\/[^\s<>()[\]"'`]+/g;
/** Punctuation that ends a sentence or markup after a URL rather than belonging to it. */
const URL_TRAILER = /[.,;:!?*_~]+$/;
const EMAIL_PATTERN = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
/** `name [at] example [dot] com`, `name AT example DOT com`, `name(at)example(dot)com`. */
const OBFUSCATED_EMAIL_PATTERN =
  /([A-Za-z0-9._%+-]+)\s*(?:\[at\]|\(at\)|\{at\}|<at>|\sAT\s)\s*([A-Za-z0-9-]+(?:\s*(?:\[dot\]|\(dot\)|\{dot\}|<dot>|\sDOT\s|\.)\s*[A-Za-z0-9-]+)+)/g;
const OBFUSCATED_DOT = /\s*(?:\[dot\]|\(dot\)|\{dot\}|<dot>|\sDOT\s|\.)\s*/;
/** `@handle` not inside an email or a URL path, or `@[handle](profile)`. */
const HANDLE_PATTERN = /(?<![\w.@/\\-])@(?:([A-Za-z0-9][A-Za-z0-9-]{0,38})|\[([A-Za-z0-9][A-Za-z0-9-]{0,38})\])/g;

/** How far around an edit its tokens are read: longer than any handle, email or URL an author writes. */
const TOKEN_WINDOW = 300;

/**
 * Keeps count, per field (or per project, or the document, for text outside any field), of the
 * handles, emails and URLs that the fixes taken so far leave, and refuses a fix that would
 * remove the last of one.
 */
class AuthorTokenKeeper {
  private readonly scopes: Span[];
  private readonly counts = new Map<number, Map<string, number>>();

  constructor(private readonly document: ProposalDocument) {
    // Fields hold the author's tokens; a project's heading and a term's sections hold few.
    this.scopes = document.projects.flatMap((project) => project.fields.map((field) => field.span)).sort((a, b) => a.start - b.start);
  }

  /** Takes `fix` when it removes no token that is the last of its kind in its scope; says whether it did. */
  take(fix: Fix): boolean {
    const changes: { scope: number; token: string; change: number }[] = [];
    for (const edit of fix.edits) {
      const difference = this.tokenDifference(edit);
      if (difference.size === 0) continue;
      const scope = this.scopeOf(edit.span.start);
      for (const [token, change] of difference) changes.push({ scope, token, change });
    }
    for (const { scope, token, change } of changes) {
      if (change < 0 && (this.countsOf(scope).get(token) ?? 0) + change < 1) return false;
    }
    for (const { scope, token, change } of changes) {
      const counts = this.countsOf(scope);
      counts.set(token, (counts.get(token) ?? 0) + change);
    }
    return true;
  }

  /** Tokens the edit adds (positive) or removes (negative), read in a window around it so a token it cuts is whole. */
  private tokenDifference(edit: TextEdit): Map<string, number> {
    const { text } = this.document;
    const windowStart = Math.max(0, edit.span.start - TOKEN_WINDOW);
    const windowEnd = Math.min(text.length, edit.span.end + TOKEN_WINDOW);
    const before = text.slice(windowStart, windowEnd);
    const after = text.slice(windowStart, edit.span.start) + edit.newText + text.slice(edit.span.end, windowEnd);
    const difference = new Map<string, number>();
    for (const token of authorTokens(before)) difference.set(token, (difference.get(token) ?? 0) - 1);
    for (const token of authorTokens(after)) difference.set(token, (difference.get(token) ?? 0) + 1);
    for (const [token, change] of difference) if (change === 0) difference.delete(token);
    return difference;
  }

  /** The index of the field holding an offset, or -1 (the whole document) outside every field. */
  private scopeOf(offset: number): number {
    let low = 0;
    let high = this.scopes.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.scopes[middle].start <= offset) low = middle + 1;
      else high = middle;
    }
    const index = low - 1;
    return index >= 0 && offset < this.scopes[index].end ? index : -1;
  }

  private countsOf(scope: number): Map<string, number> {
    let counts = this.counts.get(scope);
    if (!counts) {
      const span = scope >= 0 ? this.scopes[scope] : { start: 0, end: this.document.text.length };
      counts = new Map();
      for (const token of authorTokens(this.document.text.slice(span.start, span.end))) counts.set(token, (counts.get(token) ?? 0) + 1);
      this.counts.set(scope, counts);
    }
    return counts;
  }
}

/** Where an edit goes in edits sorted by start, then end (after the equal ones). */
function insertionIndex(sorted: readonly TextEdit[], edit: TextEdit): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const other = sorted[middle].span;
    if (other.start < edit.span.start || (other.start === edit.span.start && other.end <= edit.span.end)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Whether chooseNonOverlapping would drop `edit` or a neighbour of it in `sorted` (non-overlapping, sorted). */
function collides(sorted: readonly TextEdit[], edit: TextEdit): boolean {
  const index = insertionIndex(sorted, edit);
  const conflict = (first: TextEdit, second: TextEdit) =>
    second.span.start < first.span.end || (second.span.start === first.span.start && second.span.start === second.span.end);
  return (index > 0 && conflict(sorted[index - 1], edit)) || (index < sorted.length && conflict(edit, sorted[index]));
}

/** Result of fixing a whole text. */
export interface FixAllResult {
  text: string;
  /** How many edits were applied. */
  applied: number;
}

/** Applies safe fixes until none is left (at most `maxRounds` rounds). */
export function fixAll(text: string, options: Omit<LintOptions, 'lines'> & { form?: IssueForm } = {}, maxRounds = 10): FixAllResult {
  let current = text;
  let applied = 0;
  // Parsed section by section (micromark's whole-text parse grows faster than the text: 4 000
  // organisations took 14 s), and a round re-parses only the sections the last one changed.
  const sections = new SectionCache();
  for (let round = 0; round < maxRounds; round++) {
    const document = sections.parse(current, options.form);
    const edits = safeFixEdits(lint(document, options), document);
    if (edits.length === 0) break;
    const next = applyEdits(current, edits);
    if (next === current) break;
    applied += edits.length;
    current = next;
  }
  return { text: current, applied };
}

function chooseNonOverlapping(edits: readonly TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const chosen: TextEdit[] = [];
  let lastEnd = -1;
  let lastStart = -1;
  for (const edit of sorted) {
    // Two insertions at one offset would depend on order: keep the first.
    if (edit.span.start < lastEnd || (edit.span.start === lastStart && edit.span.start === edit.span.end)) continue;
    chosen.push(edit);
    lastEnd = edit.span.end;
    lastStart = edit.span.start;
  }
  return chosen;
}
