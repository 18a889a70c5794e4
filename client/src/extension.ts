// The extension's entry point: starts the LFX proposals language server for the
// markdown files that `lfxProposals.files` names. All analysis lives in the server.
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/** Starts the language server; VS Code calls this on the first markdown file. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const outputChannel = vscode.window.createOutputChannel('LFX Mentorship Proposals', { log: true });
  const clientOptions: LanguageClientOptions = {
    // The server decides which markdown files are proposal files (lfxProposals.files),
    // so that the CLI and the editor share one matcher.
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    outputChannel,
    synchronize: { configurationSection: 'lfxProposals' },
  };
  client = new LanguageClient('lfxProposals', 'LFX Mentorship Proposals', serverOptions, clientOptions);
  context.subscriptions.push(outputChannel);
  await client.start();
}

/** Stops the language server when the extension is deactivated. */
export async function deactivate(): Promise<void> {
  await client?.stop();
}
