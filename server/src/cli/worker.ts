// A worker thread of `check` (pool.ts starts it from the CLI's own bundle): it parses the files
// it is handed and keeps their models, then lints them against the index of every file of the
// call, which the pool sends once all are parsed. Messages are plain data (structured clone).

import { isMainThread, type MessagePort, parentPort, workerData } from 'node:worker_threads';
import { SectionCache } from '../core/incremental';
import type { IssueForm } from '../core/issue-form';
import type { FileKnowledge } from '../core/knowledge';
import type { ProposalDocument } from '../core/model';
import { buildIndex, checkFile, type FileToCheck, type IndexEntry, knowledgeOf, type LintResult, parseFile } from './file-check';

/** A file as sent to a worker: its issue form by its place in the forms sent first. */
export type WireInput = Omit<FileToCheck, 'form'> & { form: number };

export type ToWorker =
  | { type: 'forms'; forms: IssueForm[] }
  | { type: 'parse'; files: Array<{ index: number; input: WireInput }> }
  /** Lints the files (those this worker has not parsed come with their input) against the index of `entries`, recording the index questions when `record`. */
  | { type: 'lint'; entries: IndexEntry[]; files: Array<{ index: number; input?: WireInput }>; record: boolean };

export type FromWorker =
  | { type: 'parsed'; results: Array<[number, FileKnowledge]> }
  | { type: 'linted'; results: Array<[number, LintResult]> }
  | { type: 'failed'; error: string };

/** What marks a thread started as a worker of `check`. */
export const WORKER_MARK = 'lfx-proposals-check-worker';

/** Whether this thread is a worker of `check` (the CLI's bundle then serves checks instead of reading its arguments). */
export function isCheckWorker(): boolean {
  return !isMainThread && (workerData as { role?: string } | undefined)?.role === WORKER_MARK;
}

/** Answers the pool's messages until the pool ends the thread. */
export function serveChecks(port: MessagePort = parentPort!): void {
  let forms: IssueForm[] = [];
  const inputs = new Map<number, FileToCheck>();
  const documents = new Map<number, ProposalDocument>();
  // Shared by this worker's files: the sections that versions of a term file share are parsed once.
  const sections = new SectionCache({ shared: true });
  const take = (index: number, input: WireInput) => {
    const checked: FileToCheck = { ...input, form: forms[input.form] };
    inputs.set(index, checked);
    return checked;
  };
  const answer = (message: Exclude<ToWorker, { type: 'forms' }>): FromWorker => {
    if (message.type === 'parse') {
      return {
        type: 'parsed',
        results: message.files.map(({ index, input }): [number, FileKnowledge] => {
          const checked = take(index, input);
          const document = parseFile(checked, sections);
          documents.set(index, document);
          return [index, knowledgeOf(checked.path, document)];
        }),
      };
    }
    for (const { index, input } of message.files) {
      if (input) documents.set(index, parseFile(take(index, input), sections));
    }
    const workspace = buildIndex(message.entries, documents);
    const answers = message.record ? new Map<string, string>() : undefined;
    return {
      type: 'linted',
      results: message.files.map(({ index }): [number, LintResult] => [index, checkFile(inputs.get(index)!, documents.get(index)!, workspace, answers)]),
    };
  };
  port.on('message', (message: ToWorker) => {
    if (message.type === 'forms') {
      forms = message.forms;
      return;
    }
    try {
      port.postMessage(answer(message));
    } catch (error) {
      port.postMessage({ type: 'failed', error: String((error as Error)?.stack ?? error) } satisfies FromWorker);
    }
  });
}
