// The rules that look across files on a tree shaped like cncf/mentoring: checking each file on
// its own and checking them all in one call must give the same errors and warnings (one call
// only adds notes), and a term's README.md and project_ideas.md are no duplicates of each other.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { readFixture, REPO_ROOT, temporaryTree } from '../helpers/paths';

const CLI = join(REPO_ROOT, 'dist', 'cli.js');

interface Located {
  file: string;
  line: number;
  column: number;
  severity: string;
  code: string;
  message: string;
}

function check(cwd: string, files: string[]): Located[] {
  const result = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', ...files], { cwd, encoding: 'utf8' });
  assert.ok(result.status === 0 || result.status === 1, result.stderr);
  return JSON.parse(result.stdout) as Located[];
}

const TERMS = 'programs/lfx-mentorship';
// The 2026 term 1 README and its project_ideas.md list the same proposals (the project ideas
// are what the README's entries were copied from); the other terms are one file each.
const TREE: Record<string, string> = {
  [`${TERMS}/2021/03-Fall/README.md`]: readFixture('corpus', '2021_03-Fall_README.md'),
  [`${TERMS}/2022/01-Spring/project_ideas.md`]: readFixture('corpus', '2022_01-Spring_project_ideas.md'),
  [`${TERMS}/2023/01-Mar-May/README.md`]: readFixture('corpus', '2023_01-Mar-May_README.md'),
  [`${TERMS}/2025/03-Sep-Nov/README.md`]: readFixture('corpus', '2025_03-Sep-Nov_README.md'),
  [`${TERMS}/2026/01-Mar-May/README.md`]: readFixture('corpus', '2026_01-Mar-May_README.md'),
  [`${TERMS}/2026/01-Mar-May/project_ideas.md`]: readFixture('corpus', '2026_01-Mar-May_README.md'),
  [`${TERMS}/2026/02-Jun-Aug/README.md`]: readFixture('corpus', '2026_02-Jun-Aug_README.md'),
  [`${TERMS}/2026/03-Sep-Nov/README.md`]: readFixture('corpus', '2026_03-Sep-Nov_README.md'),
};

const describe = (finding: Located) => `${finding.file}:${finding.line}:${finding.column} ${finding.severity} ${finding.code} ${finding.message}`;
const serious = (findings: Located[]) => findings.filter((finding) => finding.severity === 'error' || finding.severity === 'warning').map(describe).sort();

test('one call over a term tree gives the errors and warnings of the files checked one by one', () => {
  const root = temporaryTree(TREE);
  const files = Object.keys(TREE).sort();
  const oneByOne = files.flatMap((file) => check(root, [file]));
  const together = check(root, files);
  assert.deepEqual(serious(together), serious(oneByOne));
  assert.ok(serious(together).length > 20, 'the corpus files have errors and warnings of their own');

  const duplicates = together.filter((finding) => finding.code === 'upstream-duplicate');
  // The same term's two files: nothing between them (each would otherwise report all its ~70 issues).
  const sameTerm = duplicates.filter((finding) => finding.file.includes('2026/01-Mar-May/') && finding.message.includes('2026/01-Mar-May/'));
  assert.deepEqual(sameTerm.map(describe), []);
  // Other terms: notes that name the term and the file.
  assert.ok(
    together.some(
      (finding) =>
        finding.file === `${TERMS}/2022/01-Spring/project_ideas.md` &&
        finding.severity === 'information' &&
        finding.message === '"Workflow engine" uses the upstream issue of "Workflow engine" (Q3 - Fall\'2021, Meshery) in lfx-mentorship/2021/03-Fall/README.md.',
    ),
    duplicates.map(describe).join('\n'),
  );
  // Karmada's projects on one tracking issue, in each of the term's two files: a note.
  const karmada = duplicates.filter((finding) => finding.message.startsWith('"Protect Karmada Component Flags from Unexpected Changes"'));
  assert.deepEqual(karmada.map((finding) => [finding.file, finding.line, finding.severity]), [
    [`${TERMS}/2026/01-Mar-May/README.md`, 467, 'information'],
    [`${TERMS}/2026/01-Mar-May/project_ideas.md`, 467, 'information'],
  ]);
});
