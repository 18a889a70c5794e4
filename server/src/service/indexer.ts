// The workspace index: every proposal file of the workspace folders read into the workspace
// knowledge (mentors, skills, upstream URLs across files), at start and whenever the settings,
// the folders or a configuration file change; then kept current file by file. An open
// document's text wins over the disk. Indexing reports its progress and yields between files and
// within one (it parses in slices), so requests are answered while it runs.

import type { WorkspaceKnowledge } from '../core/knowledge';
import type { ProposalDocument } from '../core/model';
import type { OpenDocuments } from './documents';
import type { IndexEvent } from './events';
import type { WorkspaceFiles } from './files';
import type { Logger, WorkspaceHost } from './host';
import type { PersistedIndex } from './persisted-index';
import { readProposal, readProposalInSlices, yieldToEvents } from './pipeline';
import type { SettingsCache } from './settings';

export class WorkspaceIndexer {
  private indexing: Promise<void> | undefined;
  /** Files restored from the persisted index by the current run. */
  private restored = 0;

  constructor(
    private readonly host: WorkspaceHost,
    private readonly files: WorkspaceFiles,
    private readonly settings: SettingsCache,
    private readonly documents: OpenDocuments,
    private readonly workspace: WorkspaceKnowledge,
    private readonly events: { index(event: IndexEvent): void; indexed(): void },
    private readonly logger: Logger,
    private readonly persisted: PersistedIndex,
  ) {}

  /** Reads every proposal file of the workspace folders into the index (after any indexing under way). */
  async indexWorkspace(): Promise<void> {
    await this.indexing;
    this.indexing = this.run();
    return this.indexing;
  }

  /** A file was deleted. */
  forget(uri: string): void {
    this.workspace.remove(uri);
    this.persisted.delete(uri);
    this.persisted.scheduleSave();
  }

  /**
   * The model of an indexed file that is not open, parsed from disk when the index restored it
   * without one (Check All needs it); undefined when it can no longer be read.
   */
  async documentOf(uri: string): Promise<ProposalDocument | undefined> {
    if (this.workspace.document(uri) || !this.workspace.has(uri)) return this.workspace.document(uri);
    const { text } = await this.host.readProposalFile(uri);
    if (text === undefined || this.documents.get(uri)) return undefined;
    this.workspace.update(uri, readProposal(text, this.files.formFor(uri)));
    return this.workspace.document(uri);
  }

  /** Reads one file from disk into the index; a file that cannot be read is logged and left out. */
  async reindexFile(uri: string): Promise<void> {
    await this.readFile(uri, false);
    this.persisted.scheduleSave();
  }

  /**
   * Reads one file from disk into the index: restored from the persisted index when its text (and
   * issue form) is the one stored, else parsed (and stored). `trustVersion` (a full index, not a
   * file that changed or an editor that closed): when the host says the file is unchanged since it
   * was stored (`fileVersion`), it is not even read.
   */
  private async readFile(uri: string, trustVersion: boolean): Promise<void> {
    const settings = await this.settings.get(uri);
    if (!this.files.isProposalFile(uri, settings)) {
      this.workspace.remove(uri);
      this.persisted.delete(uri);
      return;
    }
    if (trustVersion && this.host.fileVersion && this.persisted.hasVersion(uri)) {
      const unchanged = this.persisted.unchanged(uri, await this.host.fileVersion(uri), this.files.formFor(uri));
      if (unchanged && !this.documents.get(uri)) {
        // Already in the index from that same reading (indexed again after a change of settings): kept.
        if (!this.workspace.has(uri)) {
          this.workspace.restore(uri, unchanged.knowledge, unchanged.outline);
          this.restored++;
        }
        return;
      }
    }
    const { text, problem, version } = await this.host.readProposalFile(uri);
    if (text === undefined) {
      this.workspace.remove(uri);
      this.persisted.delete(uri);
      this.logger.warn(`Skipped ${uri}: ${problem}.`);
      return;
    }
    if (this.documents.get(uri)) return;
    const form = this.files.formFor(uri);
    const key = this.persisted.keyOf(text, form);
    const stored = this.persisted.get(uri, key);
    // Touched but not changed: the stored entry takes its new version.
    if (stored) this.persisted.setVersion(uri, version);
    // The index holds this very reading already (indexed again after a change of settings): kept,
    // with its model, which an editor opening the file starts from.
    if (stored && this.workspace.document(uri)?.text === text) return;
    if (stored) {
      this.workspace.restore(uri, stored.knowledge, stored.outline);
      this.restored++;
      return;
    }
    const document = await readProposalInSlices(text, form);
    // Opened while it was read: the editor's text wins.
    if (this.documents.get(uri)) return;
    this.workspace.update(uri, document);
    this.persisted.set(uri, key, version, document, this.workspace.knowledgeOf(uri)!);
  }

  private async run(): Promise<void> {
    this.events.index({ state: 'indexing' });
    let files = 0;
    this.restored = 0;
    try {
      await this.persisted.load();
      // The configuration files first: they may name the proposal files, and set the rules.
      await this.host.reloadConfig();
      this.settings.forget();
      const uris = await this.proposalFiles();
      const wanted = new Set(uris);
      for (const uri of this.workspace.uris()) if (!wanted.has(uri) && !this.documents.get(uri)) this.workspace.remove(uri);
      this.persisted.retain(wanted);
      for (const uri of uris) {
        if (!this.documents.get(uri)) await this.readFile(uri, true);
        files++;
        this.events.index({ state: 'progress', done: files, total: uris.length });
        // Requests waiting since the last file are answered before the next is parsed.
        await yieldToEvents();
      }
      const restored = this.restored ? ` (${this.restored} restored from the saved index)` : '';
      this.logger.info(`Indexed ${uris.length} proposal file${uris.length === 1 ? '' : 's'}${restored}.`);
    } finally {
      this.events.index({ state: 'ready', files });
    }
    this.events.indexed();
    // Saved a moment later, not while the editor checks its open documents against the new index
    // (a shutdown saves at once).
    this.persisted.scheduleSave();
  }

  /** The proposal files of every workspace folder, by the configuration file's `files` or else the settings'. */
  private async proposalFiles(): Promise<string[]> {
    const uris: string[] = [];
    for (const folder of this.files.folders) {
      // "folder/." stands for a file directly in the folder.
      const folderPath = this.files.folderPath(folder);
      const { config } = this.host.configFor(`${folderPath}/.`);
      const patterns = config.files && config.filesBase === folderPath ? config.files : (await this.settings.get(folder)).files;
      uris.push(...(await this.host.findProposalFiles(folder, patterns)));
    }
    return uris;
  }
}
