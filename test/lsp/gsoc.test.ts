// A Google Summer of Code idea page through the bundled server, with the default settings, in a
// tree shaped like cncf/mentoring: the page is a proposal file by the default patterns, gets the
// GSoC rules' diagnostics and their quick fixes, completion of sizes, and its mentors are known to
// hover together with the LFX term file's.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { CodeActionRequest, type CompletionItem, CompletionRequest, type Hover, HoverRequest } from 'vscode-languageserver-protocol/node';
import { LineIndex } from '../../server/src/core/lines';
import { type ServerSession, startServer } from '../helpers/lsp';
import { readFixture, temporaryTree } from '../helpers/paths';

const PAGE = readFixture('corpus', 'gsoc_2026.md').replace('- Expected project size: medium\n', '- Expected project size: \n');
const root = temporaryTree({
  'programs/summerofcode/2026.md': PAGE,
  'programs/lfx-mentorship/2026/01-Mar-May/README.md': readFixture('corpus', '2026_01-Mar-May_README.md'),
});
const lines = new LineIndex(PAGE);
let server: ServerSession;
let uri: string;

before(async () => {
  server = await startServer(root);
  await server.indexed;
  uri = server.open(join(root, 'programs', 'summerofcode', '2026.md'), PAGE);
});
after(async () => {
  await server.stop();
  assert.equal(server.process.exitCode, 0, server.stderr());
});

test('a GSoC page under programs/summerofcode/ gets the GSoC rules by default, with quick fixes', async () => {
  const diagnostics = await server.diagnostics(uri);
  const codes = new Set(diagnostics.map((diagnostic) => diagnostic.code));
  for (const code of ['primary-mentor', 'template-text', 'project-size']) assert.ok(codes.has(code), `${code} in ${[...codes].join(', ')}`);
  assert.ok(!codes.has('mentor-count'));
  const comment = diagnostics.find((diagnostic) => diagnostic.code === 'template-text');
  assert.ok(comment);
  const actions = (await server.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: comment.range,
    context: { diagnostics: [comment] },
  })) as Array<{ title: string; edit?: { changes?: Record<string, Array<{ newText: string }>> } }>;
  assert.ok(actions.some((action) => /remove/i.test(action.title)), actions.map((action) => action.title).join(' | '));
});

test('completion in an empty Expected project size offers small, medium and large as the page writes them', async () => {
  const offset = PAGE.indexOf('- Expected project size: \n') + '- Expected project size: '.length;
  const result = await server.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: lines.positionAt(offset) });
  const items = (Array.isArray(result) ? result : (result?.items ?? [])) as CompletionItem[];
  assert.deepEqual(items.map((item) => item.label), ['small', 'medium', 'large']);
});

test('hover on a handle lists the mentor\'s GSoC ideas and LFX projects together', async () => {
  const offset = PAGE.indexOf('@illume') + 2;
  const hover = (await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: lines.positionAt(offset) })) as Hover;
  const value = (hover.contents as { value: string }).value;
  assert.match(value, /Security-focused UX Improvements/);
  assert.match(value, /Headlamp/);
});
