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
import { type RunResult, runAndRecord, throwOnFailure } from './results';

/** The environment variable naming the result file. */
const RESULT_ENV = 'LFX_PROPOSALS_TEST_RESULT';
/** Runs only the tests whose full title matches this regular expression (optional). */
const GREP_ENV = 'LFX_PROPOSALS_TEST_GREP';

export async function run(): Promise<void> {
  const resultFile = resultPath();
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 120_000, reporter: 'spec' });
  const grep = process.env[GREP_ENV];
  if (grep) mocha.grep(new RegExp(grep));
  const result = await runAndRecord((done) => {
    // suite/ runs here and in the web worker; node/ only here (it needs Node's process and /proc).
    for (const folder of ['suite', 'node']) {
      const suiteDir = join(__dirname, folder);
      const files = readdirSync(suiteDir).filter((name) => name.endsWith('.test.js')).sort();
      if (files.length === 0) throw new Error(`no *.test.js in ${suiteDir}: build the tests first (scripts/build-vscode-tests.mjs)`);
      for (const file of files) mocha.addFile(join(suiteDir, file));
    }
    // Loads the files (require) synchronously, then runs them on the next tick.
    return mocha.run(done);
  });
  writeResult(resultFile, result);
  throwOnFailure(result);
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
