/// <reference types="mocha" />
// Completion through VS Code's completion command: after "@" in a Mentor(s) field, the handles
// the server indexed from the other proposal files of the workspace.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { createDocument, indexReady, waitForDiagnostics } from '../util';

// A new term file: matches `**/lfx-mentorship/**/README.md`, so the server treats it as a
// proposal file and completes with what it knows of the corpus copies.
const DRAFT_PATH = 'programs/lfx-mentorship/2027/01-Mar-May/README.md';
const DRAFT = `# Term 01 - 2027 March - May

### Kubernetes

#### Cluster API provider improvements

- Description: Improve the Cluster API provider for GCP.
- Recommended Skills: Golang
- Mentor(s): @
- Upstream Issue (URL): https://github.com/kubernetes-sigs/cluster-api-provider-gcp/issues/1
`;

suite('Completion', () => {
  let document: vscode.TextDocument;
  let position: vscode.Position;

  suiteSetup(async () => {
    document = await createDocument(DRAFT_PATH, DRAFT);
    // Diagnostics (the draft has one mentor and no LFX URL) show the server took it as a proposal file.
    const ready = waitForDiagnostics(document.uri);
    await vscode.window.showTextDocument(document);
    await ready;
    position = document.positionAt(DRAFT.indexOf('- Mentor(s): @') + '- Mentor(s): @'.length);
  });

  test('after "@" in Mentor(s): a handle from another workspace file (@dims, 2021 Fall)', async () => {
    const labelOf = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);
    // The server indexes the workspace when it starts, and says when it is done.
    await indexReady();
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position, '@');
    const dims = list.items.find((item) => labelOf(item) === '@dims');
    assert.ok(dims, `@dims among ${list.items.length} items: ${list.items.slice(0, 15).map(labelOf).join(' | ')}`);
    assert.equal(dims.kind, vscode.CompletionItemKind.Reference);
    assert.match(String(dims.detail), /^Davanum Srinivas/);
    // It replaces the "@" that was typed.
    const range = dims.range instanceof vscode.Range ? dims.range : dims.range?.replacing;
    assert.ok(range, 'the item has a replace range');
    assert.deepEqual([range.start.line, range.start.character, range.end.character], [position.line, position.character - 1, position.character]);
  });
});

suite('Completion from a file never opened', () => {
  // Charly Molter (@lahabana) is only in the 2022 Spring file, which no test opens: the server
  // knows him from reading the workspace (on Node from the disk; in the browser through the
  // client's findFiles and workspace.fs), not from an open document.
  const UNOPENED = /\/2022\/01-Spring\/project_ideas\.md$/;

  test('typing "@lahab" in Mentor(s) offers @lahabana, from the 2022 Spring file', async () => {
    const text = DRAFT.replace('- Mentor(s): @', '- Mentor(s): @lahab');
    const document = await createDocument('programs/lfx-mentorship/2027/02-Jun-Aug/README.md', text);
    const ready = waitForDiagnostics(document.uri);
    await vscode.window.showTextDocument(document);
    await ready;
    assert.deepEqual(vscode.workspace.textDocuments.filter((open) => UNOPENED.test(open.uri.path)).map((open) => open.uri.toString()), [], 'the 2022 Spring file is not open');
    const position = document.positionAt(text.indexOf('@lahab') + '@lahab'.length);
    const labelOf = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);
    await indexReady();
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
    const found = list.items.find((item) => labelOf(item) === '@lahabana');
    assert.ok(found, `@lahabana among ${list.items.length} items: ${list.items.slice(0, 15).map(labelOf).join(' | ')}`);
    assert.match(String(found.detail), /^Charly Molter/);
    assert.deepEqual(vscode.workspace.textDocuments.filter((open) => UNOPENED.test(open.uri.path)).map((open) => open.uri.toString()), [], 'still not open');
  });
});
