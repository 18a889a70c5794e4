// Fuzz tier, command line: mutated corpus text (test/fuzz/mutate.ts) through the bundled CLI.
// No input may crash it (exit 2 with "internal error"), every reported place lies inside the
// file in UTF-16 columns, `--fix` gives the text the core's fixAll gives, a second `--fix`
// changes nothing, and no fix drops a letter or digit of the author's text.
// Seeded: FUZZ_SEED=<n> FUZZ_CASES=<count> reruns a run, FUZZ_CASE=<i> one case of it.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseProposal } from '../../server/src/core/parse';
import { applyEdits, fixAll, safeFixEdits } from '../../server/src/features/fix-all';
import { lint, type TextEdit } from '../../server/src/rules';
import { REPO_ROOT, temporaryTree } from '../helpers/paths';
import { seedFrom } from '../helpers/random';
import { type FuzzCase, fuzzCases, lspLines, positionProblem, reproduce } from './mutate';

const CLI = join(REPO_ROOT, 'dist', 'cli.js');
const seed = seedFrom('FUZZ_SEED');
const count = Number(process.env.FUZZ_CASES ?? 40);
// A file holds UTF-8: a lone surrogate is written as U+FFFD, so the CLI's input is the text as stored.
const cases = fuzzCases(seed, count).map((fuzz) => ({ ...fuzz, text: Buffer.from(fuzz.text, 'utf8').toString('utf8') }));

