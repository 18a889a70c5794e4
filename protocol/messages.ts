// The custom messages between the VS Code client and the server, declared once for both (the
// client imports this folder, never the server's sources). Their parameters and results are
// wire types of their own: the server converts its features' results to them at the boundary
// (server/src/toLsp.ts), so a feature can change its shape without changing the wire.

import { NotificationType, RequestType } from 'vscode-languageserver-protocol';

/** A zero-based line/UTF-16 character range, as LSP sends it. */
export interface LineRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/** Problem counts by severity. */
export interface ProblemCounts {
  error: number;
  warning: number;
  information: number;
  hint: number;
}

/** One project card of the preview. */
export interface TreeProject {
  title: string;
  /** The project's heading. */
  range: LineRange;
  /** `primary`: the mentor a GSoC idea marks as its primary one. */
  mentors: Array<{ name: string; handle: string; email: string; primary: boolean }>;
  /** A GSoC idea's Expected project size, as written. */
  size?: string;
  skills: string[];
  upstream: string[];
  problems: ProblemCounts;
}

/** One organisation with its projects and its sub-organisations (`Headlamp` in Kubernetes). */
export interface TreeOrg {
  name: string;
  /** The organisation's heading. */
  range: LineRange;
  projects: TreeProject[];
  subOrgs: TreeOrg[];
}

/** The answer of `lfxProposals/orgTree`: the term and its organisations, for the preview panel. */
export interface OrgTree {
  term: string;
  orgs: TreeOrg[];
}

/** Parameters of `lfxProposals/orgTree`. */
export interface OrgTreeParams {
  uri: string;
}

/** The organisation tree of an open proposal file, for the preview panel; null for other files. */
export const OrgTreeRequest = new RequestType<OrgTreeParams, OrgTree | null, void>('lfxProposals/orgTree');

/** The result of `lfxProposals/checkAll`: what was published for the workspace's proposal files. */
export interface CheckAllResult {
  files: number;
  errors: number;
  warnings: number;
  information: number;
  hints: number;
}

/**
 * Checks every proposal file of the workspace and publishes its diagnostics, open or not,
 * so the Problems view lists them all.
 */
export const CheckAllRequest = new RequestType<Record<string, never>, CheckAllResult, void>('lfxProposals/checkAll');

/** Parameters of `lfxProposals/tableOfContents`. */
export interface TableOfContentsParams {
  uri: string;
}

/** The edit that regenerates a document's table of contents; null when it has none. */
export interface TableOfContentsEdit {
  range: LineRange;
  newText: string;
}

export const TableOfContentsRequest = new RequestType<TableOfContentsParams, TableOfContentsEdit | null, void>(
  'lfxProposals/tableOfContents',
);

/** Parameters of `lfxProposals/issueUrl`. */
export interface IssueUrlParams {
  uri: string;
  /** `owner/name` of the repository with the form (lfxProposals.issueForm.repository). */
  repository: string;
}

/** The prefilled new-issue URL of a draft, what it leaves to the author, and its problems. */
export interface IssueUrlResult {
  url: string;
  title: string;
  /** Fields to fill in by hand: too long for the URL, or checkboxes (which GitHub does not prefill). */
  manual: Array<{ id: string; label: string; value: string; reason: 'too-long' | 'not-prefillable' }>;
  /** `### <label>` and value of each manual field, to put on the clipboard. */
  manualText: string;
  errors: number;
  warnings: number;
}

/** The issue URL of an open issue-form draft; null when the document is not one. */
export const IssueUrlRequest = new RequestType<IssueUrlParams, IssueUrlResult | null, void>('lfxProposals/issueUrl');

/** Parameters of `lfxProposals/draftTemplate`. */
export interface DraftTemplateParams {
  /** A workspace file or folder whose repository's form to use; the first folder's when absent. */
  uri?: string;
}

