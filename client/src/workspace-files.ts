// In the browser, the language server has no file system: it asks the client for the
// workspace's proposal and configuration files (lfxProposals/findFiles, lfxProposals/readFile),
// which finds them with `vscode.workspace.findFiles` and reads them with `vscode.workspace.fs`,
// on whatever file system the workspace has (github.dev's repository, a remote, the disk).

import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { FindFilesRequest, ReadFileRequest, type ReadFileResult, ReadIndexCacheRequest, WriteIndexCacheRequest } from '../../protocol/messages';

/** Folders never searched for proposal files (as on Node, server/src/workspace-files.ts). */
const EXCLUDE = '**/{node_modules,.git,.vscode-test}/**';

/** The saved workspace index in the extension's workspace storage (the server in the browser has no disk). */
const INDEX_CACHE_FILE = 'index-v1.json';

export function serveWorkspaceFiles(client: BaseLanguageClient, storageUri: vscode.Uri | undefined): vscode.Disposable[] {
  const indexFile = storageUri && vscode.Uri.joinPath(storageUri, INDEX_CACHE_FILE);
  return [
    client.onRequest(ReadIndexCacheRequest, async () => {
      if (!indexFile) return {};
      try {
        return { data: new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(indexFile)) };
      } catch (error) {
        // None saved yet: no problem to report.
        if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return {};
        return { problem: String(error) };
      }
    }),
    client.onRequest(WriteIndexCacheRequest, async ({ data }) => {
      if (!indexFile || !storageUri) return { problem: 'no workspace storage' };
      try {
        await vscode.workspace.fs.createDirectory(storageUri);
        await vscode.workspace.fs.writeFile(indexFile, new TextEncoder().encode(data));
        return {};
      } catch (error) {
        return { problem: String(error) };
      }
    }),
    client.onRequest(FindFilesRequest, async ({ folderUri, patterns }, token) => {
      const folder = vscode.Uri.parse(folderUri);
      const found = new Set<string>();
      for (const pattern of patterns) {
        const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, pattern), EXCLUDE, undefined, token);
        for (const uri of uris) found.add(uri.toString());
      }
      return [...found].sort();
    }),
    client.onRequest(ReadFileRequest, ({ uri, maxBytes }) => readFile(vscode.Uri.parse(uri), maxBytes)),
  ];
}

async function readFile(uri: vscode.Uri, maxBytes: number): Promise<ReadFileResult> {
  try {
    const info = await vscode.workspace.fs.stat(uri);
    if (!(info.type & vscode.FileType.File)) return { problem: 'not a file' };
    if (info.size > maxBytes) return { problem: `larger than ${maxBytes / 1024 / 1024} MB` };
    const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    if (text.includes('\u0000')) return { problem: 'binary content' };
    return { text };
  } catch (error) {
    return { problem: error instanceof vscode.FileSystemError ? error.code : String(error) };
  }
}
