// The CLI as an npm package (`npm run pack:cli`). The root package.json is the VS Code
// extension's manifest, so the package is staged in a folder of its own: a package.json made
// here, the built dist/cli.js, docs/cli.md as its README, the LICENSE and the licences of the
// packages bundled into it; then `npm pack` of that folder. The bundle needs nothing else at run
// time: the issue form and the CNCF project list are inlined at build time, and it has no
// dependencies. `node scripts/pack-cli.mjs [--out FOLDER]` (default out/cli-package) prints the
// tarball's path.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

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
  files: [...BUNDLES, 'THIRD_PARTY_NOTICES.md'],
  engines: { node: root.engines.node },
};
writeFileSync(join(stage, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
copyFileSync(join(ROOT, 'docs', 'cli.md'), join(stage, 'README.md'));
copyFileSync(join(ROOT, 'LICENSE'), join(stage, 'LICENSE'));
writeFileSync(join(stage, 'THIRD_PARTY_NOTICES.md'), thirdPartyNotices(JSON.parse(readFileSync(join(ROOT, 'dist', 'cli.meta.json'), 'utf8'))));

const packed = spawnSync('npm', ['pack', '--json', '--pack-destination', out], { cwd: stage, encoding: 'utf8' });
if (packed.status !== 0) fail(`npm pack failed:\n${packed.stderr}`);
process.stdout.write(join(out, JSON.parse(packed.stdout)[0].filename) + '\n');

/**
 * The licence of every package esbuild put into the bundle (its metafile's inputs under
 * node_modules/), and of the data copied from cncf/mentoring: their licences ask that the
 * notices travel with the code.
 */
function thirdPartyNotices(metafile) {
  const packages = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const folder = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1];
    if (folder) packages.add(folder);
  }
  const sections = [...packages]
    .map((folder) => {
      const { name, version, license } = JSON.parse(readFileSync(join(ROOT, folder, 'package.json'), 'utf8'));
      const file = readdirSync(join(ROOT, folder)).find((entry) => /^licen[cs]e(\.md|\.txt)?$/i.test(entry));
      if (!file) fail(`${name} has no licence file to copy into the notices`);
      return { name, text: `## ${name} ${version} (${license})\n\n${readFileSync(join(ROOT, folder, file), 'utf8').trim()}\n` };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  return [
    '# Third-party notices',
    '',
    'cli.js bundles the packages below, and two files of [cncf/mentoring](https://github.com/cncf/mentoring) (Apache License 2.0, the text in LICENSE): the CNCF project list (`automation/projects.yml`) and the LFX proposal issue form (`.github/ISSUE_TEMPLATE/lfx-program-proposal.yml`).',
    '',
    ...sections.map((section) => section.text),
  ].join('\n');
}

function fail(message) {
  process.stderr.write(`pack-cli: ${message}\n`);
  process.exit(1);
}
