// `npm run bench`: the performance budget of DESIGN.md ("Performance budget") and issues 5 and 19,
// measured on the largest real term file and on a 10× concatenation of it, in one run:
//
// - references, in this process, on the same text: a one-shot remark-parse
//   (unified().use(remarkParse).parse) and a full markdownlint lint (default config);
// - in this process: parseProposal + lint (a first check), and a keystroke by parts: the
//   incremental parse, the workspace index update, lint with the project findings kept from the
//   last check and, for comparison, lint running every rule (no --optimize-for-size here, so
//   each part takes less than in the server);
// - through the real server (dist/server.js --stdio), with `validation.delayMs` 0 so the
//   debounce does not count:
//   - cold open: a fresh server on an empty workspace folder, didOpen → publishDiagnostics;
//   - keystroke: one character inserted (or deleted) at the end of a line in the middle of the
//     document, didChange → publishDiagnostics for that version, with the corpus indexed, after
//     ten untimed ones (the very first is shown apart), with the server's CPU time for each; and
//     the same in the first line below it inside a field's list item (typing re-parses the item);
//   - completion after `@` in a mentor entry, with the whole corpus folder indexed (the
//     analysis of the version is current), and, for information, typing one more character
//     and asking for completion at once (what an editor does: includes re-analysing the text);
//   - the server's resident memory (VmRSS of /proc/<pid>/status) after indexing the corpus and
//     after the measurements;
// - the size of lfx-proposals.vsix (it must exist: `npm run package` builds it).
//
// - on a repository fixture laid out as cncf/mentoring (repository.ts, fixture.ts; issue 19): the
//   first index, completion and hover while it runs, open after index, cold open beside
//   markdownlint, peak RSS, the CLI with and without --cache, the many-file throughput.
//
// `--only=file` measures the single-file figures only, `--only=repository` the repository's
// (`--runs-repository=N`, default 3).
//
// Every figure is the median of N runs (N printed; `--runs=N` for the 1× text, `--runs-large=N`
// for the 10× text). Wall-clock only: nothing here asserts, and no unit test times anything.
// Exits 0 whether the targets are met or not; 1 only when the bench itself fails.

