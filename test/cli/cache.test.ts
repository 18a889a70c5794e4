// `check --cache`, through the bundled CLI in a child process: a second run over unchanged files
// prints what the first printed, in every format, from the cache; an edit of one file changes the
// findings about it in the files that were not edited (upstream-duplicate), exactly as a run
// without the cache finds them; a change of the configuration is seen; a corrupt, foreign or old
// cache file is ignored with one line on stderr, and one that cannot be written is no failure.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { readFixture, REPO_ROOT, temporaryTree } from '../helpers/paths';

const CLI = join(REPO_ROOT, 'dist', 'cli.js');
const TERMS = 'programs/lfx-mentorship';
const FILES = ['programs/**/*.md'];

function run(cwd: string, args: string[]) {
  const result = spawnSync(process.execPath, [CLI, 'check', ...args], { cwd, encoding: 'utf8' });
  assert.ok(result.status === 0 || result.status === 1, result.stderr);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** An entry of a term file, with its upstream issue. */
const entry = (org: string, title: string, issue: string) => `### ${org}

#### ${title}

- Description: Work on ${title.toLowerCase()}.
- Expected Outcome: It is done.
- Recommended Skills: Go
- Mentor(s):
  - Ada Lovelace (@ada-lovelace, ada@example.com)
- Upstream Issue: ${issue}
`;

const SHARED = 'https://github.com/jaegertracing/jaeger/issues/1000';
const termFile = (title: string, entries: string) => `# LFX Mentorship ${title}\n\n## Projects\n\n${entries}`;

function tree(): string {
  return temporaryTree({
    [`${TERMS}/2021/03-Fall/README.md`]: readFixture('corpus', '2021_03-Fall_README.md'),
    [`${TERMS}/2022/01-Spring/project_ideas.md`]: readFixture('corpus', '2022_01-Spring_project_ideas.md'),
    [`${TERMS}/2025/01-Mar-May/README.md`]: termFile('2025 Term 1', entry('Jaeger', 'Trace comparison', SHARED)),
    [`${TERMS}/2025/02-Jun-Aug/README.md`]: termFile('2025 Term 2', entry('Jaeger', 'Trace search', SHARED) + '\n' + entry('Envoy', 'Rate limits', 'https://github.com/envoyproxy/envoy/issues/7')),
  });
}

const notes = (stdout: string, file: string) =>
  (JSON.parse(stdout) as Array<{ file: string; code: string; message: string }>).filter((finding) => finding.file === file && finding.code === 'upstream-duplicate').map((finding) => finding.message);

test('a second run prints the same, byte for byte, in every format, from the cache', () => {
  const root = tree();
  for (const format of ['text', 'json', 'github']) {
    const plain = run(root, ['--format', format, ...FILES]);
    const first = run(root, ['--cache', '--format', format, ...FILES]);
    assert.ok(existsSync(join(root, '.lfx-proposals-cache')), 'the cache is where --cache-location says by default');
    const second = run(root, ['--cache', '--format', format, ...FILES]);
    assert.equal(first.stdout, plain.stdout, format);
    assert.equal(second.stdout, plain.stdout, format);
    assert.equal(second.status, plain.status);
    assert.equal(second.stderr, '');
  }
  assert.match(run(root, ['--format', 'text', ...FILES]).stdout, /\d+ problems \(.*\) in 4 of 4 files\./);

  // The second run printed what the cache holds: a message planted in it is printed as it is.
  const cache = JSON.parse(readFileSync(join(root, '.lfx-proposals-cache'), 'utf8')) as { files: Record<string, { findings: unknown[][] }> };
  const [path, stored] = Object.entries(cache.files).find(([file]) => file.endsWith('2021/03-Fall/README.md'))!;
  stored.findings[0][4] = 'planted in the cache';
  writeFileSync(join(root, '.lfx-proposals-cache'), JSON.stringify(cache));
  assert.match(run(root, ['--cache', ...FILES]).stdout, /2021\/03-Fall\/README\.md:\d+:\d+: \w+ [\w-]+ planted in the cache\n/, path);
});

test('an edit of one file: the files not edited report the upstream issues they share with it as a run without the cache does', () => {
  const root = tree();
  const unedited = `${TERMS}/2025/01-Mar-May/README.md`;
  const edited = join(root, TERMS, '2025/02-Jun-Aug/README.md');
  const cached = (args: string[] = []) => run(root, ['--cache', '--format', 'json', ...args, ...FILES]).stdout;
  const fresh = () => run(root, ['--format', 'json', ...FILES]).stdout;
  assert.deepEqual(notes(cached(), unedited), ['"Trace comparison" uses the upstream issue of "Trace search" (LFX Mentorship 2025 Term 2, Jaeger) in 2025/02-Jun-Aug/README.md.']);

  // The other project renamed: the note names it anew.
  writeFileSync(edited, readFileSync(edited, 'utf8').replace('#### Trace search', '#### Trace search by tags'));
  const renamed = cached();
  assert.equal(renamed, fresh());
  assert.deepEqual(notes(renamed, unedited), ['"Trace comparison" uses the upstream issue of "Trace search by tags" (LFX Mentorship 2025 Term 2, Jaeger) in 2025/02-Jun-Aug/README.md.']);

  // The shared issue gone from the other file: no note left.
  writeFileSync(edited, readFileSync(edited, 'utf8').replace(SHARED, 'https://github.com/jaegertracing/jaeger/issues/2000'));
  const gone = cached();
  assert.equal(gone, fresh());
  assert.deepEqual(notes(gone, unedited), []);

  // An issue of the unedited file used again by the other: a note in each.
  writeFileSync(edited, readFileSync(edited, 'utf8').replace('https://github.com/envoyproxy/envoy/issues/7', SHARED));
  const again = cached();
  assert.equal(again, fresh());
  assert.deepEqual(notes(again, unedited), ['"Trace comparison" uses the upstream issue of "Rate limits" (LFX Mentorship 2025 Term 2, Envoy) in 2025/02-Jun-Aug/README.md.']);

  // A file left out of the call is left out of the workspace, cache or not.
  const alone = run(root, ['--cache', '--format', 'json', unedited]).stdout;
  assert.equal(alone, run(root, ['--format', 'json', unedited]).stdout);
  assert.deepEqual(notes(alone, unedited), []);
  assert.equal(cached(), fresh());
});

test('a change of the configuration is seen; a cache from worker threads serves one thread and back', () => {
  const root = tree();
  const before = run(root, ['--cache', '--format', 'json', '--concurrency', '2', ...FILES]).stdout;
  assert.ok(before.includes('"code": "upstream-duplicate"'));
  writeFileSync(join(root, '.lfx-proposals.json'), JSON.stringify({ rules: { 'upstream-duplicate': 'off' } }));
  const after = run(root, ['--cache', '--format', 'json', '--concurrency', 'off', ...FILES]).stdout;
  assert.ok(!after.includes('"code": "upstream-duplicate"'));
  assert.equal(after, run(root, ['--format', 'json', ...FILES]).stdout);
  assert.equal(run(root, ['--cache', '--format', 'json', '--concurrency', '2', ...FILES]).stdout, after);
});

test('a corrupt, foreign or old cache file is ignored with one line on stderr; one that cannot be written is no failure', () => {
  const root = tree();
  const expected = run(root, ['--format', 'json', ...FILES]);
  const location = join(root, 'cache.json');
  const contents = [
    ['truncated', () => readFileSync(location, 'utf8').slice(0, 500)],
    ['not JSON', () => '\u0000\u0001garbage'],
    ['another tool', () => JSON.stringify({ format: 'something-else', files: {} })],
    ['another build', () => readFileSync(location, 'utf8').replace(/"tool":"[^"]*"/, '"tool":"0.0.1 older"')],
  ] as const;
  for (const [what, content] of contents) {
    run(root, ['--cache', '--cache-location', location, '--format', 'json', ...FILES]);
    writeFileSync(location, content());
    const result = run(root, ['--cache', '--cache-location', location, '--format', 'json', ...FILES]);
    assert.equal(result.stdout, expected.stdout, what);
    assert.equal(result.status, expected.status, what);
    assert.match(result.stderr, /^lfx-proposals: ignoring the cache .*cache\.json: .+\n$/, what);
    // Written anew: the next run is quiet.
    assert.equal(run(root, ['--cache', '--cache-location', location, '--format', 'json', ...FILES]).stderr, '', what);
  }

  // An entry that is not whole (hand-edited) is a miss, not a crash.
  const cache = JSON.parse(readFileSync(location, 'utf8')) as { files: Record<string, Record<string, unknown>> };
  for (const stored of Object.values(cache.files)) stored.knowledge = { mentors: [{ handle: 42 }] };
  writeFileSync(location, JSON.stringify(cache));
  assert.equal(run(root, ['--cache', '--cache-location', location, '--format', 'json', ...FILES]).stdout, expected.stdout);

  // A folder as the location holds the cache file; the temporary file is gone after the rename.
  const folder = join(root, 'caches');
  mkdirSync(folder);
  assert.equal(run(root, ['--cache', '--cache-location', folder, '--format', 'json', ...FILES]).stdout, expected.stdout);
  assert.deepEqual(readdirSync(folder), ['.lfx-proposals-cache']);
  assert.deepEqual(readdirSync(root).filter((name) => name.endsWith('.tmp')), []);

  // Where nothing can be written: the findings all the same, and one line.
  const unwritable = run(root, ['--cache', '--cache-location', join(root, 'missing', 'folder', 'cache'), '--format', 'json', ...FILES]);
  assert.equal(unwritable.stdout, expected.stdout);
  assert.equal(unwritable.status, expected.status);
  assert.match(unwritable.stderr, /^lfx-proposals: cannot write the cache .*missing\/folder\/cache: .+\n$/);
});
