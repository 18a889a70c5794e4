/// <reference types="mocha" />
// The commands in the real VS Code: Check All Proposal Files lists the problems of files that
// are not open; Regenerate Table of Contents rewrites the list with GitHub's anchors.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { corpusUri, lfxDiagnostics, waitFor } from '../util';

suite('Commands', () => {
  test('Check All Proposal Files publishes the findings of files that are not open', async () => {
    const unopened = corpusUri('2023_01-Mar-May_README.md');
    assert.ok(!vscode.workspace.textDocuments.some((document) => document.uri.toString() === unopened.toString()));
    await vscode.commands.executeCommand('lfxProposals.checkAllFiles');
    const diagnostics = await waitFor(vscode.languages.onDidChangeDiagnostics, () => {
      const found = lfxDiagnostics(unopened);
      return found.length > 0 ? found : undefined;
    }, 'the diagnostics of an unopened file');
    assert.ok(diagnostics.some((diagnostic) => diagnostic.message.includes('Upstraeam Issue')), 'the typo of line 745 is listed');
  });

  test('Regenerate Table of Contents links the "&" headings by GitHub\'s anchors', async () => {
    const document = await vscode.workspace.openTextDocument(corpusUri('2026_03-Sep-Nov_README.md'));
    await vscode.window.showTextDocument(document);
    assert.ok(document.getText().includes('(#nebraska-reporting-metrics-uplift)'));
    await waitFor(vscode.languages.onDidChangeDiagnostics, () => (lfxDiagnostics(document.uri).length > 0 ? true : undefined), 'the file to be checked');
    await vscode.commands.executeCommand('lfxProposals.regenerateToc');
    assert.ok(document.getText().includes('- [Nebraska Reporting & Metrics Uplift](#nebraska-reporting--metrics-uplift)'));
    assert.ok(!document.getText().includes('(#nebraska-reporting-metrics-uplift)'));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
