// The extension's entry point on Node (the manifest's `main`, dist/client.js): starts the LFX
// proposals language server in a Node process, which reads the workspace from the disk. All
// analysis lives in the server; start.ts wires the editor-side parts (preview, status bar,
// commands), the same as in the browser (browser-extension.ts).

import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { SERVER_ENV, SERVER_EXEC_ARGV } from './server-options';
import { RestartingErrorHandler } from './restart';
import { CLIENT_ID, CLIENT_NAME, clientOptions, type ExtensionApi, startExtension } from './start';

let client: LanguageClient | undefined;

/** Starts the language server; VS Code calls this on the first markdown file. */
export async function activate(context: vscode.ExtensionContext): Promise<ExtensionApi> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    // The library adds these variables to the editor's environment (it does not replace it).
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV], env: SERVER_ENV } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6009'], env: SERVER_ENV } },
  };
  // Untitled editors too: a new issue-form draft is one until it is saved.
  const selector = [
    { scheme: 'file', language: 'markdown' },
    { scheme: 'untitled', language: 'markdown' },
  ];
  const options = clientOptions(context, selector);
  // A crashed server is restarted; the user is told once, not on every crash.
  options.errorHandler = new RestartingErrorHandler((message) => void vscode.window.showWarningMessage(message), CLIENT_NAME);
  client = new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, options);
  return startExtension(context, client);
}

/** Stops the language server when the extension is deactivated. */
export async function deactivate(): Promise<void> {
  await client?.stop();
}
