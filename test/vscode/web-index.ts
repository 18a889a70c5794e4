// The entry point of a VS Code test run in the browser's web-worker extension host (bundled to
// out/vscode-web/index.js by scripts/build-vscode-tests.mjs): the same suites as on Node
// (suite/*.test.ts) and the web tier's own (web/*.test.ts), all bundled in, since a worker
// cannot load files; mocha's browser build; `node:assert/strict` replaced by web/assert.ts.
//
// The worker has no environment and no file system of its own: it writes the result file through
// `vscode.workspace.fs` to `result.json` beside the workspace folder, where scripts/test-vscode.mjs
// (--web) waits for it.

import 'mocha/mocha.js';
import * as vscode from 'vscode';
import { type RunResult, runAndRecord, throwOnFailure } from './results';

/** The suite files (names in suite/ and web/), given by the build as JSON. */
declare const LFX_WEB_SUITES: string;

export async function run(): Promise<void> {
  const result = await runAndRecord((done) => {
    // mocha's browser build, imported above, defines the global `mocha`, whose setup() defines
    // suite(), test()… as globals for the suites required next.
    mocha.setup({ ui: 'tdd', reporter: 'spec', timeout: 120_000, color: false });
    const suites = JSON.parse(LFX_WEB_SUITES) as { suite: string[]; web: string[] };
    for (const name of suites.web) require(`./web/${name}`);
    for (const name of suites.suite) require(`./suite/${name}`);
    return mocha.run(done);
  });
  await writeResult(result);
  throwOnFailure(result);
}

/** Writes the file whole (through a rename), so the driver never reads half of it. */
async function writeResult(result: RunResult): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('No workspace folder is open: the test driver must open the prepared workspace.');
  const file = vscode.Uri.joinPath(folder.uri, '..', 'result.json');
  const partial = vscode.Uri.joinPath(folder.uri, '..', 'result.json.partial');
  await vscode.workspace.fs.writeFile(partial, new TextEncoder().encode(`${JSON.stringify(result, null, 2)}\n`));
  await vscode.workspace.fs.rename(partial, file, { overwrite: true });
}
