// The custom messages between the VS Code client and the server, declared once for both.

import { RequestType } from 'vscode-languageserver-protocol';
import type { OrgTree } from './features/org-tree';

export type { OrgTree, TreeOrg, TreeProject, TreeRange, ProblemCounts } from './features/org-tree';

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
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  newText: string;
}

export const TableOfContentsRequest = new RequestType<TableOfContentsParams, TableOfContentsEdit | null, void>(
  'lfxProposals/tableOfContents',
);
