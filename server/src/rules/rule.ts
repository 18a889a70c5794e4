// What a rule is: an id, a default severity, checks over the document model that
// report findings, each with an optional fix. A fix is data (text edits), so the
// editor's quick fix and the CLI's --fix apply the very same edit.

import type { Directive } from '../core/directives';
import type { WorkspaceKnowledge } from '../core/knowledge';
import type { LineIndex } from '../core/lines';
import type { DraftDocument, Project, ProposalDocument, Span, TermDocument } from '../core/model';

/** How serious a finding is; `off` silences a rule. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A replacement of one span of the document. */
export interface TextEdit {
  span: Span;
  newText: string;
}

/** A way to repair a finding. */
export interface Fix {
  /** What the fix does, for a quick-fix menu ("Rename to 'Mentor(s):'"). */
  title: string;
  edits: TextEdit[];
  /**
   * True when the fix keeps the author's words and can be applied without review:
   * `--fix` and "Fix all" apply only these.
   */
  safe: boolean;
}

/** One problem found by a rule. */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  span: Span;
  fixes: Fix[];
}

/** What a rule reports; the rule id and severity are added by the runner. */
export interface Report {
  /**
   * The severity of this finding when the user has not set the rule's: a rule whose findings
   * differ in weight (a missing LFID is a warning, a malformed one an error) says so here.
   */
  severity?: Severity;
  message: string;
  span: Span;
  fix?: Fix;
}

/** What a check is given: the document (of the kind the check is for), and what it needs besides. */
export interface RuleContext<Document extends ProposalDocument = ProposalDocument> {
  document: Document;
  lines: LineIndex;
  /** The document's URI (or path), to tell its own entries from other files' in `workspace`. */
  uri: string;
  /** What the other proposal files of the workspace hold (this document included), if known. */
  workspace?: WorkspaceKnowledge;
  /** The document's disable comments, each marked used once it silenced a finding (for late rules). */
  directives: readonly Directive[];
  report(report: Report): void;
}

/** What every rule has, whatever it checks. */
interface RuleDefinition {
  id: string;
  severity: Severity;
  /** One sentence: what the rule finds. */
  description: string;
  /** How its findings are fixed, for README's rule table: "safe", "quick fix", "—", with the cases. */
  fixes: string;
  /** A rule that looks at the outcome of the others: it runs after the disable comments were applied. */
  late?: boolean;
  /** Checks an issue-form draft; absent for a rule of term files only. */
  checkDraft?(context: RuleContext<DraftDocument>): void;
}

/**
 * A rule whose term check looks across the document (two projects, the table of contents, the
 * organisations, other files): it runs whole on every check.
 */
export interface DocumentRule extends RuleDefinition {
  scope: 'document';
  /** Checks a term file (a term's README.md or project_ideas.md). */
  checkTerm(context: RuleContext<TermDocument>): void;
  checkProject?: never;
}

/**
 * A rule whose term check looks at one project at a time. Its findings for a project are a
 * function of the project's text and of `inputs`, so the editor keeps them from one keystroke to
 * the next while neither changed (rules/project-findings-cache.ts); a check that reads anything
 * else of the document (another project, a count over all of them) must name it in `inputs`, or
 * be a `DocumentRule`.
 */
export interface ProjectRule extends RuleDefinition {
  scope: 'project';
  /** Checks one project of a term file; the document is in the context for its text, era and lines. */
  checkProject(context: RuleContext<TermDocument>, project: Project): void;
  /**
   * The document-level values the check reads besides its project (the era, the programme, the
   * fields most entries use, what the workspace knows…), compared one by one with `===` between
   * checks: strings, numbers, booleans, or objects that are new whenever what they say changes.
   */
  inputs(context: RuleContext<TermDocument>): readonly unknown[];
  checkTerm?: never;
}

/** A rule of issue-form drafts only. */
export interface DraftRule extends RuleDefinition {
  scope?: undefined;
  checkDraft(context: RuleContext<DraftDocument>): void;
  checkTerm?: never;
  checkProject?: never;
}

/**
 * A rule: one definition per id (the contract for docs, CLI output, settings and tests), with
 * its check of a term file, of an issue-form draft, or both. The settings, the configuration
 * schema, the README table and the docs pages are generated from these (`npm run generate`).
 * Its `scope` says how the term check is run: whole (`document`) or project by project (`project`).
 */
export type Rule = DocumentRule | ProjectRule | DraftRule;

/** True for a rule that checks term files (of either scope). */
export function checksTerms(rule: Rule): rule is DocumentRule | ProjectRule {
  return rule.scope !== undefined;
}

/** The draft check of a term rule, in `rules/form/<id>.ts`; the definition in `rules/<id>.ts` takes it in. */
export type DraftCheck = Required<Pick<RuleDefinition, 'checkDraft'>>;
