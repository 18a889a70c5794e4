// The extension's entry point in a browser (the manifest's `browser`, dist/web/client.js), for
// github.dev, vscode.dev and any VS Code whose extension host is a web worker: starts the same
// language server in a worker (dist/web/server.js) and answers its requests for the workspace's
// files (workspace-files.ts), since a worker has no file system.

import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type MessageTransports } from 'vscode-languageclient/browser';
import { CLIENT_ID, CLIENT_NAME, clientOptions, type ExtensionApi, startExtension } from './start';
import { serveWorkspaceFiles } from './workspace-files';

/** The browser's Worker (the project compiles without the DOM library). */
declare class Worker {
  constructor(url: string);
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<ExtensionApi> {
  // Markdown files of any scheme (vscode-vfs on github.dev, vscode-remote, file): the server
  // checks those in the workspace folders.
  const serverOptions = async (): Promise<MessageTransports> => {
    // Transports rather than the worker: VS Code wraps the Worker constructor, so the client's
    // own `instanceof Worker` check would not know the worker.
    const worker = await startWorker(context.extensionUri);
    return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
  };
  // The library's own error handler: a worker's reader never reports a close, so a restart policy
  // (restart.ts) would never run here; on an error the client stops and says so.
  client = new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions(context, [{ language: 'markdown' }]));
  context.subscriptions.push(...serveWorkspaceFiles(client, context.storageUri));
  return startExtension(context, client);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

/**
 * The server's worker. VS Code's worker extension host starts workers from http(s) and file URIs
 * (vscode.dev, github.dev), but refuses `vscode-remote:` ones, which an extension installed on a
 * remote server has (code-server, Codespaces); there the script is read through
 * `vscode.workspace.fs` and started from its text.
 */
async function startWorker(extensionUri: vscode.Uri): Promise<Worker> {
  const main = vscode.Uri.joinPath(extensionUri, 'dist', 'web', 'server.js');
  if (main.scheme !== 'vscode-remote') return new Worker(main.toString(true));
  const script = await vscode.workspace.fs.readFile(main);
  return new Worker(URL.createObjectURL(new Blob([script], { type: 'text/javascript' })));
}
