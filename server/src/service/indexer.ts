// The workspace index: every proposal file of the workspace folders read into the workspace
// knowledge (mentors, skills, upstream URLs across files), at start and whenever the settings,
// the folders or a configuration file change; then kept current file by file. An open
// document's text wins over the disk. Indexing reports its progress and yields between files,
// so requests are answered while it runs.

import type { WorkspaceKnowledge } from '../core/knowledge';
import type { OpenDocuments } from './documents';
import type { IndexEvent } from './events';
import type { WorkspaceFiles } from './files';
import type { Logger, WorkspaceHost } from './host';
import { readProposalInSlices, yieldToEvents } from './pipeline';
import type { SettingsCache } from './settings';

export class WorkspaceIndexer {
  private indexing: Promise<void> | undefined;

  constructor(
    private readonly host: WorkspaceHost,
    private readonly files: WorkspaceFiles,
    private readonly settings: SettingsCache,
    private readonly documents: OpenDocuments,
    private readonly workspace: WorkspaceKnowledge,
    private readonly events: { index(event: IndexEvent): void; indexed(): void },
    private readonly logger: Logger,
  ) {}

  /** Reads every proposal file of the workspace folders into the index (after any indexing under way). */
  async indexWorkspace(): Promise<void> {
    await this.indexing;
    this.indexing = this.run();
    return this.indexing;
  }

  /** Reads one file from disk into the index; a file that cannot be read is logged and left out. */
  async reindexFile(uri: string): Promise<void> {
    const settings = await this.settings.get(uri);
    if (!this.files.isProposalFile(uri, settings)) {
      this.workspace.remove(uri);
      return;
    }
    const { text, problem } = await this.host.readProposalFile(uri);
    if (text === undefined) {
      this.workspace.remove(uri);
      this.logger.warn(`Skipped ${uri}: ${problem}.`);
      return;
    }
    const document = await readProposalInSlices(text, this.files.formFor(uri));
    // Opened while it was read: the editor's text wins.
    if (!this.documents.get(uri)) this.workspace.update(uri, document);
  }

  private async run(): Promise<void> {
    this.events.index({ state: 'indexing' });
    let files = 0;
    try {
      // The configuration files first: they may name the proposal files, and set the rules.
      await this.host.reloadConfig();
      this.settings.forget();
      const uris = await this.proposalFiles();
      const wanted = new Set(uris);
      for (const uri of this.workspace.uris()) if (!wanted.has(uri) && !this.documents.get(uri)) this.workspace.remove(uri);
      for (const uri of uris) {
        if (!this.documents.get(uri)) await this.reindexFile(uri);
        files++;
        this.events.index({ state: 'progress', done: files, total: uris.length });
        // Requests waiting since the last file are answered before the next is parsed.
        await yieldToEvents();
      }
      this.logger.info(`Indexed ${uris.length} proposal file${uris.length === 1 ? '' : 's'}.`);
    } finally {
      this.events.index({ state: 'ready', files });
    }
    this.events.indexed();
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
