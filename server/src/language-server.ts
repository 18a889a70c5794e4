// The LSP adapter: keeps open documents and the workspace index, decides which files are
// proposal files, and answers each request by calling one pure function of the core and
// converting its result (toLsp.ts). It holds no rule or feature logic of its own.
// The same code runs on Node (server.ts: IPC from VS Code, or stdio for any editor) and in a
// browser worker (browser-server.ts); where they differ, finding and reading the workspace's
// files, it asks its WorkspaceHost (host.ts).

import {
  type CancellationToken,
  type CodeAction,
  CodeActionKind,
  type Connection,
  DidChangeConfigurationNotification,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  FileChangeType,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type WorkspaceFolder,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { SectionCache } from './core/incremental';
import { WorkspaceKnowledge } from './core/knowledge';
import { LineIndex } from './core/lines';
import type { ProposalDocument, Span } from './core/model';
import { looksLikeDraft } from './core/draft';
import { BUNDLED_FORM, type IssueForm } from './core/issue-form';
import { isIgnored, type ProposalConfig, relativeTo } from './core/config';
import { DEFAULT_PROPOSAL_FILES, proposalFileMatcher } from './core/proposal-files';
import { utf8Length, type WorkspaceHost } from './host';
import { complete, limitSuggestions } from './features/completion';
import { safeFixEdits } from './features/fix-all';
import { hover } from './features/hover';
import { ignoreFix } from './features/ignore';
import { orgTree } from './features/org-tree';
import { documentOutline, workspaceSymbols } from './features/symbols';
import {
  CheckAllRequest,
  type CheckAllResult,
  DraftTemplateRequest,
  IssueUrlRequest,
  OPEN_DRAFT_COMMAND,
  OrgTreeRequest,
  TableOfContentsRequest,
} from '../../protocol/messages';
import { projectAsDraft } from './features/convert';
import { draftSnippet } from './features/draft-text';
import { issueUrl, manualText } from './features/issue-url';
import { projectAt } from './features/locate';
import { generateToc } from './core/toc';
import { type Finding, lint, ProjectFindingsCache, type RuleSettings } from './rules';
import {
  completionItem,
  DIAGNOSTIC_SOURCE,
  diagnostic,
  documentSymbol,
  FIX_ALL_KIND,
  hoverResult,
  quickFix,
  range,
  symbolInformation,
  wireOrgTree,
} from './toLsp';

let connection: Connection;
let host: WorkspaceHost;
const documents = new TextDocuments(TextDocument);
const workspace = new WorkspaceKnowledge();

let workspaceFolders: WorkspaceFolder[] = [];
const client = { configuration: false, workspaceFolders: false, registerConfiguration: false, watchFiles: false };

/**
 * The settings of one resource: the editor's `lfxProposals.*` over the configuration file
 * (`.lfx-proposals.json`) that applies to it, which the CLI reads too.
 */
interface Settings {
  /** The editor's `lfxProposals.files`, used where no configuration file sets `files`. */
  files: string[];
  /** The configuration file's rules with the editor's `lfxProposals.rules` on top. */
  rules: RuleSettings;
  delayMs: number;
  /** Files larger than this (in KB) are not analysed: one information diagnostic says so. */
  maxFileSizeKB: number;
  config: ProposalConfig;
}

/** The repository whose issue form drafts are opened in, unless the request names another. */
const DEFAULT_REPOSITORY = 'cncf/mentoring';
const NO_CONFIG: ProposalConfig = { rules: {}, ignore: [], sources: [] };
const DEFAULT_SETTINGS: Settings = { files: [...DEFAULT_PROPOSAL_FILES], rules: {}, delayMs: 50, maxFileSizeKB: 4096, config: NO_CONFIG };
/** Configuration files whose problems are published, to clear them once fixed. */
const configProblemFiles = new Set<string>();
const settingsCache = new Map<string, Promise<Settings>>();

/** One version of one open proposal file, parsed; findings once validated. */
interface Analysis {
  version: number;
  document: ProposalDocument;
  lines: LineIndex;
  findings?: Finding[];
}

const analyses = new Map<string, Analysis>();
/**
 * Each open document's parsed sections and project findings: an edit re-parses only the
 * sections it touched, and the project rules check only the projects it changed.
 */
const documentCaches = new Map<string, { sections: SectionCache; findings: ProjectFindingsCache }>();
const pendingValidation = new Map<string, ReturnType<typeof setTimeout>>();

/**
 * Serves one client on `serverConnection`, reading the workspace through the host made for it
 * (the host may need the connection, or the workspace folders that the client announces).
 */
export function startServer(serverConnection: Connection, makeHost: (connection: Connection, folders: () => readonly WorkspaceFolder[]) => WorkspaceHost): void {
  connection = serverConnection;
  host = makeHost(connection, () => workspaceFolders);
  registerHandlers();
  documents.listen(connection);
  connection.listen();
}

function registerHandlers(): void {
  connection.onInitialize((params) => {
    workspaceFolders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
    const capabilities = params.capabilities.workspace;
    client.configuration = Boolean(capabilities?.configuration);
    client.workspaceFolders = Boolean(capabilities?.workspaceFolders);
    client.registerConfiguration = Boolean(capabilities?.didChangeConfiguration?.dynamicRegistration);
    client.watchFiles = Boolean(capabilities?.didChangeWatchedFiles?.dynamicRegistration);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        completionProvider: { triggerCharacters: ['@', '-', ' ', ','], resolveProvider: false },
        hoverProvider: true,
        documentSymbolProvider: { label: 'LFX proposals' },
        workspaceSymbolProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite, FIX_ALL_KIND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'lfx-proposals' },
    };
  });

  connection.onInitialized(() => {
    const logFailure = (what: string) => (error: unknown) => connection.console.error(`Could not ${what}: ${String(error)}`);
    if (client.registerConfiguration) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: 'lfxProposals' }).catch(logFailure('register for configuration changes'));
    }
    if (client.watchFiles) {
      connection.client
        .register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: '**/*.md' }, { globPattern: '**/.lfx-proposals.{json,jsonc}' }, { globPattern: '**/.github/ISSUE_TEMPLATE/*.{yml,yaml}' }],
        })
        .catch(logFailure('watch markdown files'));
    }
    if (client.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        workspaceFolders = workspaceFolders.filter((folder) => !event.removed.some((removed) => removed.uri === folder.uri)).concat(event.added);
        void indexWorkspace();
      });
    }
    void indexWorkspace();
  });

  connection.onDidChangeConfiguration(() => {
    settingsCache.clear();
    void indexWorkspace();
  });

  // Opening a document fires onDidChangeContent too: one handler covers both.
  documents.onDidChangeContent((event) => scheduleValidation(event.document));
  documents.onDidClose((event) => {
    const uri = event.document.uri;
    clearTimeout(pendingValidation.get(uri));
    pendingValidation.delete(uri);
    analyses.delete(uri);
    documentCaches.delete(uri);
    settingsCache.delete(uri);
    // The index goes back to what the file holds on disk (the editor may have dropped changes);
    // a file listed by "Check All Proposal Files" keeps its findings in the Problems view.
    void reindexFile(uri).then(() => {
      const document = checkedFiles.has(uri) ? workspace.document(uri) : undefined;
      const lines = document && new LineIndex(document.text);
      const diagnostics = document && lines ? lint(document, { settings: lastRules.get(uri) ?? {}, lines, uri, workspace }).map((finding) => diagnostic(lines, finding)) : [];
      void connection.sendDiagnostics({ uri, diagnostics });
    });
  });

  connection.onDidChangeWatchedFiles(logged('workspace/didChangeWatchedFiles', async (params) => {
    if (params.changes.some((change) => /\/\.lfx-proposals\.jsonc?$|\/\.github\/ISSUE_TEMPLATE\/[^/]+\.ya?ml$/.test(change.uri))) {
      // A configuration file or the issue form changed: every file's settings and drafts may have
      // (indexing re-reads them).
      await indexWorkspace();
      return;
    }
    for (const change of params.changes) {
      if (documents.get(change.uri)) continue; // The open editor's text wins over the disk.
      if (change.type === FileChangeType.Deleted) workspace.remove(change.uri);
      else await reindexFile(change.uri);
    }
    revalidateOpen();
  }));

  connection.onCompletion(guarded('textDocument/completion', (params) =>
    withAnalysis(params.textDocument.uri, (analysis) => {
      const offset = analysis.lines.offsetAt(params.position);
      const { items, incomplete } = limitSuggestions(analysis.document.text, offset, complete(analysis.document, offset, workspace));
      return { isIncomplete: incomplete, items: items.map((suggestion) => completionItem(analysis.lines, suggestion)) };
    }) ?? [],
  ));

  connection.onHover(guarded('textDocument/hover', (params) =>
    withAnalysis(params.textDocument.uri, (analysis) => {
      const result = hover(analysis.document, analysis.lines.offsetAt(params.position), workspace);
      return result ? hoverResult(analysis.lines, result) : null;
    }) ?? null,
  ));

  connection.onDocumentSymbol(guarded('textDocument/documentSymbol', (params) =>
    withAnalysis(params.textDocument.uri, (analysis) => documentOutline(analysis.document).map((node) => documentSymbol(analysis.lines, node))) ?? [],
  ));

  connection.onWorkspaceSymbol(guarded('workspace/symbol', (params) => {
    const lineIndexes = new Map<string, LineIndex>();
    return workspaceSymbols(workspace, params.query).map((symbol) => {
      let lines = lineIndexes.get(symbol.uri);
      if (!lines) lineIndexes.set(symbol.uri, (lines = new LineIndex(workspace.document(symbol.uri)?.text ?? '')));
      return symbolInformation(lines, symbol);
    });
  }));

  connection.onCodeAction(guarded('textDocument/codeAction', (params) =>
    withAnalysis(params.textDocument.uri, (analysis) => {
      const findings = findingsOf(params.textDocument.uri, analysis);
      const only = params.context.only;
      const actions: CodeAction[] = [];
      const wants = (kind: string) => !only || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
      if (wants(CodeActionKind.QuickFix)) {
        for (const finding of findings) {
          if (!overlaps(range(analysis.lines, finding.span), params.range)) continue;
          finding.fixes.forEach((fix, index) => actions.push(quickFix(params.textDocument.uri, analysis.lines, finding, fix, index === 0 && fix.safe)));
          const ignore = ignoreFix(analysis.document.text, analysis.lines, finding);
          if (ignore) actions.push(quickFix(params.textDocument.uri, analysis.lines, finding, ignore, false));
        }
      }
      const project = analysis.document.draft ? undefined : projectAt(analysis.document, analysis.lines.offsetAt(params.range.start));
      if (project && wants(CodeActionKind.RefactorRewrite)) {
        const text = projectAsDraft(analysis.document, project, formFor(params.textDocument.uri), workspace);
        actions.push({
          title: `Write "${project.title}" as an issue-form draft`,
          kind: CodeActionKind.RefactorRewrite,
          command: { title: 'Open the issue-form draft', command: OPEN_DRAFT_COMMAND, arguments: [text] },
        });
      }
      if (wants(FIX_ALL_KIND)) {
        const edits = safeFixEdits(findings, analysis.document);
        if (edits.length > 0) {
          actions.push({
            title: 'Fix all safe LFX proposal problems',
            kind: FIX_ALL_KIND,
            edit: { changes: { [params.textDocument.uri]: edits.map((edit) => ({ range: range(analysis.lines, edit.span), newText: edit.newText })) } },
          });
        }
      }
      return actions;
    }) ?? [],
  ));

  connection.onRequest(OrgTreeRequest, guarded(OrgTreeRequest.method, (params) =>
    withAnalysis(params.uri, (analysis) => wireOrgTree(analysis.lines, orgTree(analysis.document, findingsOf(params.uri, analysis)))) ?? null,
  ));

  connection.onRequest(TableOfContentsRequest, guarded(TableOfContentsRequest.method, (params) =>
    withAnalysis(params.uri, (analysis) => {
      const toc = analysis.document.toc;
      const newText = generateToc(analysis.document);
      return toc && newText !== undefined ? { range: range(analysis.lines, toc.span), newText } : null;
    }) ?? null,
  ));

  connection.onRequest(IssueUrlRequest, guarded(IssueUrlRequest.method, (params) =>
    withAnalysis(params.uri, (analysis) => {
      if (!analysis.document.draft) return null;
      const findings = findingsOf(params.uri, analysis);
      const result = issueUrl(analysis.document, params.repository || DEFAULT_REPOSITORY);
      return {
        ...result,
        manualText: manualText(result.manual),
        errors: findings.filter((finding) => finding.severity === 'error').length,
        warnings: findings.filter((finding) => finding.severity === 'warning').length,
      };
    }) ?? null,
  ));

  connection.onRequest(DraftTemplateRequest, guarded(DraftTemplateRequest.method, (params) => ({ snippet: draftSnippet(formFor(params.uri ?? 'untitled:draft')) })));

  /** Files whose diagnostics were published by "Check All Proposal Files" without being open. */
  const checkedFiles = new Set<string>();

  connection.onRequest(CheckAllRequest, guarded(CheckAllRequest.method, async (_params: unknown, token: CancellationToken) => {
    await indexWorkspace();
    const result: CheckAllResult = { files: 0, errors: 0, warnings: 0, information: 0, hints: 0 };
    for (const uri of workspace.uris()) {
      if (token.isCancellationRequested) break;
      const open = documents.get(uri);
      const document = open ? analysisOf(open)?.document : workspace.document(uri);
      if (!document) continue;
      const lines = new LineIndex(document.text);
      const settings = await settingsFor(uri);
      const findings = lint(document, { settings: settings.rules, lines, uri, workspace });
      result.files++;
      for (const finding of findings) {
        if (finding.severity === 'error') result.errors++;
        else if (finding.severity === 'warning') result.warnings++;
        else if (finding.severity === 'information') result.information++;
        else result.hints++;
      }
      if (!open) {
        checkedFiles.add(uri);
        void connection.sendDiagnostics({ uri, diagnostics: findings.map((finding) => diagnostic(lines, finding)) });
      }
    }
    return result;
  }));

}

