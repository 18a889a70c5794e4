// The steps every checker runs on a file, the same in the language service and the CLI: parse
// section by section with the issue form of the file's repository, then run the rules with the
// file's settings over the workspace's other files.

import { SectionCache } from '../core/incremental';
import type { IssueForm } from '../core/issue-form';
import type { WorkspaceKnowledge } from '../core/knowledge';
import type { LineIndex } from '../core/lines';
import type { ProposalDocument } from '../core/model';
import { type Finding, lint, type ProjectFindingsCache, type RuleSettings } from '../rules';

/**
 * Parses a file's text: a term file section by section (equal to a whole parse, and linear in
 * the headings; `sections` keeps them across versions of an open document), a draft whole.
 */
export function readProposal(text: string, form: IssueForm, sections: SectionCache = new SectionCache()): ProposalDocument {
  return sections.parse(text, form);
}

/** What a check of one file is given besides its model. */
export interface CheckOptions {
  /** The file's rule settings (its configuration file's, with the editor's on top). */
  rules: RuleSettings;
  /** The document's line index, when the caller has one. */
  lines?: LineIndex;
  /** The file's URI (or absolute path), which tells it apart from the other files of `workspace`. */
  uri: string;
  /** The workspace's proposal files, for the rules that look across files. */
  workspace?: WorkspaceKnowledge;
  /** The project rules' findings of the file's last check (an open document keeps one across its versions). */
  projectFindings?: ProjectFindingsCache;
}

/** The findings of one file. */
export function checkDocument(document: ProposalDocument, options: CheckOptions): Finding[] {
  const { rules, lines, uri, workspace, projectFindings } = options;
  return lint(document, { settings: rules, uri, ...(lines && { lines }), ...(workspace && { workspace }), ...(projectFindings && { projectFindings }) });
}
