// The repository figures of `npm run bench` (issue 19), on the fixtures of fixture.ts:
//
// - first index: a fresh server (as the extension starts it) on the repository, from its spawn to
//   its word that the index is ready (lfxProposals/indexStatus), given a storage folder as the
//   extension gives its workspace storage; the index from the persisted cache: a second server on
//   the same storage folder, once the first saved its index there, spawn → index ready;
// - completion and hover in a small open file while that index runs (the requests sent before its end);
// - open after index: didOpen of the 156 KiB 2026 term 2 README → its diagnostics;
// - open of a file the index has not read: that file's text with every section changed, under a
//   new name, in the same server (warm from indexing), beside the markdownlint pass below;
// - cold open beside markdownlint: the same file in a fresh server on an empty folder, and one
//   markdownlint pass over its text (in this process); and where a cold open's time goes, in this
//   process: remark-parse of the whole text, the section parse, the rules;
// - the server's peak resident memory (VmHWM) over those sessions;
// - the CLI over the repository: without --cache, with --cache from no cache file, and again
//   with the cache (the output must be byte-identical); and the many-file throughput on the
//   history fixture, in one thread (--concurrency off) and with a worker thread per core; each
//   CLI figure with its CPU time (the children's, from /proc/self/stat), which a loaded machine
//   inflates less than wall time.
//
// Wall-clock, medians of N runs; nothing asserts. The targets are those of issue 19.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { lint as markdownlint } from 'markdownlint/sync';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { CompletionRequest, CompletionTriggerKind, HoverRequest, type Position } from 'vscode-languageserver-protocol/node';
import { SectionCache } from '../server/src/core/incremental';
import { LineIndex } from '../server/src/core/lines';
import { lint } from '../server/src/rules';
import type { ServerSession } from '../test/helpers/lsp';
import { REPO_ROOT } from '../test/helpers/paths';
import { buildHistory, buildRepository, copy, type Fixture, LARGE_TERM_FILE, VERSIONS } from './fixture';

/** The settings the extension's defaults give, without the debounce. */
const SETTINGS = { validation: { delayMs: 0 } };
const CLI = join(REPO_ROOT, 'dist', 'cli.js');
/** The worker threads of the throughput figure: one per core (what `auto` starts on a machine whose cores are free). */
const WORKERS = Math.max(2, availableParallelism());

/** A small file opened while the index runs: one entry, with a mentor being typed after `@`. */
const SMALL = `# LFX Mentorship 2027 Term 1

### Jaeger

#### Trace comparison

- Description: Compare two traces side by side.
- Recommended Skills: Go, React
- Mentor(s):
  - Yuri Shkuro (@yurishkuro, yurishkuro@example.com)
  - Ada Lovelace (@
- Upstream Issue: https://github.com/jaegertracing/jaeger-ui/issues/1
`;
const SMALL_PATH = 'programs/lfx-mentorship/2027/01-Mar-May/README.md';

export interface RepositoryOptions {
  runs: number;
  log(message: string): void;
  /** Starts a server and registers it to be killed if the bench fails. */
  start(folder: string, settings: Record<string, unknown>, initializationOptions?: Record<string, unknown>): Promise<ServerSession>;
  stop(session: ServerSession): Promise<void>;
  within<T>(promise: Promise<T>, what: string): Promise<T>;
}

/** A figure of the repository bench with its target. */
export interface Measured {
  figure: string;
  value: string;
  target: string;
  /** undefined: not measured (not built yet). */
  met: boolean | undefined;
  note: string;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length === 0 ? NaN : sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const ms = (value: number) => (Number.isNaN(value) ? '—' : value >= 1000 ? `${(value / 1000).toFixed(2)} s` : value >= 10 ? `${value.toFixed(0)} ms` : `${value.toFixed(2)} ms`);
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const mbPerSecond = (bytes: number, millis: number) => `${(bytes / 1e6 / (millis / 1000)).toFixed(2)} MB/s`;

function procStatusBytes(pid: number, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) * 1024 : NaN;
}

/** The LSP position of the end of the first occurrence of `after` in `text`. */
function positionAfter(text: string, after: string): Position {
  const offset = text.indexOf(after) + after.length;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return { line: text.slice(0, offset).split('\n').length - 1, character: offset - lineStart };
}

