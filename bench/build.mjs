// Bundles the benchmark (bench/run.ts) into out/bench/run.js with esbuild, the way
// scripts/build.mjs bundles the tests. Run with `node bench/build.mjs` from the repository root.
// Not part of `npm test`: `npm run bench` builds and runs it.
import { readFileSync } from 'node:fs';
import * as esbuild from 'esbuild';
import { parse as parseYaml } from 'yaml';

/** Bundles `.yml` data files (the CNCF project list) as parsed JSON, as scripts/build.mjs does. */
const yamlAsJson = {
  name: 'yaml-as-json',
  setup(build) {
    build.onLoad({ filter: /\.ya?ml$/ }, (args) => ({
      contents: JSON.stringify(parseYaml(readFileSync(args.path, 'utf8'))),
      loader: 'json',
    }));
  },
};

await esbuild.build({
  plugins: [yamlAsJson],
  entryPoints: ['bench/run.ts'],
  outfile: 'out/bench/run.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  banner: { js: "const __import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__import_meta_url' },
});