import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { lint as markdownlint } from 'markdownlint/sync';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import {
  type CompletionItem,
  type CompletionList,
  CompletionRequest,
  CompletionTriggerKind,
  DidChangeTextDocumentNotification,
  type Position,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { SectionCache } from '../server/src/core/incremental';
import { WorkspaceKnowledge } from '../server/src/core/knowledge';
import { LineIndex } from '../server/src/core/lines';
import { parseProposal } from '../server/src/core/parse';
import { lint, ProjectFindingsCache } from '../server/src/rules';
import { type ServerSession, startServer } from '../test/helpers/lsp';
import { fixturePath, REPO_ROOT } from '../test/helpers/paths';
import { type Measured, repositoryBench } from './repository';

// ---------------------------------------------------------------------------------------------
// Options

function option(name: string, fallback: number): number {
  const given = process.argv.find((arg) => arg.startsWith(`--${name}=`));
  const value = given ? Number(given.slice(name.length + 3)) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
  return value;
}

/**
 * Runs per figure on the 1× text and on the 10× text. 3 is the fewest runs that have a median;
 * at 10× one run of the references alone (remark-parse + markdownlint + parseProposal) takes
 * ~50 s on a 2-core machine, so the bench takes ~6 min while the server re-parses the whole
 * text on each change (`--runs-large=1`: ~3 min).
 */
const RUNS_SMALL = option('runs', 7);
const RUNS_LARGE = option('runs-large', 3);
const COPIES = option('copies', 10);
const RUNS_REPOSITORY = option('runs-repository', 3);
const ONLY = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
const LARGEST = '2026_03-Sep-Nov_README.md';
const CORPUS = fixturePath('corpus');
/** The server settings the client answers: every corpus file is a proposal file, no debounce. */
const CORPUS_SETTINGS = { files: ['20*.md', 'bench-*.md'], validation: { delayMs: 0 } };
const EMPTY_SETTINGS = { files: ['**/*.md'], validation: { delayMs: 0 } };
/** Keystrokes typed at each place before the timed ones (see indexedSession). */
const WARM_UP_KEYSTROKES = 10;
/** No single wait in the bench may take longer than this. */
const TIMEOUT_MS = 300_000;

// ---------------------------------------------------------------------------------------------
// Helpers

const log = (message: string) => process.stderr.write(`${message}\n`);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function timed<T>(run: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = run();
  return { ms: performance.now() - start, value };
}

async function within<T>(promise: Promise<T>, what: string, ms = TIMEOUT_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Kilobytes of a /proc/<pid>/status field (VmRSS, VmHWM). */
function procStatusKb(pid: number, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match) throw new Error(`no ${field} in /proc/${pid}/status`);
  return Number(match[1]);
}

/** The CPU time a process has used (user + system), in ms; in clock ticks of 10 ms. It does not grow while the process waits for a core, as wall-clock time does on a loaded machine. */
function procCpuMs(pid: number): number {
  // The fields after the command name, which is in parentheses and may hold spaces: utime and stime are the 12th and 13th.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

/** The lines of a text without their line breaks. */
function linesOf(text: string): string[] {
  return text.split('\n');
}

/** The LSP position (UTF-16 code units, as JavaScript strings count) of an offset. */
function positionAt(text: string, offset: number): Position {
  let line = 0;
  for (let index = text.indexOf('\n'); index >= 0 && index < offset; index = text.indexOf('\n', index + 1)) line++;
  return { line, character: offset - (text.lastIndexOf('\n', offset - 1) + 1) };
}

/** The index of the line nearest `from` (searching forward first) that satisfies `wanted`. */
/** The length of the top-level list item that the line starting at `at` is in (from its marker line to the next one). */
function fieldItemLength(text: string, at: number): number {
  const before = text.lastIndexOf('\n- ', at);
  const after = text.indexOf('\n- ', at);
  return (after < 0 ? text.length : after) - (before < 0 ? 0 : before);
}

function nearestLine(lines: string[], from: number, wanted: (line: string) => boolean, forwardOnly = false): number {
  for (let distance = 0; distance < lines.length; distance++) {
    if (from + distance < lines.length && wanted(lines[from + distance])) return from + distance;
    if (!forwardOnly && from - distance >= 0 && wanted(lines[from - distance])) return from - distance;
  }
  throw new Error('no suitable line');
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KiB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
const msText = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : ms >= 10 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(2)} ms`);

// ---------------------------------------------------------------------------------------------
// Servers: every one started is stopped, also when the bench fails or is interrupted.

const live = new Set<ServerSession>();

async function start(folder: string, settings: Record<string, unknown>, initializationOptions?: Record<string, unknown>): Promise<ServerSession> {
  const session = await within(startServer(folder, { settings, ...(initializationOptions && { initializationOptions }) }), 'starting the server');
  live.add(session);
  return session;
}

async function stop(session: ServerSession): Promise<void> {
  try {
    await within(session.stop(), 'stopping the server', 10_000);
  } catch {
    session.process.kill('SIGKILL');
  }
  live.delete(session);
}

function killAll(): void {
  for (const session of live) session.process.kill('SIGKILL');
  live.clear();
}
process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    killAll();
    process.exit(130);
  });
}

// ---------------------------------------------------------------------------------------------
// Measurements

/** One figure: its samples (ms, or another unit) on one text. */
interface Figure {
  samples: number[];
  unit: 'ms' | 'bytes';
  note?: string;
}

interface SizeResult {
  label: string;
  bytes: number;
  lines: number;
  runs: number;
  figures: Map<string, Figure>;
}

const REMARK = 'remark-parse, one shot';
const MARKDOWNLINT = 'markdownlint, full lint (default config)';
const IN_PROCESS = 'in-process parseProposal + lint';
const IN_PROCESS_PARSE = '  of which parseProposal';
const IN_PROCESS_LINT = '  of which lint';
const KEYSTROKE_PARSE = 'in-process keystroke: incremental parse';
const KEYSTROKE_INDEX = 'in-process keystroke: workspace index update';
const KEYSTROKE_LINT = 'in-process keystroke: lint, project findings kept';
const KEYSTROKE_LINT_FRESH = 'in-process keystroke: lint, every rule run (for comparison)';
const COLD_OPEN = 'server: cold open → diagnostics';
const OPEN_INDEXED = 'server: open after index → diagnostics';
const FIRST_KEYSTROKE = 'server: first keystroke after opening → diagnostics';
const KEYSTROKE = 'server: keystroke in the middle → diagnostics';
const KEYSTROKE_FIELD = 'server: keystroke in a field below it → diagnostics';
const COMPLETION = 'server: completion after @ (corpus indexed)';
const TYPE_COMPLETE = 'server: type 1 char in @handle → completion';
const RSS_FRESH = 'server RSS, just started on an empty folder';
const RSS_INDEXED = 'server RSS, corpus indexed, nothing open';
const RSS_AFTER = 'server RSS, corpus indexed, after the measurements';
const HWM_AFTER = 'server peak RSS (VmHWM)';

/** remark-parse, markdownlint and parseProposal + lint, interleaved so that load changes hit all three alike. */
function inProcess(text: string, runs: number, warmUp: boolean, result: SizeResult): void {
  const remark = () => unified().use(remarkParse).parse(text);
  const mdl = () => markdownlint({ strings: { bench: text } });
  const ours = () => {
    const parse = timed(() => parseProposal(text));
    const check = timed(() => lint(parse.value, { lines: new LineIndex(text) }));
    return { parse: parse.ms, lint: check.ms, findings: check.value.length };
  };
  if (warmUp) {
    remark();
    mdl();
    ours();
  }
  const figures = { remark: [] as number[], mdl: [] as number[], ours: [] as number[], parse: [] as number[], lint: [] as number[] };
  let mdlCount = 0;
  let findings = 0;
  for (let run = 0; run < runs; run++) {
    figures.remark.push(timed(remark).ms);
    const linted = timed(mdl);
    figures.mdl.push(linted.ms);
    mdlCount = linted.value.bench.length;
    const own = timed(ours);
    figures.ours.push(own.ms);
    figures.parse.push(own.value.parse);
    figures.lint.push(own.value.lint);
    findings = own.value.findings;
    log(`  [${result.label}] in-process run ${run + 1}/${runs}: remark ${msText(figures.remark[run])}, markdownlint ${msText(linted.ms)}, parseProposal+lint ${msText(own.ms)}`);
  }
  result.figures.set(REMARK, { samples: figures.remark, unit: 'ms' });
  result.figures.set(MARKDOWNLINT, { samples: figures.mdl, unit: 'ms', note: `${mdlCount} violations` });
  result.figures.set(IN_PROCESS, { samples: figures.ours, unit: 'ms', note: `${findings} findings` });
  result.figures.set(IN_PROCESS_PARSE, { samples: figures.parse, unit: 'ms' });
  result.figures.set(IN_PROCESS_LINT, { samples: figures.lint, unit: 'ms' });
}

/**
 * What the server does for a keystroke, in this process and by parts: one character typed at the
 * end of the middle line (then deleted, and so on), the text parsed again through a SectionCache,
 * the workspace index (the corpus) updated, and the rules run with the document's
 * ProjectFindingsCache; and, for comparison, the rules run without it on the same model.
 */
function inProcessKeystrokes(text: string, runs: number, result: SizeResult): void {
  const workspace = new WorkspaceKnowledge();
  for (const file of readdirSync(CORPUS).filter((name) => name.endsWith('.md') && name !== LARGEST && name !== 'SOURCE.md')) {
    workspace.update(join(CORPUS, file), new SectionCache().parse(readFileSync(join(CORPUS, file), 'utf8')));
  }
  const uri = join(CORPUS, `bench-in-process_README.md`);
  const sections = new SectionCache();
  const projectFindings = new ProjectFindingsCache();
  const lines = linesOf(text);
  const middle = nearestLine(lines, Math.floor(lines.length / 2), (line) => line.trim() !== '' && !/^\s*#/.test(line));
  const lineEnd = lineStarts(text)[middle] + lines[middle].length;
  const figures = { parse: [] as number[], index: [] as number[], lint: [] as number[], fresh: [] as number[] };
  let reused = 0;
  let checked = 0;
  // A first check fills the caches; the next few let the JIT settle.
  const warmUp = 5;
  for (let run = 0; run < warmUp + Math.max(3 * runs, 21); run++) {
    const current = run % 2 === 0 ? text : `${text.slice(0, lineEnd)}x${text.slice(lineEnd)}`;
    const parse = timed(() => sections.parse(current));
    const index = timed(() => workspace.update(uri, parse.value));
    const options = { lines: new LineIndex(current), uri, workspace };
    const kept = timed(() => lint(parse.value, { ...options, projectFindings }));
    const fresh = timed(() => lint(parse.value, options));
    if (kept.value.length !== fresh.value.length) throw new Error('the kept project findings differ from a fresh check');
    if (run < warmUp) continue;
    figures.parse.push(parse.ms);
    figures.index.push(index.ms);
    figures.lint.push(kept.ms);
    figures.fresh.push(fresh.ms);
    reused += projectFindings.counts.reused;
    checked += projectFindings.counts.checked;
  }
  log(`  [${result.label}] in-process keystrokes: parse ${msText(median(figures.parse))}, index ${msText(median(figures.index))}, lint ${msText(median(figures.lint))} (every rule: ${msText(median(figures.fresh))})`);
  result.figures.set(KEYSTROKE_PARSE, { samples: figures.parse, unit: 'ms', note: `line ${middle + 1}; ${sections.parsedLength} characters parsed` });
  result.figures.set(KEYSTROKE_INDEX, { samples: figures.index, unit: 'ms' });
  result.figures.set(KEYSTROKE_LINT, { samples: figures.lint, unit: 'ms', note: `${reused} project checks kept, ${checked} run` });
  result.figures.set(KEYSTROKE_LINT_FRESH, { samples: figures.fresh, unit: 'ms' });
}

/** A fresh server on an empty folder: didOpen → the first publishDiagnostics for version 1. */
async function coldOpens(text: string, runs: number, result: SizeResult): Promise<void> {
  const samples: number[] = [];
  let count = 0;
  for (let run = 0; run < runs; run++) {
    const folder = mkdtempSync(join(tmpdir(), 'lfx-bench-empty-'));
    try {
      const session = await start(folder, EMPTY_SETTINGS);
      try {
        await within(session.indexed, 'indexing an empty folder');
        if (run === 0) result.figures.set(RSS_FRESH, { samples: [procStatusKb(session.process.pid!, 'VmRSS') * 1024], unit: 'bytes' });
        const started = performance.now();
        const uri = session.open(join(folder, 'README.md'), text, 1);
        count = (await within(session.diagnostics(uri, 1), 'cold open diagnostics')).length;
        samples.push(performance.now() - started);
      } finally {
        await stop(session);
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    log(`  [${result.label}] cold open ${run + 1}/${runs}: ${msText(samples[run])}`);
  }
  result.figures.set(COLD_OPEN, { samples, unit: 'ms', note: `${count} diagnostics; fresh server each run` });
}

/** One server with the corpus folder indexed: keystrokes, completion and memory. */
async function indexedSession(text: string, path: string, runs: number, result: SizeResult): Promise<void> {
  const session = await start(CORPUS, CORPUS_SETTINGS);
  try {
    await within(session.indexed, 'indexing the corpus');
    const pid = session.process.pid!;
    result.figures.set(RSS_INDEXED, { samples: [procStatusKb(pid, 'VmRSS') * 1024], unit: 'bytes' });

    let current = text;
    let version = 1;
    const opening = performance.now();
    const cpuBefore = procCpuMs(pid);
    const uri = session.open(path, current, version);
    await within(session.diagnostics(uri, version), 'diagnostics after opening');
    const wall = performance.now() - opening;
    const cpu = procCpuMs(pid) - cpuBefore;
    // One sample per session: the 1× file is the corpus file the index read; the larger text is not on disk.
    const onDisk = existsSync(path) && readFileSync(path, 'utf8') === text;
    const note = `${onDisk ? 'the text the index read' : 'not on disk: parsed'}; one sample; server CPU ${cpu} ms`;
    result.figures.set(OPEN_INDEXED, { samples: [wall], unit: 'ms', note });

    /**
     * Applies one change to the client's copy and returns a function that sends it and returns its
     * version. The positions are computed before any clock starts: an editor knows them already.
     */
    const prepareChange = (start: number, end: number, insert: string) => {
      const contentChange: TextDocumentContentChangeEvent = {
        range: { start: positionAt(current, start), end: positionAt(current, end) },
        text: insert,
      };
      current = current.slice(0, start) + insert + current.slice(end);
      const sentVersion = ++version;
      return () => {
        void session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
          textDocument: { uri, version: sentVersion },
          contentChanges: [contentChange],
        });
        return sentVersion;
      };
    };
    const change = (start: number, end: number, insert: string) => prepareChange(start, end, insert)();

    // Keystrokes: one character typed at the end of a line in the middle, then deleted, and so on.
    // Keystrokes and completions take more samples than the other figures: each is short, and
    // whether a collection falls into one moves it by 2× (16 ms or 40 ms for a keystroke at 1×);
    // seven samples gave medians from 16 to 29 ms on the same code.
    const shortRuns = Math.max(3 * runs, 21);
    const middle = nearestLine(linesOf(current), Math.floor(linesOf(current).length / 2), (line) => line.trim() !== '' && !/^\s*#/.test(line));
    // The same, in a field's value: the first line below the middle indented inside a list item
    // (the Description's quoted text there). Typing re-parses the list item it is in, not only a
    // line or a paragraph: the longer the field, the more is parsed.
    const inField = nearestLine(linesOf(current), middle, (line) => /^\s+\S/.test(line), true);
    // The first keystrokes of each place are typed untimed: an author has typed before (the first one
    // after opening from the index parses the whole text, and the code each kind of keystroke runs is
    // compiled on its first runs); FIRST_KEYSTROKE keeps the very first one, for information.
    for (const [figure, line] of [[KEYSTROKE, middle], [KEYSTROKE_FIELD, inField]] as const) {
      const keystrokes: number[] = [];
      let diagnosticsCount = 0;
      let cpuBefore = 0;
      for (let run = -WARM_UP_KEYSTROKES; run < shortRuns; run++) {
        if (run === 0) cpuBefore = procCpuMs(session.process.pid!);
        const lineEnd = lineStarts(current)[line] + linesOf(current)[line].length;
        const send = run % 2 === 0 ? prepareChange(lineEnd, lineEnd, 'x') : prepareChange(lineEnd - 1, lineEnd, '');
        const started = performance.now();
        const sent = send();
        diagnosticsCount = (await within(session.diagnostics(uri, sent), 'keystroke diagnostics')).length;
        const ms = performance.now() - started;
        if (figure === KEYSTROKE && run === -WARM_UP_KEYSTROKES) result.figures.set(FIRST_KEYSTROKE, { samples: [ms], unit: 'ms', note: 'one sample (info)' });
        if (run < 0) continue;
        keystrokes.push(ms);
        log(`  [${result.label}] ${figure === KEYSTROKE ? 'keystroke' : 'keystroke in a field'} ${run + 1}/${shortRuns}: ${msText(keystrokes[run])}`);
      }
      const item = figure === KEYSTROKE_FIELD ? `; in a list item of ${fieldItemLength(current, lineStarts(current)[line]).toLocaleString('en')} characters` : '';
      // CPU time grows only while the server runs: on a loaded machine it shows what a keystroke costs when wall-clock time does not.
      const cpu = (procCpuMs(session.process.pid!) - cpuBefore) / shortRuns;
      result.figures.set(figure, { samples: keystrokes, unit: 'ms', note: `line ${line + 1}${item}; ${diagnosticsCount} diagnostics; server CPU ${cpu.toFixed(1)} ms each; after ${WARM_UP_KEYSTROKES} untimed` });
    }

    // Completion: a new mentor entry `  - Ada Lovelace (@` below a mentor line near the middle.
    const lines = linesOf(current);
    const mentorLine = nearestLine(lines, Math.floor(lines.length / 2), (line) => /^\s+[-*+]\s+[^@:]*\(@[A-Za-z0-9-]+/.test(line), true);
    const [, indent] = /^(\s*[-*+]\s+)/.exec(lines[mentorLine])!;
    const insertAt = lineStarts(current)[mentorLine] + lines[mentorLine].length;
    const entry = `\n${indent}Ada Lovelace (@`;
    await within(session.diagnostics(uri, change(insertAt, insertAt, entry)), 'diagnostics after adding a mentor entry');
    let cursor = insertAt + entry.length;
    // The request's position is computed before the clock starts: an editor knows where its cursor is.
    const completionParams = (triggerCharacter?: string) => ({
      textDocument: { uri },
      position: positionAt(current, cursor),
      context: triggerCharacter ? { triggerKind: CompletionTriggerKind.TriggerCharacter, triggerCharacter } : { triggerKind: CompletionTriggerKind.Invoked },
    });
    const complete = async (params: ReturnType<typeof completionParams>) => {
      const response = (await session.connection.sendRequest(CompletionRequest.type, params)) as CompletionItem[] | CompletionList | null;
      return Array.isArray(response) ? response.length : (response?.items.length ?? 0);
    };
    await complete(completionParams('@')); // not timed: the first request of its kind
    const completions: number[] = [];
    let items = 0;
    for (let run = 0; run < shortRuns; run++) {
      const params = completionParams('@');
      const started = performance.now();
      items = await within(complete(params), 'completion');
      completions.push(performance.now() - started);
    }
    log(`  [${result.label}] completion: ${completions.map(msText).join(', ')} (${items} items)`);
    result.figures.set(COMPLETION, { samples: completions, unit: 'ms', note: `${items} items; line ${mentorLine + 2}; analysis current` });

    // Typing a handle: one character, and completion asked for at once, as an editor does.
    const typing: number[] = [];
    items = 0;
    for (let run = 0; run < runs; run++) {
      const send = prepareChange(cursor, cursor, String.fromCharCode(97 + (run % 26)));
      cursor++;
      const params = completionParams();
      const started = performance.now();
      const sent = send();
      items = await within(complete(params), 'completion after typing');
      typing.push(performance.now() - started);
      await within(session.diagnostics(uri, sent), 'diagnostics after typing');
      log(`  [${result.label}] type + complete ${run + 1}/${runs}: ${msText(typing[run])}`);
    }
    result.figures.set(TYPE_COMPLETE, { samples: typing, unit: 'ms', note: `${items} items; includes re-analysis (info)` });

    result.figures.set(RSS_AFTER, { samples: [procStatusKb(pid, 'VmRSS') * 1024], unit: 'bytes' });
    result.figures.set(HWM_AFTER, { samples: [procStatusKb(pid, 'VmHWM') * 1024], unit: 'bytes' });
  } finally {
    await stop(session);
  }
}

// ---------------------------------------------------------------------------------------------
// Report

function cpuModel(): string {
  try {
    return /^model name\s*:\s*(.*)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model ?? 'unknown';
  } catch {
    return cpus()[0]?.model ?? 'unknown';
  }
}

function table(rows: string[][], header: string[]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ').trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

function value(figure: Figure): string {
  const middle = median(figure.samples);
  return figure.unit === 'bytes' ? mb(middle) : msText(middle);
}

function range(figure: Figure): string {
  if (figure.samples.length < 2) return '';
  const low = Math.min(...figure.samples);
  const high = Math.max(...figure.samples);
  return `${msText(low)}–${msText(high)}`;
}

/** How many times the reference takes longer than the figure (> 1: the figure is faster). */
function ratio(reference: Figure | undefined, figure: Figure): string {
  if (!reference || figure.unit !== 'ms') return '';
  const times = median(reference.samples) / median(figure.samples);
  return `${times >= 10 ? times.toFixed(0) : times.toFixed(times >= 1 ? 1 : 2)}×`;
}

/** The repository figures of issue 19, each with its target. */
function repositoryReport(repository: { description: string[]; measured: Measured[] }): string[] {
  const rows = repository.measured.map((row) => [row.figure, row.value, row.target, row.met === undefined ? '' : row.met ? 'met' : 'MISSED', row.note]);
  return ['', 'Repository (issue 19)', ...repository.description, '', table(rows, ['figure', 'measured', 'target', 'result', 'notes'])];
}

function report(results: SizeResult[], vsix: { bytes?: number; note: string }, machine: string[], elapsedMs: number, repository?: { description: string[]; measured: Measured[] }): void {
  const out: string[] = [];
  out.push('LFX proposals benchmark (npm run bench)', ...machine, '');
  if (results.length === 0) {
    if (repository) out.push(...repositoryReport(repository));
    out.push('', `Bench took ${(elapsedMs / 1000).toFixed(0)} s; load average at the end ${loadavg().map((load) => load.toFixed(2)).join(' ')}.`);
    process.stdout.write(`${out.join('\n')}\n`);
    return;
  }
  out.push(`Text: ${LARGEST} from test/fixtures/corpus, and ${COPIES} copies of it joined (titles repeat on purpose).`);
  for (const result of results) {
    out.push(`  ${result.label.padEnd(4)} ${result.bytes.toLocaleString('en')} bytes (${mb(result.bytes)}), ${result.lines.toLocaleString('en')} lines — N = ${result.runs} runs per figure (median; range min–max)`);
  }
  out.push(
    '',
    '"× vs markdownlint" = markdownlint\'s median ÷ this figure\'s median on the same text (above 1: faster than markdownlint);',
    '"× vs remark-parse" likewise with one remark-parse. Server figures go through dist/server.js --stdio, validation.delayMs 0.',
    '',
  );
  const rows: string[][] = [];
  for (const result of results) {
    const mdl = result.figures.get(MARKDOWNLINT);
    const remark = result.figures.get(REMARK);
    for (const [name, figure] of result.figures) {
      const isReference = name === MARKDOWNLINT || name === REMARK;
      rows.push([
        `${result.label} ${name}`,
        value(figure),
        figure.unit === 'ms' ? range(figure) : '',
        isReference ? '' : ratio(mdl, figure),
        isReference ? '' : ratio(remark, figure),
        figure.note ?? '',
      ]);
    }
    rows.push(['', '', '', '', '', '']);
  }
  rows.push(['.vsix size (lfx-proposals.vsix)', vsix.bytes === undefined ? 'missing' : kb(vsix.bytes), '', '', '', vsix.note]);
  out.push(table(rows, ['figure', 'median', 'range', '× vs markdownlint', '× vs remark-parse', 'notes']));

  // Targets
  const [small, large] = results;
  const get = (result: SizeResult, name: string) => median(result.figures.get(name)!.samples);
  const targets: string[][] = [];
  const check = (what: string, measured: string, target: string, met: boolean | undefined) =>
    targets.push([what, measured, target, met === undefined ? 'not measured' : met ? 'met' : 'MISSED']);
  for (const result of results) {
    for (const [figure, where] of [[KEYSTROKE, ''], [KEYSTROKE_FIELD, ' (in a field)']]) {
      const times = get(result, MARKDOWNLINT) / get(result, figure);
      check(`keystroke${where} → diagnostics vs markdownlint, ${result.label}`, `${times.toFixed(times >= 10 ? 0 : 2)}× faster`, '≥ 30× faster', times >= 30);
    }
  }
  // Issue 19, item 6: the keystroke at 150 KB.
  const keystrokeTimes = get(small, MARKDOWNLINT) / get(small, KEYSTROKE);
  check(`keystroke → diagnostics, ${small.label} (issue 19)`, msText(get(small, KEYSTROKE)), '≤ 10 ms', get(small, KEYSTROKE) <= 10);
  check(`keystroke → diagnostics vs markdownlint, ${small.label} (issue 19)`, `${keystrokeTimes.toFixed(keystrokeTimes >= 10 ? 0 : 2)}× faster`, '≥ 60× faster', keystrokeTimes >= 60);
  const growth = get(large, COLD_OPEN) / get(small, COLD_OPEN);
  check(`cold open growth ${small.label} → ${large.label}`, `${growth.toFixed(1)}×`, '≤ 12×', growth <= 12);
  const openVsMdl = get(large, MARKDOWNLINT) / get(large, COLD_OPEN);
  check(`cold open vs markdownlint, ${large.label}`, `${msText(get(large, COLD_OPEN))} vs ${msText(get(large, MARKDOWNLINT))}`, 'faster than markdownlint', openVsMdl > 1);
  check(`open after index → diagnostics, ${small.label} (issue 19)`, msText(get(small, OPEN_INDEXED)), '≤ 50 ms', get(small, OPEN_INDEXED) <= 50);
  for (const result of results) check(`completion, corpus indexed, ${result.label}`, msText(get(result, COMPLETION)), '≤ 5 ms', get(result, COMPLETION) <= 5);
  for (const result of results) {
    check(`server RSS, corpus indexed, ${result.label} open`, mb(get(result, RSS_AFTER)), '≤ 100 MB (95.4 MiB)', get(result, RSS_AFTER) <= 100e6);
  }
  check('.vsix size', vsix.bytes === undefined ? 'missing' : kb(vsix.bytes), '≤ 1 MiB', vsix.bytes === undefined ? undefined : vsix.bytes <= 1024 * 1024);
  // The absolute budget of DESIGN.md, for the same figures.
  check(`DESIGN: keystroke → diagnostics, ${small.label}`, msText(get(small, KEYSTROKE)), '≤ 5 ms', get(small, KEYSTROKE) <= 5);
  check(`DESIGN: keystroke → diagnostics, ${large.label}`, msText(get(large, KEYSTROKE)), '≤ 10 ms', get(large, KEYSTROKE) <= 10);
  check(`DESIGN: first full check (cold open), ${small.label}`, msText(get(small, COLD_OPEN)), '≤ 60 ms', get(small, COLD_OPEN) <= 60);
  out.push('', 'Targets (issues 5 and 19; DESIGN.md "Performance budget" rows marked DESIGN)', '');
  out.push(table(targets, ['target', 'measured', 'target', 'result']));
  if (repository) out.push(...repositoryReport(repository));
  out.push('', `Bench took ${(elapsedMs / 1000).toFixed(0)} s; load average at the end ${loadavg().map((load) => load.toFixed(2)).join(' ')}.`);
  process.stdout.write(`${out.join('\n')}\n`);
}

// ---------------------------------------------------------------------------------------------
// Main

async function main(): Promise<void> {
  const began = performance.now();
  const serverBundle = join(REPO_ROOT, 'dist', 'server.js');
  if (!existsSync(serverBundle)) throw new Error('dist/server.js is missing: run `npm run build` (or `npm run package`) first');
  const vsixPath = join(REPO_ROOT, 'lfx-proposals.vsix');
  const vsix = existsSync(vsixPath)
    ? { bytes: statSync(vsixPath).size, note: `built ${statSync(vsixPath).mtime.toISOString()}` }
    : { note: 'run `npm run package` first' };
  const bundleStat = statSync(serverBundle);
  const machine = [
    `Date: ${new Date().toISOString()}`,
    `Machine: ${cpuModel()}, ${cpus().length} cores; Node ${process.version}; load average at the start ${loadavg().map((load) => load.toFixed(2)).join(' ')}`,
    `Server: dist/server.js, ${kb(bundleStat.size)}, built ${bundleStat.mtime.toISOString()}`,
  ];
  for (const line of machine) log(line);
  if (loadavg()[0] > cpus().length) log(`  warning: the load average is above the number of cores; wall-clock figures will be inflated`);

  const original = readFileSync(join(CORPUS, LARGEST), 'utf8');
  const joined = Array.from({ length: COPIES }, () => (original.endsWith('\n') ? original : `${original}\n`)).join('');
  const sizes = [
    { label: '1×', text: original, runs: RUNS_SMALL, path: join(CORPUS, LARGEST) },
    { label: `${COPIES}×`, text: joined, runs: RUNS_LARGE, path: join(CORPUS, `bench-${COPIES}x_README.md`) },
  ];
  const results: SizeResult[] = [];
  for (const [index, size] of (ONLY === 'repository' ? [] : sizes).entries()) {
    const result: SizeResult = {
      label: size.label,
      bytes: Buffer.byteLength(size.text),
      lines: size.text.split('\n').length - (size.text.endsWith('\n') ? 1 : 0),
      runs: size.runs,
      figures: new Map(),
    };
    log(`\n${size.label}: ${result.bytes} bytes, ${size.runs} runs per figure`);
    inProcess(size.text, size.runs, index === 0, result);
    inProcessKeystrokes(size.text, size.runs, result);
    await coldOpens(size.text, size.runs, result);
    await indexedSession(size.text, size.path, size.runs, result);
    results.push(result);
  }
  const repository = ONLY === 'file' ? undefined : await repositoryBench({ runs: RUNS_REPOSITORY, log, start, stop, within });
  log('');
  report(results, vsix, machine, performance.now() - began, repository);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    killAll();
    log(`bench failed: ${String((error as Error)?.stack ?? error)}`);
    process.exit(1);
  },
);
