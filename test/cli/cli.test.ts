// The CLI as CI runs it: the bundled dist/cli.js in a child process, on real files.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fixturePath, REPO_ROOT, temporaryTree } from '../helpers/paths';

const CLI = join(REPO_ROOT, 'dist', 'cli.js');

function run(args: string[], cwd = REPO_ROOT) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function tempFile(name: string, text: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'lfx-cli-'));
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
}

const TERRAFORM = fixturePath('corpus', '2021_03-Fall_README.md');
const CLEAN_ENTRY = `### Cilium

#### Website Use Cases pages

- Description: Use case pages for the Cilium website.
- Expected Outcome: A new use cases section on the website.
- Recommended Skills: Content Writing, Javascript, CSS
- Mentor(s):
  - Bill Mulligan (@xmulligan, bill@isovalent.com)
  - Nico Vibert (@nvibert, nicolas@isovalent.com)
- Upstream Issue: https://github.com/cilium/cilium.io/issues/226
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/81a0e506-1c05-45fa-90c4-6bde8bdc0e61
`;

test('text: one clickable line a finding and a summary; exit 1 on an error', () => {
  const { status, stdout } = run(['check', 'test/fixtures/corpus/2021_03-Fall_README.md']);
  assert.equal(status, 1);
  const lines = stdout.trimEnd().split('\n');
  assert.ok(
    lines.includes(
      'test/fixtures/corpus/2021_03-Fall_README.md:137:1: error heading-level Project heading "Support remote Terraform HCL (Git repo or ConfigMap) in Terraform Controller" is level 4 (the organisation level); this document\'s projects are level 5 (#####).',
    ),
    stdout,
  );
  for (const line of lines.slice(0, -1)) assert.match(line, /^[^:]+:\d+:\d+: (error|warning|information|hint) [a-z-]+ .+$/);
  const count = (severity: string) => lines.filter((line) => line.includes(`: ${severity} `)).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  assert.equal(
    lines[lines.length - 1],
    `${lines.length - 1} problems (${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${count('information')} information, ${plural(count('hint'), 'hint')}) in 1 of 1 file.`,
  );
});

test('exit 0 and "No problems" on a clean file', () => {
  const { status, stdout } = run(['check', tempFile('project_ideas.md', CLEAN_ENTRY)]);
  assert.equal(status, 0);
  assert.equal(stdout, 'No problems in 1 file.\n');
});

test('json: 1-based lines, columns in UTF-16 code units', () => {
  const file = tempFile(
    'project_ideas.md',
    '### Cilium\n\n#### 😀 Emoji title\n\n- Description: x\n- Recommended Skills: Go\n- Mentors: Ann (@ann), Bob (@bob)\n',
  );
  const { status, stdout } = run(['check', '--format', 'json', file]);
  assert.equal(status, 1);
  const findings = JSON.parse(stdout);
  assert.deepEqual(findings, [
    {
      file,
      line: 3,
      column: 6,
      endLine: 3,
      // "😀 Emoji title" is 14 UTF-16 code units: the emoji counts two.
      endColumn: 20,
      severity: 'error',
      code: 'missing-field',
      message: 'Project "😀 Emoji title" has no Upstream Issue (URL) field.',
    },
    {
      file,
      line: 7,
      column: 3,
      endLine: 7,
      endColumn: 11,
      severity: 'hint',
      code: 'label-variant',
      message: 'Write "Mentors:" as "Mentor(s):".',
    },
  ]);
});

test('github: workflow-command annotations with escaped properties', () => {
  const file = tempFile('a,b: project_ideas.md', '### Cilium\n\n#### T\n\n- Description: x\n- Recommended Skills: y\n- Mentor(s):\n- Upstream Issue: https://github.com/a/b/issues/1\n');
  const { status, stdout } = run(['check', '--format', 'github', file]);
  assert.equal(status, 1);
  assert.match(stdout, /^::error file=[^,]+a%2Cb%3A project_ideas\.md,line=7,col=3,endLine=7,endColumn=13,title=empty-field::The Mentor\(s\) field of "T" is empty\.\n$/);
});

test('an unreadable file gives exit 2 and a message naming it; the other files are still checked', () => {
  const { status, stdout, stderr } = run(['check', 'no/such/file.md', 'test/fixtures/corpus/2021_03-Fall_README.md']);
  assert.equal(status, 2);
  assert.match(stderr, /cannot read no\/such\/file\.md/);
  assert.match(stdout, /2021_03-Fall_README\.md:137:1: error heading-level/);
});

test('usage errors give exit 2 with the usage', () => {
  for (const args of [[], ['check'], ['check', '--format', 'xml', 'a.md'], ['lint', 'a.md'], ['check', '--bogus', 'a.md']]) {
    const { status, stderr } = run(args);
    assert.equal(status, 2, args.join(' '));
    assert.match(stderr, /Usage: lfx-proposals check/);
  }
});

