// The language server's host on Node: finds and reads the proposal files of the workspace
// folders on disk, and the configuration files through node-config.ts.

import { readFile, stat } from 'node:fs/promises';
import { glob } from 'tinyglobby';
import { URI } from 'vscode-uri';
import { MAX_INDEXED_BYTES, type ReadResult, type WorkspaceHost } from './service/host';
import { indexCachePath, loadIndexFile, saveIndexFile } from './index-cache-file';
import { NodeConfigLoader } from './node-config';

/** Folders never searched for proposal files. */
const IGNORED = ['**/node_modules/**', '**/.git/**', '**/.vscode-test/**'];

/**
 * The host on Node's file system; `roots` are the workspace folders' paths, where the configuration
 * lookup stops; `storageUri` the folder where the workspace index is saved between sessions (none: not saved).
 */
export function nodeHost(roots: () => readonly string[], storageUri: () => string | undefined = () => undefined): WorkspaceHost {
  const configs = new NodeConfigLoader(roots);
  return {
    loadIndexCache: () => loadIndexFile(indexCachePath(storageUri())),
    saveIndexCache: (data) => saveIndexFile(indexCachePath(storageUri()), data),
    schemes: ['file'],
    findProposalFiles,
    readProposalFile: (uri) => readProposalFile(uri),
    fileVersion: (uri) => fileVersion(uri),
    reloadConfig: async () => configs.clear(),
    configFor: (path) => configs.configFor(path),
    configText: (path) => configs.read(path),
    configUri: (path) => URI.file(path).toString(),
    issueFormFor: (path) => configs.issueFormFor(path),
  };
}

/** The URIs of the files under a workspace folder that match the proposal patterns. */
export async function findProposalFiles(folderUri: string, patterns: readonly string[]): Promise<string[]> {
  const folder = URI.parse(folderUri);
  if (folder.scheme !== 'file' || patterns.length === 0) return [];
  const paths = await glob([...patterns], { cwd: folder.fsPath, ignore: IGNORED, absolute: true, onlyFiles: true, dot: false });
  return paths.sort().map((path) => URI.file(path).toString());
}

/** The file-system calls the index makes; a parameter so that tests can make them fail as a disk does. */
export interface IndexFs {
  stat(path: string): Promise<{ isFile(): boolean; size: number; mtimeMs?: number }>;
  readFile(path: string, encoding: 'utf8'): Promise<string>;
}

/** Reads a file by URI; undefined (with the reason) when it cannot be read or is not text. */
export async function readProposalFile(uri: string, fs: IndexFs = { stat, readFile }): Promise<ReadResult> {
  try {
    const path = URI.parse(uri).fsPath;
    const info = await fs.stat(path);
    if (!info.isFile()) return { problem: 'not a file' };
    if (info.size > MAX_INDEXED_BYTES) return { problem: `larger than ${MAX_INDEXED_BYTES / 1024 / 1024} MB` };
    // The file may go between the two calls (deleted or renamed while the index is built).
    const text = await fs.readFile(path, 'utf8');
    if (text.includes('\u0000')) return { problem: 'binary content' };
    return { text, ...(info.mtimeMs !== undefined && { version: versionOf(info.mtimeMs, info.size) }) };
  } catch (error) {
    return { problem: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
}

/** A file's modification time and size, as the persisted index compares them; undefined when it cannot be stat'ed. */
export async function fileVersion(uri: string): Promise<string | undefined> {
  try {
    const info = await stat(URI.parse(uri).fsPath);
    return info.isFile() ? versionOf(info.mtimeMs, info.size) : undefined;
  } catch {
    return undefined;
  }
}

function versionOf(mtimeMs: number, size: number): string {
  return `${mtimeMs}:${size}`;
}
