// Third-party notices (scripts/notices.mjs): on packages made here, what goes in, in what order,
// and what fails the build; on the real build, that dist/ThirdPartyNotices.txt names every
// package of every bundle's metafile and that the .vsix's file list holds it. npm test builds
// dist/ before this runs.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from '../../helpers/paths';

type Metafile = { outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }> };
type Notices = { thirdPartyNotices(metafiles: Metafile[], options?: { root?: string; bundles?: string }): string };
const load = async () => (await import(join(REPO_ROOT, 'scripts', 'notices.mjs'))) as Notices;

const MIT_TEXT = 'MIT License\n\nCopyright (c) Someone\n\nPermission is hereby granted, free of charge, to any person obtaining a copy…';
const LONG_README_LICENCE = `ISC License\n\nCopyright (c) Someone Else\n\n${'Permission to use, copy, modify, and/or distribute this software for any purpose. '.repeat(5)}`;

/** A node_modules package below `root`: its package.json and files. */
function writePackage(root: string, folder: string, manifest: object, files: Record<string, string> = {}) {
  mkdirSync(join(root, folder), { recursive: true });
  writeFileSync(join(root, folder, 'package.json'), JSON.stringify(manifest));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, folder, name), text);
}

/** A metafile of one output holding these inputs, each with its bytes in the output. */
const metafileOf = (inputs: Record<string, number>): Metafile => ({
  outputs: { 'dist/x.js': { inputs: Object.fromEntries(Object.entries(inputs).map(([input, bytesInOutput]) => [input, { bytesInOutput }])) } },
});

function withPackages(run: (root: string) => Promise<void>) {
  return async () => {
    const root = mkdtempSync(join(tmpdir(), 'lfx-notices-'));
    try {
      await run(root);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  };
}

test(
  'every package that puts bytes into a bundle has one block, sorted by name, with its licence, repository and text',
  withPackages(async (root) => {
    const { thirdPartyNotices } = await load();
    writePackage(root, 'node_modules/zeta', { name: 'zeta', version: '1.0.0', license: 'MIT', repository: 'git+https://github.com/o/zeta.git' }, { LICENSE: MIT_TEXT });
    writePackage(root, 'node_modules/@scope/beta', { name: '@scope/beta', version: '2.0.0', license: '(MIT OR GPL-3.0)' }, { 'LICENCE.md': MIT_TEXT });
    writePackage(root, 'node_modules/zeta/node_modules/alpha', { name: 'alpha', version: '3.1.0', license: 'BSD-3-Clause', repository: { url: 'git@github.com:o/alpha.git' } }, { COPYING: 'BSD text' });
    writePackage(root, 'node_modules/readme-only', { name: 'readme-only', version: '0.1.0', licenses: [{ type: 'ISC' }] }, {
      'README.md': `# readme-only\n\nUse it.\n\n## License\n\n${LONG_README_LICENCE}\n\n## Thanks\n\nNot licence text.\n`,
    });
    // Tree-shaken away entirely: no bytes in the output, so neither listed nor judged.
    writePackage(root, 'node_modules/unused', { name: 'unused', version: '1.0.0', license: 'GPL-3.0' });
    const text = thirdPartyNotices(
      [
        metafileOf({ 'node_modules/zeta/index.js': 120, 'node_modules/zeta/node_modules/alpha/lib/a.js': 10, 'node_modules/unused/index.js': 0, 'server/src/cli.ts': 500 }),
        metafileOf({ 'node_modules/@scope/beta/index.js': 7, 'node_modules/readme-only/index.js': 3, 'node_modules/zeta/other.js': 1 }),
      ],
      { root, bundles: 'x.js' },
    );
    const blocks = text.split(/^-{78}\n/m).slice(1);
    assert.deepEqual(
      blocks.map((block) => block.split('\n').slice(0, 3)),
      [
        ['@scope/beta@2.0.0', 'License: (MIT OR GPL-3.0)', ''],
        ['alpha@3.1.0', 'License: BSD-3-Clause', 'Repository: https://github.com/o/alpha'],
        ['readme-only@0.1.0', 'License: ISC (text from its README)', ''],
        ['zeta@1.0.0', 'License: MIT', 'Repository: https://github.com/o/zeta'],
      ],
    );
    assert.match(text, /^Code of the 4 npm packages below is bundled into x\.js/m);
    assert.ok(blocks[0].includes(MIT_TEXT) && blocks[1].includes('BSD text'));
    assert.ok(blocks[2].includes(LONG_README_LICENCE.trim()) && !blocks[2].includes('Not licence text'), 'only the README License section');
    assert.ok(!text.includes('unused'));
  }),
);

test(
  'a licence outside the allow-list, and a package without licence text, fail with the package named',
  withPackages(async (root) => {
    const { thirdPartyNotices } = await load();
    writePackage(root, 'node_modules/ok', { name: 'ok', version: '1.0.0', license: 'MIT' }, { LICENSE: MIT_TEXT });
    writePackage(root, 'node_modules/copyleft', { name: 'copyleft', version: '4.0.0', license: 'GPL-3.0-only' }, { LICENSE: 'GPL text' });
    // A README that names its licence without its text is no text.
    writePackage(root, 'node_modules/textless', { name: 'textless', version: '0.0.1', license: 'MIT' }, { 'readme.md': '# textless\n\n## License\n\n[MIT](license) © Someone\n' });
    writePackage(root, 'node_modules/with-exception', { name: 'with-exception', version: '1.0.0', license: 'Apache-2.0 WITH LLVM-exception' }, { LICENSE: 'Apache text' });
    const metafile = metafileOf({ 'node_modules/ok/i.js': 1, 'node_modules/copyleft/i.js': 1, 'node_modules/textless/i.js': 1, 'node_modules/with-exception/i.js': 1 });
    assert.throws(
      () => thirdPartyNotices([metafile], { root }),
      (error: Error) => {
        assert.match(error.message, /3 bundled package\(s\) cannot be shipped/);
        assert.match(error.message, /copyleft@4\.0\.0 \(node_modules\/copyleft\): licence "GPL-3\.0-only" is not in the allow-list/);
        assert.match(error.message, /textless@0\.0\.1 \(node_modules\/textless\): no licence text/);
        assert.match(error.message, /with-exception@1\.0\.0 .*: licence "Apache-2\.0 WITH LLVM-exception" is not in the allow-list/);
        assert.match(error.message, /ALLOWED_LICENCES in scripts\/notices\.mjs/);
        assert.doesNotMatch(error.message, /\bok@/);
        return true;
      },
    );
  }),
);

/** `name@version` of every node_modules package with bytes in a metafile, read here apart from scripts/notices.mjs. */
function packagesIn(metafile: Metafile): Set<string> {
  const found = new Set<string>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const parts = input.split('/');
      const at = parts.lastIndexOf('node_modules');
      if (at < 0 || bytesInOutput === 0) continue;
      const folder = parts.slice(0, at + (parts[at + 1].startsWith('@') ? 3 : 2)).join('/');
      const { name, version } = JSON.parse(readFileSync(join(REPO_ROOT, folder, 'package.json'), 'utf8'));
      found.add(`${name}@${version}`);
    }
  }
  return found;
}

