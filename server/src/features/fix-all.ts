// Applies the safe fixes of every finding: the CLI's --fix and the editor's "Fix all".
// Fixes are applied in rounds (a fix can reveal another), each round's edits chosen so
// none overlaps another, until nothing changes.

import { SectionCache } from '../core/incremental';
import { type Finding, lint, type LintOptions, type TextEdit } from '../rules';
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

/** The edits of the safe fixes of `findings`, without overlaps, in document order. */
export function safeFixEdits(findings: readonly Finding[]): TextEdit[] {
  // Taken edits kept sorted, so a fix is checked against its two neighbours only: checking it
  // against all taken edits made a line of 25 000 repeated mentors quadratic.
  const taken: TextEdit[] = [];
  for (const finding of findings) {
    const fix = finding.fixes.find((candidate) => candidate.safe);
    if (!fix) continue;
    // A fix is all or nothing: take it only when none of its edits collides with a taken one or another of its own.
    if (chooseNonOverlapping(fix.edits).length !== fix.edits.length || fix.edits.some((edit) => collides(taken, edit))) continue;
    for (const edit of fix.edits) taken.splice(insertionIndex(taken, edit), 0, edit);
  }
  return chooseNonOverlapping(taken);
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
    const edits = safeFixEdits(lint(sections.parse(current, options.form), options));
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
