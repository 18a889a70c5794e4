// `check` on files already read: each parsed as the language service parses it, then checked
// with all the files of the call as its workspace, since the rules that look across files
// (upstream-duplicate) see those. The same pipeline as the service's (service/pipeline.ts).

import { parseDraft } from '../core/draft';
import type { IssueForm } from '../core/issue-form';
import { WorkspaceKnowledge } from '../core/knowledge';
import { LineIndex } from '../core/lines';
import type { ProposalDocument } from '../core/model';
import type { Finding, RuleSettings } from '../rules';
import { checkDocument, readProposal } from '../service/pipeline';

/** A file to check: its text with the settings and the issue form that apply to it. */
export interface FileToCheck {
  /** The name messages give it (as on the command line; standard input's is --stdin-filename). */
  file: string;
  /**
   * Its absolute path: the rules that look across files tell a term's README.md and
   * project_ideas.md by their folder, however the file was named on the command line.
   */
  path: string;
  text: string;
  rules: RuleSettings;
  form: IssueForm;
  /**
   * Read as an issue-form draft even when too few of its sections are named as the form names
   * them for the text alone to say so (standard input named `NAME.proposal.md`).
   */
  draftByName?: boolean;
}

/** A file checked: its findings, with the line index that places them. */
export interface CheckedFile {
  file: string;
  lines: LineIndex;
  findings: Finding[];
}

/** Parses every file, then checks each one with all of them as the workspace. */
export function checkFiles(files: readonly FileToCheck[]): CheckedFile[] {
  const workspace = new WorkspaceKnowledge();
  const documents = files.map((file) => {
    const document = parseFile(file);
    workspace.update(file.path, document);
    return document;
  });
  return files.map((file, index) => {
    const lines = new LineIndex(file.text);
    return { file: file.file, lines, findings: checkDocument(documents[index], { rules: file.rules, lines, uri: file.path, workspace }) };
  });
}

function parseFile(file: FileToCheck): ProposalDocument {
  const document = readProposal(file.text, file.form);
  return file.draftByName && document.kind !== 'draft' ? parseDraft(file.text, file.form) : document;
}
