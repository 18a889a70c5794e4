// The language server's host in a browser worker (github.dev, vscode.dev): no file system, so
// the VS Code client finds and reads the workspace's files (lfxProposals/findFiles and
// lfxProposals/readFile, answered by client/src/workspace-files.ts). Configuration files are
// read once per reload, so that their lookup stays synchronous as on Node.

import type { Connection, WorkspaceFolder } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { CONFIG_FILE_NAMES, loadConfig } from './core/config';
import { findIssueForm, type FoundForm, ISSUE_FORM_PATH } from './core/issue-form';
import { MAX_INDEXED_BYTES, type WorkspaceHost } from './service/host';
import { FindFilesRequest, ReadFileRequest, type ReadFileResult, ReadIndexCacheRequest, WriteIndexCacheRequest } from '../../protocol/messages';
import { RULE_IDS } from './rules';

/**
 * `storageUri`: the extension's workspace storage, where the client keeps the saved workspace index
 * (lfxProposals/readIndexCache and writeIndexCache); none: no index is saved.
 */
export function browserHost(connection: Connection, folders: () => readonly WorkspaceFolder[], storageUri: () => string | undefined): WorkspaceHost {
  /** Configuration files and issue forms by URI path: their URI and text. */
  let configFiles = new Map<string, { uri: string; text: string }>();
  /** Issue-form lookups by folder, until the next reload. */
  let forms = new Map<string, FoundForm>();
  const findFiles = (folderUri: string, patterns: readonly string[]) =>
    patterns.length === 0 ? Promise.resolve([]) : connection.sendRequest(FindFilesRequest, { folderUri, patterns: [...patterns] });
  const readFile = (uri: string) =>
    connection.sendRequest(ReadFileRequest, { uri, maxBytes: MAX_INDEXED_BYTES }).catch((error: unknown): ReadFileResult => ({ problem: String(error) }));
  const roots = () => folders().map((folder) => URI.parse(folder.uri).path.replace(/\/$/, ''));
  return {
    schemes: 'workspace',
    async loadIndexCache() {
      if (!storageUri()) return undefined;
      const { data, problem } = await connection.sendRequest(ReadIndexCacheRequest, {});
      if (problem) throw new Error(problem);
      return data;
    },
    async saveIndexCache(data) {
      if (!storageUri()) return;
      const { problem } = await connection.sendRequest(WriteIndexCacheRequest, { data });
      if (problem) throw new Error(problem);
    },
    findProposalFiles: findFiles,
    readProposalFile: readFile,
    async reloadConfig() {
      const found = new Map<string, { uri: string; text: string }>();
      for (const folder of folders()) {
        for (const uri of await findFiles(folder.uri, [...CONFIG_FILE_NAMES.map((name) => `**/${name}`), `**/${ISSUE_FORM_PATH}`])) {
          const { text } = await readFile(uri);
          if (text !== undefined) found.set(URI.parse(uri).path, { uri, text });
        }
      }
      configFiles = found;
      forms = new Map();
    },
    configFor: (path) => loadConfig(path, { readFile: (file) => configFiles.get(file)?.text, isRoot: (folder) => roots().includes(folder) }, RULE_IDS),
    configText: (path) => configFiles.get(path)?.text,
    configUri: (path) => configFiles.get(path)?.uri ?? URI.file(path).toString(),
    issueFormFor(path) {
      const folder = path.slice(0, path.lastIndexOf('/'));
      let form = forms.get(folder);
      if (!form) {
        form = findIssueForm(path, { readFile: (file) => configFiles.get(file)?.text, isRoot: (candidate) => roots().includes(candidate) });
        forms.set(folder, form);
      }
      return form;
    },
  };
}
