// The CLI as an npm package (`npm run pack:cli`). The root package.json is the VS Code
// extension's manifest, so the package is staged in a folder of its own: a package.json made
// here, the built dist/cli.js, docs/cli.md as its README, the LICENSE and ThirdPartyNotices.txt
// (the licences of the packages bundled into it, scripts/notices.mjs); then `npm pack` of that
// folder. The bundle needs nothing else at run time: the issue form and the CNCF project list
// are inlined at build time, and it has no dependencies. `node scripts/pack-cli.mjs [--out FOLDER]` (default out/cli-package) prints the
// tarball's path.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { thirdPartyNotices } from './notices.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The files of dist/ the command loads; a second entry (a worker, say) must be listed here. */
const BUNDLES = ['cli.js'];

const { values } = parseArgs({ options: { out: { type: 'string', default: join(ROOT, 'out', 'cli-package') } } });
const out = resolve(values.out);
const stage = join(out, 'package');

for (const file of [...BUNDLES, 'cli.meta.json']) {
  if (!existsSync(join(ROOT, 'dist', file))) fail(`dist/${file} is missing: run npm run build first`);
}
rmSync(stage, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });

for (const bundle of BUNDLES) {
  // A development build names its source map, which the package does not carry.
  const code = readFileSync(join(ROOT, 'dist', bundle), 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
  writeFileSync(join(stage, bundle), code);
  chmodSync(join(stage, bundle), 0o755);
}
const root = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const manifest = {
  name: 'lfx-proposals',
  version: root.version,
  description:
    "Checks CNCF LFX Mentorship proposals (term files of cncf/mentoring, drafts of CNCF's issue form, Google Summer of Code idea pages) with the rules of the LFX Mentorship Proposals extension.",
  keywords: root.keywords,
  license: root.license,
  repository: root.repository,
  bin: { 'lfx-proposals': BUNDLES[0] },
  files: [...BUNDLES, 'ThirdPartyNotices.txt'],
  engines: { node: root.engines.node },
};
writeFileSync(join(stage, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
copyFileSync(join(ROOT, 'docs', 'cli.md'), join(stage, 'README.md'));
copyFileSync(join(ROOT, 'LICENSE'), join(stage, 'LICENSE'));
// The notices of what esbuild put into cli.js alone (dist/ThirdPartyNotices.txt covers every bundle).
const cliMetafile = JSON.parse(readFileSync(join(ROOT, 'dist', 'cli.meta.json'), 'utf8'));
try {
  writeFileSync(join(stage, 'ThirdPartyNotices.txt'), thirdPartyNotices([cliMetafile], { root: ROOT, bundles: 'cli.js' }));
} catch (error) {
  fail(error.message);
}

const packed = spawnSync('npm', ['pack', '--json', '--pack-destination', out], { cwd: stage, encoding: 'utf8' });
if (packed.status !== 0) fail(`npm pack failed:\n${packed.stderr}`);
process.stdout.write(join(out, JSON.parse(packed.stdout)[0].filename) + '\n');

function fail(message) {
  process.stderr.write(`pack-cli: ${message}\n`);
  process.exit(1);
}
