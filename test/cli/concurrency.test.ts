// `check` on worker threads prints what it prints in one thread, byte for byte: the files in the
// order given, and the rules that look across files (upstream-duplicate) as exact, whichever
// thread parsed which file. Standard input named as one of the files (its last reading wins, where
// the file's first was) goes through the same path.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { CORPUS_FILES, readFixture, REPO_ROOT, temporaryTree } from '../helpers/paths';

const CLI = join(REPO_ROOT, 'dist', 'cli.js');
const TERMS = 'programs/lfx-mentorship';

function run(cwd: string, args: string[], input?: string) {
  const result = spawnSync(process.execPath, [CLI, 'check', ...args], { cwd, encoding: 'utf8', input });
  assert.ok(result.status === 0 || result.status === 1, result.stderr);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('worker threads print what one thread prints, byte for byte', () => {
  const files: Record<string, string> = {};
  // Each corpus term file in a term of its own, the smaller ones in two: many upstream issues are used elsewhere.
  for (const [index, name] of CORPUS_FILES.entries()) {
    const text = readFixture('corpus', name);
    files[`${TERMS}/${2020 + index}/01-Mar-May/README.md`] = text;
    if (text.length < 100_000) files[`${TERMS}/${2020 + index}/02-Jun-Aug/project_ideas.md`] = text;
  }
  files['programs/summerofcode/2024.md'] = readFixture('corpus', 'gsoc_2024.md');
  files['programs/summerofcode/2026.md'] = readFixture('corpus', 'gsoc_2026.md');
  const root = temporaryTree(files);
  // The formats render the same findings: JSON with two and three threads, text with two.
  for (const [format, counts] of [['json', ['2', '3']], ['text', ['2']]] as const) {
    const args = ['--format', format, 'programs/**/*.md'];
    const one = run(root, ['--concurrency', 'off', ...args]);
    assert.ok(one.stdout.includes('upstream-duplicate'));
    for (const threads of counts) {
      const many = run(root, ['--concurrency', threads, ...args]);
      assert.equal(many.stdout, one.stdout, `${format}, ${threads} threads`);
      assert.equal(many.status, one.status);
      assert.equal(many.stderr, one.stderr);
    }
  }

  // Standard input named as a file of the call, with another text: read after the files.
  const named = `${TERMS}/2021/01-Mar-May/README.md`;
  const stdin = readFixture('corpus', '2026_03-Sep-Nov_README.md');
  const args = ['--format', 'json', '--stdin-filename', named, 'programs/**/*.md', '-'];
  const one = run(root, ['--concurrency', 'off', ...args], stdin);
  assert.equal(run(root, ['--concurrency', '2', ...args], stdin).stdout, one.stdout);
});

test('--concurrency takes a number of threads, auto or off', () => {
  const root = temporaryTree({ 'README.md': '# Nothing\n' });
  const wrong = spawnSync(process.execPath, [CLI, 'check', '--concurrency', 'many', 'README.md'], { cwd: root, encoding: 'utf8' });
  assert.equal(wrong.status, 2);
  assert.match(wrong.stderr, /--concurrency takes a number of threads, auto or off, not "many"/);
  for (const value of ['auto', 'off', '1', '2']) assert.equal(run(root, ['--concurrency', value, 'README.md']).stdout, 'No problems in 1 file.\n', value);
});
