// Inputs the fuzz tier (test/fuzz/) found to take minutes, minimised: each must be read and
// checked within its test's timeout (the bound), and read right. Timings before and after the
// fixes are in the README's Troubleshooting section; figures belong to `npm run bench`, so
// these tests only bound the time, generously, for a loaded machine.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SectionCache } from '../../../server/src/core/incremental';
import { parseProposal } from '../../../server/src/core/parse';
import { fixAll } from '../../../server/src/features/fix-all';
import { lint } from '../../../server/src/rules';

const ENTRY = '### Jaeger\n\n#### Project\n\n- Description: x\n- Recommended Skills: Go\n';
const BOUND = { timeout: 30_000 };
const LIMIT_MS = 20_000;

/** Runs a synchronous check and fails when it took longer than LIMIT_MS (a timeout cannot stop synchronous code). */
function within(check: () => void): () => void {
  return () => {
    const started = performance.now();
    check();
    const elapsed = performance.now() - started;
    assert.ok(elapsed < LIMIT_MS, `took ${Math.round(elapsed)} ms (bound ${LIMIT_MS} ms)`);
  };
}

test('a 100 KB run of "*" split by one character (FUZZ_SEED=1 FUZZ_CASE=0, minimised): micromark no longer runs minutes', BOUND, within(() => {
  // The fuzzer's case had a NUL in its 100 KB line of "*"; any character splitting the run will do.
  const text = `${ENTRY}> ${'*'.repeat(50_000)}x${'*'.repeat(50_000)}\n- Mentor(s): Ann Lee (@annlee)\n`;
  const document = parseProposal(text);
  assert.equal(document.projects.length, 1);
  assert.deepEqual(lint(document).filter((finding) => finding.rule === 'mentor-format'), []);
  assert.equal(new SectionCache().parse(text).projects[0].title, 'Project');
}));

test('a long line keeps its text: values are read from the original, not the bounded parse input', BOUND, within(() => {
  const value = `[a](https://example.com) ${'*_`['.repeat(5_000)} end`;
  const document = parseProposal(`${ENTRY.replace('- Description: x', `- Description: ${value}`)}`);
  const description = document.projects[0].fields.find((field) => field.id === 'description');
  assert.ok(description);
  assert.equal(description.value, value);
}));

for (const [name, unit] of [
  ['emoji', '😀'],
  ['words without @', 'x'],
  ['brackets', '['],
  ['bare handles', '@a '],
] as const) {
  test(`a 100 KB mentor line of ${name}: linear email, name and link scans`, BOUND, within(() => {
    const text = `${ENTRY}- Mentor(s): ${unit.repeat(Math.ceil(100_000 / unit.length))}\n`;
    const document = parseProposal(text);
    assert.equal(document.projects.length, 1);
    lint(document);
  }));
}

test('25 000 repeats of one mentor on a line: the duplicate fix looks back a few characters, not the whole line', BOUND, within(() => {
  const text = `${ENTRY}- Mentor(s): ${'Ann Lee (@annlee), '.repeat(25_000)}Bob Ray (@bobray)\n- Upstream Issue: https://github.com/a/b/issues/1\n`;
  const duplicates = lint(parseProposal(text)).filter((finding) => finding.rule === 'mentor-duplicate');
  assert.equal(duplicates.length, 24_999);
  assert.ok(duplicates[0].fixes[0].edits[0].span.end - duplicates[0].fixes[0].edits[0].span.start <= 'Ann Lee (@annlee), '.length + 2);
  const fixed = fixAll(text).text;
  assert.match(fixed, /- Mentor\(s\): Ann Lee \(@annlee\), Bob Ray \(@bobray\)\n/);
}));
