// The LSP adapter: turns each LSP message into a call of the proposal service
// (service/proposal-service.ts) or of one feature over the service's analysis, and converts the
// result (toLsp.ts); the service's events become publishDiagnostics, progress and the
// lfxProposals/* notifications. It holds no rule, feature or workspace logic of its own.
// The same code runs on Node (server.ts: IPC from VS Code, or stdio for any editor) and in a
// browser worker (browser-server.ts); where they differ, reading the workspace's files, the
// service asks its WorkspaceHost (service/host.ts).

import {
  type CancellationToken,
  CodeActionKind,
  type Connection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  type InitializeParams,
  type InitializeResult,
  TextDocumentSyncKind,
  TextDocuments,
  type WorkDoneProgressServerReporter,
  type WorkspaceFolder,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CheckAllRequest,
  DraftTemplateRequest,
  FileStatusNotification,
  IndexStatusNotification,
  IssueUrlRequest,
  OrgTreeRequest,
  TableOfContentsRequest,
} from '../../protocol/messages';
import { LineIndex, type Positions } from './core/lines';
import { generateToc } from './core/toc';
import { complete, limitSuggestions } from './features/completion';
import { draftSnippet } from './features/draft-text';
import { hover } from './features/hover';
import { issueUrl, manualText } from './features/issue-url';
import { orgTree } from './features/org-tree';
import { documentOutline, workspaceSymbols } from './features/symbols';
import { codeActions } from './code-actions';
import { type Guards, guards } from './guards';
import type { WorkspaceHost } from './service/host';
import { type Analysis, createProposalService, type ProposalService } from './service/proposal-service';
import * as toLsp from './toLsp';

/** The repository whose issue form drafts are opened in, unless the request names another. */
const DEFAULT_REPOSITORY = 'cncf/mentoring';

/** What the client said it can do (in `initialize`). */
interface ClientCapabilities {
  configuration: boolean;
  workspaceFolders: boolean;
  registerConfiguration: boolean;
  watchFiles: boolean;
}

/** The identity of this build, set by scripts/build.mjs (its version and a digest of its sources): a workspace index saved by another is not restored. */
declare const LFX_PROPOSALS_BUILD: string | undefined;
const BUILD = typeof LFX_PROPOSALS_BUILD === 'string' ? LFX_PROPOSALS_BUILD : 'development';

/** What the client may send in `initializationOptions`. */
interface InitializationOptions {
  /** Where the workspace index is kept between sessions (VS Code: the extension's `context.storageUri`); none: it is not kept. */
  storageUri?: string;
}

/**
 * Serves one client on `connection`, reading the workspace through the host made for it (the
 * host may need the connection, the workspace folders that the client announces, or the storage
 * folder it gives). Returns the logger of failures that no handler caught, for the process or worker to call.
 */
