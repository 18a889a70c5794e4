// Bundles the tests that run inside VS Code's extension host (test/vscode/) into out/vscode/:
// index.js (the extensionTestsPath: mocha, bundled in) and one suite/*.test.js (node/*.test.js for
// the suites that need Node) per suite file.
// `vscode` stays external (the extension host provides it). The suites use mocha's TDD globals,
// which index.js defines before it requires them, so they do not bundle mocha themselves.
//
// The same suites, with web/*.test.ts, also go into one bundle for the browser's web-worker
// extension host, out/vscode-web/index.js (web-index.ts; scripts/test-vscode.mjs --web): mocha's
// browser build and the suites bundled in, `node:assert/strict` replaced by web/assert.ts.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { browserBundle, nodeBundle } from './esbuild-options.mjs';

const OUT = join('out', 'vscode');
const WEB_OUT = join('out', 'vscode-web');
const testsIn = (folder) => readdirSync(join('test', 'vscode', folder)).filter((name) => name.endsWith('.test.ts')).sort();
// node/: suites that need Node in the extension host (the server's process); not in the web bundle.
const suites = ['suite', 'node'].flatMap((folder) => testsIn(folder).map((name) => join('test', 'vscode', folder, name)));

rmSync(OUT, { recursive: true, force: true });
rmSync(WEB_OUT, { recursive: true, force: true });
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

await esbuild.build({
  ...browserBundle,
  entryPoints: [join('test', 'vscode', 'web-index.ts')],
  outfile: join(WEB_OUT, 'index.js'),
  // VS Code's worker extension host loads the tests module as CommonJS.
  format: 'cjs',
  sourcemap: 'inline',
  external: ['vscode'],
  alias: { ...browserBundle.alias, 'node:assert/strict': './test/vscode/web/assert.ts' },
  // A string: an object here would make esbuild inject a module into every file, mocha's CommonJS build too.
  define: {
    LFX_WEB_SUITES: JSON.stringify(JSON.stringify({ suite: testsIn('suite'), web: testsIn('web') })),
    // mocha's browser build (mocha/mocha.js, in a "type": "module" package) is UMD: with the
    // bundle's own `module` and `exports` in sight it would replace the bundle's exports instead
    // of defining the global `mocha`. Nothing else in these sources names them.
    exports: 'undefined',
    module: 'undefined',
  },
});