test('--version and --help', () => {
  const version = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).version;
  assert.equal(run(['--version']).stdout, `${version}\n`);
  const help = run(['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /--format text\|json\|github/);
});

test('a glob reads every matching file once', () => {
  const { stdout } = run(['check', '--format', 'json', 'test/fixtures/corpus/*.md', fixturePath('corpus', '2026_03-Sep-Nov_README.md')]);
  const files = new Set(JSON.parse(stdout).map((finding: { file: string }) => finding.file));
  assert.deepEqual([...files].sort(), [
    'test/fixtures/corpus/2021_01-Spring_project_ideas.md',
    'test/fixtures/corpus/2021_03-Fall_README.md',
    'test/fixtures/corpus/2022_01-Spring_project_ideas.md',
    'test/fixtures/corpus/2023_01-Mar-May_README.md',
    'test/fixtures/corpus/2025_03-Sep-Nov_README.md',
    'test/fixtures/corpus/2026_01-Mar-May_README.md',
    'test/fixtures/corpus/2026_02-Jun-Aug_README.md',
    'test/fixtures/corpus/2026_03-Sep-Nov_README.md',
    'test/fixtures/corpus/gsoc_2024.md',
    'test/fixtures/corpus/gsoc_2026.md',
  ]);
});

test('--fix applies the label and heading fixes in place; a second --fix changes nothing', () => {
  const file = tempFile('README.md', '');
  copyFileSync(TERRAFORM, file);
  const before = readFileSync(file, 'utf8');
  const first = run(['check', '--fix', file]);
  const fixed = readFileSync(file, 'utf8');
  assert.match(first.stderr, /applied \d+ fixes/);
  assert.ok(fixed.includes('\n##### Support remote Terraform HCL'));
  assert.ok(fixed.includes('\n- Upstream Issue (URL): <https://github.com/kubernetes/enhancements/'));
  assert.ok(fixed.includes('\n- Recommended Skills: Golang, ReactJS, GitHub Actions\n'));
  assert.equal(fixed.split('\n').length, before.split('\n').length, 'the fixes only rewrite within lines');
  assert.doesNotMatch(first.stdout, / (label-variant|unknown-field|heading-level) /, 'no safe-fixable finding is left');
  const second = run(['check', '--fix', file]);
  assert.equal(readFileSync(file, 'utf8'), fixed);
  assert.equal(second.stderr, '');
});


const ONE_MENTOR = CLEAN_ENTRY.replace('  - Nico Vibert (@nvibert, nicolas@isovalent.com)\n', '');

test('a configuration file found up the tree sets severities; the nearest wins; ignore skips files', () => {
  const root = temporaryTree({
    '.lfx-proposals.json': '{ "rules": { "few-mentors": "error" }, "ignore": ["old/**"] }',
    'programs/.lfx-proposals.jsonc': '{\n  // closer to the files\n  "rules": { "few-mentors": "warning" },\n}\n',
    'programs/2026/project_ideas.md': ONE_MENTOR,
    'old/project_ideas.md': ONE_MENTOR,
  });
  const { status, stdout } = run(['check', 'programs/2026/project_ideas.md', 'old/project_ideas.md'], root);
  assert.equal(status, 0);
  assert.match(stdout, /^programs\/2026\/project_ideas\.md:8:3: warning few-mentors /m);
  assert.match(stdout, /1 file ignored by the configuration\.\n$/);
});

test('--config uses one file instead; --print-config shows the effective configuration', () => {
  const root = temporaryTree({
    '.lfx-proposals.json': '{ "rules": { "few-mentors": "error" } }',
    'quiet.json': '{ "rules": { "few-mentors": "off" } }',
    'project_ideas.md': ONE_MENTOR,
  });
  assert.equal(run(['check', 'project_ideas.md'], root).status, 1);
  const quiet = run(['check', '--config', 'quiet.json', 'project_ideas.md'], root);
  assert.equal(quiet.status, 0);
  assert.equal(quiet.stdout, 'No problems in 1 file.\n');
  const printed = run(['--print-config', 'project_ideas.md'], root);
  assert.equal(printed.status, 0);
  assert.deepEqual(JSON.parse(printed.stdout), { rules: { 'few-mentors': 'error' }, ignore: [], sources: [join(root, '.lfx-proposals.json')] });
});

test('a broken configuration file is an error with its place and exit 2, never a silent fallback', () => {
  const root = temporaryTree({
    '.lfx-proposals.json': '{\n  "rules": { "few-mentor": "off" }\n}\n',
    'project_ideas.md': ONE_MENTOR,
  });
  const { status, stderr, stdout } = run(['check', 'project_ideas.md'], root);
  assert.equal(status, 2);
  assert.equal(stderr, '.lfx-proposals.json:2:14: error config Unknown rule "few-mentor".\n');
  assert.match(stdout, /few-mentors/, 'the files are still checked');
});

test('drafts of the issue form are checked in every format, by the bundled form outside a repository with one', () => {
  const draft = readFileSync(fixturePath('drafts', 'apicurio-mcp-tools.proposal.md'), 'utf8');
  const path = tempFile('x.proposal.md', draft.replace('| @carlesarnal |', '| carlesarnal |').replace('2026 Term 3 (Sep-Nov)', '2026 Term 3'));
  const text = run(['check', path]);
  assert.equal(text.status, 1);
  assert.match(text.stdout, /:7:1: warning form-option "2026 Term 3" is not an option of "Term"; the closest is "2026 Term 3 \(Sep-Nov\)"\.\n/);
  assert.match(text.stdout, /:42:16: error mentor-handle Write the handle with its @: @carlesarnal\.\n/);
  const json = JSON.parse(run(['check', '--format', 'json', path]).stdout) as Array<{ code: string; line: number; column: number }>;
  assert.deepEqual(json.map((finding) => [finding.code, finding.line, finding.column]), [['form-option', 7, 1], ['mentor-handle', 42, 16]]);
  const github = run(['check', '--format', 'github', path]).stdout;
  assert.match(github, /^::warning file=.*,line=7,col=1,endLine=7,endColumn=12,title=form-option::/);
  assert.match(github, /^::error file=.*,line=42,col=16,.*title=mentor-handle::/m);
  // The safe fix adds the @; the option is left to the author, a warning (CNCF's bot does not check it), so the draft passes.
  assert.equal(run(['check', '--fix', path]).status, 0);
  assert.ok(readFileSync(path, 'utf8').includes('| @carlesarnal |'));
});

test('issue-url prints the prefilled URL, exits 1 with the errors unless --force, and names what to fill in by hand', () => {
  const draft = readFileSync(fixturePath('drafts', 'apicurio-mcp-tools.proposal.md'), 'utf8');
  const good = run(['issue-url', fixturePath('drafts', 'apicurio-mcp-tools.proposal.md')]);
  assert.equal(good.status, 0, good.stderr);
  const url = new URL(good.stdout.trim());
  assert.equal(url.searchParams.get('program_name'), 'MCP Tool Validation and Compatibility Checking');
  assert.match(good.stderr, /fill in "Application Prerequisites" by hand \(GitHub does not prefill checkboxes\):\n {2}- \[X\] Resume\n/);
  const broken = tempFile('b.proposal.md', draft.replace('vandana.yadav.vs@gmail.com', 'vandana'));
  const refused = run(['issue-url', broken]);
  assert.equal(refused.status, 1);
  assert.equal(refused.stdout, '');
  assert.match(refused.stderr, /:41:34: error mentor-email "vandana" is not an email address\.\n.*1 error in the draft; fix them or pass --force/s);
  const forced = run(['issue-url', '--force', '--repository', 'my-fork/mentoring', broken]);
  assert.equal(forced.status, 0);
  assert.ok(forced.stdout.startsWith('https://github.com/my-fork/mentoring/issues/new?template=lfx-program-proposal.yml&title='));
  assert.equal(run(['issue-url', TERRAFORM]).status, 2);
});

test("a draft in a repository is checked by the repository's form; a broken form is named on stderr and the bundled one used", () => {
  const draft = readFileSync(fixturePath('drafts', 'apicurio-mcp-tools.proposal.md'), 'utf8').replace('2026 Term 3 (Sep-Nov)', '2027 Term 1 (Mar-May)');
  const form = readFileSync(join(REPO_ROOT, 'server', 'data', 'lfx-program-proposal.yml'), 'utf8');
  const root = temporaryTree({
    '.github/ISSUE_TEMPLATE/lfx-program-proposal.yml': form.replace('- "2026 Term 3 (Sep-Nov)"', '- "2027 Term 1 (Mar-May)"'),
    'drafts/a.proposal.md': draft,
  });
  const clean = run(['check', 'drafts/a.proposal.md'], root);
  assert.equal(clean.status, 0, clean.stdout + clean.stderr);
  writeFileSync(join(root, '.github/ISSUE_TEMPLATE/lfx-program-proposal.yml'), form.replace('    id: term', '   id: term'));
  const broken = run(['check', 'drafts/a.proposal.md'], root);
  assert.match(broken.stderr, /^\.github\/ISSUE_TEMPLATE\/lfx-program-proposal\.yml:\d+:\d+: warning issue-form The issue form is not valid YAML: .*bundled with the extension is used instead\.\n/);
  // The bundled form lacks the term: a warning (CNCF's bot checks only that the Term is filled).
  assert.equal(broken.status, 0);
  assert.match(broken.stdout, /warning form-option "2027 Term 1 \(Mar-May\)" is not an option of "Term"/);
});
