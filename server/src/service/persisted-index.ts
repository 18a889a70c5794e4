// The workspace index kept between sessions (issue 19): for each file the index read from disk,
// under a key of its text and issue form, what it added to the index (`FileKnowledge`) and its
// outline (symbols, and the lines its places are on), as JSON through the host (Node: a gzip
// file in the extension's workspace storage; the browser: the client's `vscode.workspace.fs`).
// On the next start a file whose text gives the same key is restored instead of parsed. The
// store is tied to the build and to its format: another one, or one that cannot be read, is
// ignored with one log line; one that cannot be written is a log line too.

import { contentHash } from '../core/content-hash';
import type { IssueForm } from '../core/issue-form';
import { type FileKnowledge, type FileOutline, isFileKnowledge, isFileOutline } from '../core/knowledge';
import { LineAnchors, LineIndex } from '../core/lines';
import type { ProposalDocument } from '../core/model';
import { fileSymbols } from '../features/symbols';
import type { Logger, WorkspaceHost } from './host';

/** The version of the stored shape; a store of another format is ignored. */
export const INDEX_FORMAT = 1;

/** How long after a change of the index (a file saved, a document closed) it is written. */
const SAVE_DELAY_MS = 2000;

/** One file as stored. */
export interface StoredFile {
  /** `contentHash` of the text read, and of the issue form it was read with. */
  key: string;
  /** The host's `fileVersion` of the file when it was read (absent when the host cannot tell). */
  version?: string;
  knowledge: FileKnowledge;
  outline: FileOutline;
}

/** The stored index (as `save` writes it). */
interface StoredIndex {
  format: number;
  build: string;
  files: Record<string, StoredFile>;
}

export class PersistedIndex {
  /**
   * Each file as stored; one stored by this session as its JSON text, which takes a fraction of
   * the objects' memory (the first index of a large workspace holds every model besides).
   */
  private files = new Map<string, StoredFile | string>();
  private loaded: Promise<void> | undefined;
  private changed = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The write under way, if any. */
  private saving: Promise<void> | undefined;
  private readonly formKeys = new WeakMap<IssueForm, string>();

  constructor(
    private readonly host: WorkspaceHost,
    private readonly build: string,
    private readonly logger: Logger,
  ) {}

  /** Reads the stored index, once; a missing one is empty, one that is not whole or of another build is logged and ignored. */
  load(): Promise<void> {
    this.loaded ??= this.read();
    return this.loaded;
  }

  /** The key of a file's text read with an issue form. */
  keyOf(text: string, form: IssueForm): string {
    return `${contentHash(text)}/${this.formKey(form)}`;
  }

  /**
   * What was stored for a file when it is still what was read then, by the host's word (its
   * `fileVersion`, without reading it), and was read with this issue form.
   */
  unchanged(uri: string, version: string | undefined, form: IssueForm): StoredFile | undefined {
    const stored = this.stored(uri);
    return version !== undefined && stored?.version === version && stored.key.endsWith(`/${this.formKey(form)}`) ? stored : undefined;
  }

  /** Whether a version of the file is stored with its host's version (else there is nothing to ask the host). */
  hasVersion(uri: string): boolean {
    return this.stored(uri)?.version !== undefined;
  }

  /** A file's stored entry as data. */
  private stored(uri: string): StoredFile | undefined {
    const stored = this.files.get(uri);
    return typeof stored === 'string' ? (JSON.parse(stored) as StoredFile) : stored;
  }

  private formKey(form: IssueForm): string {
    let formKey = this.formKeys.get(form);
    if (formKey === undefined) this.formKeys.set(form, (formKey = contentHash(JSON.stringify(form))));
    return formKey;
  }

  /** What was stored for a file under this key. */
  get(uri: string, key: string): StoredFile | undefined {
    const stored = this.stored(uri);
    return stored?.key === key ? stored : undefined;
  }

