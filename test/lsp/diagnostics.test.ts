// The bundled language server over stdio: diagnostics for proposal files, none for other
// markdown, and quick fixes that change the text as the CLI's --fix does.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { CodeActionRequest, DidChangeTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { type ServerSession, startServer } from '../helpers/lsp';
import { fixturePath, readFixture, REPO_ROOT } from '../helpers/paths';

const WORKSPACE = join(REPO_ROOT, 'examples');
let server: ServerSession;

before(async () => {
  server = await startServer(WORKSPACE, { settings: { files: ['**/project_ideas.md', '**/lfx-mentorship/**/README.md'] } });
});
after(async () => {
  await server.stop();
  assert.equal(server.process.exitCode, 0, server.stderr());
});

test('publishes diagnostics with source, code, docs link and exact range for a proposal file', async () => {
  const text = readFixture('corpus', '2021_03-Fall_README.md');
  const uri = server.open(join(WORKSPACE, 'lfx-mentorship', '2021', '03-Fall', 'README.md'), text);
  const diagnostics = await server.diagnostics(uri);
  const terraform = diagnostics.find((diagnostic) => diagnostic.code === 'heading-level');
  assert.deepEqual(terraform, {
    range: { start: { line: 136, character: 0 }, end: { line: 136, character: 81 } },
    severity: 1,
    source: 'lfx-proposals',
    code: 'heading-level',
    codeDescription: { href: 'https://github.com/lfx-proposals/vscode-lfx-proposals/blob/main/docs/rules/heading-level.md' },
    message:
      'Project heading "Support remote Terraform HCL (Git repo or ConfigMap) in Terraform Controller" is level 4 (the organisation level); this document\'s projects are level 5 (#####).',
  });
  assert.deepEqual(
    [...new Set(diagnostics.map((diagnostic) => diagnostic.code))].sort(),
    ['few-mentors', 'heading-level', 'label-variant', 'mentor-format', 'unknown-field', 'unknown-project', 'upstream-multiple', 'url-kind'],
  );
});

test('ignores markdown files that lfxProposals.files does not name', async () => {
  const uri = server.open(join(WORKSPACE, 'notes.md'), '### Org\n\n#### Project\n\n- Description:\n');
  assert.deepEqual(await server.diagnostics(uri), []);
});

test('re-checks on an incremental edit and offers a quick fix that edits only its span', async () => {
  const path = fixturePath('scratch', 'project_ideas.md');
  const text = '### Cilium\n\n#### Use cases\n\n- Description: x\n- Recommended Skills: y\n- Mentors: Ann (@ann), Bob (@bob)\n- Upstream Issue: https://github.com/a/b/issues/1\n';
  const uri = server.open(path, text);
  const first = await server.diagnostics(uri, 1);
  assert.deepEqual(first.map((diagnostic) => diagnostic.code), ['label-variant']);
  // Type a typo into the Description label: "Description" → "Desription".
  await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line: 4, character: 4 }, end: { line: 4, character: 5 } }, text: '' }],
  });
  const second = await server.diagnostics(uri, 2);
  assert.deepEqual(second.map((diagnostic) => [diagnostic.code, diagnostic.range.start.line]), [
    ['unknown-field', 4],
    ['label-variant', 6],
  ]);
  const actions = await server.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: second[1].range,
    context: { diagnostics: [second[1]], only: ['quickfix'] },
  });
  assert.ok(actions);
  assert.deepEqual(
    actions.map((candidate) => candidate.title),
    ['Write the label as "Mentor(s):"', 'Ignore this label-variant finding here'],
  );
  const action = actions[0] as { title: string; edit: { changes: Record<string, unknown> } };
  assert.equal(action.title, 'Write the label as "Mentor(s):"');
  assert.deepEqual(action.edit.changes[uri], [
    { range: { start: { line: 6, character: 2 }, end: { line: 6, character: 10 } }, newText: 'Mentor(s):' },
  ]);
});

