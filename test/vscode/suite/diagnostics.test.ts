/// <reference types="mocha" />
// Diagnostics in the real VS Code: a term README of the corpus, opened from a workspace path
// that the default `lfxProposals.files` patterns match, gets the extension's findings.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { corpusUri, describeDiagnostics, ruleOf, waitForDiagnostics, workspaceUri } from '../util';

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

  test('every finding of the file as the unit tier reads it (its snapshot), at the same place with the same message; the workspace adds only cross-file upstream duplicates', async () => {
    // The same suite runs in the Node extension host and in the browser's worker: both must equal it.
    const snapshot = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri('expected/2021_03-Fall_README.txt')));
    const expected = snapshot.trimEnd().split('\n').filter(Boolean);
    const severity = ['error', 'warning', 'information', 'hint'];
    const actual = diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${severity[d.severity]} ${ruleOf(d)} ${d.message}`);
    const unmatched = [...actual];
    const missing = expected.filter((line) => {
      const index = unmatched.indexOf(line);
      if (index >= 0) unmatched.splice(index, 1);
      return index < 0;
    });
    assert.deepEqual(missing, [], 'findings of the snapshot not reported');
    // Another file's use of the same upstream issue: its message names the file, not "this file".
    assert.deepEqual(unmatched.filter((line) => !/^\S+ \w+ upstream-duplicate .* in (?!this file)\S+\.md\.$/.test(line)), [], 'diagnostics beyond the snapshot');
    assert.ok(expected.length > 40, `the snapshot has the file's ${expected.length} findings`);
  });

  test('the other known problems of the file are reported too', () => {
    const reported = new Set(diagnostics.map((diagnostic) => `${diagnostic.range.start.line + 1} ${ruleOf(diagnostic)}`));
    for (const known of ['36 label-variant', '347 unknown-field']) {
      assert.ok(reported.has(known), `missing ${known} in:\n${describeDiagnostics(diagnostics)}`);
    }
  });
});
