// The LSP adapter: keeps open documents and the workspace index, decides which files are
// proposal files, and answers each request by calling one pure function of the core and
// converting its result (toLsp.ts). It holds no rule or feature logic of its own.
// Runs over IPC when started by the VS Code client, or over stdio (`--stdio`) for any editor.

import {
  type CancellationToken,
  type CodeAction,
  CodeActionKind,
  type Connection,
  createConnection,
  DidChangeConfigurationNotification,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  FileChangeType,
  ProposedFeatures,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type WorkspaceFolder,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { SectionCache } from './core/incremental';
import { WorkspaceKnowledge } from './core/knowledge';
import { LineIndex } from './core/lines';
import type { ProposalDocument } from './core/model';
import { type ProposalConfig, relativeTo } from './core/config';
import { DEFAULT_PROPOSAL_FILES, proposalFileMatcher } from './core/proposal-files';
import { isIgnored, NodeConfigLoader } from './node-config';
import { complete } from './features/completion';
import { safeFixEdits } from './features/fix-all';
import { hover } from './features/hover';
import { ignoreFix } from './features/ignore';
import { orgTree } from './features/org-tree';
import { documentOutline, workspaceSymbols } from './features/symbols';
import { CheckAllRequest, type CheckAllResult, OrgTreeRequest, TableOfContentsRequest } from './protocol';
import { generateToc } from './features/toc';
import { type Finding, lint, type RuleSettings } from './rules';
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
} from './toLsp';
import { findProposalFiles, readProposalFile } from './workspace-files';

const connection: Connection = createConnection(ProposedFeatures.all);
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

const NO_CONFIG: ProposalConfig = { rules: {}, ignore: [], sources: [] };
const DEFAULT_SETTINGS: Settings = { files: [...DEFAULT_PROPOSAL_FILES], rules: {}, delayMs: 50, maxFileSizeKB: 4096, config: NO_CONFIG };
const configs = new NodeConfigLoader(() => workspaceFolders.map((folder) => URI.parse(folder.uri).path.replace(/\/$/, '')));
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
/** Each open document's parsed sections: an edit re-parses only the sections it touched. */
const sectionCaches = new Map<string, SectionCache>();
const pendingValidation = new Map<string, ReturnType<typeof setTimeout>>();

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
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
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
        watchers: [{ globPattern: '**/*.md' }, { globPattern: '**/.lfx-proposals.{json,jsonc}' }],
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
  configs.clear();
  void indexWorkspace();
});

// Opening a document fires onDidChangeContent too: one handler covers both.
documents.onDidChangeContent((event) => scheduleValidation(event.document));
documents.onDidClose((event) => {
  const uri = event.document.uri;
  clearTimeout(pendingValidation.get(uri));
  pendingValidation.delete(uri);
  analyses.delete(uri);
  sectionCaches.delete(uri);
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
  if (params.changes.some((change) => /\/\.lfx-proposals\.jsonc?$/.test(change.uri))) {
    // A configuration file changed: every file's settings may have.
    configs.clear();
    settingsCache.clear();
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
  withAnalysis(params.textDocument.uri, (analysis) =>
    complete(analysis.document, analysis.lines.offsetAt(params.position), workspace).map((suggestion) =>
      completionItem(analysis.lines, suggestion),
    ),
  ) ?? [],
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
    if (wants(FIX_ALL_KIND)) {
      const edits = safeFixEdits(findings);
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
  withAnalysis(params.uri, (analysis) => orgTree(analysis.document, analysis.lines, findingsOf(params.uri, analysis))) ?? null,
));

connection.onRequest(TableOfContentsRequest, guarded(TableOfContentsRequest.method, (params) =>
  withAnalysis(params.uri, (analysis) => {
    const toc = analysis.document.toc;
    const newText = generateToc(analysis.document);
    return toc && newText !== undefined ? { range: range(analysis.lines, toc.span), newText } : null;
  }) ?? null,
));

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
  if (!cached && !knownProposal.has(textDocument.uri)) return undefined;
  const text = textDocument.getText();
  let sections = sectionCaches.get(textDocument.uri);
  if (!sections) sectionCaches.set(textDocument.uri, (sections = new SectionCache()));
  const analysis: Analysis = { version: textDocument.version, document: sections.parse(text), lines: new LineIndex(text) };
  analyses.set(textDocument.uri, analysis);
  return analysis;
}

/** The findings of an analysis, computed once per version. */
function findingsOf(uri: string, analysis: Analysis): Finding[] {
  if (!analysis.findings) {
    const rules = lastRules.get(uri) ?? {};
    analysis.findings = lint(analysis.document, { settings: rules, lines: analysis.lines, uri, workspace });
  }
  return analysis.findings;
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
  const isProposal = isProposalFile(uri, settings);
  if (!isProposal) {
    knownProposal.delete(uri);
    analyses.delete(uri);
    sectionCaches.delete(uri);
    void connection.sendDiagnostics({ uri, version: textDocument.version, diagnostics: [] });
    return;
  }
  const sizeKB = Buffer.byteLength(textDocument.getText(), 'utf8') / 1024;
  if (sizeKB > settings.maxFileSizeKB) {
    // Too large to analyse as you type: say so once, at the top, instead of hanging the editor.
    knownProposal.delete(uri);
    analyses.delete(uri);
    sectionCaches.delete(uri);
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
  if (parsed.scheme !== 'file') return NO_CONFIG;
  const { config, files } = configs.configFor(parsed.path);
  for (const file of files) {
    const configUri = URI.file(file.path).toString();
    if (file.problems.length === 0 && !configProblemFiles.has(configUri)) continue;
    const lines = new LineIndex(configs.read(file.path) ?? '');
    const diagnostics = file.problems.map((problem) => ({
      range: range(lines, problem.span),
      severity: DiagnosticSeverity.Error,
      source: DIAGNOSTIC_SOURCE,
      message: problem.message,
    }));
    if (diagnostics.length) configProblemFiles.add(configUri);
    else configProblemFiles.delete(configUri);
    void connection.sendDiagnostics({ uri: configUri, diagnostics });
  }
  return config;
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
  if (parsed.scheme !== 'file') return false;
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

let indexing: Promise<void> | undefined;

/** Reads every proposal file of the workspace folders into the index, with a progress report. */
async function indexWorkspace(): Promise<void> {
  await indexing;
  indexing = (async () => {
    const progress = await connection.window.createWorkDoneProgress();
    progress.begin('LFX proposals: indexing', 0, 'finding proposal files', false);
    try {
      const uris: string[] = [];
      for (const folder of workspaceFolders) {
        // A configuration file in the folder may name the proposal files instead of the setting
        // ("folder/." stands for a file directly in the folder).
        const folderPath = URI.parse(folder.uri).path.replace(/\/$/, '');
        const { config } = configs.configFor(`${folderPath}/.`);
        const patterns = config.files && config.filesBase === folderPath ? config.files : (await settingsFor(folder.uri)).files;
        uris.push(...(await findProposalFiles(folder.uri, patterns)));
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
  const { text, problem } = await readProposalFile(uri);
  if (text === undefined) {
    workspace.remove(uri);
    connection.console.warn(`Skipped ${uri}: ${problem}.`);
    return;
  }
  if (!documents.get(uri)) workspace.update(uri, new SectionCache().parse(text));
}

// A failure in one request must not end the server: log it and keep serving.
process.on('unhandledRejection', (reason) => connection.console.error(`Unhandled rejection: ${String((reason as Error)?.stack ?? reason)}`));

documents.listen(connection);
connection.listen();
