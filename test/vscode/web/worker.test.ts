/// <reference types="mocha" />
// The web tier's own check that it tests what it claims: the extension under test runs its
// browser build in VS Code's web-worker extension host (no Node there), not its Node build.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { corpusUri, waitForDiagnostics } from '../util';

suite('Web worker', () => {
  test('the extension runs its `browser` entry in the web-worker extension host', async () => {
    const extension = vscode.extensions.getExtension('lfx-proposals.lfx-proposals');
    assert.ok(extension, 'the extension is installed');
    // The tests run in the extension host of the extension under development.
    assert.equal(typeof process, 'undefined', 'this extension host has no Node process');
    assert.equal(typeof (globalThis as { importScripts?: unknown }).importScripts, 'function', 'this extension host is a web worker');
    assert.equal(extension.extensionKind, vscode.ExtensionKind.UI);
    assert.equal(extension.packageJSON.browser, './dist/web/client.js');
    const uri = corpusUri('2021_03-Fall_README.md');
    const arrived = waitForDiagnostics(uri);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await arrived;
    assert.ok(extension.isActive, 'the extension activated on a markdown file');
  });
});
