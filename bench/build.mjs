// Bundles the benchmark (bench/run.ts) into out/bench/run.js with esbuild, the way
// scripts/build.mjs bundles the tests. Run with `node bench/build.mjs` from the repository root.
// Not part of `npm test`: `npm run bench` builds and runs it.
import * as esbuild from 'esbuild';
import { nodeBundle } from '../scripts/esbuild-options.mjs';

await esbuild.build({
  ...nodeBundle,
  entryPoints: ['bench/run.ts'],
  outfile: 'out/bench/run.js',
  sourcemap: true,
});