/** The metafile esbuild wrote beside each bundle of dist/. */
function distMetafiles(): Array<{ file: string; metafile: Metafile }> {
  const files = readdirSync(join(REPO_ROOT, 'dist'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.meta.json'));
  return files.map((file) => ({ file, metafile: JSON.parse(readFileSync(join(REPO_ROOT, 'dist', file), 'utf8')) }));
}

test('dist/ThirdPartyNotices.txt has a block for every package of every bundle, and nothing else', () => {
  const metafiles = distMetafiles();
  assert.deepEqual(metafiles.map(({ file }) => file.replace(/\\/g, '/')).sort(), ['cli.meta.json', 'client.meta.json', 'server.meta.json', 'web/client.meta.json', 'web/server.meta.json']);
  const expected = new Set(metafiles.flatMap(({ metafile }) => [...packagesIn(metafile)]));
  const text = readFileSync(join(REPO_ROOT, 'dist', 'ThirdPartyNotices.txt'), 'utf8');
  const listed = [...text.matchAll(/^-{78}\n(.+)\n/gm)].map((match) => match[1]);
  assert.deepEqual(new Set(listed), expected);
  // The client's language client and the parser under every other bundle, as a floor the metafiles cannot lower.
  for (const name of ['vscode-languageclient', 'vscode-languageserver', 'remark-parse', 'micromark', 'yaml']) {
    assert.ok(listed.some((id) => id.startsWith(`${name}@`)), `${name} is listed`);
  }
});

test('the .vsix file list (vsce ls, which applies .vscodeignore) holds the notices beside the bundles', () => {
  const vsce = join(REPO_ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
  const listed = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: REPO_ROOT, encoding: 'utf8' });
  assert.equal(listed.status, 0, listed.stderr);
  const files = listed.stdout.trim().split('\n');
  for (const file of ['dist/ThirdPartyNotices.txt', 'LICENSE', 'dist/client.js', 'dist/server.js', 'dist/cli.js', 'dist/web/client.js', 'dist/web/server.js']) {
    assert.ok(files.includes(file), `${file} is in the .vsix`);
  }
  assert.ok(!files.some((file) => file.endsWith('.meta.json')), 'the metafiles stay out');
});
