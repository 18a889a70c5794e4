// Helpers for the suites that run inside the VS Code extension host (test/vscode/suite):
// the test workspace's files, waiting on editor events with a bound, reading diagnostics.

import * as vscode from 'vscode';
import type { ExtensionApi } from '../../client/src/start';
import layout from './workspace.json';

/** The `source` of the extension's diagnostics. */
export const SOURCE = 'lfx-proposals';

/** The workspace paths of the corpus copies (see workspace.json), by corpus file name. */
export const CORPUS = Object.fromEntries(
  Object.entries(layout.files).filter(([, fixture]) => fixture.startsWith('corpus/')).map(([workspacePath, fixture]) => [fixture.replace(/^corpus\//, ''), workspacePath]),
) as Record<string, string>;

/** The URI of a path inside the (single) workspace folder the tests opened. */
export function workspaceUri(path: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('No workspace folder is open: the test driver must open the prepared workspace.');
  return vscode.Uri.joinPath(folder.uri, ...path.split('/'));
}

/** The URI of the workspace copy of a corpus file (test/fixtures/corpus/<name>). */
export function corpusUri(name: string): vscode.Uri {
  const path = CORPUS[name];
  if (!path) throw new Error(`${name} is not in test/vscode/workspace.json`);
  return workspaceUri(path);
}

/** Writes a file into the workspace (the test's own drafts) and opens it. */
export async function createDocument(path: string, text: string): Promise<vscode.TextDocument> {
  const uri = workspaceUri(path);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return vscode.workspace.openTextDocument(uri);
}

/**
 * Resolves with the first non-undefined value of `check`, called now and after every firing of
 * `event`; rejects after `timeoutMs` with `what` and the last value seen by `describe`.
 */
export function waitFor<E, T>(
  event: vscode.Event<E>,
  check: () => T | undefined,
  what: string,
  timeoutMs = 60_000,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let subscription: vscode.Disposable | undefined;
    const finish = (settle: () => void) => {
      subscription?.dispose();
      clearTimeout(timer);
      settle();
    };
    const timer = setTimeout(() => finish(() => reject(new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what}`))), timeoutMs);
    const test = () => {
      let value: T | undefined;
      try {
        value = check();
      } catch (error) {
        finish(() => reject(error));
        return;
      }
      if (value !== undefined) finish(() => resolve(value as T));
    };
    subscription = event(test);
    test();
  });
}

/** The extension under test's API (its exports), activating it if it is not yet. */
export async function extensionApi(): Promise<ExtensionApi> {
  const extension = vscode.extensions.getExtension<ExtensionApi>('lfx-proposals.lfx-proposals');
  if (!extension) throw new Error('the extension lfx-proposals.lfx-proposals is not installed');
  return extension.activate();
}

/** Resolves once the server says its workspace index is ready (lfxProposals/indexStatus, through the extension's API). */
export async function indexReady(timeoutMs = 60_000): Promise<void> {
  const api = await extensionApi();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`Timed out after ${timeoutMs / 1000} s waiting for the server's index`)), timeoutMs)));
  try {
    await Promise.race([api.whenIndexed(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The extension's diagnostics of a document. */
export function lfxDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === SOURCE);
}

/** The rule id of a diagnostic (its code, plain or with a documentation link). */
export function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  return code === undefined ? undefined : String(typeof code === 'object' ? code.value : code);
}

/**
 * Waits (on onDidChangeDiagnostics) until the extension's diagnostics of `uri` satisfy `accept`
 * (by default: any arrived), and resolves with them.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean = (diagnostics) => diagnostics.length > 0,
  what = `diagnostics from ${SOURCE} for ${vscode.workspace.asRelativePath(uri)}`,
  timeoutMs = 60_000,
): Promise<vscode.Diagnostic[]> {
  return waitFor(
    vscode.languages.onDidChangeDiagnostics,
    () => {
      const diagnostics = lfxDiagnostics(uri);
      return accept(diagnostics) ? diagnostics : undefined;
    },
    what,
    timeoutMs,
  );
}

/** One line per diagnostic, for assertion messages. */
export function describeDiagnostics(diagnostics: readonly vscode.Diagnostic[]): string {
  return diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character} ${ruleOf(d)} ${d.message}`).join('\n');
}

/** Waits for `ms` (only between retries of a request whose answer has no event, and in the restart suite's process watch). */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Calls `request` until `accept` takes its answer, and resolves with that accepted value;
 * rejects after `timeoutMs` with `what` and the last answer or error.
 *
 * For requests whose answers depend on something without an event: the other extensions
 * finishing their activation (the server's workspace index has one: `indexReady`). VS Code cancels a
 * code action request (an empty answer, or a rejection "Canceled") when the set of registered
 * code action providers changes while it runs, which happens while the built-in markdown
 * extensions (markdown-language-features, then markdown-math and mermaid through its API)
 * are still activating after the first markdown file opened.
 */
export async function retry<T, R>(
  request: () => Thenable<T>,
  accept: (answer: T) => R | undefined,
  what: string,
  timeoutMs = 30_000,
): Promise<R> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  for (;;) {
    try {
      const answer = await request();
      const accepted = accept(answer);
      if (accepted !== undefined) return accepted;
      last = `last answer: ${describe(answer)}`;
    } catch (error) {
      if (!(error instanceof Error && error.name === 'Canceled')) throw error;
      last = 'last request was canceled';
    }
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what} (${last})`);
    await sleep(250);
  }
}

function describe(answer: unknown): string {
  if (Array.isArray(answer)) return `${answer.length} items: ${answer.slice(0, 15).map((item) => (item as { title?: string }).title ?? labelOf(item)).join(' | ')}`;
  if (answer && typeof answer === 'object' && 'items' in answer) return describe((answer as { items: unknown[] }).items);
  return String(answer);
}

function labelOf(item: unknown): string {
  const label = (item as { label?: string | { label: string } }).label;
  return typeof label === 'object' ? label.label : String(label);
}
