// The entry point VS Code's extension host calls for an extension test run (the
// `extensionTestsPath` of the run, bundled to out/vscode/index.js by
// scripts/build-vscode-tests.mjs): runs the mocha suites of out/vscode/suite/ with the full
// `vscode` API and writes their results as JSON for the driver (scripts/test-vscode.mjs).
//
// The result file is the only reliable report: code-server's extension host exits with 0 even
// when run() throws, so the driver reads the file and fails when it is missing or lists
// failures. Its path comes from LFX_PROPOSALS_TEST_RESULT (the extension host inherits the
// environment of code-server or of desktop VS Code); without it, `.vscode-test-result.json` in
// the first workspace folder.

import { mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

/** The environment variable naming the result file. */
const RESULT_ENV = 'LFX_PROPOSALS_TEST_RESULT';
/** Runs only the tests whose full title matches this regular expression (optional). */
const GREP_ENV = 'LFX_PROPOSALS_TEST_GREP';

/** One test (or hook) outcome. */
interface TestResult {
  title: string;
  fullTitle: string;
  file?: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: { message: string; stack?: string; expected?: string; actual?: string };
}

/** What the result file holds. */
export interface RunResult {
  /** Set once mocha has finished; a file without it means the run was cut short. */
  finished: boolean;
  /** A failure outside any test: loading the suites, or mocha itself. */
  error?: string;
  host: { vscodeVersion: string; appName: string; appHost: string; uiKind: string; node: string };
  stats: { tests: number; passes: number; failures: number; pending: number; durationMs: number };
  tests: TestResult[];
}

export async function run(): Promise<void> {
  const resultFile = resultPath();
  const started = Date.now();
  const result: RunResult = {
    finished: false,
    host: {
      vscodeVersion: vscode.version,
      appName: vscode.env.appName,
      appHost: vscode.env.appHost,
      uiKind: vscode.UIKind[vscode.env.uiKind],
      node: process.version,
    },
    stats: { tests: 0, passes: 0, failures: 0, pending: 0, durationMs: 0 },
    tests: [],
  };
  try {
    const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 120_000, reporter: 'spec' });
    const grep = process.env[GREP_ENV];
    if (grep) mocha.grep(new RegExp(grep));
    const suiteDir = join(__dirname, 'suite');
    const files = readdirSync(suiteDir).filter((name) => name.endsWith('.test.js')).sort();
    if (files.length === 0) throw new Error(`no *.test.js in ${suiteDir}: build the tests first (scripts/build-vscode-tests.mjs)`);
    for (const file of files) mocha.addFile(join(suiteDir, file));

    await new Promise<void>((resolve, reject) => {
      let runner: Mocha.Runner;
      try {
        // Loads the files (require) synchronously, then runs them on the next tick.
        runner = mocha.run(() => resolve());
      } catch (error) {
        reject(error);
        return;
      }
      const record = (test: Mocha.Runnable, state: TestResult['state'], error?: unknown) => {
        const entry: TestResult = { title: test.title, fullTitle: test.fullTitle(), state };
        if (test.file) entry.file = test.file;
        if (test.duration !== undefined) entry.durationMs = test.duration;
        if (error !== undefined) entry.error = errorOf(error);
        result.tests.push(entry);
        result.stats[state === 'passed' ? 'passes' : state === 'failed' ? 'failures' : 'pending']++;
        if ((test as { type?: string }).type === 'test') result.stats.tests++;
      };
      runner.on('pass', (test) => record(test, 'passed'));
      // Also fires for hooks (suiteSetup…), whose failure skips their suite's tests.
      runner.on('fail', (test, error) => record(test, 'failed', error));
      runner.on('pending', (test) => record(test, 'pending'));
    });
    result.finished = true;
  } catch (error) {
    result.error = error instanceof Error ? (error.stack ?? error.message) : String(error);
  }
  result.stats.durationMs = Date.now() - started;
  writeResult(resultFile, result);
  // Desktop VS Code (and so @vscode/test-electron) turns a rejection into a non-zero exit code;
  // code-server ignores it, hence the file.
  if (result.error) throw new Error(`The VS Code test run failed: ${result.error}`);
  if (result.stats.failures > 0) throw new Error(`${result.stats.failures} VS Code test(s) failed`);
}

function resultPath(): string {
  const fromEnv = process.env[RESULT_ENV];
  if (fromEnv) return fromEnv;
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder || folder.uri.scheme !== 'file') {
    throw new Error(`${RESULT_ENV} is not set and there is no local workspace folder to write the results into`);
  }
  return join(folder.uri.fsPath, '.vscode-test-result.json');
}

/** Writes the file whole (through a rename), so the driver never reads half of it. */
function writeResult(file: string, result: RunResult): void {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  writeFileSync(partial, `${JSON.stringify(result, null, 2)}\n`);
  renameSync(partial, file);
}

function errorOf(error: unknown): TestResult['error'] {
  if (!(error instanceof Error)) return { message: String(error) };
  const details: TestResult['error'] = { message: error.message };
  if (error.stack) details.stack = error.stack;
  const { expected, actual } = error as { expected?: unknown; actual?: unknown };
  if ('expected' in error) details.expected = show(expected);
  if ('actual' in error) details.actual = show(actual);
  return details;
}

/** Mocha has already turned `expected` and `actual` into strings by the time 'fail' fires. */
function show(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}
