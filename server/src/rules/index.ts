// The registry of rules (one definition per id, with its term-file and draft checks), the one
// place that runs them, and the one place that builds their documentation links. The lists
// users see (package.json's settings enum, README's table, the docs pages) are generated from
// it by `npm run generate` (scripts/generated-files.ts).

import { readDirectives, silencingDirective } from '../core/directives';
import type { WorkspaceKnowledge } from '../core/knowledge';
import { LineIndex } from '../core/lines';
import type { ProposalDocument } from '../core/model';
import { duplicateField } from './duplicate-field';
import { duplicateTitle } from './duplicate-title';
import { emptyField } from './empty-field';
import { emptyOrg } from './empty-org';
import { formCheckbox } from './form/form-checkbox';
import { codingChallengeUrl } from './form/coding-challenge-url';
import { customPrerequisite } from './form/custom-prerequisite';
import { fieldLength } from './form/field-length';
import { mentorLfid } from './form/mentor-lfid';
import { formOption } from './form/form-option';
import { formSectionOrder } from './form/form-section-order';
import { formSkills } from './form/form-skills';
import { fewMentors } from './few-mentors';
import { headingLevel } from './heading-level';
import { labelVariant } from './label-variant';
import { mentorCount } from './mentor-count';
import { mentorDuplicate } from './mentor-duplicate';
import { mentorEmail } from './mentor-email';
import { mentorFormat } from './mentor-format';
import { mentorHandle } from './mentor-handle';
import { missingField } from './missing-field';
import { orgProposalLimit } from './org-proposal-limit';
import { primaryMentor } from './primary-mentor';
import { projectSize } from './project-size';
import type { ProjectFindingsCache } from './project-findings-cache';
import { checksTerms, type Finding, type Report, type Rule, type RuleContext, type Severity } from './rule';
import { templateText } from './template-text';
import { tocBrokenAnchor } from './toc-broken-anchor';
import { tocMissingEntry } from './toc-missing-entry';
import { unknownField } from './unknown-field';
import { unknownProject } from './unknown-project';
import { unusedDisable } from './unused-disable';
import { upstreamDuplicate } from './upstream-duplicate';
import { upstreamMultiple } from './upstream-multiple';
import { urlFormat } from './url-format';
import { urlKind } from './url-kind';

export { ProjectFindingsCache } from './project-findings-cache';
export { checksTerms } from './rule';
export type { DraftCheck, Finding, Fix, Rule, Severity, TextEdit } from './rule';

/**
 * Every rule, in the order their findings are listed for one place (a term file runs those with
 * a term check, a draft those with a draft check, each in this order). Ids are permanent.
 */
export const RULES: readonly Rule[] = [
  missingField,
  emptyField,
  unknownField,
  labelVariant,
  headingLevel,
  formSectionOrder,
  formOption,
  fieldLength,
  mentorFormat,
  mentorHandle,
  mentorEmail,
  mentorLfid,
  mentorDuplicate,
  mentorCount,
  fewMentors,
  projectSize,
  primaryMentor,
  templateText,
  urlFormat,
  urlKind,
  upstreamMultiple,
  codingChallengeUrl,
  customPrerequisite,
  formCheckbox,
  formSkills,
  upstreamDuplicate,
  duplicateTitle,
  duplicateField,
  tocBrokenAnchor,
  tocMissingEntry,
  unknownProject,
  orgProposalLimit,
  emptyOrg,
  unusedDisable,
];

/**
 * The rules in the order the settings, the configuration schema and the documentation list
 * them: those of term files first, then those of drafts only.
 */
export const RULE_CATALOGUE: readonly Rule[] = [...RULES.filter(checksTerms), ...RULES.filter((rule) => !checksTerms(rule))];

/** Every rule id, in the catalogue's order: what a configuration file may name. */
export const RULE_IDS: readonly string[] = RULE_CATALOGUE.map((rule) => rule.id);

/** Where the documentation pages live; each rule's page is `<id>.md` below it. */
export const DOCS_BASE = 'https://github.com/lfx-proposals/vscode-lfx-proposals/blob/main/docs/rules/';

