// The extension's entry point: starts the LFX proposals language server for markdown files
// and wires the editor-side parts (preview, status bar, commands). All analysis lives in the
// server; this side only asks it and shows the answers.

import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  LanguageClient,
  type LanguageClientOptions,
  RevealOutputChannelOn,
  type ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { PreviewPanel } from './preview/preview-panel';
import { ProposalFiles } from './proposal-files';
import { RestartingErrorHandler } from './restart';
import { registerStatusBar } from './status-bar';

let client: LanguageClient | undefined;

/** Starts the language server; VS Code calls this on the first markdown file. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const channelName = 'LFX Mentorship Proposals';
  const outputChannel = vscode.window.createOutputChannel(channelName, { log: true });
  const clientOptions: LanguageClientOptions = {
    // The server decides which markdown files are proposal files (lfxProposals.files), so the
    // CLI and the editor share one matcher.
    documentSelector: [{ scheme: 'file', language: 'markdown' }],
    outputChannel,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    // A crashed server is restarted; the user is told once, not on every crash.
    errorHandler: new RestartingErrorHandler((message) => void vscode.window.showWarningMessage(message), channelName),
    synchronize: { configurationSection: 'lfxProposals' },
  };
  client = new LanguageClient('lfxProposals', 'LFX Mentorship Proposals', serverOptions, clientOptions);
  context.subscriptions.push(outputChannel);
  await client.start();

  const proposalFiles = new ProposalFiles(client);
  const preview = new PreviewPanel(context.extensionUri, proposalFiles);
  context.subscriptions.push(proposalFiles, preview, registerStatusBar(proposalFiles), ...registerCommands(client, preview, proposalFiles));
}

/** Stops the language server when the extension is deactivated. */
export async function deactivate(): Promise<void> {
  await client?.stop();
}
