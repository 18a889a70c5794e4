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