/** The documentation page of a rule. */
export function ruleDocsUrl(id: string): string {
  return `${DOCS_BASE}${id}.md`;
}

/** Per-rule severity overrides, as in `lfxProposals.rules`: `{ "few-mentors": "off" }`. */
export type RuleSettings = Record<string, Severity | 'off'>;

/** What `lint` may be given besides the document. */
export interface LintOptions {
  /** Per-rule severity overrides. */
  settings?: RuleSettings;
  /** The document's line index, when the caller has one already. */
  lines?: LineIndex;
  /** The document's URI or path, to tell it apart from the other files in `workspace`. */
  uri?: string;
  /** The other proposal files, for the rules that look across files. */
  workspace?: WorkspaceKnowledge;
  /** The project rules' findings of this document's last check (the language server keeps one per open document). */
  projectFindings?: ProjectFindingsCache;
}

/**
 * Runs every enabled rule's check over a document (its draft check over an issue-form draft), drops the findings its disable comments silence,
 * then runs the late rules (unused-disable); findings are sorted by position. With `projectFindings`, the project rules' findings
 * for a project whose text and inputs did not change since the last call are taken from it, not found again.
 */
export function lint(document: ProposalDocument, options: LintOptions = {}): Finding[] {
  const { settings = {}, lines = new LineIndex(document.text), uri = '', workspace } = options;
  const directives = readDirectives(document.text, lines);
  const checks = checksOf(document, { lines, uri, directives, ...(workspace && { workspace }) }, options.projectFindings);
  const run = (rules: readonly Rule[]) => {
    const found: Finding[] = [];
    for (const rule of rules) {
      const setting = settings[rule.id];
      if (setting === 'off') continue;
      for (const report of checks.run(rule)) found.push(finding(rule, setting, report));
    }
    return found;
  };
  const findings = run(EARLY_RULES).filter((finding) => {
    const directive = silencingDirective(directives, finding.rule, finding.span.start, lines);
    if (directive) directive.used = true;
    return !directive;
  });
  findings.push(...run(LATE_RULES));
  checks.end();
  return findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

const EARLY_RULES = RULES.filter((rule) => !rule.late);
const LATE_RULES = RULES.filter((rule) => rule.late);

function finding(rule: Rule, setting: Severity | undefined, { severity, message, span, fix }: Report): Finding {
  return { rule: rule.id, severity: setting ?? severity ?? rule.severity, message, span, fixes: fix ? [fix] : [] };
}

/** What a check is given besides the document (and the place its reports go). */
type CheckInputs = Omit<RuleContext, 'document' | 'report'>;

/**
 * Runs a rule's check of the document's kind (its term-file or its draft check, if it has one)
 * and returns its reports; a project rule's run project by project, through `projectFindings`
 * when there is one.
 */
function checksOf(document: ProposalDocument, inputs: CheckInputs, projectFindings: ProjectFindingsCache | undefined): { run(rule: Rule): readonly Report[]; end(): void } {
  let reports: Report[] = [];
  const report = (found: Report) => void reports.push(found);
  switch (document.kind) {
    case 'draft': {
      const context: RuleContext<typeof document> = { ...inputs, document, report };
      return {
        run: (rule) => {
          reports = [];
          rule.checkDraft?.(context);
          return reports;
        },
        end: () => undefined,
      };
    }
    case 'term': {
      const context: RuleContext<typeof document> = { ...inputs, document, report };
      const projectChecks = projectFindings?.begin(document);
      const checkProject = (rule: Rule, index: number) => {
        reports = [];
        rule.checkProject?.(context, document.projects[index]);
        return reports;
      };
      return {
        run: (rule) => {
          if (rule.scope === 'project') {
            projectChecks?.setInputs(rule, rule.inputs(context));
            const found: Report[] = [];
            for (let index = 0; index < document.projects.length; index++) {
              found.push(...(projectChecks ? projectChecks.reports(rule, index, checkProject) : checkProject(rule, index)));
            }
            return found;
          }
          reports = [];
          rule.checkTerm?.(context);
          return reports;
        },
        end: () => projectChecks?.end(),
      };
    }
  }
}