/**
 * A request handler that cannot take the server down: a failure is logged to the client's
 * output (with its stack) and answered with an LSP error naming the request, and the server
 * keeps serving the next request.
 */
function guarded<P, R>(method: string, handler: (params: P, token: CancellationToken) => R | Promise<R>) {
  return async (params: P, token: CancellationToken): Promise<R | ResponseError<void>> => {
    try {
      return await handler(params, token);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      connection.console.error(`Request ${method} failed: ${(error as Error)?.stack ?? message}`);
      return new ResponseError(ErrorCodes.InternalError, `LFX proposals: ${method} failed: ${message}`);
    }
  };
}

/** A notification handler whose failure is logged to the client's output instead of lost. */
function logged<P>(method: string, handler: (params: P) => void | Promise<void>) {
  return async (params: P): Promise<void> => {
    try {
      await handler(params);
    } catch (error) {
      connection.console.error(`Notification ${method} failed: ${(error as Error)?.stack ?? String(error)}`);
    }
  };
}

type Position = { line: number; character: number };
function overlaps(a: { start: Position; end: Position }, b: { start: Position; end: Position }): boolean {
  return !(before(a.end, b.start) || before(b.end, a.start));
}
function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** Runs `use` on the current analysis of an open proposal file; undefined for other files. */
function withAnalysis<T>(uri: string, use: (analysis: Analysis) => T): T | undefined {
  const textDocument = documents.get(uri);
  if (!textDocument) return undefined;
  const analysis = analysisOf(textDocument);
  return analysis && use(analysis);
}

