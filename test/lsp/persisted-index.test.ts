// The persisted workspace index through the bundled server over stdio: started with a storage
// folder (`initializationOptions.storageUri`, as the VS Code client sends its workspace storage),
// the server saves its index as a gzip file there; started again, it restores every file from it
// and answers workspace symbols as before; a corrupted file is logged, ignored and written anew.
// Each session is stopped as soon as its index is ready: the shutdown waits for the save.

import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { test } from 'node:test';
import { type SymbolInformation, WorkspaceSymbolRequest } from 'vscode-languageserver-protocol/node';
import { startServer } from '../helpers/lsp';
import { readFixture, temporaryTree } from '../helpers/paths';

const FILES = {
  'programs/lfx-mentorship/2021/01-Spring/project_ideas.md': readFixture('corpus', '2021_01-Spring_project_ideas.md'),
  'programs/lfx-mentorship/2023/01-Mar-May/README.md': readFixture('corpus', '2023_01-Mar-May_README.md'),
  'programs/summerofcode/2024.md': readFixture('corpus', 'gsoc_2024.md'),
};

/** One session of the server: its index's log lines and every workspace symbol; stopped as soon as its index is ready. */
async function session(root: string, storage: string) {
  const server = await startServer(root, { initializationOptions: { storageUri: pathToFileURL(storage).toString() } });
  try {
    await server.indexed;
    // Stopped at once: the index is written right after it is ready, and a shutdown waits for that write.
    const symbols = (await server.connection.sendRequest(WorkspaceSymbolRequest.type, { query: '' })) as SymbolInformation[];
    return { logs: server.logs.map((log) => log.message).filter((message) => /index/i.test(message)), symbols };
  } finally {
    await server.stop();
  }
}

function isWhole(indexFile: string): boolean {
  try {
    return JSON.parse(gunzipSync(readFileSync(indexFile)).toString('utf8')).format === 1;
  } catch {
    return false;
  }
}

test('the index is saved in the storage folder, restored by the next session, and a corrupted save is logged and replaced', async () => {
  const root = temporaryTree(FILES, 'lfx-persist-');
  const storage = join(mkdtempSync(join(tmpdir(), 'lfx-storage-')), 'not-yet-made');
  const indexFile = join(storage, 'index-v1.json.gz');
  try {
    const first = await session(root, storage);
    assert.deepEqual(first.logs, ['Indexed 3 proposal files.']);
    assert.ok(isWhole(indexFile), 'saved as gzip JSON');
    assert.ok(first.symbols.length > 20);

    const second = await session(root, storage);
    assert.deepEqual(second.logs, ['Indexed 3 proposal files (3 restored from the saved index).']);
    assert.deepEqual(second.symbols, first.symbols, 'the same symbols, at the same ranges, from the restored index');

    writeFileSync(indexFile, 'not a gzip file');
    const third = await session(root, storage);
    assert.match(third.logs[0], /^Ignoring the saved workspace index: .+\.$/);
    assert.deepEqual(third.logs.slice(1), ['Indexed 3 proposal files.']);
    assert.deepEqual(third.symbols, first.symbols);
    assert.ok(isWhole(indexFile), 'written anew');
    assert.deepEqual(readdirSync(storage), ['index-v1.json.gz'], 'no temporary file left');
  } finally {
    rmSync(root, { recursive: true, force: true });
    rmSync(join(storage, '..'), { recursive: true, force: true });
  }
});

test('without a storage folder the server saves nothing', async () => {
  const root = temporaryTree(FILES, 'lfx-persist-');
  try {
    const server = await startServer(root);
    await server.indexed;
    await server.stop();
    assert.deepEqual(server.logs.map((log) => log.message).filter((message) => /index/i.test(message)), ['Indexed 3 proposal files.']);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
