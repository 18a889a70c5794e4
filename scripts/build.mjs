// Bundles the extension client, the language server and the CLI with esbuild, and the
// client and server of the web extension (dist/web/) for VS Code in a browser.
// `--production` minifies (used by `npm run package`); `--watch` rebuilds on change;
// `--tests` bundles every `test/**/*.test.ts` into `out/` for `node --test`.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { browserBundle, nodeBundle } from './esbuild-options.mjs';
import { thirdPartyNotices } from './notices.mjs';

const production = process.argv.includes('--production');

/** The identity of this build of the server: its version and a digest of its sources and data (a saved workspace index is tied to it). */
function buildIdentity() {
  const hash = createHash('sha1');
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(path).update(readFileSync(path));
    }
  };
  walk('server/src');
  walk('server/data');
  hash.update(readFileSync('package-lock.json'));
  return `${JSON.parse(readFileSync('package.json', 'utf8')).version} ${hash.digest('base64').slice(0, 16)}`;
}
const serverDefine = { LFX_PROPOSALS_BUILD: JSON.stringify(buildIdentity()) };
const watch = process.argv.includes('--watch');
const tests = process.argv.includes('--tests');

/** @type {import('esbuild').BuildOptions} */
const common = {
  ...nodeBundle,
  sourcemap: !production,
  minify: production,
  // The licences go to dist/ThirdPartyNotices.txt instead, from what the metafile says was bundled.
  legalComments: production ? 'none' : 'inline',
  metafile: true,
};

/** The web extension (the manifest's `browser`): its client in VS Code's worker extension host, its server in a worker of its own. */
const web = { ...browserBundle, sourcemap: common.sourcemap, minify: common.minify, legalComments: common.legalComments, metafile: true };

const builds = [
  // CommonJS: VS Code's worker extension host loads the client as a CommonJS module.
  { ...web, entryPoints: ['client/src/browser-extension.ts'], outfile: 'dist/web/client.js', format: 'cjs', external: ['vscode'] },
  { ...web, entryPoints: ['server/src/browser-server.ts'], outfile: 'dist/web/server.js', format: 'iife', define: { ...web.define, ...serverDefine } },
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', define: { ...common.define, ...serverDefine } },
  {
    ...common,
    entryPoints: ['server/src/cli.ts'],
    outfile: 'dist/cli.js',
    banner: { js: `#!/usr/bin/env node\n${common.banner.js}` },
    define: {
      ...common.define,
      LFX_PROPOSALS_VERSION: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version),
    },
  },
];

/** Every `*.test.ts` below a folder. */
function testFiles(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    // test/vscode/ runs inside VS Code's extension host (scripts/test-vscode.mjs), not under node --test.
    if (entry.isDirectory()) return entry.name === 'fixtures' || (folder === 'test' && entry.name === 'vscode') ? [] : testFiles(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

if (tests) {
  rmSync('out/test', { recursive: true, force: true });
  await esbuild.build({ ...common, metafile: false, entryPoints: testFiles('test'), outdir: 'out', outbase: '.', external: ['vscode', 'playwright-core'] });
} else if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  const results = await Promise.all(builds.map((options) => esbuild.build(options)));
  // What went into each bundle: dist/cli.meta.json gives the CLI package its notices (scripts/pack-cli.mjs).
  for (const [index, { metafile }] of results.entries()) {
    writeFileSync(builds[index].outfile.replace(/\.js$/, '.meta.json'), JSON.stringify(metafile));
  }
  // Fails the build when a bundled package's licence is not allowed or has no text.
  try {
    writeFileSync('dist/ThirdPartyNotices.txt', thirdPartyNotices(results.map((result) => result.metafile), { bundles: 'the scripts in dist/' }));
  } catch (error) {
    process.stderr.write(`build: ${error.message}\n`);
    process.exit(1);
  }
  // The configuration file's JSON schema, generated from the rule list by the CLI just built.
  const schema = spawnSync(process.execPath, ['dist/cli.js', '--print-schema'], { encoding: 'utf8' });
  if (schema.status !== 0) throw new Error(`writing dist/config.schema.json failed: ${schema.stderr}`);
  writeFileSync('dist/config.schema.json', schema.stdout);
}
