// A protocol client for the bundled language server (dist/server.js --stdio), as any editor
// would start it: no VS Code, just JSON-RPC over the child's stdin and stdout.

import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import {
  createProtocolConnection,
  type Diagnostic,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  type LogMessageParams,
  type ProtocolConnection,
  PublishDiagnosticsNotification,
  type PublishDiagnosticsParams,
  StreamMessageReader,
  StreamMessageWriter,
  ConfigurationRequest,
  RegistrationRequest,
  WorkDoneProgressCreateRequest,
} from 'vscode-languageserver-protocol/node';
import { pathToFileURL } from 'node:url';
import { SERVER_ENV, SERVER_EXEC_ARGV } from '../../client/src/server-options';
import { FileStatusNotification, type FileStatusParams, IndexStatusNotification, type IndexStatusParams } from '../../protocol/messages';
import { REPO_ROOT } from './paths';

/** A running server with a connected client. */
export interface ServerSession {
  connection: ProtocolConnection;
  process: ChildProcess;
  stderr: () => string;
  /** Resolves when the server says its workspace index is ready (lfxProposals/indexStatus), the first time. */
  indexed: Promise<void>;
  /**
   * Resolves with the next diagnostics published for `uri`: for a given version, or (`null`)
   * published without one (after a close), or (undefined) any.
   */
  diagnostics(uri: string, version?: number | null): Promise<Diagnostic[]>;
  /** The messages the server logged to the client's output (window/logMessage), in order. */
  logs: LogMessageParams[];
  /** Every publishDiagnostics the server sent, in order (also the ones `diagnostics` handed out). */
  publishes: PublishDiagnosticsParams[];
  /** Every lfxProposals/indexStatus the server sent, in order. */
  indexStatuses: IndexStatusParams[];
  /** The kinds of every $/progress the server sent (begin, report, end), in order. */
  progress: string[];
  /** Resolves with the first lfxProposals/fileStatus, sent or to come, for `uri` (and `version`, if given). */
  fileStatus(uri: string, version?: number): Promise<FileStatusParams>;
  open(path: string, text: string, version?: number): string;
  stop(): Promise<void>;
}

/** How the test client presents itself. */
export interface ClientOptions {
  /** The `lfxProposals` settings answered to `workspace/configuration`. */
  settings?: Record<string, unknown>;
  /** A bare client: no configuration, no workspace folders, no dynamic registration. */
  bare?: boolean;
  /** What the client sends as `initializationOptions` (VS Code's: `storageUri`). */
  initializationOptions?: Record<string, unknown>;
}

/** Starts `dist/server.js --stdio` and initializes it with one workspace folder. */
export async function startServer(workspaceFolder: string, options: ClientOptions = {}): Promise<ServerSession> {
  const settings = options.settings ?? {};
  // With the Node options and environment the VS Code client starts it with, so memory and speed are the editor's.
  const child = spawn(process.execPath, [...SERVER_EXEC_ARGV, join(REPO_ROOT, 'dist', 'server.js'), '--stdio'], {
    stdio: 'pipe',
    env: { ...process.env, ...SERVER_ENV },
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const waiting: Array<{ uri: string; version?: number | null; resolve: (value: Diagnostic[]) => void }> = [];
  const published: PublishDiagnosticsParams[] = [];
  const matches = (params: PublishDiagnosticsParams, uri: string, version: number | null | undefined) =>
    params.uri === uri && (version === undefined || (params.version ?? null) === version);
  const logs: LogMessageParams[] = [];
  connection.onNotification(LogMessageNotification.method, (params: LogMessageParams) => void logs.push(params));
  const publishes: PublishDiagnosticsParams[] = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    publishes.push(params);
    const index = waiting.findIndex((entry) => matches(params, entry.uri, entry.version));
    if (index >= 0) waiting.splice(index, 1)[0].resolve(params.diagnostics);
    else published.push(params);
  });
  let indexReady: () => void = () => undefined;
  const indexed = new Promise<void>((resolve) => (indexReady = resolve));
  const indexStatuses: IndexStatusParams[] = [];
  connection.onNotification(IndexStatusNotification, (params) => {
    indexStatuses.push(params);
    if (params.state === 'ready') indexReady();
  });
  const progress: string[] = [];
  connection.onNotification('$/progress', (params: { value?: { kind?: string } }) => void progress.push(String(params.value?.kind)));
  const statuses: FileStatusParams[] = [];
  const statusWaiters: Array<{ accept: (params: FileStatusParams) => boolean; resolve: (params: FileStatusParams) => void }> = [];
  connection.onNotification(FileStatusNotification, (params) => {
    statuses.push(params);
    const index = statusWaiters.findIndex((waiter) => waiter.accept(params));
    if (index >= 0) statusWaiters.splice(index, 1)[0].resolve(params);
  });
  if (!options.bare) {
    connection.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
    connection.onRequest(RegistrationRequest.type, () => undefined);
    connection.onRequest(ConfigurationRequest.type, (params) =>
      params.items.map((item) => (item.section === 'lfxProposals' ? settings : null)),
    );
  }
  connection.listen();
  const folderUri = pathToFileURL(workspaceFolder).toString();
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: folderUri,
    workspaceFolders: [{ uri: folderUri, name: 'workspace' }],
    ...(options.initializationOptions && { initializationOptions: options.initializationOptions }),
    capabilities: options.bare
      ? {}
      : {
          workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true } },
          window: { workDoneProgress: true },
        },
  });
  await connection.sendNotification(InitializedNotification.type, {});
  return {
    connection,
    process: child,
    stderr: () => stderr,
    indexed,
    logs,
    publishes,
    indexStatuses,
    progress,
    fileStatus(uri, version) {
      const accept = (params: FileStatusParams) => params.uri === uri && (version === undefined || params.version === version);
      const sent = statuses.find(accept);
      return sent ? Promise.resolve(sent) : new Promise((resolve) => statusWaiters.push({ accept, resolve }));
    },
    diagnostics(uri, version) {
      const index = published.findIndex((params) => matches(params, uri, version));
      if (index >= 0) return Promise.resolve(published.splice(index, 1)[0].diagnostics);
      return new Promise((resolve) => waiting.push({ uri, version, resolve }));
    },
    open(path, text, version = 1) {
      const uri = pathToFileURL(path).toString();
      void connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri, languageId: 'markdown', version, text },
      });
      return uri;
    },
    async stop() {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      connection.dispose();
      await new Promise((resolve) => (child.exitCode !== null ? resolve(undefined) : child.once('exit', resolve)));
    },
  };
}
