// Which files the service checks, and what applies to each: the workspace folders, the URI
// schemes the host reads, proposal-file matching (the configuration file's `files`, else
// `lfxProposals.files`), issue-form drafts known by their headings, the configuration and the
// issue form of a file. A broken configuration or form file gets its problems published on it.

import { URI } from 'vscode-uri';
import { isIgnored, type ProposalConfig, relativeTo } from '../core/config';
import { looksLikeDraft } from '../core/draft';
import { BUNDLED_FORM, type IssueForm } from '../core/issue-form';
import { LineIndex } from '../core/lines';
import type { Span } from '../core/model';
import { proposalFileMatcher } from '../core/proposal-files';
import type { DiagnosticsEvent } from './events';
import type { WorkspaceHost } from './host';
import { NO_CONFIG, type Settings } from './settings';

export class WorkspaceFiles {
  /** The workspace folders' URIs. */
  folders: readonly string[] = [];
  /** Configuration and form files whose problems are published, to clear them once fixed. */
  private readonly configProblemFiles = new Set<string>();
  private readonly formProblemFiles = new Set<string>();
  /** Form lookups already published (each is cached by the host until a form file changes). */
  private readonly publishedForms = new WeakSet<object>();

  constructor(
    private readonly host: WorkspaceHost,
    private readonly publish: (event: DiagnosticsEvent) => void,
  ) {}

  /** A folder's path, without a trailing slash. */
  folderPath(folderUri: string): string {
    return URI.parse(folderUri).path.replace(/\/$/, '');
  }

  /** Whether the host reads files of this URI's scheme (`file` on Node; in a browser, the workspace folders'). */
  isHostScheme(uri: URI): boolean {
    const schemes = this.host.schemes === 'workspace' ? this.folders.map((folder) => URI.parse(folder).scheme) : this.host.schemes;
    return schemes.includes(uri.scheme);
  }

  /**
   * Whether a file is a proposal file: named by the `files` of its configuration file (relative to
   * that file's folder) or else by `lfxProposals.files` (relative to its workspace folder), and not
   * by the configuration's `ignore`.
   */
  isProposalFile(uri: string, settings: Settings): boolean {
    const parsed = URI.parse(uri);
    if (!this.isHostScheme(parsed)) return false;
    const { config } = settings;
    if (isIgnored(config, parsed.path)) return false;
    if (config.files && config.filesBase) {
      const relative = relativeTo(config.filesBase, parsed.path);
      return relative !== undefined && proposalFileMatcher(config.files)(relative);
    }
    let path = parsed.path;
    for (const folder of this.folders) {
      const relative = relativeTo(this.folderPath(folder), path);
      if (relative !== undefined) {
        path = relative;
        break;
      }
    }
    return proposalFileMatcher(settings.files)(path);
  }

  /** An issue-form draft is checked wherever it is (an untitled editor too): known by its headings, not by the settings. */
  isDraftDocument(uri: string, text: string): boolean {
    const parsed = URI.parse(uri);
    const draftScheme = parsed.scheme === 'untitled' || this.isHostScheme(parsed);
    return draftScheme && looksLikeDraft(text, this.formFor(uri));
  }

  /** The configuration file(s) that apply to a file; their problems are published on them. */
  configOf(uri: string): ProposalConfig {
    const parsed = URI.parse(uri);
    if (!this.isHostScheme(parsed)) return NO_CONFIG;
    const { config, files } = this.host.configFor(parsed.path);
    for (const file of files) this.publishFileProblems(file.path, file.problems, this.configProblemFiles);
    return config;
  }

  /**
   * The issue form that applies to a document: its repository's `.github/ISSUE_TEMPLATE/…` when
   * there is one (an untitled document takes the first workspace folder's), else the bundled
   * copy. A broken form file gets its problems as diagnostics, and the bundled copy is used.
   */
  formFor(uri: string): IssueForm {
    const parsed = URI.parse(uri);
    const folder = this.folders[0] && this.folderPath(this.folders[0]);
    const path = parsed.scheme !== 'untitled' ? parsed.path : folder ? `${folder}/untitled` : undefined;
    if (!path) return BUNDLED_FORM;
    const found = this.host.issueFormFor(path);
    if (found.path && !this.publishedForms.has(found)) {
      this.publishedForms.add(found);
      this.publishFileProblems(found.path, found.problems, this.formProblemFiles);
    }
    return found.form;
  }

  /**
   * Publishes the problems of a configuration or form file as errors at their places; no problems
   * clears what was published for it before (`published` holds the files with problems shown).
   */
  private publishFileProblems(path: string, problems: ReadonlyArray<{ message: string; span: Span }>, published: Set<string>): void {
    const fileUri = this.host.configUri(path);
    if (problems.length === 0 && !published.has(fileUri)) return;
    if (problems.length) published.add(fileUri);
    else published.delete(fileUri);
    const notes = problems.map((problem) => ({ span: problem.span, severity: 'error' as const, message: problem.message }));
    this.publish({ uri: fileUri, lines: new LineIndex(this.host.configText(path) ?? ''), findings: [], notes });
  }
}