/** The parsed model of the document's current version (parsed now if validation has not run yet). */
function analysisOf(textDocument: TextDocument): Analysis | undefined {
  const cached = analyses.get(textDocument.uri);
  if (cached?.version === textDocument.version) return cached;
  const text = textDocument.getText();
  // Before its first check (a request right after opening, while its settings are asked for), a
  // file the workspace index read as a proposal file is one, and a draft is known by its headings.
  const known = knownProposal.has(textDocument.uri) || workspace.document(textDocument.uri) !== undefined;
  if (!cached && !known && !isDraftDocument(textDocument.uri, text)) return undefined;
  const { sections } = cachesOf(textDocument.uri);
  const analysis: Analysis = { version: textDocument.version, document: sections.parse(text, formFor(textDocument.uri)), lines: LineIndex.ofDocument(textDocument) };
  analyses.set(textDocument.uri, analysis);
  return analysis;
}

/** The findings of an analysis, computed once per version. */
function findingsOf(uri: string, analysis: Analysis): Finding[] {
  if (!analysis.findings) {
    const rules = lastRules.get(uri) ?? {};
    analysis.findings = lint(analysis.document, { settings: rules, lines: analysis.lines, uri, workspace, projectFindings: cachesOf(uri).findings });
  }
  return analysis.findings;
}

