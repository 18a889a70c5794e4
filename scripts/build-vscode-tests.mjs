// Bundles the tests that run inside VS Code's extension host (test/vscode/) into out/vscode/:
// index.js (the extensionTestsPath: mocha, bundled in) and one suite/*.test.js per suite file.
// `vscode` stays external (the extension host provides it). The suites use mocha's TDD globals,
// which index.js defines before it requires them, so they do not bundle mocha themselves.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { nodeBundle } from './esbuild-options.mjs';

const OUT = join('out', 'vscode');
const suites = readdirSync(join('test', 'vscode', 'suite'))
  .filter((name) => name.endsWith('.test.ts'))
  .map((name) => join('test', 'vscode', 'suite', name));

rmSync(OUT, { recursive: true, force: true });
await esbuild.build({
  ...nodeBundle,
  entryPoints: [join('test', 'vscode', 'index.ts'), ...suites],
  outdir: OUT,
  outbase: join('test', 'vscode'),
  // Linked, for a debugger: stack traces in the extension host stay in the bundle (VS Code installs
  // its own Error.prepareStackTrace, so process.setSourceMapsEnabled has no effect there).
  sourcemap: 'linked',
  external: ['vscode'],
  // Mocha's parallel mode (worker files found by require.resolve) is not used in the extension host.
  logOverride: { 'require-resolve-not-external': 'silent' },
});
