// Bundles the tests that run inside VS Code's extension host (test/vscode/) into out/vscode/:
// index.js (the extensionTestsPath: mocha, bundled in) and one suite/*.test.js per suite file.
// `vscode` stays external (the extension host provides it). The suites use mocha's TDD globals,
// which index.js defines before it requires them, so they do not bundle mocha themselves.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

const OUT = join('out', 'vscode');
const suites = readdirSync(join('test', 'vscode', 'suite'))
  .filter((name) => name.endsWith('.test.ts'))
  .map((name) => join('test', 'vscode', 'suite', name));

rmSync(OUT, { recursive: true, force: true });
await esbuild.build({
  entryPoints: [join('test', 'vscode', 'index.ts'), ...suites],
  outdir: OUT,
  outbase: join('test', 'vscode'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // Linked, for a debugger: stack traces in the extension host stay in the bundle (VS Code installs
  // its own Error.prepareStackTrace, so process.setSourceMapsEnabled has no effect there).
  sourcemap: 'linked',
  logLevel: 'warning',
  external: ['vscode'],
  // Mocha's parallel mode (worker files found by require.resolve) is not used in the extension host.
  logOverride: { 'require-resolve-not-external': 'silent' },
  // Mocha 12 is ESM and reads import.meta.url, which a CommonJS bundle lacks.
  banner: { js: "const __import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__import_meta_url' },
});