function cachesOf(uri: string): { sections: SectionCache; findings: ProjectFindingsCache } {
  let caches = documentCaches.get(uri);
  if (!caches) documentCaches.set(uri, (caches = { sections: new SectionCache(), findings: new ProjectFindingsCache() }));
  return caches;
}

/** Open documents that are proposal files, and the rule settings last read for each. */
const knownProposal = new Set<string>();
const lastRules = new Map<string, RuleSettings>();

function scheduleValidation(textDocument: TextDocument): void {
  const uri = textDocument.uri;
  clearTimeout(pendingValidation.get(uri));
  void settingsFor(uri).then((settings) => {
    // A newer edit supersedes this one: its own validation publishes.
    clearTimeout(pendingValidation.get(uri));
    pendingValidation.set(
      uri,
      setTimeout(() => {
        pendingValidation.delete(uri);
        try {
          validate(uri, settings);
        } catch (error) {
          // In a timer an exception would end the process: log it, keep the last diagnostics.
          connection.console.error(`Checking ${uri} failed: ${(error as Error)?.stack ?? String(error)}`);
        }
      }, settings.delayMs),
    );
  });
}

function validate(uri: string, settings: Settings): void {
  const textDocument = documents.get(uri);
  if (!textDocument) return;
  const isProposal = isProposalFile(uri, settings) || isDraftDocument(uri, textDocument.getText());
  if (!isProposal) {
    knownProposal.delete(uri);
    analyses.delete(uri);
    documentCaches.delete(uri);
    void connection.sendDiagnostics({ uri, version: textDocument.version, diagnostics: [] });
    return;
  }
  // UTF-8 takes 1 to 3 bytes per UTF-16 code unit: count them only when that leaves it open.
  const text = textDocument.getText();
  const limit = settings.maxFileSizeKB * 1024;
  if (text.length > limit || (text.length * 3 > limit && utf8Length(text) > limit)) {
    const sizeKB = utf8Length(text) / 1024;
    // Too large to analyse as you type: say so once, at the top, instead of hanging the editor.
    knownProposal.delete(uri);
    analyses.delete(uri);
    documentCaches.delete(uri);
    const message = `LFX proposals: this file is ${Math.round(sizeKB)} KB, over lfxProposals.maxFileSizeKB (${settings.maxFileSizeKB} KB), so it was not checked. Raise the setting, or check it with the CLI.`;
    const top = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    void connection.sendDiagnostics({ uri, version: textDocument.version, diagnostics: [{ range: top, severity: DiagnosticSeverity.Information, source: DIAGNOSTIC_SOURCE, message }] });
    return;
  }
  knownProposal.add(uri);
  lastRules.set(uri, settings.rules);
  const analysis = analysisOf(textDocument)!;
  workspace.update(uri, analysis.document);
  analysis.findings = undefined;
  const diagnostics = findingsOf(uri, analysis).map((finding) => diagnostic(analysis.lines, finding));
  void connection.sendDiagnostics({ uri, version: textDocument.version, diagnostics });
}

