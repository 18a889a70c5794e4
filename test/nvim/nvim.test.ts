// A second real client: Debian's Neovim (0.7) headless, its built-in LSP client attached to
// the bundled server (client.lua), reading diagnostics and a handle completion.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fixturePath, REPO_ROOT } from '../helpers/paths';

test('Neovim shows the diagnostics, completes a handle known from another file, and gets hover, outline and the org tree', () => {
  const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  assert.equal(version.error, undefined, 'Neovim is missing: install it with "apt-get install -y neovim" (.ci/run does)');
  assert.match(version.stdout, /^NVIM v0\.(?:[7-9]|\d\d)/, 'Neovim 0.7 or newer is needed');

  const root = mkdtempSync(join(tmpdir(), 'lfx-nvim-'));
  mkdirSync(join(root, 'lfx-mentorship', '2021'), { recursive: true });
  copyFileSync(fixturePath('corpus', '2021_03-Fall_README.md'), join(root, 'lfx-mentorship', '2021', 'README.md'));
  const file = join(root, 'project_ideas.md');
  writeFileSync(file, '### Kubernetes\n\n#### Cluster API\n\n- Description: Improve the provider.\n- Recommended Skills: Go\n- Mentors: Ann Example (@ann-example), @\n');
  const out = join(root, 'result.json');
  const run = spawnSync('nvim', ['--headless', '--clean', '-n', '-c', `luafile ${join(REPO_ROOT, 'test', 'nvim', 'client.lua')}`], {
    env: { ...process.env, LFX_SERVER: join(REPO_ROOT, 'dist', 'server.js'), LFX_FILE: file, LFX_ROOT: root, LFX_NVIM_OUT: out },
    encoding: 'utf8',
    timeout: 60_000,
  });
  assert.equal(run.status, 0, `nvim exited with ${run.status}: ${run.stderr}`);
  const result = JSON.parse(readFileSync(out, 'utf8')) as {
    diagnostics: Array<{ line: number; col: number; code: string; source: string }>;
    completion: Array<{ label: string; detail?: string }>;
    errors: string[];
    hover: string;
    symbols: string[];
    orgs: Array<{ name: string; projects: number }>;
  };
  assert.deepEqual(result.errors, []);
  const codes = result.diagnostics.map((diagnostic) => `${diagnostic.line}:${diagnostic.col} ${diagnostic.code}`).sort();
  assert.deepEqual(codes, ['2:5 missing-field', '6:2 label-variant', '6:39 mentor-format']);
  assert.ok(result.diagnostics.every((diagnostic) => diagnostic.source === 'lfx-proposals'));
  const dims = result.completion.find((item) => item.label === '@dims');
  assert.ok(dims, JSON.stringify(result.completion.slice(0, 5)));
  assert.equal(dims.detail, 'Davanum Srinivas');
  assert.match(result.hover, /^\*\*@ann-example\*\*: Ann Example/);
  assert.deepEqual(result.symbols, ['Kubernetes', '  Cluster API']);
  assert.deepEqual(result.orgs, [{ name: 'Kubernetes', projects: 1 }]);
});
