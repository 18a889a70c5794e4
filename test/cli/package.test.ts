// The CLI as an npm package, as a user gets it: scripts/pack-cli.mjs packs the built
// dist/cli.js, the tarball is installed into an empty folder with no network and an empty npm
// cache (so it installs only if it needs nothing else), and npx runs the command there. Its
// ThirdPartyNotices.txt names every package bundled into cli.js.

import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import { childEnv } from '../helpers/child-env';
import { readFixture, REPO_ROOT } from '../helpers/paths';

const VERSION: string = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).version;
const DRAFT = readFixture('drafts', 'apicurio-mcp-tools.proposal.md');

function run(command: string, args: string[], options: SpawnSyncOptions) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.error) throw result.error;
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/** `name@version` of every node_modules package with bytes in dist/cli.js, from the metafile the build wrote beside it. */
function packagesBundledInCli(): Set<string> {
  const metafile = JSON.parse(readFileSync(join(REPO_ROOT, 'dist', 'cli.meta.json'), 'utf8'));
  const found = new Set<string>();
  for (const [input, { bytesInOutput }] of Object.entries<{ bytesInOutput: number }>(metafile.outputs['dist/cli.js'].inputs)) {
    const folder = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1];
    if (!folder || bytesInOutput === 0) continue;
    const { name, version } = JSON.parse(readFileSync(join(REPO_ROOT, folder, 'package.json'), 'utf8'));
    found.add(`${name}@${version}`);
  }
  return found;
}

test('the packed CLI installs offline into an empty folder and checks proposals through npx', () => {
  const root = mkdtempSync(join(tmpdir(), 'lfx-package-'));
  try {
    const packed = run(process.execPath, [join(REPO_ROOT, 'scripts', 'pack-cli.mjs'), '--out', join(root, 'pack')], { cwd: REPO_ROOT, env: childEnv() });
    assert.equal(packed.status, 0, packed.stderr);
    const tarball = packed.stdout.trim();
    assert.equal(basename(tarball), `lfx-proposals-${VERSION}.tgz`);
    // Only what the command needs: the bundle, the manifest, README, the licences.
    const listed = run('tar', ['-tzf', tarball], {}).stdout.trim().split('\n').sort();
    assert.deepEqual(listed, ['package/LICENSE', 'package/README.md', 'package/ThirdPartyNotices.txt', 'package/cli.js', 'package/package.json']);
    // The notices name every package esbuild put bytes of into cli.js (its metafile), and only those.
    const notices = run('tar', ['-xOzf', tarball, 'package/ThirdPartyNotices.txt'], {}).stdout;
    const noticed = [...notices.matchAll(/^-{78}\n(.+)\n/gm)].map((match) => match[1]);
    assert.deepEqual(new Set(noticed), packagesBundledInCli());
    assert.ok(noticed.some((id) => id.startsWith('remark-parse@')) && !noticed.some((id) => id.startsWith('vscode-languageclient@')), 'the parser is in, the client is not');

    // An empty npm cache, no user configuration, --offline: npm can use nothing but the tarball.
    const project = join(root, 'project');
    mkdirSync(project);
    const npmrc = join(root, 'npmrc');
    writeFileSync(npmrc, '');
    const env = childEnv({ npm_config_cache: join(root, 'npm-cache'), npm_config_userconfig: npmrc, npm_config_update_notifier: 'false' });
    const installed = run('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: project, env });
    assert.equal(installed.status, 0, installed.stdout + installed.stderr);
    assert.deepEqual(readdirSync(join(project, 'node_modules')).sort(), ['.bin', '.package-lock.json', 'lfx-proposals'], 'no dependency installed');

    const proposals = join(project, 'proposals');
    mkdirSync(proposals);
    writeFileSync(join(proposals, 'good.proposal.md'), DRAFT);
    writeFileSync(join(proposals, 'broken.proposal.md'), DRAFT.replace(' | carlesarnal\n', '\n'));
    const npx = (...args: string[]) => run('npx', ['--offline', 'lfx-proposals', ...args], { cwd: project, env });

    assert.equal(npx('--version').stdout, `${VERSION}\n`);
    // A glob, expanded by the bundled tinyglobby.
    const good = npx('check', 'proposals/good*.md');
    assert.deepEqual([good.status, good.stdout, good.stderr], [0, 'No problems in 1 file.\n', '']);
    // The bundled issue form decides that a mentor line needs its LFID: no form file is in the folder.
    assert.ok(!existsSync(join(project, '.github')));
    const broken = npx('check', 'proposals/broken.proposal.md');
    assert.equal(broken.status, 1, broken.stderr);
    assert.equal(
      broken.stdout,
      "proposals/broken.proposal.md:42:1: error mentor-lfid @carlesarnal has no LFID: CNCF's bot fails the proposal until every mentor's LFID (LF user name, from openprofile.dev) is added as the fourth part.\n" +
        '1 problem (1 error, 0 warnings, 0 information, 0 hints) in 1 of 1 file.\n',
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