function revalidateOpen(): void {
  for (const textDocument of documents.all()) scheduleValidation(textDocument);
}

async function settingsFor(uri: string): Promise<Settings> {
  let settings = settingsCache.get(uri);
  if (!settings) {
    const editor: Promise<Omit<Settings, 'config'>> = client.configuration
      ? connection.workspace
          .getConfiguration({ scopeUri: uri, section: 'lfxProposals' })
          .then((value: EditorSettings | null) => readSettings(value))
          .catch(() => DEFAULT_SETTINGS)
      : Promise.resolve(DEFAULT_SETTINGS);
    settings = editor.then((editorSettings) => {
      const config = configOf(uri);
      return { ...editorSettings, rules: { ...config.rules, ...editorSettings.rules }, config };
    });
    settingsCache.set(uri, settings);
  }
  return settings;
}

/** The configuration file(s) that apply to a file; their problems are published on them. */
function configOf(uri: string): ProposalConfig {
  const parsed = URI.parse(uri);
  if (!isHostScheme(parsed)) return NO_CONFIG;
  const { config, files } = host.configFor(parsed.path);
  for (const file of files) publishFileProblems(host.configUri(file.path), file.path, file.problems, configProblemFiles);
  return config;
}

/**
 * Publishes the problems of a configuration or form file as errors at their places; no problems
 * clears what was published for it before (`published` holds the files with problems shown).
 */
