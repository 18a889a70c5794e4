// In the browser, the language server has no file system: it asks the client for the
// workspace's proposal and configuration files (lfxProposals/findFiles, lfxProposals/readFile),
// which finds them with `vscode.workspace.findFiles` and reads them with `vscode.workspace.fs`,
// on whatever file system the workspace has (github.dev's repository, a remote, the disk).

import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { FindFilesRequest, ReadFileRequest, type ReadFileResult } from '../../protocol/messages';

/** Folders never searched for proposal files (as on Node, server/src/workspace-files.ts). */
const EXCLUDE = '**/{node_modules,.git,.vscode-test}/**';

export function serveWorkspaceFiles(client: BaseLanguageClient): vscode.Disposable[] {
  return [
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