/** A new issue-form draft as a snippet, every section of the form in order. */
export const DraftTemplateRequest = new RequestType<DraftTemplateParams, { snippet: string }, void>('lfxProposals/draftTemplate');

/** The command a "Write as an issue-form draft" code action runs: open this text in a new editor. */
export const OPEN_DRAFT_COMMAND = 'lfxProposals.openDraft';

/**
 * In the browser, where the server has no file system, the server asks the VS Code client for
 * the workspace's files: the client finds them with `vscode.workspace.findFiles` and reads them
 * with `vscode.workspace.fs` (client/src/workspace-files.ts; server/src/browser-host.ts).
 */
export interface FindFilesParams {
  /** The workspace folder to search. */
  folderUri: string;
  /** Glob patterns relative to the folder. */
  patterns: string[];
}

/** The URIs of the files under a folder that match any of the patterns, sorted. */
export const FindFilesRequest = new RequestType<FindFilesParams, string[], void>('lfxProposals/findFiles');

/** Parameters of `lfxProposals/readFile`. */
export interface ReadFileParams {
  uri: string;
  /** Larger files are not read: the answer names the problem instead. */
  maxBytes: number;
}

/** A file's text, or why it was not read (too large, binary, unreadable). */
export interface ReadFileResult {
  text?: string;
  problem?: string;
}

export const ReadFileRequest = new RequestType<ReadFileParams, ReadFileResult, void>('lfxProposals/readFile');

/** The saved workspace index, or why there is none (`problem` unset and no `data`: none was saved; no workspace storage). */
export interface ReadIndexCacheResult {
  data?: string;
  problem?: string;
}

/**
 * The workspace index saved by `lfxProposals/writeIndexCache` in an earlier session, for a server
 * that has no disk (the browser's): the client keeps it in the extension's workspace storage.
 */
export const ReadIndexCacheRequest = new RequestType<Record<string, never>, ReadIndexCacheResult, void>('lfxProposals/readIndexCache');

/** Parameters of `lfxProposals/writeIndexCache`: the index to keep, replacing the saved one. */
export interface WriteIndexCacheParams {
  data: string;
}

/** Saves the workspace index (see `lfxProposals/readIndexCache`); the result says why it could not, if it could not. */
export const WriteIndexCacheRequest = new RequestType<WriteIndexCacheParams, { problem?: string }, void>('lfxProposals/writeIndexCache');

/** Parameters of `lfxProposals/indexStatus`. */
export interface IndexStatusParams {
  /** `indexing`: the server is reading the workspace's proposal files; `ready`: it has read them. */
  state: 'indexing' | 'ready';
  /** With `ready`: how many proposal files the index read. */
  files?: number;
}

/**
 * Server → client: the workspace index is being built, or is ready (at start, and again after the
 * settings, the workspace folders or a configuration file changed). Completion and hover know the
 * other files' mentors and skills once it is ready; nothing needs to ask again and again.
 */
export const IndexStatusNotification = new NotificationType<IndexStatusParams>('lfxProposals/indexStatus');

/** A checked proposal file in numbers, for the status bar. */
export interface FileSummary {
  /** The term title, empty when the file has none. */
  term: string;
  organisations: number;
  /** The projects of the organisations and of their sub-organisations. */
  projects: number;
  problems: ProblemCounts;
}

/** Parameters of `lfxProposals/fileStatus`. */
export interface FileStatusParams {
  uri: string;
  /** The version of the document that was checked. */
  version: number;
  /** Whether the server takes the document as a proposal file (lfxProposals.files, or an issue-form draft). */
  proposal: boolean;
  /** Present when the file was analysed (not for a file over lfxProposals.maxFileSizeKB). */
  summary?: FileSummary;
}

/**
 * Server → client, after each check of an open document: whether it is a proposal file, and its
 * numbers. The client keeps `lfxProposals.isProposalFile`, the status bar and the preview by it.
 */
export const FileStatusNotification = new NotificationType<FileStatusParams>('lfxProposals/fileStatus');
