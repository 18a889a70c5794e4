// Faults over stdio: a request that fails is answered with an LSP error and logged, and the
// server keeps serving; workspace files that cannot be read are skipped with a log line; the
// index follows files deleted and renamed under it.

import assert from 'node:assert/strict';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import {
  type CompletionItem,
  CompletionRequest,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ResponseError,
} from 'vscode-languageserver-protocol/node';
import { type ServerSession, startServer } from '../helpers/lsp';
import { temporaryTree } from '../helpers/paths';

const entry = (org: string, name: string, handle: string) => `### ${org}

#### A project of ${name}

- Description: Something.
- Recommended Skills: Go
- Mentor(s): ${name} (@${handle}), Other Mentor (@other-mentor)
- Upstream Issue: https://github.com/example/${handle}/issues/1
`;
const DRAFT = `### Draft

#### Draft project

- Description: x
- Recommended Skills: Go
- Mentor(s): @
- Upstream Issue: https://github.com/example/draft/issues/1
`;
const MENTOR_LINE = { line: 6, character: '- Mentor(s): @'.length };

/** Resolves when the server has logged a message matching `pattern` (window/logMessage). */
async function logged(server: ServerSession, pattern: RegExp, what: string): Promise<string> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const found = server.logs.find((log) => pattern.test(log.message));
    if (found) return found.message;
    if (Date.now() > deadline) assert.fail(`no log line ${what} in:\n${server.logs.map((log) => log.message).join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function handles(server: ServerSession, uri: string): Promise<string[]> {
  const result = await server.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: MENTOR_LINE });
  const items: CompletionItem[] = Array.isArray(result) ? result : (result?.items ?? []);
  return items.map((item) => item.label).filter((label) => label.startsWith('@'));
}

test('a request that fails answers an LSP error with a message, is logged, and the server keeps serving', async () => {
  const root = temporaryTree({ 'project_ideas.md': entry('Jaeger', 'Ann Lee', 'annlee') });
  const server = await startServer(root);
  try {
    await server.indexed;
    const uri = server.open(join(root, 'draft', 'project_ideas.md'), DRAFT);
    await server.diagnostics(uri);
    // A client bug: a completion request without its position. The handler's real code path
    // (the offset of the position) fails on it.
    const failure = await server.connection.sendRequest(CompletionRequest.method, { textDocument: { uri } }).then(
      () => assert.fail('a completion request without a position was answered'),
      (error: unknown) => error,
    );
    assert.ok(failure instanceof ResponseError, String(failure));
    assert.match(failure.message, /^LFX proposals: textDocument\/completion failed: .*line/);
    const log = await logged(server, /^Request textDocument\/completion failed: TypeError/, 'for the failed request');
    assert.equal(server.logs.find((entry) => entry.message === log)?.type, 1, 'logged as an error');
    assert.match(log, /\n\s+at /, 'the log line carries the stack');
    // Still serving: the next request is answered and an edit is checked.
    assert.ok((await handles(server, uri)).includes('@annlee'));
    assert.equal(server.process.exitCode, null);
  } finally {
    await server.stop();
  }
});

test('files that cannot be read are skipped with a log line: binary, a directory, a file gone before it is read', async () => {
  const root = temporaryTree({
    'a/project_ideas.md': entry('Jaeger', 'Ann Lee', 'annlee'),
    'binary/project_ideas.md': 'PK\u0003\u0004\u0000\u0000 binary \u0000 @binaryhandle',
  });
  mkdirSync(join(root, 'folder', 'project_ideas.md'), { recursive: true });
  const server = await startServer(root);
  try {
    await server.indexed;
    await logged(server, /^Skipped file:.*\/binary\/project_ideas\.md: binary content\.$/, 'for the binary file');
    const gone = pathToFileURL(join(root, 'gone', 'project_ideas.md')).toString();
    const folder = pathToFileURL(join(root, 'folder', 'project_ideas.md')).toString();
    await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [
        { uri: gone, type: FileChangeType.Created },
        { uri: folder, type: FileChangeType.Created },
      ],
    });
    await logged(server, /^Skipped file:.*\/gone\/project_ideas\.md: ENOENT\.$/, 'for the file deleted before it was read');
    await logged(server, /^Skipped file:.*\/folder\/project_ideas\.md: not a file\.$/, 'for the directory named like a proposal file');
    const uri = server.open(join(root, 'draft', 'project_ideas.md'), DRAFT);
    await server.diagnostics(uri);
    const offered = await handles(server, uri);
    assert.ok(offered.includes('@annlee'), offered.join(' '));
    assert.ok(!offered.includes('@binaryhandle'), 'nothing of the binary file is indexed');
    assert.deepEqual(server.logs.filter((log) => log.type === 1), [], 'no error logged');
  } finally {
    await server.stop();
  }
});

test('the index follows files deleted and renamed under it (workspace/didChangeWatchedFiles)', async () => {
  const root = temporaryTree({
    'a/project_ideas.md': entry('Jaeger', 'Ann Lee', 'onlyina'),
    'b/project_ideas.md': entry('Falco', 'Bob Ray', 'onlyinb'),
  });
  const server = await startServer(root);
  try {
    await server.indexed;
    const uri = server.open(join(root, 'draft', 'project_ideas.md'), DRAFT);
    await server.diagnostics(uri);
    const before = await handles(server, uri);
    assert.ok(before.includes('@onlyina') && before.includes('@onlyinb'), before.join(' '));

    rmSync(join(root, 'a', 'project_ideas.md'));
    mkdirSync(join(root, 'renamed'));
    renameSync(join(root, 'b', 'project_ideas.md'), join(root, 'renamed', 'project_ideas.md'));
    const file = (path: string) => pathToFileURL(join(root, path)).toString();
    await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [
        { uri: file('a/project_ideas.md'), type: FileChangeType.Deleted },
        { uri: file('b/project_ideas.md'), type: FileChangeType.Deleted },
        { uri: file('renamed/project_ideas.md'), type: FileChangeType.Created },
      ],
    });
    // The draft is checked again once the index has taken the changes.
    await server.diagnostics(uri);
    const after = await handles(server, uri);
    assert.ok(!after.includes('@onlyina'), `the deleted file's handle is still offered: ${after.join(' ')}`);
    assert.ok(after.includes('@onlyinb'), `the renamed file's handle is no longer offered: ${after.join(' ')}`);
    assert.ok(after.includes('@other-mentor'), 'a handle both files had stays');
    writeFileSync(join(root, 'renamed', 'project_ideas.md'), entry('Falco', 'Bob Ray', 'changedb'));
    await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: file('renamed/project_ideas.md'), type: FileChangeType.Changed }] });
    await server.diagnostics(uri);
    const changed = await handles(server, uri);
    assert.ok(changed.includes('@changedb') && !changed.includes('@onlyinb'), changed.join(' '));
  } finally {
    await server.stop();
  }
});