export function startServer(
  connection: Connection,
  makeHost: (connection: Connection, folders: () => readonly WorkspaceFolder[], storageUri: () => string | undefined) => WorkspaceHost,
): (reason: unknown) => void {
  let folders: WorkspaceFolder[] = [];
  let storageUri: string | undefined;
  const client: ClientCapabilities = { configuration: false, workspaceFolders: false, registerConfiguration: false, watchFiles: false };
  const settings = {
    editorSettings: (uri: string) => (client.configuration ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'lfxProposals' }) : Promise.resolve(null)),
  };
  const service = createProposalService(makeHost(connection, () => folders, () => storageUri), settings, connection.console, BUILD);
  const setFolders = (next: WorkspaceFolder[]) => {
    folders = next;
    service.setWorkspaceFolders(folders.map((folder) => folder.uri));
  };
  const documents = new TextDocuments(TextDocument);
  const guard = guards(connection.console);

  connection.onInitialize((params) => {
    setFolders(params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []));
    Object.assign(client, capabilitiesOf(params));
    const options = params.initializationOptions as InitializationOptions | undefined;
    storageUri = typeof options?.storageUri === 'string' ? options.storageUri : undefined;
    return initializeResult();
  });
  connection.onInitialized(() => {
    registerForChanges(connection, client);
    if (client.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        setFolders(folders.filter((folder) => !event.removed.some((removed) => removed.uri === folder.uri)).concat(event.added));
        void service.indexWorkspace();
      });
    }
    void service.indexWorkspace();
  });
  // The index saved before the process exits (a window closed right after indexing, or between a change and its delayed save).
  connection.onShutdown(() => service.shutdown());
  connection.onDidChangeConfiguration(() => void service.settingsChanged());
  connection.onDidChangeWatchedFiles(guard.notification('workspace/didChangeWatchedFiles', (params) =>
    service.filesChanged(params.changes.map((change) => ({ uri: change.uri, deleted: change.type === FileChangeType.Deleted }))),
  ));
  // Opening a document fires onDidChangeContent too: one handler covers both.
  documents.onDidChangeContent((event) => service.documentChanged(event.document));
  documents.onDidClose((event) => void service.documentClosed(event.document.uri));

  publishServiceEvents(connection, service);
  registerLanguageFeatures(connection, service, guard);
  registerCustomRequests(connection, service, guard);
  documents.listen(connection);
  connection.listen();
  return (reason) => connection.console.error(`Unhandled rejection: ${String((reason as Error)?.stack ?? reason)}`);
}

function capabilitiesOf(params: InitializeParams): ClientCapabilities {
  const workspace = params.capabilities.workspace;
  return {
    configuration: Boolean(workspace?.configuration),
    workspaceFolders: Boolean(workspace?.workspaceFolders),
    registerConfiguration: Boolean(workspace?.didChangeConfiguration?.dynamicRegistration),
    watchFiles: Boolean(workspace?.didChangeWatchedFiles?.dynamicRegistration),
  };
}

function initializeResult(): InitializeResult {
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      completionProvider: { triggerCharacters: ['@', '-', ' ', ','], resolveProvider: false },
      hoverProvider: true,
      documentSymbolProvider: { label: 'LFX proposals' },
      workspaceSymbolProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite, toLsp.FIX_ALL_KIND] },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'lfx-proposals' },
  };
}

/** Asks the client for configuration changes and for changes of markdown, configuration and form files. */
function registerForChanges(connection: Connection, client: ClientCapabilities): void {
  const logFailure = (what: string) => (error: unknown) => connection.console.error(`Could not ${what}: ${String(error)}`);
  if (client.registerConfiguration) {
    connection.client.register(DidChangeConfigurationNotification.type, { section: 'lfxProposals' }).catch(logFailure('register for configuration changes'));
  }
  if (client.watchFiles) {
    const watchers = [{ globPattern: '**/*.md' }, { globPattern: '**/.lfx-proposals.{json,jsonc}' }, { globPattern: '**/.github/ISSUE_TEMPLATE/*.{yml,yaml}' }];
    connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch(logFailure('watch markdown files'));
  }
}

/** The service's events as LSP messages: diagnostics, the index's progress and status, each file's status. */
function publishServiceEvents(connection: Connection, service: ProposalService): void {
  service.onDiagnostics((event) => void connection.sendDiagnostics(toLsp.publishedDiagnostics(event)));
  service.onFileStatus((status) => void connection.sendNotification(FileStatusNotification, toLsp.wireFileStatus(status)));
  let progress: Promise<WorkDoneProgressServerReporter | undefined> | undefined;
  service.onIndex((event) => {
    if (event.state === 'indexing') {
      progress = connection.window.createWorkDoneProgress().then(
        (reporter) => (reporter.begin('LFX proposals: indexing', 0, 'finding proposal files', false), reporter),
        () => undefined,
      );
      void connection.sendNotification(IndexStatusNotification, { state: 'indexing' });
    } else if (event.state === 'progress') {
      void progress?.then((reporter) => reporter?.report(Math.round((event.done / event.total) * 100), `${event.done} of ${event.total} files`));
    } else {
      void progress?.then((reporter) => reporter?.done());
      void connection.sendNotification(IndexStatusNotification, { state: 'ready', files: event.files });
    }
  });
}

