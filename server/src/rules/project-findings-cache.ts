// The findings of the project rules (scope 'project'), kept from one check of a document to the
// next: a keystroke changes one project, and the findings of the others are taken from the last
// check, moved to where their project is now, instead of being found again.
//
// A project's findings by one rule are a function of
// - the project's text: from its heading to the next heading that is no part of it (or the
//   end of the text, which a fix at the end looks at);
// - what the model says of the project that its text does not: its placement and organisation;
// - the document-level values the rule names in `inputs` (the era, the fields most entries use,
//   what the workspace knows…), compared with `===`.
// So an entry is found by the project's text, and a rule's findings in it are reused while the
// rule's inputs are the same; the equality with a fresh check is tested over random edits of the
// corpus (test/unit/rules/project-findings-cache.test.ts).

import type { Project, ProposalDocument, Span } from '../core/model';
import { withOwnStrings } from '../core/own-strings';
import type { Fix, ProjectRule, Report } from './rule';

/** One rule's reports for a project, as found with the rule's inputs of `generation` when the project started at `at`. */
interface RuleReports {
  generation: number;
  at: number;
  reports: Report[];
}

/** What is kept of one project text in one context (placement, organisation). */
interface ProjectEntry {
  /** The project's text in the last version checked (a slice of it: only that version is kept alive). */
  text: string;
  context: string;
  rules: Map<ProjectRule, RuleReports>;
}

/** One check of a document: each project's entry, found (or made) once. */
export interface ProjectChecks {
  /** Tells the rule's inputs of this check (before asking for its reports). */
  setInputs(rule: ProjectRule, inputs: readonly unknown[]): void;
  /**
   * The reports of `rule` for the `index`-th project: reused when the rule's inputs are the same
   * as when they were found (moved by as much as the project moved), else found by `check`.
   */
  reports(rule: ProjectRule, index: number, check: (rule: ProjectRule, index: number) => Report[]): readonly Report[];
  /** Ends the check: what the document no longer holds is forgotten. */
  end(): void;
}

/** The findings of the project rules for the versions of one document (one per open document). */
export class ProjectFindingsCache {
  /**
   * Entries by a fingerprint of their text (its length and ends: hashing every project's whole
   * text on each keystroke costs more than the rules it saves), compared in full on a match.
   */
  private entries = new Map<string, ProjectEntry[]>();
  /** Each rule's inputs at the last check, and how many times they changed (what its reports were found with). */
  private readonly inputsOf = new Map<ProjectRule, { inputs: readonly unknown[]; generation: number }>();
  /** Project checks of the last lint: found anew and taken from the cache (for tests and the bench). */
  readonly counts = { checked: 0, reused: 0 };

  /** Starts a check of a document version: finds each project's entry by its text. */
  begin(document: ProposalDocument): ProjectChecks {
    const next = new Map<string, ProjectEntry[]>();
    const { projects } = document;
    const entries: ProjectEntry[] = new Array(projects.length);
    const regionEnds = regionsEnds(document);
    for (let index = 0; index < projects.length; index++) {
      const project = projects[index];
      const end = regionEnds[index];
      const text = document.text.slice(project.span.start, end);
      const context = contextOf(project, end === document.text.length);
      const key = fingerprint(text);
      let taken = next.get(key);
      if (!taken) next.set(key, (taken = []));
      let entry = taken.find((candidate) => candidate.context === context && candidate.text === text);
      if (!entry) {
        entry = this.entries.get(key)?.find((candidate) => candidate.context === context && candidate.text === text) ?? { text, context, rules: new Map() };
        // From now on it stands for this version's text (the last version's may be let go).
        entry.text = text;
        taken.push(entry);
      }
      entries[index] = entry;
    }
    this.counts.checked = 0;
    this.counts.reused = 0;
    return {
      setInputs: (rule, inputs) => {
        const last = this.inputsOf.get(rule);
        if (!last) this.inputsOf.set(rule, { inputs, generation: 0 });
        else if (!sameInputs(last.inputs, inputs)) {
          last.inputs = inputs;
          last.generation++;
        }
      },
      reports: (rule, index, check) => {
        const entry = entries[index];
        const at = projects[index].span.start;
        const generation = this.inputsOf.get(rule)?.generation ?? -1;
        const kept = entry.rules.get(rule);
        if (kept?.generation === generation) {
          this.counts.reused++;
          return kept.at === at || kept.reports.length === 0 ? kept.reports : kept.reports.map((report) => movedReport(report, at - kept.at));
        }
        this.counts.checked++;
        // Its messages may hold slices of this version's text: kept, they would keep it alive.
        const reports = withOwnStrings(check(rule, index));
        entry.rules.set(rule, { generation, at, reports });
        return reports;
      },
      end: () => {
        this.entries = next;
      },
    };
  }
}

/** Where each project's text ends: at the next heading that is not part of it, or at the end of the text. */
function regionsEnds(document: ProposalDocument): number[] {
  const { text, headings, projects } = document;
  const ends: number[] = new Array(projects.length);
  let heading = 0;
  for (let index = 0; index < projects.length; index++) {
    // A project's span runs through the sub-headings that are part of it ("###### Details").
    while (heading < headings.length && headings[heading].span.start < projects[index].span.end) heading++;
    ends[index] = heading < headings.length ? headings[heading].span.start : text.length;
  }
  return ends;
}

/** A short key for a text: its length and its ends (a project's start is its heading). */
function fingerprint(text: string): string {
  return text.length <= 96 ? text : `${text.length}\u0000${text.slice(0, 48)}\u0000${text.slice(-48)}`;
}

/** What the model says of a project that its text does not. */
function contextOf(project: Project, atEnd: boolean): string {
  const org = project.org;
  return `${project.placement}\u0000${org?.name ?? ''}\u0000${org?.parent?.name ?? ''}\u0000${org?.misplaced ?? ''}\u0000${atEnd}`;
}

function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
  return true;
}

function movedReport(report: Report, delta: number): Report {
  const moved: Report = { ...report, span: movedSpan(report.span, delta) };
  if (report.fix) moved.fix = movedFix(report.fix, delta);
  return moved;
}

function movedFix(fix: Fix, delta: number): Fix {
  return { ...fix, edits: fix.edits.map((edit) => ({ ...edit, span: movedSpan(edit.span, delta) })) };
}

function movedSpan(span: Span, delta: number): Span {
  return { start: span.start + delta, end: span.end + delta };
}
