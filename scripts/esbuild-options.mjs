// The esbuild options every bundle of this repository shares (the extension, the tests, the
// extension-host tests, the benchmark), kept in one place.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';

/** Bundles `.yml` data files (the CNCF project list, the issue form) as parsed JSON. */
export const yamlAsJson = {
  name: 'yaml-as-json',
  setup(build) {
    build.onLoad({ filter: /\.ya?ml$/ }, (args) => ({
      contents: JSON.stringify(parseYaml(readFileSync(args.path, 'utf8'))),
      loader: 'json',
    }));
  },
};

/** Options for a CommonJS bundle that runs on Node 20 (and in VS Code's extension host). */
export const nodeBundle = {
  plugins: [yamlAsJson],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
  // ESM dependencies (fdir, mocha) read import.meta.url, which a CommonJS bundle lacks.
  banner: { js: "const __import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__import_meta_url' },
  // jsonc-parser's default entry is a UMD build with runtime requires esbuild cannot follow.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
};

/**
 * Options for the web extension's bundles (dist/web/): for a browser worker, so no Node built-in
 * may be imported; esbuild fails on one, and the web test tier checks the bundles again
 * (scripts/test-web.mjs).
 */
export const browserBundle = {
  plugins: [yamlAsJson],
  bundle: true,
  platform: 'browser',
  // Both bundles run in workers, which have no DOM: packages with a worker build use it
  // (decode-named-character-reference's browser build, under remark-parse, needs `document`).
  conditions: ['worker'],
  target: 'es2022',
  logLevel: 'warning',
  alias: nodeBundle.alias,
};
