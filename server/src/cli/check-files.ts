// `check` on files already read: each parsed as the language service parses it (file-check.ts,
// with the service's pipeline), adding its knowledge to the workspace index (mentors, skills,
// upstream issues); then each checked against the index of them all, since the rules that look
// across files (upstream-duplicate) see all the files of the call as the workspace.
//
// With a cache (cache.ts), a file whose text, rule settings and issue form are as last time is not
// parsed: its knowledge comes from the cache, and its findings too, as long as the index answers
// the questions its rules asked as it did then; else it is parsed and linted again. A large run is
// spread over worker threads (pool.ts); a small one stays in this thread, where starting workers
// would cost more than they save.

import { availableParallelism, loadavg } from 'node:os';
import { SectionCache } from '../core/incremental';
import type { FileKnowledge } from '../core/knowledge';
import { LineIndex } from '../core/lines';
import type { ProposalDocument } from '../core/model';
import type { Finding } from '../rules';
import { CheckCache } from './cache';
import { answersHold, buildIndex, checkFile, type FileToCheck, type FoundFinding, type IndexEntry, knowledgeOf, type LintResult, parseFile } from './file-check';
import { type Executor, WorkerPool } from './pool';

export type { FileToCheck } from './file-check';

/** A file checked: its findings, with the line index that places them. */
export interface CheckedFile {
  file: string;
  lines: LineIndex;
  findings: Finding[];
}

/** `--concurrency`: worker threads, `off` (this thread), or `auto` (the cores, for a large run on a machine not loaded to its cores). */
export type Concurrency = 'auto' | 'off' | number;

export interface CheckFilesOptions {
  /** `--cache`: where the cache is, and the identity of this build (see `toolIdentity`). */
  cache?: { location: string; tool: string };
  concurrency?: Concurrency;
  /** The script a worker thread runs: the CLI's own bundle (needed for worker threads). */
  bundle?: string;
  /** Says something on stderr (a cache that is ignored or cannot be written). */
  warn?(message: string): void;
}

/**
 * Characters to parse from which `auto` uses worker threads: below it, starting them (each loads
 * the bundle, ~0.1 s) costs about what they save. npm run bench measures both sides of it.
 */
const WORKERS_FROM_CHARACTERS = 1024 * 1024;
/** Worker threads `auto` starts at most: the parse of a file is the unit of work, and the index is sent to each. */
const MAX_AUTO_WORKERS = 4;

/** Parses every file, then checks each one with all of them as the workspace; the files in their order. */
export async function checkFiles(files: readonly FileToCheck[], options: CheckFilesOptions = {}): Promise<CheckedFile[]> {
  const found = await findingsOf(files, options);
  return files.map((file, index) => ({
    file: file.file,
    lines: new LineIndex(file.text),
    findings: found[index].map((finding): Finding => ({ ...finding, fixes: [] })),
  }));
}

async function findingsOf(files: readonly FileToCheck[], options: CheckFilesOptions): Promise<FoundFinding[][]> {
  const warn = options.warn ?? (() => undefined);
  const cache = options.cache && CheckCache.open(options.cache.location, options.cache.tool, warn);
  const keys = files.map((file) => (cache && file.cacheable ? cache.keyOf(file) : undefined));
  const hits = files.map((file, index) => (cache && keys[index] !== undefined ? cache.get(file.path, keys[index]) : undefined));
  const toParse = files.flatMap((_, index) => (hits[index] ? [] : [index]));
  const executor = executorFor(files, toParse, options);
  try {
    const parsed = await executor.parse(toParse);
    const entries: IndexEntry[] = files.map((file, index) => ({ uri: file.path, knowledge: hits[index]?.knowledge ?? parsed.get(index)! }));
    // A cached file's findings hold while the index answers its rules' questions as it did then:
    // an edit of another file may have added or removed a use of one of its upstream issues.
    const index = hits.some(Boolean) ? buildIndex(entries) : undefined;
    const answers = new Map<string, string>();
    const stale = files.flatMap((_, at) => (hits[at] && !answersHold(hits[at].queries, index!, answers) ? [at] : []));
    const toLint = [...toParse, ...stale].sort((a, b) => a - b);
    const linted = await executor.lint(toLint, entries, cache !== undefined);
    if (cache) {
      for (const at of toLint) {
        const key = keys[at];
        if (key !== undefined) cache.set(files[at].path, { key, knowledge: entries[at].knowledge, ...linted.get(at)! });
      }
      cache.save(new Set(files.map((file) => file.path)), warn);
    }
    return files.map((_, at) => linted.get(at)?.findings ?? hits[at]!.findings);
  } finally {
    await executor.close();
  }
}

/** Worker threads for a large run (or as many as `--concurrency` says), else this thread. */
function executorFor(files: readonly FileToCheck[], toParse: readonly number[], options: CheckFilesOptions): Executor {
  if (!options.bundle) return new InThread(files);
  let threads = 1;
  if (typeof options.concurrency === 'number') {
    threads = options.concurrency;
  } else if (options.concurrency === 'auto') {
    const characters = toParse.reduce((sum, index) => sum + files[index].text.length, 0);
    // Cores that other processes keep busy give nothing to a second thread, which costs its own
    // start and warm-up (measured: 25–30% more CPU in all): on a machine loaded to its cores (the
    // one-minute load average) the run stays in one thread.
    const busy = loadavg()[0] >= availableParallelism();
    if (characters >= WORKERS_FROM_CHARACTERS && toParse.length > 1 && !busy) {
      threads = Math.min(availableParallelism(), MAX_AUTO_WORKERS, toParse.length);
    }
  }
  return threads > 1 ? new WorkerPool(files, threads, options.bundle) : new InThread(files);
}

/** Parses and lints in this thread. */
class InThread implements Executor {
  private readonly documents = new Map<number, ProposalDocument>();
  private readonly sections = new SectionCache({ shared: true });

  constructor(private readonly files: readonly FileToCheck[]) {}

  async parse(indexes: readonly number[]): Promise<Map<number, FileKnowledge>> {
    const results = new Map<number, FileKnowledge>();
    for (const index of indexes) results.set(index, knowledgeOf(this.files[index].path, this.document(index)));
    return results;
  }

  async lint(indexes: readonly number[], entries: readonly IndexEntry[], record: boolean): Promise<Map<number, LintResult>> {
    for (const index of indexes) this.document(index);
    const workspace = buildIndex(entries, this.documents);
    const answers = record ? new Map<string, string>() : undefined;
    return new Map(indexes.map((index) => [index, checkFile(this.files[index], this.document(index), workspace, answers)]));
  }

  async close(): Promise<void> {}

  private document(index: number): ProposalDocument {
    let document = this.documents.get(index);
    if (!document) this.documents.set(index, (document = parseFile(this.files[index], this.sections)));
    return document;
  }
}
