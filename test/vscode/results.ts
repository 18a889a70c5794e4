// The result file of a VS Code test run, written by the test entry inside the extension host
// (index.ts on Node, web-index.ts in the browser worker) and read by scripts/test-vscode.mjs:
// the only reliable verdict, since code-server's extension host exits with 0 whatever happens.

import type * as Mocha from 'mocha';
import * as vscode from 'vscode';

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

/** Runs mocha and records every outcome; `run` starts the runner and calls back when it ends. */
export async function runAndRecord(run: (done: () => void) => Mocha.Runner): Promise<RunResult> {
  const started = Date.now();
  const result: RunResult = {
    finished: false,
    host: {
      vscodeVersion: vscode.version,
      appName: vscode.env.appName,
      appHost: vscode.env.appHost,
      uiKind: vscode.UIKind[vscode.env.uiKind],
      // No Node in a browser worker.
      node: typeof process === 'undefined' ? 'none' : process.version,
    },
    stats: { tests: 0, passes: 0, failures: 0, pending: 0, durationMs: 0 },
    tests: [],
  };
  try {
    await new Promise<void>((resolve, reject) => {
      let runner: Mocha.Runner;
      try {
        runner = run(() => resolve());
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
  return result;
}

/** Desktop VS Code (and so @vscode/test-electron) turns a rejection into a non-zero exit code; code-server ignores it, hence the file. */
export function throwOnFailure(result: RunResult): void {
  if (result.error) throw new Error(`The VS Code test run failed: ${result.error}`);
  if (result.stats.failures > 0) throw new Error(`${result.stats.failures} VS Code test(s) failed`);
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
