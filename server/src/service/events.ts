// What the proposal service tells its adapter without being asked: diagnostics to publish, the
// state of the workspace index, and whether an open file is a proposal file (with its summary).
// Plain data with offsets; the LSP adapter converts it (toLsp.ts).

import type { LineIndex } from '../core/lines';
import type { Span } from '../core/model';
import type { FileSummary } from '../features/status';
import type { Finding } from '../rules';

/** A listener's registration; `dispose` removes it. */
export interface Disposable {
  dispose(): void;
}

/** Subscribes a listener to an event. */
export type Event<T> = (listener: (value: T) => void) => Disposable;

/** An event source: `event` to subscribe, `fire` to call every listener in order. */
export class Emitter<T> {
  private readonly listeners = new Set<(value: T) => void>();

  readonly event: Event<T> = (listener) => {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  };

  fire(value: T): void {
    for (const listener of [...this.listeners]) listener(value);
  }
}

/** A problem that no rule found: a configuration or issue-form file's, or the size policy's note. */
export interface Note {
  span: Span;
  severity: 'error' | 'information';
  message: string;
}

/** The diagnostics of one file, replacing what was published for it before. */
export interface DiagnosticsEvent {
  uri: string;
  /** The version of the open document they were computed for; absent for a file not open. */
  version?: number;
  /** The line index of the text they were computed on. */
  lines: LineIndex;
  findings: readonly Finding[];
  notes: readonly Note[];
}

/** Whether an open document is a proposal file, told after each check of it. */
export interface FileStatus {
  uri: string;
  version: number;
  proposal: boolean;
  /** The checked file in numbers; absent when it was not analysed (not a proposal file, or too large). */
  summary?: FileSummary;
}

/** The workspace index: being built (with progress), or ready with the number of files it holds. */
export type IndexEvent =
  | { state: 'indexing' }
  | { state: 'progress'; done: number; total: number }
  | { state: 'ready'; files: number };
