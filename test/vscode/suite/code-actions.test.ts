/// <reference types="mocha" />
// Quick fixes through VS Code's code action command, applied with a workspace edit: the label
// "- Mentors " (no colon) of a corpus file becomes "- Mentor(s):".

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { corpusUri, describeDiagnostics, retry, ruleOf, waitForDiagnostics } from '../util';

// 0-based: "- Mentors " above a nested list of mentors (OpenCost, 2025 Sep-Nov).
const LINE = 164;

suite('Quick fixes', () => {
  const uri = corpusUri('2025_03-Sep-Nov_README.md');
  let document: vscode.TextDocument;

  suiteSetup(async () => {
    const ready = waitForDiagnostics(uri);
    document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    await ready;
  });

  test('label-variant on "- Mentors": the fix rewrites the label to "Mentor(s):"', async () => {
    assert.equal(document.lineAt(LINE).text, '- Mentors ');
    const diagnostics = await waitForDiagnostics(uri, (all) => all.some((d) => d.range.start.line === LINE && ruleOf(d) === 'label-variant'));
    const diagnostic = diagnostics.find((d) => d.range.start.line === LINE && ruleOf(d) === 'label-variant')!;
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Hint);

    // The command's CodeActions carry no `diagnostics` (VS Code drops them when converting the
    // result), so the fix is recognised by its kind and title.
    const isFix = (action: vscode.CodeAction | vscode.Command): action is vscode.CodeAction =>
      action.title === 'Write the label as "Mentor(s):"' && 'kind' in action && Boolean(action.kind && vscode.CodeActionKind.QuickFix.contains(action.kind));
    const fixes = await retry(
      () => vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value),
      (actions) => (actions?.some(isFix) ? actions.filter(isFix) : undefined),
      'the quick fix "Write the label as "Mentor(s):""',
    );
    assert.equal(fixes.length, 1);
    const [fix] = fixes;
    assert.equal(fix.isPreferred, true, 'a safe fix is the preferred one');
    assert.ok(fix.edit, 'the fix carries an edit');
    assert.deepEqual(
      fix.edit.entries().map(([target, edits]) => [target.toString(), edits.map((edit) => [edit.range.start.character, edit.range.end.character, edit.newText])]),
      [[uri.toString(), [[2, 9, 'Mentor(s):']]]],
    );

    const fixed = waitForDiagnostics(
      uri,
      (all) => all.length > 0 && !all.some((d) => d.range.start.line === LINE && ruleOf(d) === 'label-variant'),
      'the label-variant hint to go once the label is fixed',
    );
    assert.equal(await vscode.workspace.applyEdit(fix.edit), true, 'the edit applies');
    assert.equal(document.lineAt(LINE).text, '- Mentor(s): ');
    assert.equal(document.lineAt(LINE + 1).text, '  - Alex Meijer (@ameijer, alexander.meijer@ibm.com)');
    const after = await fixed;
    assert.ok(!after.some((d) => d.range.start.line === LINE), describeDiagnostics(after));
  });
});