function registerLanguageFeatures(connection: Connection, service: ProposalService, guard: Guards): void {
  const withAnalysis = <T>(uri: string, use: (analysis: Analysis) => T): T | undefined => {
    const analysis = service.analysis(uri);
    return analysis && use(analysis);
  };
  connection.onCompletion(guard.request('textDocument/completion', (params) =>
    withAnalysis(params.textDocument.uri, ({ document, lines }) => {
      const offset = lines.offsetAt(params.position);
      const { items, incomplete } = limitSuggestions(document.text, offset, complete(document, offset, service.workspace));
      return { isIncomplete: incomplete, items: items.map((suggestion) => toLsp.completionItem(lines, suggestion)) };
    }) ?? [],
  ));
  connection.onHover(guard.request('textDocument/hover', (params) =>
    withAnalysis(params.textDocument.uri, ({ document, lines }) => {
      const result = hover(document, lines.offsetAt(params.position), service.workspace);
      return result ? toLsp.hoverResult(lines, result) : null;
    }) ?? null,
  ));
  connection.onDocumentSymbol(guard.request('textDocument/documentSymbol', (params) =>
    withAnalysis(params.textDocument.uri, ({ document, lines }) => documentOutline(document).map((node) => toLsp.documentSymbol(lines, node))) ?? [],
  ));
  connection.onWorkspaceSymbol(guard.request('workspace/symbol', (params) => {
    const positions = new Map<string, Positions>();
    return workspaceSymbols(service.workspace, params.query).map((symbol) => {
      let lines = positions.get(symbol.uri);
      if (!lines) positions.set(symbol.uri, (lines = service.workspace.positions(symbol.uri) ?? new LineIndex('')));
      return toLsp.symbolInformation(lines, symbol);
    });
  }));
  connection.onCodeAction(guard.request('textDocument/codeAction', (params) =>
    withAnalysis(params.textDocument.uri, (analysis) => codeActions(service, analysis, params)) ?? [],
  ));
}

function registerCustomRequests(connection: Connection, service: ProposalService, guard: Guards): void {
  connection.onRequest(OrgTreeRequest, guard.request(OrgTreeRequest.method, ({ uri }) => {
    const analysis = service.analysis(uri);
    return analysis ? toLsp.wireOrgTree(analysis.lines, orgTree(analysis.document, service.findings(uri, analysis))) : null;
  }));
  connection.onRequest(TableOfContentsRequest, guard.request(TableOfContentsRequest.method, ({ uri }) => {
    const analysis = service.analysis(uri);
    const newText = analysis && generateToc(analysis.document);
    const toc = analysis?.document.kind === 'term' ? analysis.document.toc : undefined;
    return analysis && toc && newText !== undefined ? { range: toLsp.range(analysis.lines, toc.span), newText } : null;
  }));
  connection.onRequest(IssueUrlRequest, guard.request(IssueUrlRequest.method, ({ uri, repository }) => {
    const analysis = service.analysis(uri);
    if (analysis?.document.kind !== 'draft') return null;
    const findings = service.findings(uri, analysis);
    const result = issueUrl(analysis.document, repository || DEFAULT_REPOSITORY);
    const count = (severity: string) => findings.filter((finding) => finding.severity === severity).length;
    return { ...result, manualText: manualText(result.manual), errors: count('error'), warnings: count('warning') };
  }));
  connection.onRequest(DraftTemplateRequest, guard.request(DraftTemplateRequest.method, (params) => ({ snippet: draftSnippet(service.formFor(params.uri ?? 'untitled:draft')) })));
  connection.onRequest(CheckAllRequest, guard.request(CheckAllRequest.method, async (_params: unknown, token: CancellationToken) =>
    toLsp.wireCheckAll(await service.checkAll(() => token.isCancellationRequested)),
  ));
}