function publishFileProblems(fileUri: string, path: string, problems: ReadonlyArray<{ message: string; span: Span }>, published: Set<string>): void {
  if (problems.length === 0 && !published.has(fileUri)) return;
  const lines = new LineIndex(host.configText(path) ?? '');
  const diagnostics = problems.map((problem) => ({
    range: range(lines, problem.span),
    severity: DiagnosticSeverity.Error,
    source: DIAGNOSTIC_SOURCE,
    message: problem.message,
  }));
  if (diagnostics.length) published.add(fileUri);
  else published.delete(fileUri);
  void connection.sendDiagnostics({ uri: fileUri, diagnostics });
}

/** Form files whose problems are published, to clear them once fixed. */
const formProblemFiles = new Set<string>();
/** Form lookups already published (each is cached until a form file changes). */
const publishedForms = new WeakSet<object>();

/** Schemes of documents that may be drafts checked by their headings: the host's, and untitled editors. */
function isDraftScheme(uri: string): boolean {
  const parsed = URI.parse(uri);
  return parsed.scheme === 'untitled' || isHostScheme(parsed);
}

/** An issue-form draft is checked wherever it is (an untitled editor too): known by its headings, not by the settings. */
function isDraftDocument(uri: string, text: string): boolean {
  return isDraftScheme(uri) && looksLikeDraft(text, formFor(uri));
}

/**
 * The issue form that applies to a document: its repository's `.github/ISSUE_TEMPLATE/…` when
 * there is one (an untitled document takes the first workspace folder's), else the bundled
 * copy. A broken form file gets its problems as diagnostics, and the bundled copy is used.
 */
function formFor(uri: string): IssueForm {
  const parsed = URI.parse(uri);
  const folder = workspaceFolders[0] && URI.parse(workspaceFolders[0].uri).path.replace(/\/$/, '');
  const path = parsed.scheme !== 'untitled' ? parsed.path : folder ? `${folder}/untitled` : undefined;
  if (!path || !host) return BUNDLED_FORM;
  const found = host.issueFormFor(path);
  if (found.path && !publishedForms.has(found)) {
    publishedForms.add(found);
    publishFileProblems(host.configUri(found.path), found.path, found.problems, formProblemFiles);
  }
  return found.form;
}

/** Settings as given, with defaults for what is missing or malformed. */
/** `lfxProposals.*` as the client sends it, unchecked. */
type EditorSettings = { files?: unknown; rules?: unknown; validation?: { delayMs?: unknown }; maxFileSizeKB?: unknown };

function readSettings(value: EditorSettings | null): Settings {
  const files = Array.isArray(value?.files) ? value.files.filter((pattern): pattern is string => typeof pattern === 'string') : DEFAULT_SETTINGS.files;
  const rules: RuleSettings = {};
  if (value?.rules && typeof value.rules === 'object') {
    for (const [id, severity] of Object.entries(value.rules)) {
      if (['error', 'warning', 'information', 'hint', 'off'].includes(severity as string)) rules[id] = severity as RuleSettings[string];
    }
  }
  const delay = Number(value?.validation?.delayMs);
  const delayMs = Number.isFinite(delay) && delay >= 0 ? Math.min(delay, 10_000) : DEFAULT_SETTINGS.delayMs;
  const limit = Number(value?.maxFileSizeKB);
  const maxFileSizeKB = Number.isFinite(limit) && limit > 0 ? limit : DEFAULT_SETTINGS.maxFileSizeKB;
  return { files, rules, delayMs, maxFileSizeKB, config: NO_CONFIG };
}