  /** Stores what a file read from disk (under `key`) adds to the index; written later (`save`, `scheduleSave`). */
  set(uri: string, key: string, version: string | undefined, document: ProposalDocument, knowledge: FileKnowledge): void {
    this.files.set(uri, JSON.stringify({ key, ...(version !== undefined && { version }), knowledge, outline: outlineOf(document, knowledge) } satisfies StoredFile));
    this.changed = true;
  }

  /** A file read again and found the same as stored: its host's version is updated (a file touched but not changed). */
  setVersion(uri: string, version: string | undefined): void {
    const stored = this.stored(uri);
    if (!stored || stored.version === version) return;
    const { version: _previous, ...rest } = stored;
    this.files.set(uri, { ...rest, ...(version !== undefined && { version }) });
    this.changed = true;
  }

  /** Forgets a file (deleted, or no longer a proposal file). */
  delete(uri: string): void {
    if (this.files.delete(uri)) this.changed = true;
  }

  /** Keeps only these files (the proposal files of the last full index). */
  retain(uris: ReadonlySet<string>): void {
    for (const uri of this.files.keys()) if (!uris.has(uri)) this.delete(uri);
  }

  /** Writes the index a moment after the last change (files changed one by one while editing). */
  scheduleSave(): void {
    if (!this.changed || !this.host.saveIndexCache) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.save();
    }, SAVE_DELAY_MS);
  }

  /** Writes the index now when it changed, after any write under way (each waits for the one before); a failure is logged. */
  save(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.saving = (this.saving ?? Promise.resolve()).then(() => this.write());
    return this.saving;
  }

  private async write(): Promise<void> {
    if (!this.changed || !this.host.saveIndexCache) return;
    this.changed = false;
    // Written as the JSON of a `StoredIndex`, from each file's own JSON.
    const files = [...this.files].map(([uri, stored]) => `${JSON.stringify(uri)}:${typeof stored === 'string' ? stored : JSON.stringify(stored)}`);
    const data = `{"format":${INDEX_FORMAT},"build":${JSON.stringify(this.build)},"files":{${files.join(',')}}}`;
    try {
      await this.host.saveIndexCache(data);
    } catch (error) {
      this.logger.warn(`Could not save the workspace index: ${messageOf(error)}.`);
    }
  }

  private async read(): Promise<void> {
    let text: string | undefined;
    try {
      text = await this.host.loadIndexCache?.();
    } catch (error) {
      this.logger.warn(`Ignoring the saved workspace index: ${messageOf(error)}.`);
      return;
    }
    if (text === undefined) return;
    let data: Partial<StoredIndex> | undefined;
    try {
      data = JSON.parse(text) as Partial<StoredIndex>;
    } catch {
      data = undefined;
    }
    if (!data || typeof data !== 'object' || typeof data.files !== 'object' || data.files === null || !Object.values(data.files).every(isStoredFile)) {
      this.logger.warn('Ignoring the saved workspace index: it is not whole (corrupt, or written by another version).');
    } else if (data.format !== INDEX_FORMAT || data.build !== this.build) {
      this.logger.info('Ignoring the saved workspace index: written by another version of the extension.');
    } else {
      this.files = new Map<string, StoredFile | string>(Object.entries(data.files));
    }
  }
}

/** A file's symbols, and the lines of every offset they and its knowledge point at. */
function outlineOf(document: ProposalDocument, knowledge: FileKnowledge): FileOutline {
  const symbols = fileSymbols(document);
  const offsets: number[] = [];
  for (const { span } of symbols) offsets.push(span.start, span.end);
  for (const { appearance } of [...knowledge.mentors, ...knowledge.upstream]) offsets.push(appearance.span.start, appearance.span.end);
  return { symbols, lines: LineAnchors.of(new LineIndex(document.text), offsets) };
}

function isStoredFile(value: unknown): value is StoredFile {
  const stored = value as Partial<StoredFile> | undefined;
  return typeof stored?.key === 'string' && (stored.version === undefined || typeof stored.version === 'string') && isFileKnowledge(stored.knowledge) && isFileOutline(stored.outline);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
