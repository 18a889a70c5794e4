// Applies the safe fixes of every finding: the CLI's --fix and the editor's "Fix all".
// Fixes are applied in rounds (a fix can reveal another), each round's edits chosen so
// none overlaps another, until nothing changes.

import { parseProposal } from '../core/parse';
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
  const edits: TextEdit[] = [];
  for (const finding of findings) {
    const fix = finding.fixes.find((candidate) => candidate.safe);
    if (!fix) continue;
    const candidate = [...edits, ...fix.edits];
    // A fix is all or nothing: take it only when none of its edits collides with a taken one.
    if (chooseNonOverlapping(candidate).length === candidate.length) edits.push(...fix.edits);
  }
  return chooseNonOverlapping(edits);
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
  for (let round = 0; round < maxRounds; round++) {
    const edits = safeFixEdits(lint(parseProposal(current, options.form), options));
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
