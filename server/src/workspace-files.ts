// Finds and reads the proposal files of the workspace folders on disk (Node only), so the
// language server knows the mentors, skills and upstream issues of files that are not open.

import { readFile, stat } from 'node:fs/promises';
import { glob } from 'tinyglobby';
import { URI } from 'vscode-uri';

/** Folders never searched for proposal files. */
const IGNORED = ['**/node_modules/**', '**/.git/**', '**/.vscode-test/**'];

/** Files larger than this are not read into the index. */
const MAX_INDEXED_BYTES = 8 * 1024 * 1024;

/** The URIs of the files under a workspace folder that match the proposal patterns. */
export async function findProposalFiles(folderUri: string, patterns: readonly string[]): Promise<string[]> {
  const folder = URI.parse(folderUri);
  if (folder.scheme !== 'file' || patterns.length === 0) return [];
  const paths = await glob([...patterns], { cwd: folder.fsPath, ignore: IGNORED, absolute: true, onlyFiles: true, dot: false });
  return paths.sort().map((path) => URI.file(path).toString());
}

/** Reads a file by URI; undefined (with the reason) when it cannot be read or is not text. */
export async function readProposalFile(uri: string): Promise<{ text?: string; problem?: string }> {
  try {
    const path = URI.parse(uri).fsPath;
    const info = await stat(path);
    if (!info.isFile()) return { problem: 'not a file' };
    if (info.size > MAX_INDEXED_BYTES) return { problem: `larger than ${MAX_INDEXED_BYTES / 1024 / 1024} MB` };
    const text = await readFile(path, 'utf8');
    if (text.includes('\u0000')) return { problem: 'binary content' };
    return { text };
  } catch (error) {
    return { problem: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
}
