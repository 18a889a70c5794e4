// The saved workspace index on Node (service/persisted-index.ts): one gzip file in the folder the
// client gives as its workspace storage (VS Code's `context.storageUri`), written atomically
// (a temporary file renamed over it), so that a server stopped while writing leaves the old file.

import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { URI } from 'vscode-uri';
import { INDEX_FORMAT } from './service/persisted-index';

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

/** The file of the saved index in a storage folder (by its URI); undefined without one, or for a folder not on disk. */
export function indexCachePath(storageUri: string | undefined): string | undefined {
  if (!storageUri) return undefined;
  const uri = URI.parse(storageUri);
  return uri.scheme === 'file' ? join(uri.fsPath, `index-v${INDEX_FORMAT}.json.gz`) : undefined;
}

/** The saved index, or undefined when there is none; rejects when it cannot be read or unzipped. */
export async function loadIndexFile(path: string | undefined): Promise<string | undefined> {
  if (!path) return undefined;
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return (await gunzipAsync(bytes)).toString('utf8');
}

/** Writes the saved index (creating the storage folder); rejects when it cannot. */
export async function saveIndexFile(path: string | undefined, data: string): Promise<void> {
  if (!path) return;
  await mkdir(join(path, '..'), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, await gzipAsync(data));
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}
