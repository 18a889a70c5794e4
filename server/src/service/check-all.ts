// "Check All Proposal Files": every file of the workspace index checked, open or not; the
// findings of those not open are published, so that the Problems view lists them all, and kept
// there when such a file is opened and closed again.

import type { WorkspaceKnowledge } from '../core/knowledge';
import { LineIndex } from '../core/lines';
import { countBySeverity } from '../features/status';
import type { Severity } from '../rules';
import type { OpenDocuments } from './documents';
import type { DiagnosticsEvent } from './events';
import type { WorkspaceIndexer } from './indexer';
import { checkDocument } from './pipeline';
import type { SettingsCache } from './settings';

/** What "Check All" found: the files checked and their findings by severity. */
export interface CheckAllSummary {
  files: number;
  problems: Record<Severity, number>;
}

export class CheckAll {
  /** Files whose diagnostics were published by "Check All" without being open. */
  private readonly published = new Set<string>();

  constructor(
    private readonly indexer: WorkspaceIndexer,
    private readonly documents: OpenDocuments,
    private readonly settings: SettingsCache,
    private readonly workspace: WorkspaceKnowledge,
    private readonly publish: (event: DiagnosticsEvent) => void,
  ) {}

  /** Checks every proposal file (indexed first); stops early when `isCancelled` says so. */
  async run(isCancelled: () => boolean): Promise<CheckAllSummary> {
    await this.indexer.indexWorkspace();
    const summary: CheckAllSummary = { files: 0, problems: { error: 0, warning: 0, information: 0, hint: 0 } };
    for (const uri of this.workspace.uris()) {
      if (isCancelled()) break;
      const open = this.documents.get(uri);
      // A file restored from the persisted index has no model: it is read and parsed now.
      const document = open ? this.documents.analysis(uri)?.document : await this.indexer.documentOf(uri);
      if (!document) continue;
      const lines = new LineIndex(document.text);
      const { rules } = await this.settings.get(uri);
      const findings = checkDocument(document, { rules, lines, uri, workspace: this.workspace });
      summary.files++;
      const counts = countBySeverity(findings);
      for (const severity of Object.keys(counts) as Severity[]) summary.problems[severity] += counts[severity];
      if (!open) {
        this.published.add(uri);
        this.publish({ uri, lines, findings, notes: [] });
      }
    }
    return summary;
  }

  /**
   * A document was closed, and the index went back to the file on disk: a file that Check All
   * listed keeps its findings (of the text on disk) in the Problems view; any other is cleared.
   */
  async closed(uri: string): Promise<void> {
    const document = this.published.has(uri) ? await this.indexer.documentOf(uri) : undefined;
    const lines = new LineIndex(document?.text ?? '');
    const findings = document ? checkDocument(document, { rules: this.documents.rulesOf(uri), lines, uri, workspace: this.workspace }) : [];
    this.publish({ uri, lines, findings, notes: [] });
  }
}
