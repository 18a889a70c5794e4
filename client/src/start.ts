// What the extension does once its language client exists, the same on Node and in the
// browser: the client's options, the preview, the status bar and the commands. The entries
// (extension.ts on Node, browser-extension.ts in a web worker) differ only in how they start
// the server.

import * as vscode from 'vscode';
import { type BaseLanguageClient, type DocumentSelector, type LanguageClientOptions, RevealOutputChannelOn } from 'vscode-languageclient';
import { registerCommands } from './commands';
import { PreviewPanel } from './preview/preview-panel';
import { ProposalFiles } from './proposal-files';
import { registerStatusBar } from './status-bar';

/** The client's id and name (its output channel and trace setting, `lfxProposals.trace.server`). */
export const CLIENT_ID = 'lfxProposals';
export const CLIENT_NAME = 'LFX Mentorship Proposals';

/**
 * The options of the language client for the markdown documents of `documentSelector`; the
 * server decides which of them are proposal files (lfxProposals.files), so the CLI and the
 * editor share one matcher.
 */
export function clientOptions(context: vscode.ExtensionContext, documentSelector: DocumentSelector): LanguageClientOptions {
  const outputChannel = vscode.window.createOutputChannel(CLIENT_NAME, { log: true });
  context.subscriptions.push(outputChannel);
  return {
    documentSelector,
    outputChannel,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    synchronize: { configurationSection: 'lfxProposals' },
    // Where the server keeps its workspace index between sessions (none without a workspace).
    initializationOptions: { ...(context.storageUri && { storageUri: context.storageUri.toString() }) },
  };
}

/**
 * What the extension gives other extensions and its tests (`vscode.extensions.getExtension(…).exports`):
 * events of the server, to wait on instead of asking again and again.
 */
export interface ExtensionApi {
  /** Resolves once the server's workspace index is ready: completion and hover know every proposal file. */
  whenIndexed(): Promise<void>;
}

/** Starts the client and wires the editor-side parts to it. */
export async function startExtension(context: vscode.ExtensionContext, client: BaseLanguageClient): Promise<ExtensionApi> {
  // Before the client starts: it listens to the server's notifications from the first.
  const proposalFiles = new ProposalFiles(client);
  context.subscriptions.push(proposalFiles);
  await client.start();
  const preview = new PreviewPanel(context.extensionUri, proposalFiles);
  context.subscriptions.push(preview, registerStatusBar(proposalFiles), ...registerCommands(client, preview, proposalFiles));
  return { whenIndexed: () => proposalFiles.whenIndexed() };
}
