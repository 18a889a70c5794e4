// `npm run generate`: writes the files generated from the rule registry (package.json's settings
// enum, README's rule table, skeletons of missing docs pages; scripts/generated-files.ts).
// `--check` writes nothing and exits 1 when a file is stale, for CI.
// The registry is TypeScript, so it is bundled with esbuild (as everything else here) into a
// temporary CommonJS module first: no other tool is needed.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { nodeBundle } from './esbuild-options.mjs';

const check = process.argv.includes('--check');
const folder = mkdtempSync(join(tmpdir(), 'lfx-generate-'));
const outfile = join(folder, 'generated-files.cjs');
try {
  await esbuild.build({ ...nodeBundle, entryPoints: ['scripts/generated-files.ts'], outfile });
  const { generatedFiles } = createRequire(import.meta.url)(outfile);
  const read = (path) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined);
  const stale = generatedFiles(read).filter((file) => read(file.path) !== file.text);
  for (const file of stale) {
    if (check) console.error(`stale: ${file.path} (run npm run generate)`);
    else {
      writeFileSync(file.path, file.text);
      console.log(`wrote ${file.path}`);
    }
  }
  if (check && stale.length > 0) process.exitCode = 1;
} finally {
  rmSync(folder, { recursive: true, force: true });
}
