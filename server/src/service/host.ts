// What the proposal service needs from where it runs, as interfaces: the workspace's files
// (Node reads the disk, workspace-files.ts; the browser asks the VS Code client, browser-host.ts),
// the editor's settings (the LSP adapter asks `workspace/configuration`) and a log. Tests give
// it all three in memory.

import type { ConfigFile, ProposalConfig } from '../core/config';
import type { FoundForm } from '../core/issue-form';

/** A file read for the workspace index: its text, or why it was left out. */
export interface ReadResult {
  text?: string;
  problem?: string;
  /** What `fileVersion` said of the file just before it was read, when the host can tell. */
  version?: string;
}

export interface WorkspaceHost {
  /**
   * The URI schemes of the files this host can read; documents of other schemes are never
   * proposal files. `workspace`: the schemes of the workspace folders (in a browser they are
   * `vscode-vfs`, `vscode-remote`, … rather than `file`).
   */
  readonly schemes: readonly string[] | 'workspace';
  /** The URIs of the files under a workspace folder that match the proposal patterns, sorted. */
  findProposalFiles(folderUri: string, patterns: readonly string[]): Promise<string[]>;
  /** Reads one file of the index. */
  readProposalFile(uri: string): Promise<ReadResult>;
  /**
   * A cheap word on a file's state without reading it (Node: its modification time and size), that
   * changes whenever its content does; undefined when it cannot tell. Absent: the host cannot. The
   * persisted index restores a file whose version is the one stored without reading it.
   */
  fileVersion?(uri: string): Promise<string | undefined>;
  /** Re-reads the configuration files (`.lfx-proposals.json(c)`) before they are looked up again. */
  reloadConfig(): Promise<void>;
  /** The configuration of a file (by URI path), and the configuration files it came from. */
  configFor(path: string): { config: ProposalConfig; files: ConfigFile[] };
  /** The text of a configuration file read by the last lookup. */
  configText(path: string): string | undefined;
  /** The URI of a configuration file (or the issue form), to publish its problems on. */
  configUri(path: string): string;
  /**
   * The issue form of the repository a file (by URI path) is in: the nearest
   * `.github/ISSUE_TEMPLATE/lfx-program-proposal.yml`, else the bundled copy; read again after
   * `reloadConfig`. Its text is `configText(path)`.
   */
  issueFormFor(path: string): FoundForm;
  /**
   * The workspace index saved by `saveIndexCache` in an earlier session (service/persisted-index.ts);
   * undefined when none was saved. Absent: the host keeps no index (no workspace storage).
   * May reject (unreadable): the service logs it and reads every file.
   */
  loadIndexCache?(): Promise<string | undefined>;
  /** Keeps the workspace index for the next session, replacing the saved one whole (a failure rejects). */
  saveIndexCache?(data: string): Promise<void>;
}

/** The editor's settings of a resource. */
export interface SettingsSource {
  /** The `lfxProposals` section for a URI as the editor sends it, unchecked; null when the editor has none. */
  editorSettings(uri: string): Promise<unknown>;
}

/** Where the service writes what the user may want to read (the client's output channel). */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** Files larger than this are not read into the index. */
export const MAX_INDEXED_BYTES = 8 * 1024 * 1024;

/** The UTF-8 length of a text, without encoding it. */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    // 2 bytes from U+0080, 3 from U+0800; a surrogate pair (2 code units) is 4.
    if (code >= 0x80) bytes += code >= 0x800 && (code < 0xd800 || code > 0xdfff) ? 2 : 1;
  }
  return bytes;
}
