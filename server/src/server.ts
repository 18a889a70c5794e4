// The LSP adapter: keeps open documents, decides which are proposal files, and publishes
// the findings of the pure core as diagnostics. It holds no rule logic of its own.
// Runs over IPC when started by the VS Code client, or over stdio (`--stdio`) for any editor.

import {
  type CodeAction,
  CodeActionKind,
  createConnection,
  type Diagnostic,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocumentSyncKind,
  TextDocuments,
  type WorkspaceFolder,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { LineIndex } from './core/lines';
import { parseProposal } from './core/parse';
import { DEFAULT_PROPOSAL_FILES, proposalFileMatcher } from './core/proposal-files';
import { lint, type Finding } from './rules';
import { diagnostic, quickFix, range } from './toLsp';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

let workspaceFolders: WorkspaceFolder[] = [];
let canAskConfiguration = false;
let canWatchWorkspaceFolders = false;
let canRegisterConfiguration = false;

/** The settings this server reads, per resource. */
interface Settings {
  files: string[];
}

const settingsCache = new Map<string, Promise<Settings>>();

/** The analysis of one version of one document, kept for code actions. */
interface Analysis {
  version: number;
  lines: LineIndex;
  findings: Finding[];
}

const analyses = new Map<string, Analysis>();

connection.onInitialize((params) => {
  workspaceFolders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
  canAskConfiguration = Boolean(params.capabilities.workspace?.configuration);
  canWatchWorkspaceFolders = Boolean(params.capabilities.workspace?.workspaceFolders);
  canRegisterConfiguration = Boolean(params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      workspace: { workspaceFolders: { supported: true } },
    },
    serverInfo: { name: 'lfx-proposals' },
  };
});

connection.onInitialized(() => {
  if (canRegisterConfiguration) {
    connection.client
      .register(DidChangeConfigurationNotification.type, { section: 'lfxProposals' })
      .catch((error: unknown) => connection.console.error(`Could not register for configuration changes: ${String(error)}`));
  }
  if (canWatchWorkspaceFolders) {
    connection.workspace.onDidChangeWorkspaceFolders((event) => {
      workspaceFolders = workspaceFolders
        .filter((folder) => !event.removed.some((removed) => removed.uri === folder.uri))
        .concat(event.added);
      revalidateAll();
    });
  }
});

connection.onDidChangeConfiguration(() => {
  settingsCache.clear();
  revalidateAll();
});

// Opening a document fires onDidChangeContent too: one handler validates both.
documents.onDidChangeContent((event) => void validate(event.document));
documents.onDidClose((event) => {
  analyses.delete(event.document.uri);
  settingsCache.delete(event.document.uri);
  void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
});

connection.onCodeAction((params) => {
  const analysis = analyses.get(params.textDocument.uri);
  if (!analysis) return [];
  const actions: CodeAction[] = [];
  for (const finding of analysis.findings) {
    const findingRange = range(analysis.lines, finding.span);
    if (!overlaps(findingRange, params.range)) continue;
    finding.fixes.forEach((fix, index) =>
      actions.push(quickFix(params.textDocument.uri, analysis.lines, finding, fix, index === 0 && fix.safe)),
    );
  }
  return actions;
});

function overlaps(a: { start: Position; end: Position }, b: { start: Position; end: Position }): boolean {
  return !(before(a.end, b.start) || before(b.end, a.start));
}

type Position = { line: number; character: number };
function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function revalidateAll(): void {
  for (const document of documents.all()) void validate(document);
}

async function settingsFor(uri: string): Promise<Settings> {
  if (!canAskConfiguration) return { files: [...DEFAULT_PROPOSAL_FILES] };
  let settings = settingsCache.get(uri);
  if (!settings) {
    settings = connection.workspace
      .getConfiguration({ scopeUri: uri, section: 'lfxProposals' })
      .then((value: Partial<Settings> | null) => ({
        files: Array.isArray(value?.files) ? value.files : [...DEFAULT_PROPOSAL_FILES],
      }));
    settingsCache.set(uri, settings);
  }
  return settings;
}

/** The path to match against `lfxProposals.files`: relative to its workspace folder when inside one. */
function matchPath(uri: string): string | undefined {
  const parsed = URI.parse(uri);
  if (parsed.scheme !== 'file') return undefined;
  const path = parsed.path;
  for (const folder of workspaceFolders) {
    const folderPath = URI.parse(folder.uri).path.replace(/\/$/, '');
    if (path.startsWith(folderPath + '/')) return path.slice(folderPath.length + 1);
  }
  return path;
}

async function validate(document: TextDocument): Promise<void> {
  const path = matchPath(document.uri);
  const settings = await settingsFor(document.uri);
  const isProposal = path !== undefined && proposalFileMatcher(settings.files)(path);
  let diagnostics: Diagnostic[] = [];
  if (isProposal) {
    const text = document.getText();
    const lines = new LineIndex(text);
    const findings = lint(parseProposal(text), { lines, uri: document.uri });
    // An edit that arrived meanwhile makes this result stale: its own validation publishes.
    if (documents.get(document.uri)?.version !== document.version) return;
    analyses.set(document.uri, { version: document.version, lines, findings });
    diagnostics = findings.map((finding) => diagnostic(lines, finding));
  } else {
    analyses.delete(document.uri);
  }
  await connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
}

// A failure in one request must not end the server: log it and keep serving.
process.on('unhandledRejection', (reason) => connection.console.error(`Unhandled rejection: ${String((reason as Error)?.stack ?? reason)}`));

documents.listen(connection);
connection.listen();