/**
 * Whether a file is a proposal file: named by the `files` of its configuration file (relative to
 * that file's folder) or else by `lfxProposals.files` (relative to its workspace folder), and not
 * by the configuration's `ignore`.
 */
function isProposalFile(uri: string, settings: Settings): boolean {
  const parsed = URI.parse(uri);
  if (!isHostScheme(parsed)) return false;
  const { config } = settings;
  if (isIgnored(config, parsed.path)) return false;
  if (config.files && config.filesBase) {
    const relative = relativeTo(config.filesBase, parsed.path);
    return relative !== undefined && proposalFileMatcher(config.files)(relative);
  }
  let path = parsed.path;
  for (const folder of workspaceFolders) {
    const relative = relativeTo(URI.parse(folder.uri).path.replace(/\/$/, ''), path);
    if (relative !== undefined) {
      path = relative;
      break;
    }
  }
  return proposalFileMatcher(settings.files)(path);
}

/** Whether the host reads files of this URI's scheme (`file` on Node; in a browser, the workspace folders'). */
function isHostScheme(uri: URI): boolean {
  const schemes = host.schemes === 'workspace' ? workspaceFolders.map((folder) => URI.parse(folder.uri).scheme) : host.schemes;
  return schemes.includes(uri.scheme);
}

let indexing: Promise<void> | undefined;

/** Reads every proposal file of the workspace folders into the index, with a progress report. */
async function indexWorkspace(): Promise<void> {
  await indexing;
  indexing = (async () => {
    const progress = await connection.window.createWorkDoneProgress();
    progress.begin('LFX proposals: indexing', 0, 'finding proposal files', false);
    try {
      // The configuration files first: they may name the proposal files, and set the rules.
      await host.reloadConfig();
      settingsCache.clear();
      const uris: string[] = [];
      for (const folder of workspaceFolders) {
        // A configuration file in the folder may name the proposal files instead of the setting
        // ("folder/." stands for a file directly in the folder).
        const folderPath = URI.parse(folder.uri).path.replace(/\/$/, '');
        const { config } = host.configFor(`${folderPath}/.`);
        const patterns = config.files && config.filesBase === folderPath ? config.files : (await settingsFor(folder.uri)).files;
        uris.push(...(await host.findProposalFiles(folder.uri, patterns)));
      }
      const wanted = new Set(uris);
      for (const uri of workspace.uris()) if (!wanted.has(uri) && !documents.get(uri)) workspace.remove(uri);
      let done = 0;
      for (const uri of uris) {
        if (!documents.get(uri)) await reindexFile(uri);
        done++;
        progress.report(Math.round((done / uris.length) * 100), `${done} of ${uris.length} files`);
      }
      connection.console.info(`Indexed ${uris.length} proposal file${uris.length === 1 ? '' : 's'}.`);
    } finally {
      progress.done();
    }
    revalidateOpen();
  })();
  return indexing;
}

/** Reads one file from disk into the index; a file that cannot be read is logged and left out. */
async function reindexFile(uri: string): Promise<void> {
  const settings = await settingsFor(uri);
  if (!isProposalFile(uri, settings)) {
    workspace.remove(uri);
    return;
  }
  const { text, problem } = await host.readProposalFile(uri);
  if (text === undefined) {
    workspace.remove(uri);
    connection.console.warn(`Skipped ${uri}: ${problem}.`);
    return;
  }
  if (!documents.get(uri)) workspace.update(uri, new SectionCache().parse(text, formFor(uri)));
}

/** Logs a failure that no request handled: one failing request must not end the server. */
export function logUnhandled(reason: unknown): void {
  connection?.console.error(`Unhandled rejection: ${String((reason as Error)?.stack ?? reason)}`);
}
