/// <reference types="mocha" />
// The preview command opens the extension's webview panel beside the editor.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { corpusUri, waitFor, waitForDiagnostics } from '../util';

/** The tab of the preview webview, if one is open. */
function previewTab(): vscode.Tab | undefined {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .find((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.includes('lfxProposals.preview'));
}

suite('Preview', () => {
  const uri = corpusUri('2021_03-Fall_README.md');

  suiteSetup(async () => {
    // The command previews proposal files only, which the server knows once it has checked the file.
    const ready = waitForDiagnostics(uri);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await ready;
  });

  test('lfxProposals.openPreviewToSide opens the preview webview in another editor group', async () => {
    assert.equal(previewTab(), undefined, 'no preview before the command');
    const opened = waitFor(vscode.window.tabGroups.onDidChangeTabs, previewTab, 'a webview tab of viewType lfxProposals.preview', 20_000);
    await vscode.commands.executeCommand('lfxProposals.openPreviewToSide', uri);
    const tab = await opened;
    assert.equal(tab.label, 'LFX Proposals Preview');
    const editorTab = vscode.window.tabGroups.all
      .flatMap((group) => group.tabs)
      .find((candidate) => candidate.input instanceof vscode.TabInputText && candidate.input.uri.toString() === uri.toString());
    assert.ok(editorTab, 'the file is still open');
    assert.notEqual(tab.group.viewColumn, editorTab.group.viewColumn, 'the preview opens to the side');
    await vscode.window.tabGroups.close(tab);
  });
});
