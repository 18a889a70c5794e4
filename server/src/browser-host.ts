// The language server's host in a browser worker (github.dev, vscode.dev): no file system, so
// the VS Code client finds and reads the workspace's files (lfxProposals/findFiles and
// lfxProposals/readFile, answered by client/src/workspace-files.ts). Configuration files are
// read once per reload, so that their lookup stays synchronous as on Node.

import type { Connection, WorkspaceFolder } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { CONFIG_FILE_NAMES, loadConfig } from './core/config';
import { MAX_INDEXED_BYTES, type WorkspaceHost } from './host';
import { FindFilesRequest, ReadFileRequest, type ReadFileResult } from './protocol';
import { RULES } from './rules';

const RULE_IDS = RULES.map((rule) => rule.id);

export function browserHost(connection: Connection, folders: () => readonly WorkspaceFolder[]): WorkspaceHost {
  /** Configuration files by URI path: their URI and text. */
  let configFiles = new Map<string, { uri: string; text: string }>();
  const findFiles = (folderUri: string, patterns: readonly string[]) =>
    patterns.length === 0 ? Promise.resolve([]) : connection.sendRequest(FindFilesRequest, { folderUri, patterns: [...patterns] });
  const readFile = (uri: string) =>
    connection.sendRequest(ReadFileRequest, { uri, maxBytes: MAX_INDEXED_BYTES }).catch((error: unknown): ReadFileResult => ({ problem: String(error) }));
  const roots = () => folders().map((folder) => URI.parse(folder.uri).path.replace(/\/$/, ''));
  return {
    schemes: 'workspace',
    findProposalFiles: findFiles,
    readProposalFile: readFile,
    async reloadConfig() {
      const found = new Map<string, { uri: string; text: string }>();
      for (const folder of folders()) {
        for (const uri of await findFiles(folder.uri, CONFIG_FILE_NAMES.map((name) => `**/${name}`))) {
          const { text } = await readFile(uri);
          if (text !== undefined) found.set(URI.parse(uri).path, { uri, text });
        }
      }
      configFiles = found;
    },
    configFor: (path) => loadConfig(path, { readFile: (file) => configFiles.get(file)?.text, isRoot: (folder) => roots().includes(folder) }, RULE_IDS),
    configText: (path) => configFiles.get(path)?.text,
    configUri: (path) => configFiles.get(path)?.uri ?? URI.file(path).toString(),
  };
}
