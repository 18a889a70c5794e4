// The open documents: each one's latest text and version, its section cache (an edit re-parses
// only the sections it touched), its project findings (the project rules check only the projects
// an edit changed), and its analysis by version: the model, the line index and, once checked,
// the findings.

import { SectionCache } from '../core/incremental';
import { LineIndex, type Position } from '../core/lines';
import type { ProposalDocument } from '../core/model';
import type { WorkspaceKnowledge } from '../core/knowledge';
import { type Finding, ProjectFindingsCache, type RuleSettings } from '../rules';
import { checkDocument } from './pipeline';
import type { WorkspaceFiles } from './files';

/**
 * An open document as the editor keeps it: LSP's TextDocument is one. The line starts come from
 * it (`lineCount`, `offsetAt`), so a keystroke does not scan the whole text for them.
 */
export interface OpenDocument {
  readonly uri: string;
  readonly version: number;
  readonly lineCount: number;
  getText(): string;
  offsetAt(position: Position): number;
}

/** One version of one open proposal file, parsed; findings once checked. */
export interface Analysis {
  version: number;
  document: ProposalDocument;
  lines: LineIndex;
  findings?: Finding[];
}

export class OpenDocuments {
  private readonly open = new Map<string, OpenDocument>();
  private readonly analyses = new Map<string, Analysis>();
  private readonly sectionCaches = new Map<string, SectionCache>();
  private readonly projectFindings = new Map<string, ProjectFindingsCache>();
  /** Open documents found to be proposal files by their last check. */
  private readonly knownProposal = new Set<string>();
  /** Documents opened from the index's model whose section cache is still empty (filled after their first findings). */
  private readonly unwarmed = new Set<string>();
  /** The rule settings each document was last checked with. */
  private readonly lastRules = new Map<string, RuleSettings>();

  constructor(
    private readonly files: WorkspaceFiles,
    private readonly workspace: WorkspaceKnowledge,
  ) {}

  get(uri: string): OpenDocument | undefined {
    return this.open.get(uri);
  }

  all(): OpenDocument[] {
    return [...this.open.values()];
  }

  /** Opens a document, or takes its new version. */
  set(document: OpenDocument): void {
    this.open.set(document.uri, document);
  }

  /** Closes a document: its parse is dropped (its last rule settings are kept for what "Check All" published). */
  close(uri: string): void {
    this.open.delete(uri);
    this.forget(uri);
  }

  /** Marks a document a proposal file or not after a check; one that is not (or too large) loses its parse. */
  setProposal(uri: string, proposal: boolean, rules?: RuleSettings): void {
    if (proposal) {
      this.knownProposal.add(uri);
      if (rules) this.lastRules.set(uri, rules);
    } else {
      this.knownProposal.delete(uri);
      this.forget(uri);
    }
  }

  /** The rule settings a file was last checked with (none before its first check). */
  rulesOf(uri: string): RuleSettings {
    return this.lastRules.get(uri) ?? {};
  }

  /**
   * The parsed model of an open document's current version (parsed now if no check has yet);
   * undefined for a document that is not open, or not (yet) known to be a proposal file.
   */
  analysis(uri: string): Analysis | undefined {
    const textDocument = this.open.get(uri);
    if (!textDocument) return undefined;
    const cached = this.analyses.get(uri);
    if (cached?.version === textDocument.version) return cached;
    const text = textDocument.getText();
    // Before its first check (a request right after opening, while its settings are asked for), a
    // file the workspace index read as a proposal file is one, and a draft is known by its headings.
    const known = this.knownProposal.has(uri) || this.workspace.has(uri);
    if (!cached && !known && !this.files.isDraftDocument(uri, text)) return undefined;
    const document = (!cached && this.fromIndex(uri, text)) || this.sectionsOf(uri).parse(text, this.files.formFor(uri));
    const analysis: Analysis = { version: textDocument.version, document, lines: LineIndex.ofDocument(textDocument) };
    this.analyses.set(uri, analysis);
    return analysis;
  }

  /** The findings of an analysis, computed once per version. */
  findings(uri: string, analysis: Analysis): Finding[] {
    if (!analysis.findings) {
      let projectFindings = this.projectFindings.get(uri);
      if (!projectFindings) this.projectFindings.set(uri, (projectFindings = new ProjectFindingsCache()));
      analysis.findings = checkDocument(analysis.document, { rules: this.rulesOf(uri), lines: analysis.lines, uri, workspace: this.workspace, projectFindings });
    }
    if (this.unwarmed.delete(uri)) this.warmUp(uri, analysis.document.text);
    return analysis.findings;
  }

  /**
   * On opening, the model the index read from disk, when the editor's text is that same text
   * (issue 19): the first diagnostics then need no parse. The index keeps each file's model
   * anyway (for the rules across files), so this costs no memory.
   */
  private fromIndex(uri: string, text: string): ProposalDocument | undefined {
    if (this.sectionCaches.has(uri)) return undefined;
    const indexed = this.workspace.document(uri);
    if (indexed?.text !== text) return undefined;
    this.unwarmed.add(uri);
    return indexed;
  }

  /**
   * After the first findings, the section cache is filled with the text opened from the index,
   * so that the first keystroke re-parses one section, not the whole text.
   */
  private warmUp(uri: string, text: string): void {
    setTimeout(() => {
      if (this.open.get(uri)?.getText() !== text || this.sectionCaches.has(uri)) return;
      try {
        this.sectionsOf(uri).parse(text, this.files.formFor(uri));
      } catch {
        // Left empty: the first edit then parses the whole text, and reports what fails.
        this.sectionCaches.delete(uri);
      }
    }, 0);
  }

  private sectionsOf(uri: string): SectionCache {
    let sections = this.sectionCaches.get(uri);
    if (!sections) this.sectionCaches.set(uri, (sections = new SectionCache()));
    return sections;
  }

  private forget(uri: string): void {
    this.analyses.delete(uri);
    this.sectionCaches.delete(uri);
    this.projectFindings.delete(uri);
    this.unwarmed.delete(uri);
  }
}
