// The proposal language service, free of any transport, in the shape of
// vscode-markdown-languageservice's `createLanguageService`: it is given its host (the
// workspace's files), a settings source and a logger, and owns the rest: open documents and
// their analyses by version, debounced checks, settings merged with configuration files, which
// files are proposal files, the workspace index, "Check All" and the file-size policy. It tells
// its adapter what to publish through events. The LSP adapter (language-server.ts) turns
// requests into calls of it and its results into LSP types; tests drive it in memory.

import type { IssueForm } from '../core/issue-form';
import { WorkspaceKnowledge } from '../core/knowledge';
import type { Finding } from '../rules';
import { CheckAll, type CheckAllSummary } from './check-all';
import { type Analysis, type OpenDocument, OpenDocuments } from './documents';
import { type DiagnosticsEvent, Emitter, type Event, type FileStatus, type IndexEvent } from './events';
import { WorkspaceFiles } from './files';
import type { Logger, SettingsSource, WorkspaceHost } from './host';
import { WorkspaceIndexer } from './indexer';
import { PersistedIndex } from './persisted-index';
import { SettingsCache } from './settings';
import { Validation } from './validation';

export type { CheckAllSummary } from './check-all';
export type { Analysis, OpenDocument } from './documents';
export type { DiagnosticsEvent, Disposable, Event, FileStatus, IndexEvent, Note } from './events';
export type { Logger, SettingsSource, WorkspaceHost } from './host';

/** A file changed on disk under the workspace (a watched file). */
export interface FileChange {
  uri: string;
  deleted: boolean;
}

export interface ProposalService {
  /** What the workspace's proposal files hold (mentors, skills, upstream URLs, each file's model). */
  readonly workspace: WorkspaceKnowledge;
  /** Diagnostics to publish: an open document's (with its version), a configuration file's, or what Check All found. */
  readonly onDiagnostics: Event<DiagnosticsEvent>;
  /** After each check of an open document: whether it is a proposal file, and its summary. */
  readonly onFileStatus: Event<FileStatus>;
  /** The workspace index: being built, its progress, ready. */
  readonly onIndex: Event<IndexEvent>;

  /** Sets the workspace folders (their URIs); `indexWorkspace` reads them. */
  setWorkspaceFolders(folderUris: readonly string[]): void;
  /** Reads every proposal file of the workspace folders into the index, then checks the open documents again. */
  indexWorkspace(): Promise<void>;
  /** The editor's settings changed: they are asked again, and the workspace indexed again. */
  settingsChanged(): Promise<void>;
  /** Files changed on disk: the index follows them (a configuration or form file: everything is read again). */
  filesChanged(changes: readonly FileChange[]): Promise<void>;

  /** A document was opened or edited: it is checked after the settings' delay. */
  documentChanged(document: OpenDocument): void;
  /** A document was closed: the index goes back to the file on disk. */
  documentClosed(uri: string): Promise<void>;

  /** The current version of an open proposal file, parsed; undefined for other documents. */
  analysis(uri: string): Analysis | undefined;
  /** The findings of an analysis (computed once per version). */
  findings(uri: string, analysis: Analysis): Finding[];
  /** The issue form that applies to a document. */
  formFor(uri: string): IssueForm;
  /**
   * Checks every proposal file of the workspace (indexed first); publishes the findings of those
   * not open, and returns the counts. Stops early when `isCancelled` says so.
   */
  checkAll(isCancelled?: () => boolean): Promise<CheckAllSummary>;
  /** The server is shutting down: the workspace index is saved now if it changed (a save under way is waited for). */
  shutdown(): Promise<void>;
}

/** A configuration file or the issue form: its change may change every file's settings and drafts. */
const CONFIG_OR_FORM = /\/\.lfx-proposals\.jsonc?$|\/\.github\/ISSUE_TEMPLATE\/[^/]+\.ya?ml$/;

/**
 * `build`: the identity of the running build (its version, and what else tells builds apart): a
 * workspace index saved by another build is not restored.
 */
export function createProposalService(host: WorkspaceHost, settingsSource: SettingsSource, logger: Logger, build = 'unknown'): ProposalService {
  const diagnostics = new Emitter<DiagnosticsEvent>();
  const fileStatus = new Emitter<FileStatus>();
  const index = new Emitter<IndexEvent>();
  const workspace = new WorkspaceKnowledge();
  const files = new WorkspaceFiles(host, (event) => diagnostics.fire(event));
  const settings = new SettingsCache(settingsSource, (uri) => files.configOf(uri));
  const documents = new OpenDocuments(files, workspace);
  const validation = new Validation(documents, files, settings, workspace, { diagnostics: (event) => diagnostics.fire(event), status: (event) => fileStatus.fire(event) }, logger);
  const persisted = new PersistedIndex(host, build, logger);
  const indexer = new WorkspaceIndexer(host, files, settings, documents, workspace, { index: (event) => index.fire(event), indexed: () => validation.scheduleAll() }, logger, persisted);
  const checkAll = new CheckAll(indexer, documents, settings, workspace, (event) => diagnostics.fire(event));

  return {
    workspace,
    onDiagnostics: diagnostics.event,
    onFileStatus: fileStatus.event,
    onIndex: index.event,

    setWorkspaceFolders(folderUris) {
      files.folders = [...folderUris];
    },
    indexWorkspace: () => indexer.indexWorkspace(),
    settingsChanged() {
      settings.forget();
      return indexer.indexWorkspace();
    },
    async filesChanged(changes) {
      // A configuration file or the issue form changed: every file's settings and drafts may have
      // (indexing re-reads them).
      if (changes.some((change) => CONFIG_OR_FORM.test(change.uri))) return indexer.indexWorkspace();
      for (const change of changes) {
        if (documents.get(change.uri)) continue; // The open editor's text wins over the disk.
        if (change.deleted) indexer.forget(change.uri);
        else await indexer.reindexFile(change.uri);
      }
      validation.scheduleAll();
    },

    documentChanged(document) {
      documents.set(document);
      validation.schedule(document.uri);
    },
    async documentClosed(uri) {
      validation.cancel(uri);
      documents.close(uri);
      settings.forget(uri);
      // The index goes back to what the file holds on disk (the editor may have dropped changes).
      await indexer.reindexFile(uri);
      await checkAll.closed(uri);
    },

    analysis: (uri) => documents.analysis(uri),
    findings: (uri, analysis) => documents.findings(uri, analysis),
    formFor: (uri) => files.formFor(uri),

    checkAll: (isCancelled = () => false) => checkAll.run(isCancelled),
    shutdown: () => persisted.save(),
  };
}
