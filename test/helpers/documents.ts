// Narrows a parsed document to the kind a test expects (and fails the test when it is another).

import assert from 'node:assert/strict';
import type { DraftDocument, ProposalDocument, TermDocument } from '../../server/src/core/model';

/** The document as a term file. */
export function asTerm(document: ProposalDocument): TermDocument {
  assert.equal(document.kind, 'term', 'expected a term file');
  return document as TermDocument;
}

/** The document as an issue-form draft. */
export function asDraft(document: ProposalDocument): DraftDocument {
  assert.equal(document.kind, 'draft', 'expected an issue-form draft');
  return document as DraftDocument;
}
