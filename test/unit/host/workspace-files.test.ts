// The Node host's file reading for the workspace index: every way a disk read fails becomes a
// reason (logged by the server as "Skipped <uri>: <reason>."), never an exception. CI runs as
// root, where chmod cannot make a file unreadable, so the failing calls are handed in.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { MAX_INDEXED_BYTES } from '../../../server/src/service/host';
import { fileVersion, type IndexFs, readProposalFile } from '../../../server/src/workspace-files';

const URI = pathToFileURL(join(tmpdir(), 'programs', 'project_ideas.md')).toString();

/** An error as Node's fs gives it. */
function fsError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: failed`), { code });
}

const aFile = async () => ({ isFile: () => true, size: 100 });

test('a file without read permission is skipped: EACCES', async () => {
  const fs: IndexFs = { stat: aFile, readFile: async () => Promise.reject(fsError('EACCES')) };
  assert.deepEqual(await readProposalFile(URI, fs), { problem: 'EACCES' });
});

test('a file deleted between finding and reading it is skipped: ENOENT from stat or from the read', async () => {
  assert.deepEqual(await readProposalFile(URI, { stat: async () => Promise.reject(fsError('ENOENT')), readFile: async () => '' }), { problem: 'ENOENT' });
  // Found, its size read, and gone before its text is.
  assert.deepEqual(await readProposalFile(URI, { stat: aFile, readFile: async () => Promise.reject(fsError('ENOENT')) }), { problem: 'ENOENT' });
});

test('a folder, a file over the index limit and binary content are skipped with their reason', async () => {
  assert.deepEqual(await readProposalFile(URI, { stat: async () => ({ isFile: () => false, size: 0 }), readFile: async () => '' }), { problem: 'not a file' });
  assert.deepEqual(await readProposalFile(URI, { stat: async () => ({ isFile: () => true, size: MAX_INDEXED_BYTES + 1 }), readFile: async () => '' }), { problem: 'larger than 8 MB' });
  assert.deepEqual(await readProposalFile(URI, { stat: aFile, readFile: async () => 'PK\u0003\u0004\u0000' }), { problem: 'binary content' });
  // An error without a code (not from the file system) still becomes a reason.
  assert.deepEqual(await readProposalFile(URI, { stat: aFile, readFile: async () => Promise.reject(new Error('disk on fire')) }), { problem: 'Error: disk on fire' });
});

test('a readable file is read from the disk by default', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'lfx-host-'));
  try {
    const path = join(folder, 'project_ideas.md');
    writeFileSync(path, '### Jaeger\n');
    const uri = pathToFileURL(path).toString();
    // With its version (modification time and size), which the persisted index compares.
    const version = `${statSync(path).mtimeMs}:11`;
    assert.deepEqual(await readProposalFile(uri), { text: '### Jaeger\n', version });
    assert.equal(await fileVersion(uri), version);
    writeFileSync(path, '### Jaeger!\n');
    assert.notEqual(await fileVersion(uri), version, 'changed by a write');
    assert.equal(await fileVersion(pathToFileURL(join(folder, 'gone.md')).toString()), undefined);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
