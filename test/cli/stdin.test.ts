// A reviewer's check of a filed issue: the body piped into the bundled CLI (`check -`), as
// `gh issue view N --json body -q .body | lfx-proposals check --stdin-filename N.proposal.md -` does.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fixturePath, REPO_ROOT } from '../helpers/paths';

const CLI = join(REPO_ROOT, 'dist', 'cli.js');
const DRAFT = readFileSync(fixturePath('drafts', 'apicurio-mcp-tools.proposal.md'), 'utf8');

/** Runs the CLI with `input` on its standard input. */
function pipe(args: string[], input: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: REPO_ROOT, encoding: 'utf8', input });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The draft as GitHub gives an issue's body: CRLF line ends, as `gh ... -q .body` prints them. */
const ISSUE_BODY = DRAFT.replace(/\n/g, '\r\n');

test('check - reads an issue body from standard input, named by --stdin-filename', () => {
  const clean = pipe(['check', '--stdin-filename', '1916.proposal.md', '-'], ISSUE_BODY);
  assert.equal(clean.status, 0, clean.stdout + clean.stderr);
  assert.equal(clean.stdout, 'No problems in 1 file.\n');
  const broken = pipe(['check', '--stdin-filename', '1916.proposal.md', '-'], ISSUE_BODY.replace(' | carlesarnal\r\n', '\r\n'));
  assert.equal(broken.status, 1);
  assert.match(broken.stdout, /^1916\.proposal\.md:42:1: error mentor-lfid @carlesarnal has no LFID/);
  // Without a name, messages say <stdin>; JSON and GitHub annotations name it too.
  assert.match(pipe(['check', '-'], DRAFT.replace('| @carlesarnal |', '| carlesarnal |')).stdout, /^<stdin>:42:16: error mentor-handle /);
  const json = JSON.parse(pipe(['check', '--format', 'json', '--stdin-filename', 'x.proposal.md', '-'], DRAFT.replace('| @carlesarnal |', '| carlesarnal |')).stdout);
  assert.deepEqual(json.map((finding: { file: string; code: string }) => [finding.file, finding.code]), [['x.proposal.md', 'mentor-handle']]);
});

test('check --fix - prints the fixed text on stdout and the report on stderr', () => {
  const broken = DRAFT.replace('| @carlesarnal |', '| carlesarnal |').replace(' | carlesarnal\n', '\n');
  const result = pipe(['check', '--fix', '--stdin-filename', '1916.proposal.md', '-'], broken);
  assert.equal(result.stdout, DRAFT.replace(' | carlesarnal\n', '\n'), 'the safe fix (the @) is applied, the LFID left to the author');
  assert.match(result.stderr, /applied 1 fix\n/);
  assert.match(result.stderr, /1916\.proposal\.md:42:1: error mentor-lfid /);
  assert.equal(result.status, 1);
  const clean = pipe(['check', '--fix', '-'], DRAFT);
  assert.equal(clean.stdout, DRAFT);
  assert.equal(clean.status, 0);
});

test('--stdin-filename decides the kind: NAME.proposal.md is a draft even with few of its sections', () => {
  const partial = '### CNCF Project\n\nApicurio Registry\n\n### Mentors\n\nJane Doe | @janedoe | jane@example.com\n';
  const asDraft = pipe(['check', '--stdin-filename', 'partial.proposal.md', '-'], partial);
  assert.match(asDraft.stdout, /partial\.proposal\.md:7:1: error mentor-lfid /);
  assert.match(asDraft.stdout, /error missing-field /);
  const asTermFile = pipe(['check', '--stdin-filename', 'README.md', '-'], partial);
  assert.doesNotMatch(asTermFile.stdout, /mentor-lfid|missing-field/);
});

test('- is read once, and --stdin-filename only with -', () => {
  assert.equal(pipe(['check', '-', '-'], DRAFT).status, 2);
  const stray = pipe(['check', '--stdin-filename', 'a.proposal.md', fixturePath('drafts', 'apicurio-mcp-tools.proposal.md')], '');
  assert.equal(stray.status, 2);
  assert.match(stray.stderr, /--stdin-filename names standard input/);
});