test('after each check, lfxProposals/fileStatus says whether the document is a proposal file, with its numbers', async () => {
  const text = '### Cilium\n\n#### Use cases\n\n- Description: x\n- Recommended Skills: y\n- Mentors: Ann (@ann), Bob (@bob)\n- Upstream Issue: https://github.com/a/b/issues/1\n';
  const uri = server.open(fixturePath('scratch', 'status', 'project_ideas.md'), text);
  const diagnostics = await server.diagnostics(uri, 1);
  const count = (severity: number) => diagnostics.filter((diagnostic) => diagnostic.severity === severity).length;
  assert.ok(count(4) > 0, 'the label-variant hint');
  assert.deepEqual(await server.fileStatus(uri, 1), {
    uri,
    version: 1,
    proposal: true,
    summary: { term: '', organisations: 1, projects: 1, problems: { error: count(1), warning: count(2), information: count(3), hint: count(4) } },
  });
  const notes = server.open(join(WORKSPACE, 'status-notes.md'), text);
  assert.deepEqual(await server.fileStatus(notes, 1), { uri: notes, version: 1, proposal: false });
});

test('a burst of edits is checked once, for its last version: no diagnostics for a version already replaced', async () => {
  // A debounce long enough that the burst (sent at once) always falls inside it, however slow the machine.
  const session = await startServer(WORKSPACE, { settings: { files: ['**/project_ideas.md'], validation: { delayMs: 400 } } });
  try {
    const uri = session.open(fixturePath('scratch', 'project_ideas.md'), '### Cilium\n\n#### Use cases\n\n- Description: x\n', 1);
    await session.diagnostics(uri, 1);
    const before = session.publishes.length;
    const last = 12;
    for (let version = 2; version <= last; version++) {
      void session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version },
        // Typed at the end of "- Description: x", one character per version.
        contentChanges: [{ range: { start: { line: 4, character: 14 + version }, end: { line: 4, character: 14 + version } }, text: 'y' }],
      });
    }
    await session.diagnostics(uri, last);
    // Longer than the debounce again: a late check of an older version would have published by now.
    await new Promise((resolve) => setTimeout(resolve, 600));
    assert.deepEqual(
      session.publishes.slice(before).map((params) => params.version),
      [last],
    );
  } finally {
    await session.stop();
  }
});

test('serves a bare client (no configuration, no registration) with the default files', async () => {
  const bare = await startServer(WORKSPACE, { bare: true });
  const uri = bare.open(join(WORKSPACE, 'project_ideas.md'), '### Cilium\n\n#### Use cases\n\n- Description:\n');
  const diagnostics = await bare.diagnostics(uri);
  assert.ok(diagnostics.some((diagnostic) => diagnostic.code === 'empty-field'));
  // A client without progress reports learns that the index is ready all the same.
  await bare.indexed;
  assert.deepEqual(bare.progress, []);
  await bare.stop();
  assert.equal(bare.process.exitCode, 0, bare.stderr());
});

test('a file over lfxProposals.maxFileSizeKB gets one information diagnostic instead of an analysis, and is checked again once under it', async () => {
  const small = await startServer(WORKSPACE, { settings: { files: ['**/project_ideas.md'], maxFileSizeKB: 1 } });
  const text = `### Cilium\n\n#### Use cases\n\n- Description: ${'long text '.repeat(200)}\n`;
  const uri = small.open(join(WORKSPACE, 'project_ideas.md'), text);
  const diagnostics = await small.diagnostics(uri);
  assert.deepEqual(
    diagnostics.map((diagnostic) => [diagnostic.severity, diagnostic.range.start, diagnostic.message]),
    [[3, { line: 0, character: 0 }, 'LFX proposals: this file is 2 KB, over lfxProposals.maxFileSizeKB (1 KB), so it was not checked. Raise the setting, or check it with the CLI.']],
  );
  // Cut back under the limit (the long description deleted), it is checked again: one mentor-less entry.
  const line = text.split('\n').findIndex((candidate) => candidate.startsWith('- Description:'));
  await small.connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line, character: '- Description: '.length }, end: { line, character: text.split('\n')[line].length } }, text: 'short' }],
  });
  const checked = await small.diagnostics(uri, 2);
  assert.ok(checked.length > 0 && checked.every((diagnostic) => !String(diagnostic.message).includes('maxFileSizeKB')), JSON.stringify(checked.map((d) => d.message)));
  assert.ok(checked.some((diagnostic) => diagnostic.code === 'missing-field'), JSON.stringify(checked.map((d) => d.code)));
  await small.stop();
});
