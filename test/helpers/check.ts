// Expectations written inside the fixture text, as rust-analyzer's `//^^^ error` lines and
// markdownlint's scenario markers do: a line of carets under the offending text, followed
// by the rule id, marks one expected finding. The marker lines are removed before linting;
// every finding must be marked and every mark found.

import assert from 'node:assert/strict';
import { LineIndex } from '../../server/src/core/lines';
import { parseProposal } from '../../server/src/core/parse';
import { applyEdits } from '../../server/src/features/fix-all';
import { type Finding, lint, type RuleSettings } from '../../server/src/rules';

const MARKER = /^(\s*)(\^+)\s+([a-z][a-z-]*)\s*$/;

/** Text with marker lines removed, and the findings they expect as `line:column-endColumn rule`. */
export function readMarkers(fixture: string): { text: string; expected: string[] } {
  const source = fixture.replace(/^\n/, '');
  const kept: string[] = [];
  const expected: string[] = [];
  for (const line of source.split('\n')) {
    const marker = MARKER.exec(line);
    if (marker && kept.length > 0) {
      const column = marker[1].length;
      expected.push(`${kept.length}:${column + 1}-${column + marker[2].length + 1} ${marker[3]}`);
    } else {
      kept.push(line);
    }
  }
  return { text: kept.join('\n'), expected: expected.sort() };
}

/** Describes a finding the way markers do (1-based line, 1-based columns, end exclusive). */
export function describe(lines: LineIndex, finding: Finding): string {
  const start = lines.positionAt(finding.span.start);
  const end = lines.positionAt(finding.span.end);
  const endColumn = end.line === start.line ? end.character : lines.text.split('\n')[start.line].length;
  return `${start.line + 1}:${start.character + 1}-${endColumn + 1} ${finding.rule}`;
}

/** Lints a fixture (restricted to `rules` when given) and asserts its markers match the findings. */
export function check(fixture: string, rules?: string[], settings: RuleSettings = {}): void {
  checkedFindings(fixture, rules, settings);
}

/** As `check`, returning the findings for further assertions. */
export function checkedFindings(fixture: string, rules?: string[], settings: RuleSettings = {}): Finding[] {
  const { text, expected } = readMarkers(fixture);
  const lines = new LineIndex(text);
  const findings = lint(parseProposal(text), { settings, lines }).filter((finding) => !rules || rules.includes(finding.rule));
  assert.deepEqual(findings.map((finding) => describe(lines, finding)).sort(), expected);
  return findings;
}

/**
 * Applies the first fix of the one finding of `rule`, asserts the text becomes `after` and
 * that no finding of the rule is left (so a second fix has nothing to change).
 */
export function checkFix(before: string, rule: string, after: string): void {
  const text = before.replace(/^\n/, '');
  const expectedText = after.replace(/^\n/, '');
  const findings = lint(parseProposal(text)).filter((finding) => finding.rule === rule);
  assert.equal(findings.length, 1, `expected one ${rule} finding, got ${findings.length}`);
  const fix = findings[0].fixes[0];
  assert.ok(fix, `${rule} offers no fix`);
  const fixed = applyEdits(text, fix.edits);
  assert.equal(fixed, expectedText);
  // The text had exactly one finding of the rule: after its fix it has none (wherever the fix
  // moved things), so the fix cannot be offered again and applying it twice changes nothing.
  const remaining = lint(parseProposal(fixed)).filter((finding) => finding.rule === rule);
  assert.deepEqual(
    remaining.map((finding) => finding.message),
    [],
    `${rule} is still reported after its fix`,
  );
}
