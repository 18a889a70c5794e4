// The GitHub Action (action.yml) as a pull request's workflow runs it: README's workflow file,
// its steps run as GitHub runs them (test/helpers/github-actions.ts) in a temporary git
// repository, the action's steps in a copy of this repository's files as GitHub downloads an
// action (no dist/, no node_modules/: the first use builds the CLI, with npm offline on the
// cache `npm ci` of this repository filled). Only actions/checkout and actions/setup-node are
// not run: the repository is already there, and so is Node.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { childEnv } from '../helpers/child-env';
import { type Context, type Outcome, readAction, runCompositeAction, runSteps, type Step, substitute } from '../helpers/github-actions';
import { readFixture, REPO_ROOT } from '../helpers/paths';

/** `owner/name` of this repository, from package.json: what a workflow's `uses:` names. */
const REPOSITORY = /github\.com\/([\w.-]+\/[\w.-]+?)(\.git)?$/.exec(JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).repository.url)![1];

const OLD_TERM = 'programs/lfx-mentorship/2025/03-Sep-Nov/README.md';
const NEW_TERM = 'programs/lfx-mentorship/2026/03-Sep-Nov/README.md';
const NEW_TERM_TEXT = readFixture('corpus', '2026_03-Sep-Nov_README.md');
/** Line 148 of the 2026 term file is `- Upstream Issue: https://github.com/Apicurio/apicurio-registry/issues/8427`. */
const BROKEN_TERM_TEXT = NEW_TERM_TEXT.replace('Upstream Issue: https://github.com/Apicurio/apicurio-registry/issues/8427', 'Upstream Issue: apicurio-registry issue 8427');

/** The workflow file README shows (the YAML block that uses this repository's action). */
function readmeWorkflow(): { on: { pull_request: { paths: string[] } }; jobs: Record<string, { 'runs-on': string; steps: Step[] }> } {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]).filter((block) => block.includes(`uses: ${REPOSITORY}@`));
  assert.equal(blocks.length, 1, `README shows one workflow that uses ${REPOSITORY}`);
  return parseYaml(blocks[0]);
}

/** This repository's files as GitHub downloads them for `uses:` (tracked and new files; nothing ignored, so no dist/ or node_modules/). */
function copyAsDownloaded(destination: string): void {
  let files: string[];
  try {
    files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: REPO_ROOT, encoding: 'utf8' }).split('\0');
  } catch (error) {
    throw new Error(`the action's test needs git (Debian: apt-get install git) and this repository as a git checkout: ${(error as Error).message}`);
  }
  for (const file of files.filter(Boolean)) {
    if (!existsSync(join(REPO_ROOT, file))) continue; // deleted in the working tree
    mkdirSync(dirname(join(destination, file)), { recursive: true });
    copyFileSync(join(REPO_ROOT, file), join(destination, file));
  }
}

let root: string;
let workspace: string;
let actionPath: string;
const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd: workspace, encoding: 'utf8' }).trim();

function write(path: string, text: string): void {
  mkdirSync(dirname(join(workspace, path)), { recursive: true });
  writeFileSync(join(workspace, path), text);
}

before(() => {
  root = mkdtempSync(join(tmpdir(), 'lfx-action-'));
  actionPath = join(root, 'action');
  copyAsDownloaded(actionPath);
  assert.ok(!existsSync(join(actionPath, 'dist')) && !existsSync(join(actionPath, 'node_modules')));
  // The proposals repository: an old term file with errors of its own on main, then one branch
  // per pull request.
  workspace = join(root, 'mentoring');
  mkdirSync(workspace);
  git('init', '-q', '-b', 'main');
  write(OLD_TERM, readFixture('corpus', '2025_03-Sep-Nov_README.md'));
  git('add', '.');
  git('commit', '-q', '-m', 'an old term');
});

after(() => rmSync(root, { recursive: true, force: true }));

/**
 * Opens a pull request: a branch off main with `change` committed, and checks out what
 * actions/checkout checks out for a pull_request event, its merge commit into main.
 */
function pullRequest(branch: string, change: () => void): Context {
  git('checkout', '-q', '-b', branch, 'main');
  change();
  git('add', '-A');
  git('commit', '-q', '-m', branch);
  git('checkout', '-q', '--detach', 'main');
  git('merge', '-q', '--no-ff', '--no-edit', branch);
  return { workspace, steps: {} };
}

/** The runner's environment; npm works offline, on the cache this repository's `npm ci` filled. */
function runnerEnv(): NodeJS.ProcessEnv {
  return childEnv({ CI: 'true', GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: workspace, npm_config_offline: 'true', npm_config_update_notifier: 'false' });
}

