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

/**
 * `readProposal` for work in the background (the index): the parse gives the event loop a turn
 * whenever it has run `sliceMs` since the last, between two sections, so a request that comes in
 * meanwhile waits for a slice (one section or a few: 5–50 ms under `--optimize-for-size`) rather than
 * for a whole file (a 156 KiB file: ~0.3–0.8 s). Shorter slices answer sooner and index slower:
 * with the bench's flood of requests, 2 ms gave a 9 ms median answer and a 10.8–11.7 s first index,
 * 8 ms 21 ms and 8.9–9.6 s.
 */
export async function readProposalInSlices(text: string, form: IssueForm, sliceMs = 2): Promise<ProposalDocument> {
  const steps = new SectionCache().steps(text, form);
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await yieldToEvents();
      sliceStart = performance.now();
    }
  }
}

/**
 * A turn of the event loop, for the messages waiting: `setImmediate` where there is one (Node, where
 * `setTimeout(0)` waits at least 1 ms), else a MessageChannel's message (a browser's worker, where
 * nested timeouts wait 4 ms).
 */
export function yieldToEvents(): Promise<void> {
  const immediate = (globalThis as { setImmediate?: (callback: () => void) => unknown }).setImmediate;
  // Twice: a request read from the pipe in the turn between is handled by vscode-jsonrpc in an
  // immediate of its own, queued behind this one; resuming in the first would make it wait a slice more.
  if (immediate) return new Promise((resolve) => immediate(() => immediate(resolve)));
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      // The DOM's MessagePort (setting onmessage starts it); this project's types are Node's.
      (channel.port1 as unknown as { onmessage: (() => void) | null }).onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(undefined);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
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