function cli(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

/** A tree with each case in its own folder as a proposal file; the paths relative to the tree. */
function writeCases(): { root: string; paths: string[] } {
  const files: Record<string, string> = {};
  const paths = cases.map((fuzz) => `case-${fuzz.index}/project_ideas.md`);
  cases.forEach((fuzz, index) => (files[paths[index]] = fuzz.text));
  return { root: temporaryTree(files, 'lfx-fuzz-cli-'), paths };
}

/**
 * Runs the CLI on every case at once; when that run fails by exception, runs each case alone
 * to name the one that crashes it.
 */
function runAll(args: string[], root: string, paths: string[]) {
  const result = cli([...args, ...paths], root);
  if ((result.status === 0 || result.status === 1) && !/internal error/.test(result.stderr)) return result;
  for (const [index, path] of paths.entries()) {
    const alone = cli([...args, path], root);
    assert.ok(
      (alone.status === 0 || alone.status === 1) && !/internal error/.test(alone.stderr),
      `lfx-proposals ${args.join(' ')} exited ${alone.status ?? alone.signal} on ${reproduce(cases[index])}:\n${alone.stderr.slice(0, 2000)}`,
    );
  }
  assert.fail(`lfx-proposals ${args.join(' ')} exited ${result.status ?? result.signal} on all cases but on none alone:\n${result.stderr.slice(0, 2000)}`);
}

test(`fuzz (CLI): ${cases.length} mutated corpus files, seed ${seed}`, { timeout: 600_000 }, () => {
  console.log(`fuzz CLI: seed ${seed}, ${cases.length} cases; rerun with FUZZ_SEED=${seed} FUZZ_CASES=${count}`);
  const { root, paths } = writeCases();

  // Checking: every finding lies inside its file.
  const checked = runAll(['check', '--format', 'json'], root, paths);
  const findings = JSON.parse(checked.stdout) as Array<{ file: string; line: number; column: number; endLine: number; endColumn: number; code: string }>;
  const byPath = new Map(paths.map((path, index) => [path, cases[index]]));
  for (const finding of findings) {
    const fuzz = byPath.get(finding.file);
    assert.ok(fuzz, `a finding for a file not checked: ${finding.file}`);
    const lines = lspLines(fuzz.text);
    const problem =
      positionProblem(lines, { line: finding.line - 1, character: finding.column - 1 }) ??
      positionProblem(lines, { line: finding.endLine - 1, character: finding.endColumn - 1 });
    assert.equal(problem, undefined, `${finding.code} at ${finding.line}:${finding.column}–${finding.endLine}:${finding.endColumn}: ${problem} in ${reproduce(fuzz)}`);
  }

  // Fixing: the core's result, and nothing of the author's words lost.
  const fixed = runAll(['check', '--fix', '--format', 'json'], root, paths);
  assert.doesNotThrow(() => JSON.parse(fixed.stdout));
  const afterFix = paths.map((path) => readFileSync(join(root, path), 'utf8'));
  let changed = 0;
  for (const [index, fuzz] of cases.entries()) {
    if (afterFix[index] !== fuzz.text) changed++;
    assert.equal(afterFix[index], fixAll(fuzz.text).text, `--fix wrote another text than fixAll for ${reproduce(fuzz)}`);
    const lost = lostByFixes(fuzz.text);
    assert.deepEqual(lost, [], `fixes dropped the author's text in ${reproduce(fuzz)}`);
  }

  // Fixing again changes nothing.
  const again = runAll(['check', '--fix', '--format', 'json'], root, paths);
  assert.doesNotMatch(again.stderr, /applied/, `a second --fix applied fixes: ${again.stderr.slice(0, 2000)}`);
  for (const [index, path] of paths.entries()) {
    assert.equal(readFileSync(join(root, path), 'utf8'), afterFix[index], `a second --fix changed ${reproduce(cases[index])}`);
  }
  assert.equal(checked.stdout.length > 2, true, 'the run reported findings (the corpus has some): the CLI did check the files');
  console.log(`fuzz CLI: ${findings.length} findings checked, ${changed} files changed by --fix, idempotent`);
});

/** Rules whose safe fix may remove words because they repeat or replace generated text. */
const REMOVES_BY_DESIGN: Record<string, string> = {
  'mentor-duplicate': 'drops the second entry of a handle listed twice',
  'unused-disable': 'drops a disable comment that silences nothing',
  'toc-broken-anchor': "rewrites a link's anchor to the heading's generated one",
  'label-variant': "replaces a field label (catalogue text, not the author's words) by its canonical spelling",
  'unknown-field': 'replaces a misspelt field label by the known one',
};

/**
 * The fixes, applied round by round as fixAll does, that drop a letter or digit of the text they
 * replace (each fix may only rewrite markup around the author's words), with their rule.
 */
function lostByFixes(text: string): string[] {
  const lost: string[] = [];
  let current = text;
  for (let round = 0; round < 10; round++) {
    const findings = lint(parseProposal(current));
    const ruleOf = new Map<TextEdit, string>();
    for (const finding of findings) for (const fix of finding.fixes) for (const edit of fix.edits) ruleOf.set(edit, finding.rule);
    const edits = safeFixEdits(findings);
    if (edits.length === 0) break;
    for (const edit of edits) {
      const rule = ruleOf.get(edit) ?? '?';
      assert.ok(edit.span.start >= 0 && edit.span.start <= edit.span.end && edit.span.end <= current.length, `${rule} edit outside the text: ${JSON.stringify(edit.span)}`);
      if (rule in REMOVES_BY_DESIGN) continue;
      // A link target that only repeats the handle (a GitHub profile) or the email (mailto:) is
      // dropped by design (mentor-format): the link text stays.
      let replaced = current
        .slice(edit.span.start, edit.span.end)
        .replace(/https?:\/\/(?:www\.)?github\.com\/[A-Za-z0-9-]+\/?/gi, '')
        .replace(/\(mailto:[^)\s]*\)/gi, '');
      // Two mentors in one item split into two: the word between them ("A (@a) and B (@b)") goes with the separator.
      if (rule === 'mentor-format') replaced = replaced.replace(/^\s*and\s*$/i, '');
      const missing = missingWordCharacters(replaced, edit.newText);
      if (missing) lost.push(`${rule}: ${JSON.stringify(current.slice(edit.span.start, edit.span.end))} → ${JSON.stringify(edit.newText)} drops ${JSON.stringify(missing)}`);
    }
    const next = applyEdits(current, edits);
    if (next === current) break;
    current = next;
  }
  return lost;
}

/** The letters and digits of `before` that `after` does not have (as a multiset, any case), or ''. */
function missingWordCharacters(before: string, after: string): string {
  const counts = new Map<string, number>();
  for (const char of after.toLowerCase().match(/[\p{L}\p{N}]/gu) ?? []) counts.set(char, (counts.get(char) ?? 0) + 1);
  let missing = '';
  for (const char of before.toLowerCase().match(/[\p{L}\p{N}]/gu) ?? []) {
    const left = counts.get(char) ?? 0;
    if (left > 0) counts.set(char, left - 1);
    else missing += char;
  }
  return missing;
}

export type { FuzzCase };
