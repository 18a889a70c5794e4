// Worker threads for `check`: each parses its share of the files (the versions of one term file
// together, see `share`), keeps their models, and lints them once every file's knowledge is in
// (the rules that look across files need all of it). The workers run the CLI's own bundle (worker.ts); results come back by file index, so the
// order of the output is the one-thread order.

import { Worker } from 'node:worker_threads';
import type { IssueForm } from '../core/issue-form';
import type { FileKnowledge } from '../core/knowledge';
import type { FileToCheck, IndexEntry, LintResult } from './file-check';
import { type FromWorker, type ToWorker, WORKER_MARK, type WireInput } from './worker';

/** Parses and lints files, keeping the models between the two (`InThread` or `WorkerPool`). */
export interface Executor {
  /** Parses these files; what each adds to the index. */
  parse(indexes: readonly number[]): Promise<Map<number, FileKnowledge>>;
  /**
   * Lints these files (parsing first those not parsed) against the index of `entries`: every
   * file of the call, in order; with the questions the rules asked the index when `record`.
   */
  lint(indexes: readonly number[], entries: readonly IndexEntry[], record: boolean): Promise<Map<number, LintResult>>;
  close(): Promise<void>;
}

/** Characters of text a parse batch holds at least (fewer messages), unless the files run out. */
const BATCH_CHARACTERS = 256 * 1024;

interface PoolWorker {
  thread: Worker;
  /** Characters of the files it parsed: how busy it was. */
  load: number;
  pending?: { resolve(message: FromWorker): void; reject(error: Error): void };
}

export class WorkerPool implements Executor {
  private readonly workers: PoolWorker[];
  private readonly forms = new Map<IssueForm, number>();
  /** Which worker holds each parsed file's model. */
  private readonly holder = new Map<number, PoolWorker>();

  constructor(
    private readonly inputs: readonly FileToCheck[],
    size: number,
    bundle: string,
  ) {
    for (const input of inputs) if (!this.forms.has(input.form)) this.forms.set(input.form, this.forms.size);
    const forms = [...this.forms.keys()];
    this.workers = Array.from({ length: size }, () => {
      const worker: PoolWorker = { thread: new Worker(bundle, { workerData: { role: WORKER_MARK } }), load: 0 };
      worker.thread.on('message', (message: FromWorker) => this.settle(worker, message));
      worker.thread.on('error', (error) => this.fail(worker, error));
      worker.thread.on('exit', (code) => this.fail(worker, new Error(`a worker thread ended (exit code ${code})`)));
      worker.thread.postMessage({ type: 'forms', forms } satisfies ToWorker);
      return worker;
    });
  }

  async parse(indexes: readonly number[]): Promise<Map<number, FileKnowledge>> {
    const results = new Map<number, FileKnowledge>();
    const shares = this.share(indexes);
    await Promise.all(
      this.workers.map(async (worker, at) => {
        const share = shares[at];
        for (let next = 0; next < share.length; ) {
          const files: Array<{ index: number; input: WireInput }> = [];
          let characters = 0;
          while (next < share.length && (files.length === 0 || characters < BATCH_CHARACTERS)) {
            const index = share[next++];
            files.push({ index, input: this.wire(index) });
            characters += this.inputs[index].text.length;
            this.holder.set(index, worker);
          }
          const answer = await this.ask(worker, { type: 'parse', files });
          if (answer.type !== 'parsed') throw new Error(`a worker answered ${answer.type} to parse`);
          for (const [index, knowledge] of answer.results) results.set(index, knowledge);
        }
      }),
    );
    return results;
  }

  /**
   * The files each worker parses: the versions of one term file (a repository's history) share
   * their sections, which a worker parses once (its SectionCache), so the files that begin with
   * the same line (a term's title) go to one worker; the groups, largest first, to the worker
   * with the fewest characters so far.
   */
  private share(indexes: readonly number[]): number[][] {
    const groups = new Map<string, { indexes: number[]; characters: number }>();
    for (const index of indexes) {
      const text = this.inputs[index].text;
      const newline = text.indexOf('\n');
      const firstLine = newline < 0 ? text : text.slice(0, newline);
      let group = groups.get(firstLine);
      if (!group) groups.set(firstLine, (group = { indexes: [], characters: 0 }));
      group.indexes.push(index);
      group.characters += text.length;
    }
    const shares = this.workers.map(() => ({ indexes: [] as number[], characters: 0 }));
    for (const group of [...groups.values()].sort((a, b) => b.characters - a.characters)) {
      const least = shares.reduce((best, each) => (each.characters < best.characters ? each : best));
      least.indexes.push(...group.indexes);
      least.characters += group.characters;
    }
    this.workers.forEach((worker, at) => (worker.load += shares[at].characters));
    return shares.map((share) => share.indexes.sort((a, b) => a - b));
  }

  async lint(indexes: readonly number[], entries: readonly IndexEntry[], record: boolean): Promise<Map<number, LintResult>> {
    const jobs = new Map<PoolWorker, Array<{ index: number; input?: WireInput }>>(this.workers.map((worker) => [worker, []]));
    for (const index of indexes) {
      const holder = this.holder.get(index);
      if (holder) {
        jobs.get(holder)!.push({ index });
      } else {
        // Not parsed yet (a cached file whose cross-file findings changed): to the least busy worker.
        const worker = this.workers.reduce((least, each) => (each.load < least.load ? each : least));
        worker.load += this.inputs[index].text.length;
        this.holder.set(index, worker);
        jobs.get(worker)!.push({ index, input: this.wire(index) });
      }
    }
    const results = new Map<number, LintResult>();
    await Promise.all(
      [...jobs].map(async ([worker, files]) => {
        if (files.length === 0) return;
        const answer = await this.ask(worker, { type: 'lint', entries: [...entries], files, record });
        if (answer.type !== 'linted') throw new Error(`a worker answered ${answer.type} to lint`);
        for (const [index, result] of answer.results) results.set(index, result);
      }),
    );
    return results;
  }

  async close(): Promise<void> {
    await Promise.all(
      this.workers.map((worker) => {
        worker.thread.removeAllListeners('exit');
        return worker.thread.terminate();
      }),
    );
  }

  private wire(index: number): WireInput {
    const input = this.inputs[index];
    return { ...input, form: this.forms.get(input.form)! };
  }

  private ask(worker: PoolWorker, message: ToWorker): Promise<FromWorker> {
    return new Promise((resolve, reject) => {
      worker.pending = { resolve, reject };
      worker.thread.postMessage(message);
    });
  }

  private settle(worker: PoolWorker, message: FromWorker): void {
    const pending = worker.pending;
    worker.pending = undefined;
    if (message.type === 'failed') pending?.reject(new Error(`in a worker thread: ${message.error}`));
    else pending?.resolve(message);
  }

  private fail(worker: PoolWorker, error: Error): void {
    const pending = worker.pending;
    worker.pending = undefined;
    pending?.reject(error);
  }
}
