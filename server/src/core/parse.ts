// Turns the text of a proposal file into a `ProposalDocument`: a draft of CNCF's issue form
// (recognised by its headings, read by `draft.ts`), or a term file, read by the modules of
// `read/` from remark-parse's block structure and the source text under each block, so every
// span is exact. Never throws.

import { withoutBom } from './block-scan';
import { looksLikeDraft, parseDraft } from './draft';
import { BUNDLED_FORM, type IssueForm } from './issue-form';
import type { ProposalDocument } from './model';
import { parseMarkdown } from './read/markdown';
import { readTermFile } from './read/term-file';

/**
 * Parses a proposal file: a term file, or a draft of the issue form (by its headings; `form` is
 * the workspace's form when it has one). Works on any text; a file with no project yields an
 * empty model.
 */
export function parseProposal(text: string, form: IssueForm = BUNDLED_FORM): ProposalDocument {
  if (looksLikeDraft(text, form)) return parseDraft(text, form);
  return readTermFile(text, parseMarkdown(withoutBom(text)));
}

export { withoutBom } from './block-scan';
export { parseBlocks } from './read/markdown';
export { readTermFile } from './read/term-file';