/** The action's own `uses:` steps: only actions/setup-node with Node 20, which is not run. */
function actionUses(step: Step): undefined {
  assert.match(step.uses!, /^actions\/setup-node@v\d+$/);
  assert.equal(String(step.with?.['node-version']), '20');
  assert.ok(Number(process.versions.node.split('.')[0]) >= 20, 'a Node the CLI supports runs the steps');
  return undefined;
}

/** Runs README's workflow on the pull request checked out in the workspace. */
function runWorkflow(context: Context): Outcome {
  const workflow = readmeWorkflow();
  const [job] = Object.values(workflow.jobs);
  const env = runnerEnv();
  return runSteps(job.steps, context, env, (step, caller) => {
    if (/^actions\/checkout@v\d+$/.test(step.uses!)) {
      // The merge commit is checked out, and its parents are there for the diff.
      assert.equal(step.with?.['fetch-depth'], 2);
      return undefined;
    }
    assert.equal(step.uses, `${REPOSITORY}@v1`);
    const given = Object.fromEntries(Object.entries(step.with ?? {}).map(([name, value]) => [name, substitute(String(value), caller)]));
    return runCompositeAction(actionPath, given, caller, env, actionUses);
  });
}

/** The annotations among the workflow commands (not ::group:: and the like). */
const annotations = (outcome: Outcome) => outcome.stdout.split('\n').filter((line) => /^::(error|warning|notice)[ :]/.test(line));

test('README shows a workflow on pull requests that change programs/**/*.md', () => {
  const workflow = readmeWorkflow();
  assert.deepEqual(workflow.on.pull_request.paths, ['programs/**/*.md']);
  const action = readAction(REPO_ROOT);
  assert.deepEqual(Object.keys(action.inputs ?? {}), ['files', 'config']);
  assert.deepEqual(
    action.runs.steps.map((step) => step.uses ?? step.name),
    ['actions/setup-node@v6', 'Build the checker', 'Check the proposals'],
  );
});

test('a pull request that adds a good term file passes: its warnings are annotated, the old file is not checked', () => {
  const context = pullRequest('good', () => write(NEW_TERM, NEW_TERM_TEXT));
  const outcome = runWorkflow(context);
  assert.equal(outcome.status, 0, outcome.stdout + outcome.stderr);
  assert.ok(existsSync(join(actionPath, 'dist', 'cli.js')), 'the first use built the CLI');
  const lines = annotations(outcome);
  assert.ok(lines.length > 0 && lines.every((line) => /^::(warning|notice) file=programs\/lfx-mentorship\/2026\/03-Sep-Nov\/README\.md,line=\d+,/.test(line)), lines.join('\n'));
  assert.ok(lines.includes(`::warning file=${NEW_TERM},line=43,col=44,endLine=43,endColumn=77,title=toc-broken-anchor::"#nebraska-reporting-metrics-uplift" matches no heading; the heading "Nebraska Reporting & Metrics Uplift" has the anchor "#nebraska-reporting--metrics-uplift".`), lines.join('\n'));
});

test('a pull request that adds a broken term file fails, with the error annotated on its line', () => {
  const context = pullRequest('broken', () => write(NEW_TERM, BROKEN_TERM_TEXT));
  const outcome = runWorkflow(context);
  assert.equal(outcome.status, 1, outcome.stdout + outcome.stderr);
  const errors = annotations(outcome).filter((line) => line.startsWith('::error'));
  assert.deepEqual(errors, [`::error file=${NEW_TERM},line=148,col=19,endLine=148,endColumn=47,title=url-format::The Upstream Issue value is not an http(s) URL.`]);
  assert.ok(!outcome.stdout.includes(OLD_TERM), 'only the files of the pull request are checked');
});

test('a pull request that only deletes a proposal file has nothing to check and passes', () => {
  const context = pullRequest('delete', () => rmSync(join(workspace, OLD_TERM)));
  const outcome = runWorkflow(context);
  assert.equal(outcome.status, 0, outcome.stdout + outcome.stderr);
  assert.deepEqual(annotations(outcome), ['::notice title=lfx-proposals::No proposal file to check.']);
});

test('the config input replaces the configuration files: a rule turned off there fails nothing', () => {
  const context = pullRequest('config', () => {
    write(NEW_TERM, BROKEN_TERM_TEXT);
    write('checks.json', '{ "rules": { "url-format": "off" } }\n');
  });
  // A path and a glob on two lines (the same file, checked once).
  const outcome = runCompositeAction(actionPath, { files: `${NEW_TERM}\nprograms/**/2026/*/README.md`, config: 'checks.json' }, context, runnerEnv(), actionUses);
  assert.equal(outcome.status, 0, outcome.stdout + outcome.stderr);
  assert.ok(!outcome.stdout.includes('url-format'));
  // Without it, the same files fail: the input is what turned the rule off.
  const without = runCompositeAction(actionPath, { files: NEW_TERM }, context, runnerEnv(), actionUses);
  assert.equal(without.status, 1);
});
