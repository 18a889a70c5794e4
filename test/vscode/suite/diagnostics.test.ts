/// <reference types="mocha" />
// Diagnostics in the real VS Code: a term README of the corpus, opened from a workspace path
// that the default `lfxProposals.files` patterns match, gets the extension's findings.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { corpusUri, describeDiagnostics, ruleOf, waitForDiagnostics } from '../util';

suite('Diagnostics', () => {
  const uri = corpusUri('2021_03-Fall_README.md');
  let diagnostics: vscode.Diagnostic[];

  suiteSetup(async () => {
    // Subscribed before opening: opening the file activates the extension and starts the server.
    const arrived = waitForDiagnostics(uri);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    diagnostics = await arrived;
  });

  test('a project heading at the organisation level: heading-level, an error at line 137', () => {
    const found = diagnostics.filter((diagnostic) => diagnostic.range.start.line === 136 && ruleOf(diagnostic) === 'heading-level');
    assert.equal(found.length, 1, describeDiagnostics(diagnostics));
    const [diagnostic] = found;
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(diagnostic.range.start.character, 0);
    assert.match(diagnostic.message, /^Project heading "Support remote Terraform HCL .*" is level 4/);
    // The code links to the rule's documentation.
    assert.equal(typeof diagnostic.code, 'object', 'the code carries a documentation link');
  });

  test('the other known problems of the file are reported too', () => {
    const reported = new Set(diagnostics.map((diagnostic) => `${diagnostic.range.start.line + 1} ${ruleOf(diagnostic)}`));
    for (const known of ['36 label-variant', '347 unknown-field']) {
      assert.ok(reported.has(known), `missing ${known} in:\n${describeDiagnostics(diagnostics)}`);
    }
  });
});
