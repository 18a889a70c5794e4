// `check --cache`: what the last runs found, kept in one JSON file (`--cache-location`, by default
// `.lfx-proposals-cache`), as eslint and markdownlint-cli2 keep theirs. A file's entry holds, under
// a key made of its text, its configuration's rule settings and its issue form, what the file adds
// to the workspace index and its findings with the index questions they rest on. The whole cache
// is tied to the tool (its version and the bytes of the running bundle): another build starts
// afresh. A file that cannot be read as a cache of this tool is ignored with one line on stderr,
// never a failure; it is written whole to a temporary file that is then renamed over it.

import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IssueForm } from '../core/issue-form';
import { type FileKnowledge, isFileKnowledge } from '../core/knowledge';
import type { FileToCheck, FoundFinding, IndexQuery } from './file-check';

/** The default `--cache-location`. */
export const DEFAULT_CACHE_LOCATION = '.lfx-proposals-cache';

/** Marks a cache file of this tool, and the layout of its entries. */
const FORMAT = 'lfx-proposals-cache/1';

/** What the cache keeps of one file. */
export interface CachedFile {
  /** Digest of the file's text, rule settings and issue form: the entry holds for these only. */
  key: string;
  knowledge: FileKnowledge;
  findings: FoundFinding[];
  queries: IndexQuery[];
}

/** A finding as stored: a row, not an object (the cache of a repository holds thousands): start, end, severity, rule, message. */
type StoredFinding = [number, number, FoundFinding['severity'], string, string];
type StoredQuery = [string, unknown[], string];

interface StoredFile {
  key: string;
  knowledge: FileKnowledge;
  findings: StoredFinding[];
  queries: StoredQuery[];
}

interface CacheFile {
  format: typeof FORMAT;
  tool: string;
  files: Record<string, StoredFile>;
}

export class CheckCache {
  private readonly files: Map<string, StoredFile>;
  private changed = false;
  private readonly formDigests = new Map<IssueForm, string>();

  private constructor(
    private readonly path: string,
    private readonly tool: string,
    files: Record<string, StoredFile>,
  ) {
    this.files = new Map(Object.entries(files));
  }

  /**
   * Reads the cache at `location` (a file, or a folder to keep `.lfx-proposals-cache` in); a
   * missing file is an empty cache, one that is not a cache of this build is said on `warn` and ignored.
   */
  static open(location: string, tool: string, warn: (message: string) => void): CheckCache {
    const path = isFolder(location) ? join(location, DEFAULT_CACHE_LOCATION) : location;
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') warn(`ignoring the cache ${path}: ${(error as Error).message}`);
      return new CheckCache(path, tool, {});
    }
    let data: Partial<CacheFile> | undefined;
    try {
      data = JSON.parse(text) as Partial<CacheFile>;
    } catch {
      data = undefined;
    }
    if (!data || data.format !== FORMAT || typeof data.files !== 'object' || data.files === null || Array.isArray(data.files)) {
      warn(`ignoring the cache ${path}: not a cache file of lfx-proposals (corrupt, or written by another version)`);
      return new CheckCache(path, tool, {});
    }
    if (data.tool !== tool) {
      warn(`ignoring the cache ${path}: written by another build of lfx-proposals`);
      return new CheckCache(path, tool, {});
    }
    return new CheckCache(path, tool, data.files);
  }

  /** The key of a file's entry: its text, rule settings and issue form. */
  keyOf(input: FileToCheck): string {
    let form = this.formDigests.get(input.form);
    if (form === undefined) this.formDigests.set(input.form, (form = sha1(JSON.stringify(input.form))));
    return sha1(`${sha1(input.text)}\0${JSON.stringify(input.rules)}\0${form}`);
  }

  /** The entry of a file under this key, if it has one that is whole. */
  get(uri: string, key: string): CachedFile | undefined {
    const stored = this.files.get(uri);
    if (!stored || stored.key !== key || !isWhole(stored)) return undefined;
    return {
      key,
      knowledge: stored.knowledge,
      findings: stored.findings.map(([start, end, severity, rule, message]) => ({ rule, severity, message, span: { start, end } })),
      queries: stored.queries.map(([method, args, answer]) => ({ method, args, answer })),
    };
  }

  set(uri: string, entry: CachedFile): void {
    this.files.set(uri, {
      key: entry.key,
      knowledge: entry.knowledge,
      findings: entry.findings.map((finding) => [finding.span.start, finding.span.end, finding.severity, finding.rule, finding.message]),
      queries: entry.queries.map((query) => [query.method, query.args, query.answer]),
    });
    this.changed = true;
  }

  /**
   * Writes the cache when it changed, keeping the entries of files this run did not check while
   * they exist; a temporary file renamed over the old one, so a reader never sees half of it.
   */
  save(checked: ReadonlySet<string>, warn: (message: string) => void): void {
    for (const uri of this.files.keys()) {
      if (!checked.has(uri) && !existsSync(uri)) {
        this.files.delete(uri);
        this.changed = true;
      }
    }
    if (!this.changed) return;
    const data: CacheFile = { format: FORMAT, tool: this.tool, files: Object.fromEntries(this.files) };
    const temporary = `${this.path}.${process.pid}.tmp`;
    try {
      writeFileSync(temporary, JSON.stringify(data));
      renameSync(temporary, this.path);
    } catch (error) {
      warn(`cannot write the cache ${this.path}: ${(error as Error).message}`);
      try {
        unlinkSync(temporary);
      } catch {
        // Nothing was written.
      }
    }
  }
}

/** The identity of this build: its version and the bytes of the running bundle, so that any change of a rule starts a new cache. */
export function toolIdentity(version: string, bundle: string): string {
  let bytes: Buffer | string = '';
  try {
    bytes = readFileSync(bundle);
  } catch {
    // Not a file (a test's in-memory build): the version alone.
  }
  return `${version} ${createHash('sha1').update(bytes).digest('base64')}`;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Whether a stored entry has the shape this build writes (a hand-edited or truncated one is a miss). */
function isWhole(stored: StoredFile): boolean {
  return (
    typeof stored.key === 'string' &&
    Array.isArray(stored.findings) &&
    stored.findings.every((row) => Array.isArray(row) && row.length === 5 && typeof row[0] === 'number' && typeof row[1] === 'number') &&
    Array.isArray(stored.queries) &&
    stored.queries.every((row) => Array.isArray(row) && row.length === 3 && Array.isArray(row[1])) &&
    isFileKnowledge(stored.knowledge)
  );
}

function sha1(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}
