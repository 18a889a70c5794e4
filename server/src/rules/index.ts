// The list of rules, the one place that runs them, and the one place that builds their
// documentation links.

import { readDirectives, silencingDirective } from '../core/directives';
import type { WorkspaceKnowledge } from '../core/knowledge';
import { LineIndex } from '../core/lines';
import type { ProposalDocument } from '../core/model';
import { duplicateField } from './duplicate-field';
import { duplicateTitle } from './duplicate-title';
import { emptyField } from './empty-field';
import { emptyOrg } from './empty-org';
import { FORM_ONLY_RULES } from './form';
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
import type { Finding, Rule, Severity } from './rule';
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

export type { Finding, Fix, Rule, Severity, TextEdit } from './rule';

/** Every rule, in the order their findings are listed for one place. Ids are permanent. */
export const RULES: readonly Rule[] = [
  missingField,
  emptyField,
  unknownField,
  labelVariant,
  headingLevel,
  mentorFormat,
  mentorHandle,
  mentorEmail,
  mentorDuplicate,
  mentorCount,
  fewMentors,
  projectSize,
  primaryMentor,
  templateText,
  urlFormat,
  urlKind,
  upstreamMultiple,
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
 * The rules of an issue-form draft: the form's own, then the term rules that read only what a
 * draft shares with a term file's entry (its upstream URL, its disable comments).
 */
export const FORM_RULES: readonly Rule[] = [...FORM_ONLY_RULES, upstreamDuplicate, unusedDisable];

/**
 * One rule per id, term-file rules first: the catalogue that settings, the configuration schema
 * and the documentation list (a form rule that shares an id shares its page and setting).
 */
export const RULE_CATALOGUE: readonly Rule[] = [...RULES, ...FORM_RULES].filter(
  (rule, index, all) => all.findIndex((other) => other.id === rule.id) === index,
);

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
}

/**
 * Runs every enabled rule over a document (the form rules over an issue-form draft), drops the findings its disable comments silence,
 * then runs the late rules (unused-disable); findings are sorted by position.
 */
export function lint(document: ProposalDocument, options: LintOptions = {}): Finding[] {
  const { settings = {}, lines = new LineIndex(document.text), uri = '', workspace } = options;
  const directives = readDirectives(document.text, lines);
  const run = (rules: readonly Rule[]) => {
    const found: Finding[] = [];
    for (const rule of rules) {
      const setting = settings[rule.id];
      if (setting === 'off') continue;
      rule.check({
        document,
        lines,
        uri,
        directives,
        ...(workspace && { workspace }),
        report: ({ severity, message, span, fix }) =>
          found.push({ rule: rule.id, severity: setting ?? severity ?? rule.severity, message, span, fixes: fix ? [fix] : [] }),
      });
    }
    return found;
  };
  const rules = document.draft ? FORM_RULES : RULES;
  const findings = run(rules.filter((rule) => !rule.late)).filter((finding) => {
    const directive = silencingDirective(directives, finding.rule, finding.span.start, lines);
    if (directive) directive.used = true;
    return !directive;
  });
  findings.push(...run(rules.filter((rule) => rule.late)));
  return findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}