/**
 * CPU time of this process's waited-for children so far (user + system, ms), from /proc/self/stat
 * (Linux; NaN elsewhere): on a loaded machine the CPU a run took says more than its wall time.
 */
function childrenCpuMs(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
    // After the command's name: state is field 3, cutime and cstime fields 16 and 17, in clock ticks (100 a second).
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return NaN;
  }
}

/** Runs `dist/cli.js` in `cwd`; its wall time, CPU time and output. */
function cli(cwd: string, args: string[]): { ms: number; cpuMs: number; stdout: string; stderr: string } {
  const cpuBefore = childrenCpuMs();
  const started = performance.now();
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const elapsed = performance.now() - started;
  if (result.status !== 0 && result.status !== 1) throw new Error(`lfx-proposals ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return { ms: elapsed, cpuMs: childrenCpuMs() - cpuBefore, stdout: result.stdout, stderr: result.stderr };
}

interface IndexRun {
  indexMs: number;
  openMs: number;
  /** The open of a file the index has not read, in the same server (its code warm from indexing). */
  unindexedOpenMs: number;
  completion: number[];
  hover: number[];
  peakRss: number;
}

/** One fresh server on the repository: index, requests while it runs, then the open of the large file. */
async function indexRun(repository: Fixture, options: RepositoryOptions, storage: string): Promise<IndexRun> {
  const started = performance.now();
  const session = await options.start(repository.root, SETTINGS, { storageUri: pathToFileURL(storage).toString() });
  try {
    let indexMs = NaN;
    const indexed = session.indexed.then(() => (indexMs = performance.now() - started));
    const uri = session.open(join(repository.root, SMALL_PATH), SMALL, 1);
    const completionAt = positionAfter(SMALL, 'Ada Lovelace (@');
    const hoverAt = positionAfter(SMALL, '(@yuri');
    const completion: number[] = [];
    const hover: number[] = [];
    // Requests one after the other while the index runs; only those sent before its end count.
    while (Number.isNaN(indexMs)) {
      const sent = performance.now();
      await options.within(
        session.connection.sendRequest(CompletionRequest.type, {
          textDocument: { uri },
          position: completionAt,
          context: { triggerKind: CompletionTriggerKind.TriggerCharacter, triggerCharacter: '@' },
        }),
        'completion while indexing',
      );
      if (sent - started < indexMs || Number.isNaN(indexMs)) completion.push(performance.now() - sent);
      const hoverSent = performance.now();
      await options.within(session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: hoverAt }), 'hover while indexing');
      if (hoverSent - started < indexMs || Number.isNaN(indexMs)) hover.push(performance.now() - hoverSent);
    }
    await options.within(indexed, 'indexing the repository');
    // The large file, opened after the index read it.
    const path = join(repository.root, LARGE_TERM_FILE);
    const openStarted = performance.now();
    const largeUri = session.open(path, readFileSync(path, 'utf8'), 1);
    await options.within(session.diagnostics(largeUri, 1), 'diagnostics of the large file');
    const openMs = performance.now() - openStarted;
    // The same text as a new file the index has not read, with every section changed (so no
    // parse is shared with the index): issue 19 item 2's case, in a server that has run a while.
    const newText = copy(readFileSync(path, 'utf8'), 97);
    const newStarted = performance.now();
    const newUri = session.open(join(repository.root, 'programs/lfx-mentorship/2027/02-Jun-Aug/README.md'), newText, 1);
    await options.within(session.diagnostics(newUri, 1), 'diagnostics of a file the index has not read');
    const unindexedOpenMs = performance.now() - newStarted;
    return { indexMs, openMs, unindexedOpenMs, completion, hover, peakRss: procStatusBytes(session.process.pid!, 'VmHWM') };
  } finally {
    await options.stop(session);
  }
}

interface PersistedRun {
  indexMs: number;
  peakRss: number;
  /** The index's log line (how many files it restored). */
  logged: string;
  cacheBytes: number;
}

/** The file the server saves its index in, in a storage folder (server/src/index-cache-file.ts). */
const indexCacheFile = (storage: string) => join(storage, 'index-v1.json.gz');

/** A second server on the storage folder a first one saved its index in: spawn → index ready, restored from it. */
async function persistedRun(repository: Fixture, options: RepositoryOptions, storage: string): Promise<PersistedRun> {
  // The first server saves right after its index is ready: wait for the file (written by rename).
  await options.within(
    (async () => {
      while (!existsSync(indexCacheFile(storage))) await new Promise((resolve) => setTimeout(resolve, 50));
    })(),
    'the saved index',
  );
  const cacheBytes = statSync(indexCacheFile(storage)).size;
  const started = performance.now();
  const session = await options.start(repository.root, SETTINGS, { storageUri: pathToFileURL(storage).toString() });
  try {
    await options.within(session.indexed, 'indexing from the saved index');
    const indexMs = performance.now() - started;
    const logged = session.logs.map((log) => log.message).find((message) => message.startsWith('Indexed')) ?? '';
    if (!logged.includes(`(${repository.files.length} restored`)) throw new Error(`the second server did not restore every file: ${session.logs.map((log) => log.message).join(' | ')}`);
    return { indexMs, peakRss: procStatusBytes(session.process.pid!, 'VmHWM'), logged, cacheBytes };
  } finally {
    await options.stop(session);
  }
}

/** Cold opens of the large file beside markdownlint, and where a cold open's time goes (in this process). */
async function coldOpens(text: string, options: RepositoryOptions) {
  const figures = { open: [] as number[], markdownlint: [] as number[], remark: [] as number[], sections: [] as number[], rules: [] as number[], peakRss: 0 };
  for (let run = 0; run < options.runs; run++) {
    const folder = mkdtempSync(join(tmpdir(), 'lfx-bench-cold-'));
    try {
      const session = await options.start(folder, SETTINGS);
      try {
        await options.within(session.indexed, 'indexing an empty folder');
        const started = performance.now();
        // Where the repository has it: a proposal file by the default `lfxProposals.files`.
        const uri = session.open(join(folder, LARGE_TERM_FILE), text, 1);
        const diagnostics = await options.within(session.diagnostics(uri, 1), 'cold open diagnostics');
        if (diagnostics.length === 0) throw new Error('the cold open published no diagnostics: the file was not checked');
        figures.open.push(performance.now() - started);
        figures.peakRss = Math.max(figures.peakRss, procStatusBytes(session.process.pid!, 'VmHWM'));
      } finally {
        await options.stop(session);
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    let at = performance.now();
    markdownlint({ strings: { bench: text } });
    figures.markdownlint.push(performance.now() - at);
    at = performance.now();
    unified().use(remarkParse).parse(text);
    figures.remark.push(performance.now() - at);
    at = performance.now();
    const document = new SectionCache().parse(text);
    figures.sections.push(performance.now() - at);
    at = performance.now();
    lint(document, { lines: new LineIndex(text) });
    figures.rules.push(performance.now() - at);
    options.log(`  [repository] cold open ${run + 1}/${options.runs}: ${ms(figures.open[run])}; markdownlint ${ms(figures.markdownlint[run])}`);
  }
  return figures;
}

/** The CLI over the repository: plain, with --cache from nothing, with the cache; outputs compared. */
function cliRuns(repository: Fixture, options: RepositoryOptions) {
  const figures = { plain: [] as number[], cold: [] as number[], warm: [] as number[], plainCpu: [] as number[], identical: true };
  const cacheFolder = mkdtempSync(join(tmpdir(), 'lfx-bench-cache-'));
  const location = join(cacheFolder, 'cache');
  try {
    for (let run = 0; run < options.runs; run++) {
      const plain = cli(repository.root, ['check', '--format', 'json', 'programs/**/*.md']);
      rmSync(location, { force: true });
      const cold = cli(repository.root, ['check', '--format', 'json', '--cache', '--cache-location', location, 'programs/**/*.md']);
      const warm = cli(repository.root, ['check', '--format', 'json', '--cache', '--cache-location', location, 'programs/**/*.md']);
      figures.plain.push(plain.ms);
      figures.plainCpu.push(plain.cpuMs);
      figures.cold.push(cold.ms);
      figures.warm.push(warm.ms);
      figures.identical &&= plain.stdout === cold.stdout && cold.stdout === warm.stdout && warm.stderr === '';
      options.log(`  [repository] CLI ${run + 1}/${options.runs}: ${ms(plain.ms)} plain, ${ms(cold.ms)} --cache (no cache), ${ms(warm.ms)} --cache (cached)`);
    }
  } finally {
    rmSync(cacheFolder, { recursive: true, force: true });
  }
  return figures;
}

/** The CLI over the history: one thread and one worker thread per core (forced: `auto` declines on a busy machine); outputs compared. */
function throughputRuns(history: Fixture, options: RepositoryOptions) {
  const figures = { off: [] as number[], workers: [] as number[], offCpu: [] as number[], workersCpu: [] as number[], identical: true };
  for (let run = 0; run < Math.max(2, Math.ceil(options.runs / 2)); run++) {
    const off = cli(history.root, ['check', '--format', 'json', '--concurrency', 'off', 'history/**/*.md']);
    const workers = cli(history.root, ['check', '--format', 'json', '--concurrency', String(WORKERS), 'history/**/*.md']);
    figures.off.push(off.ms);
    figures.workers.push(workers.ms);
    figures.offCpu.push(off.cpuMs);
    figures.workersCpu.push(workers.cpuMs);
    figures.identical &&= off.stdout === workers.stdout;
    options.log(`  [history] CLI ${run + 1}: ${ms(off.ms)} one thread (CPU ${ms(off.cpuMs)}), ${ms(workers.ms)} ${WORKERS} workers (CPU ${ms(workers.cpuMs)})`);
  }
  return figures;
}

/** Builds the fixtures in a temporary folder, measures, and returns the figures with their targets. */
export async function repositoryBench(options: RepositoryOptions): Promise<{ description: string[]; measured: Measured[] }> {
  const folder = mkdtempSync(join(tmpdir(), 'lfx-bench-repository-'));
  try {
    const repository = buildRepository(join(folder, 'repository'));
    const history = buildHistory(join(folder, 'history'));
    const largeText = readFileSync(join(repository.root, LARGE_TERM_FILE), 'utf8');
    options.log(`\nrepository: ${repository.files.length} files, ${repository.bytes} bytes; history: ${history.files.length} files, ${history.bytes} bytes`);

    const runs: IndexRun[] = [];
    const persisted: PersistedRun[] = [];
    for (let run = 0; run < options.runs; run++) {
      const storage = join(folder, `storage-${run}`);
      runs.push(await indexRun(repository, options, storage));
      const last = runs[run];
      options.log(`  [repository] index ${run + 1}/${options.runs}: ${ms(last.indexMs)}; open after index ${ms(last.openMs)}; open of a file not indexed ${ms(last.unindexedOpenMs)}; ${last.completion.length} completions while indexing, median ${ms(median(last.completion))}`);
      persisted.push(await persistedRun(repository, options, storage));
      options.log(`  [repository] index from the saved index ${run + 1}/${options.runs}: ${ms(persisted[run].indexMs)} (${persisted[run].logged})`);
    }
    const cold = await coldOpens(largeText, options);
    const cliFigures = cliRuns(repository, options);
    const throughput = throughputRuns(history, options);

    const indexMs = median(runs.map((run) => run.indexMs));
    const openMs = median(runs.map((run) => run.openMs));
    const unindexedOpenMs = median(runs.map((run) => run.unindexedOpenMs));
    const completion = runs.flatMap((run) => run.completion);
    const hover = runs.flatMap((run) => run.hover);
    const peakRss = Math.max(cold.peakRss, ...runs.map((run) => run.peakRss), ...persisted.map((run) => run.peakRss));
    const persistedMs = median(persisted.map((run) => run.indexMs));
    const coldMs = median(cold.open);
    const markdownlintMs = median(cold.markdownlint);
    const [plainMs, firstMs, cachedMs] = [median(cliFigures.plain), median(cliFigures.cold), median(cliFigures.warm)];
    const [offMs, workersMs] = [median(throughput.off), median(throughput.workers)];
    const [offCpu, workersCpu] = [median(throughput.offCpu), median(throughput.workersCpu)];
    const spread = (values: number[]) => (values.length > 1 ? `${ms(Math.min(...values))}–${ms(Math.max(...values))}` : '');

    const measured: Measured[] = [
      { figure: 'first index (spawn → index ready)', value: ms(indexMs), target: '≤ 3 s', met: indexMs <= 3000, note: `${spread(runs.map((run) => run.indexMs))}; N = ${runs.length}` },
      {
        figure: 'index from the persisted cache (spawn → index ready)',
        value: ms(persistedMs),
        target: '≤ 0.5 s',
        met: persistedMs <= 500,
        note: `${spread(persisted.map((run) => run.indexMs))}; saved index ${(persisted[0].cacheBytes / 1024).toFixed(0)} KiB gzip; peak RSS ${mib(Math.max(...persisted.map((run) => run.peakRss)))}`,
      },
      {
        figure: 'completion while indexing',
        value: ms(median(completion)),
        target: '≤ 5 ms',
        met: completion.length > 0 && median(completion) <= 5,
        note: completion.length ? `${completion.length} requests; max ${ms(Math.max(...completion))}` : 'the index ended before the first answer',
      },
      {
        figure: 'hover while indexing',
        value: ms(median(hover)),
        target: '≤ 5 ms',
        met: hover.length > 0 && median(hover) <= 5,
        note: hover.length ? `${hover.length} requests; max ${ms(Math.max(...hover))}` : 'the index ended before the first answer',
      },
      { figure: 'open after index: 156 KiB file → diagnostics', value: ms(openMs), target: '≤ 50 ms', met: openMs <= 50, note: spread(runs.map((run) => run.openMs)) },
      {
        figure: 'cold open of it vs one markdownlint pass',
        value: `${ms(coldMs)} vs ${ms(markdownlintMs)}`,
        target: 'no slower',
        met: coldMs <= markdownlintMs,
        note: `${(coldMs / markdownlintMs).toFixed(2)}×; in this process: remark-parse ${ms(median(cold.remark))}, section parse ${ms(median(cold.sections))}, rules ${ms(median(cold.rules))}`,
      },
      {
        figure: 'open of a file the index has not read (same text, every section changed), after the index, vs markdownlint',
        value: `${ms(unindexedOpenMs)} vs ${ms(markdownlintMs)}`,
        target: 'no slower',
        met: unindexedOpenMs <= markdownlintMs,
        note: `${(unindexedOpenMs / markdownlintMs).toFixed(2)}×; ${spread(runs.map((run) => run.unindexedOpenMs))}`,
      },
      {
        figure: 'server peak RSS (VmHWM), all sessions',
        value: mib(peakRss),
        target: '≤ 100 MB (95.4 MiB)',
        met: peakRss <= 100e6,
        note: `first index and open ${mib(Math.max(...runs.map((run) => run.peakRss)))}, from the saved index ${mib(Math.max(...persisted.map((run) => run.peakRss)))}, cold open ${mib(cold.peakRss)}`,
      },
      {
        figure: 'CLI over the repository, no --cache',
        value: ms(plainMs),
        target: '',
        met: undefined,
        note: `${mbPerSecond(repository.bytes, plainMs)}; CPU ${ms(median(cliFigures.plainCpu))}; ${spread(cliFigures.plain)}`,
      },
      { figure: 'CLI --cache, no cache file yet', value: ms(firstMs), target: '', met: undefined, note: spread(cliFigures.cold) },
      {
        figure: 'CLI --cache, second run (unchanged files)',
        value: ms(cachedMs),
        target: '≤ 10% of the first',
        met: cachedMs <= firstMs * 0.1 && cliFigures.identical,
        note: `${((100 * cachedMs) / firstMs).toFixed(1)}%; output ${cliFigures.identical ? 'byte-identical' : 'DIFFERS'}`,
      },
      {
        figure: `many-file run (history, ${history.files.length} files), one thread`,
        value: mbPerSecond(history.bytes, offMs),
        target: '≥ 3 MB/s',
        met: history.bytes / 1e6 / (offMs / 1000) >= 3,
        note: `${ms(offMs)}; CPU ${ms(offCpu)} (${mbPerSecond(history.bytes, offCpu)} of CPU)`,
      },
      {
        figure: `many-file run (history), ${WORKERS} worker threads`,
        value: mbPerSecond(history.bytes, workersMs),
        target: '≥ 3 MB/s',
        met: history.bytes / 1e6 / (workersMs / 1000) >= 3 && throughput.identical,
        note: `${ms(workersMs)}; CPU ${ms(workersCpu)}; output ${throughput.identical ? 'identical to one thread' : 'DIFFERS from one thread'}`,
      },
    ];
    const description = [
      `Repository: ${repository.files.length} term files laid out as cncf/mentoring, ${(repository.bytes / 1e6).toFixed(2)} MB, built from the corpus (bench/fixture.ts);`,
      `history: ${VERSIONS} versions of each (${history.files.length} files, ${(history.bytes / 1e6).toFixed(2)} MB). N = ${options.runs} runs per figure (median).`,
    ];
    return { description, measured };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
