// The proposal service in memory, for tests that need no server: a workspace of files held in
// a map (the core's own configuration and form lookups read it, as the browser host's do), the
// editor's settings as given, a log kept in an array, and waiting on the service's events.

import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { loadConfig } from '../../server/src/core/config';
import { contentHash } from '../../server/src/core/content-hash';
import { findIssueForm, type FoundForm } from '../../server/src/core/issue-form';
import { proposalFileMatcher } from '../../server/src/core/proposal-files';
import { RULE_IDS } from '../../server/src/rules';
import type { WorkspaceHost } from '../../server/src/service/host';
import { createProposalService, type Event, type ProposalService } from '../../server/src/service/proposal-service';

/** The workspace folder of every in-memory workspace. */
export const ROOT = '/workspace';

/** The `file:` URI of a path below the workspace folder. */
export function uriOf(path: string): string {
  return URI.file(`${ROOT}/${path}`).toString();
}

/**
 * Where an in-memory host keeps the saved workspace index: `data` as saved (absent: none saved);
 * `failLoad`/`failSave` make loading or saving fail as an unreadable disk would.
 */
export interface MemoryIndexStore {
  data?: string;
  failLoad?: boolean;
  failSave?: boolean;
  saves?: number;
}

/**
 * A workspace of files by path below the folder; `files` may be changed between calls (then
 * `reloadConfig`); with a `store`, it saves the workspace index there; `reads` counts the reads of each file.
 */
export function memoryHost(files: Map<string, string>, store?: MemoryIndexStore, reads?: Map<string, number>): WorkspaceHost {
  const readFile = (path: string) => (path.startsWith(`${ROOT}/`) ? files.get(path.slice(ROOT.length + 1)) : undefined);
  const isRoot = (folder: string) => folder === ROOT;
  let forms = new Map<string, FoundForm>();
  return {
    schemes: ['file'],
    async findProposalFiles(folderUri, patterns) {
      const folder = URI.parse(folderUri).path.replace(/\/$/, '');
      const matches = proposalFileMatcher(patterns);
      return [...files.keys()].filter((path) => `${ROOT}/${path}`.startsWith(`${folder}/`) && matches(path)).sort().map(uriOf);
    },
    async readProposalFile(uri) {
      reads?.set(uri, (reads.get(uri) ?? 0) + 1);
      const text = readFile(URI.parse(uri).path);
      return text === undefined ? { problem: 'ENOENT' } : { text, ...(store && { version: contentHash(text) }) };
    },
    // With a store, the host tells a file's version as Node does by its time and size: here by its text's digest.
    ...(store && {
      async fileVersion(uri: string) {
        const text = readFile(URI.parse(uri).path);
        return text === undefined ? undefined : contentHash(text);
      },
    }),
    async reloadConfig() {
      forms = new Map();
    },
    configFor: (path) => loadConfig(path, { readFile, isRoot }, RULE_IDS),
    configText: readFile,
    configUri: (path) => URI.file(path).toString(),
    issueFormFor(path) {
      const folder = path.slice(0, path.lastIndexOf('/'));
      let form = forms.get(folder);
      if (!form) forms.set(folder, (form = findIssueForm(path, { readFile, isRoot })));
      return form;
    },
    ...(store && {
      async loadIndexCache() {
        if (store.failLoad) throw new Error('EACCES: permission denied');
        return store.data;
      },
      async saveIndexCache(data: string) {
        if (store.failSave) throw new Error('ENOSPC: no space left on device');
        store.data = data;
        store.saves = (store.saves ?? 0) + 1;
      },
    }),
  };
}

/** A service over an in-memory workspace, with its workspace folder set. */
export interface MemoryService {
  service: ProposalService;
  files: Map<string, string>;
  /** What the service logged, as `level: message`. */
  logs: string[];
  /** The editor's `lfxProposals` settings the service is given (change, then `settingsChanged`). */
  settings: Record<string, unknown>;
  /** How often each file (by URI) was read from the workspace. */
  reads: Map<string, number>;
  /** Opens (or edits) a document below the folder; returns its URI. */
  open(path: string, text: string, version?: number): TextDocument;
}

/**
 * Creates the service over `files` (paths below the folder) with the editor's `settings` (delayMs 0
 * unless given); with `store`, the workspace index is saved there between services (`build`: the build's identity).
 */
export function memoryService(
  files: Record<string, string>,
  settings: Record<string, unknown> = {},
  { store, build }: { store?: MemoryIndexStore; build?: string } = {},
): MemoryService {
  const workspace = new Map(Object.entries(files));
  const logs: string[] = [];
  const given: Record<string, unknown> = { validation: { delayMs: 0 }, ...settings };
  const logger = { info: (message: string) => logs.push(`info: ${message}`), warn: (message: string) => logs.push(`warn: ${message}`), error: (message: string) => logs.push(`error: ${message}`) };
  const reads = new Map<string, number>();
  const service = createProposalService(memoryHost(workspace, store, reads), { editorSettings: async () => given }, logger, build);
  service.setWorkspaceFolders([URI.file(ROOT).toString()]);
  return {
    service,
    files: workspace,
    logs,
    settings: given,
    reads,
    open(path, text, version = 1) {
      const uri = path.includes(':') ? path : uriOf(path);
      const document = TextDocument.create(uri, 'markdown', version, text);
      service.documentChanged(document);
      return document;
    },
  };
}

/** Resolves with the first value of `event` that `accept` takes; rejects after `timeoutMs` (a hang is a failure, not a stall). */
export function next<T>(event: Event<T>, accept: (value: T) => boolean = () => true, timeoutMs = 5_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`no matching event in ${timeoutMs} ms`));
    }, timeoutMs);
    const subscription = event((value) => {
      if (!accept(value)) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(value);
    });
  });
}
