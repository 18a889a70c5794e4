/// <reference types="mocha" />
// The outline through VS Code's document symbol command: term → organisations → projects.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { corpusUri, waitForDiagnostics } from '../util';

type OutlineSymbol = vscode.DocumentSymbol & vscode.SymbolInformation;

suite('Document symbols', () => {
  const uri = corpusUri('2021_03-Fall_README.md');
  let symbols: OutlineSymbol[];

  suiteSetup(async () => {
    const ready = waitForDiagnostics(uri);
    await vscode.workspace.openTextDocument(uri);
    await ready;
    symbols = (await vscode.commands.executeCommand<OutlineSymbol[]>('vscode.executeDocumentSymbolProvider', uri)) ?? [];
  });

  test('the term is the root: its title, the number of projects, kind File', () => {
    // VS Code merges every provider's symbols: the built-in markdown outline is there too.
    const term = symbols.find((symbol) => symbol.kind === vscode.SymbolKind.File);
    assert.ok(term, symbols.map((symbol) => `${symbol.name} (${vscode.SymbolKind[symbol.kind]})`).join(', '));
    assert.equal(term.name, "Q3 - Fall'2021");
    assert.equal(term.detail, '34 projects');
  });

  test('organisations under the term, with their projects under them', () => {
    const term = symbols.find((symbol) => symbol.kind === vscode.SymbolKind.File)!;
    const orgs = term.children.filter((child) => child.kind === vscode.SymbolKind.Namespace);
    assert.equal(orgs.length, 16);
    const kubernetes = orgs.find((org) => org.name === 'Kubernetes');
    assert.ok(kubernetes, orgs.map((org) => org.name).join(', '));
    assert.equal(kubernetes.detail, '2 projects');
    assert.deepEqual(
      kubernetes.children.map((project) => [project.name, vscode.SymbolKind[project.kind]]),
      [
        ['Improvements to Cluster API provider for GCP (CAPG)', 'Class'],
        ['Improve SIG-Node testing using Kubetest2', 'Class'],
      ],
    );
    assert.equal(kubernetes.children[0].selectionRange.start.line, 22);
    assert.match(kubernetes.children[0].detail, /@dims/);
  });
});
