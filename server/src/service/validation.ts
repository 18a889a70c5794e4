// Checking open documents as they are typed: debounced per document (a newer edit supersedes a
// pending check), each check publishes the diagnostics of the version it was computed for and
// says whether the document is a proposal file. A file over `maxFileSizeKB` is not analysed: one
// note at its top says so, instead of hanging the editor.

import type { WorkspaceKnowledge } from '../core/knowledge';
import { LineIndex } from '../core/lines';
import { fileSummary } from '../features/status';
import type { OpenDocuments } from './documents';
import type { DiagnosticsEvent, FileStatus } from './events';
import type { WorkspaceFiles } from './files';
import { type Logger, utf8Length } from './host';
import type { Settings, SettingsCache } from './settings';

/** Where a check's results go. */
export interface CheckOutput {
  diagnostics(event: DiagnosticsEvent): void;
  status(event: FileStatus): void;
}

export class Validation {
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly documents: OpenDocuments,
    private readonly files: WorkspaceFiles,
    private readonly settings: SettingsCache,
    private readonly workspace: WorkspaceKnowledge,
    private readonly output: CheckOutput,
    private readonly logger: Logger,
  ) {}

  /** Checks a document after its settings' delay, unless a newer edit comes first. */
  schedule(uri: string): void {
    clearTimeout(this.pending.get(uri));
    void this.settings.get(uri).then((settings) => {
      // A newer edit supersedes this one: its own check publishes.
      clearTimeout(this.pending.get(uri));
      this.pending.set(uri, setTimeout(() => this.run(uri, settings), settings.delayMs));
    });
  }

  /** Schedules a check of every open document (the index, the settings or a configuration changed). */
  scheduleAll(): void {
    for (const document of this.documents.all()) this.schedule(document.uri);
  }

  /** Drops a closed document's pending check. */
  cancel(uri: string): void {
    clearTimeout(this.pending.get(uri));
    this.pending.delete(uri);
  }

  private run(uri: string, settings: Settings): void {
    this.pending.delete(uri);
    try {
      this.check(uri, settings);
    } catch (error) {
      // In a timer an exception would end the process: log it, keep the last diagnostics.
      this.logger.error(`Checking ${uri} failed: ${(error as Error)?.stack ?? String(error)}`);
    }
  }

  private check(uri: string, settings: Settings): void {
    const textDocument = this.documents.get(uri);
    if (!textDocument) return;
    const { version } = textDocument;
    const text = textDocument.getText();
    if (!this.files.isProposalFile(uri, settings) && !this.files.isDraftDocument(uri, text)) {
      this.documents.setProposal(uri, false);
      this.output.diagnostics({ uri, version, lines: new LineIndex(''), findings: [], notes: [] });
      this.output.status({ uri, version, proposal: false });
      return;
    }
    // UTF-8 takes 1 to 3 bytes per UTF-16 code unit: count them only when that leaves it open.
    const limit = settings.maxFileSizeKB * 1024;
    if (text.length > limit || (text.length * 3 > limit && utf8Length(text) > limit)) {
      this.documents.setProposal(uri, false);
      const sizeKB = Math.round(utf8Length(text) / 1024);
      const message = `LFX proposals: this file is ${sizeKB} KB, over lfxProposals.maxFileSizeKB (${settings.maxFileSizeKB} KB), so it was not checked. Raise the setting, or check it with the CLI.`;
      this.output.diagnostics({ uri, version, lines: new LineIndex(''), findings: [], notes: [{ span: { start: 0, end: 0 }, severity: 'information', message }] });
      // Still a proposal file: requests are answered from the index's reading of it.
      this.output.status({ uri, version, proposal: this.workspace.has(uri) });
      return;
    }
    this.documents.setProposal(uri, true, settings.rules);
    const analysis = this.documents.analysis(uri)!;
    this.workspace.update(uri, analysis.document);
    analysis.findings = undefined;
    const findings = this.documents.findings(uri, analysis);
    this.output.diagnostics({ uri, version, lines: analysis.lines, findings, notes: [] });
    this.output.status({ uri, version, proposal: true, summary: fileSummary(analysis.document, findings) });
  }
}
