/// <reference types="mocha" />
// A Google Summer of Code idea page in the real VS Code: programs/summerofcode/2026.md is a
// proposal file by the default patterns, the template's comment left after "Mentor(s):" is in
// the Problems data with its rule, and its quick fix removes the comment and only the comment;
// the outline and a handle's hover name the page's term "Google Summer of Code 2026".

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { corpusUri, describeDiagnostics, retry, ruleOf, waitForDiagnostics } from '../util';

// 0-based: "- Mentor(s): #For GSoC, it is **required** …" (KitOps, gsoc_2026.md).
const LINE = 208;

suite('Google Summer of Code pages', () => {
  const uri = corpusUri('gsoc_2026.md');
  let document: vscode.TextDocument;

  suiteSetup(async () => {
    const ready = waitForDiagnostics(uri);
    document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    await ready;
  });

  test('the outline\'s root is the programme and year, "Google Summer of Code 2026"', async () => {
    const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri)) ?? [];
    const term = symbols.find((symbol) => symbol.kind === vscode.SymbolKind.File);
    assert.ok(term, symbols.map((symbol) => symbol.name).join(', '));
    assert.equal(term.name, 'Google Summer of Code 2026');
    assert.equal(term.detail, '14 projects');
  });

  test('hover on a handle lists the mentor\'s GSoC ideas under the page\'s term, beside their LFX projects', async () => {
    // 0-based line 148: "  - Jonah Kowall (@jkowall, jkowall@kowall.net)" (Jaeger).
    const line = document.lineAt(148).text;
    const position = new vscode.Position(148, line.indexOf('@jkowall') + 2);
    const text = await retry(
      () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position),
      (hovers) => {
        const all = (hovers ?? []).flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');
        // The workspace index has read the LFX term files too.
        return /Google Summer of Code 2026/.test(all) && /lfx-mentorship/.test(all) ? all : undefined;
      },
      'a hover naming the GSoC page\'s term and an LFX term file',
    );
    assert.match(text, /Jaeger/);
  });

  test('the template comment gets template-text, and its fix removes only the comment', async () => {
    assert.match(document.lineAt(LINE).text, /^- Mentor\(s\): #For GSoC/);
    const diagnostics = await waitForDiagnostics(uri, (all) => all.some((d) => d.range.start.line === LINE && ruleOf(d) === 'template-text'));
    const diagnostic = diagnostics.find((d) => d.range.start.line === LINE && ruleOf(d) === 'template-text')!;
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    // The GSoC rules run on the page; LFX's limit of four mentors does not.
    assert.ok(diagnostics.some((d) => ruleOf(d) === 'primary-mentor'), describeDiagnostics(diagnostics));
    assert.ok(!diagnostics.some((d) => ruleOf(d) === 'mentor-count'), describeDiagnostics(diagnostics));

    const isFix = (action: vscode.CodeAction | vscode.Command): action is vscode.CodeAction =>
      action.title === 'Remove the template comment' && 'kind' in action && Boolean(action.kind && vscode.CodeActionKind.QuickFix.contains(action.kind));
    const [fix] = await retry(
      () => vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value),
      (actions) => (actions?.some(isFix) ? actions.filter(isFix) : undefined),
      'the quick fix "Remove the template comment"',
    );
    assert.ok(fix.edit, 'the fix carries an edit');
    const fixed = waitForDiagnostics(
      uri,
      (all) => all.length > 0 && !all.some((d) => d.range.start.line === LINE && ruleOf(d) === 'template-text'),
      'the template-text finding to go once the comment is removed',
    );
    assert.equal(await vscode.workspace.applyEdit(fix.edit), true, 'the edit applies');
    assert.equal(document.lineAt(LINE).text, '- Mentor(s):');
    assert.equal(document.lineAt(LINE + 1).text, '  - Gorkem Ercan (@gorkem, gorkem.ercan@gmail.com) - primary');
    const after = await fixed;
    assert.ok(!after.some((d) => d.range.start.line === LINE && ruleOf(d) === 'template-text'), describeDiagnostics(after));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
