// The list of rules, the one place that runs them, and the one place that builds their
// documentation links.

import { LineIndex } from '../core/lines';
import type { ProposalDocument } from '../core/model';
import { emptyField } from './empty-field';
import { headingLevel } from './heading-level';
import { labelVariant } from './label-variant';
import { missingField } from './missing-field';
import type { Finding, Rule, Severity } from './rule';
import { unknownField } from './unknown-field';

export type { Finding, Fix, Rule, Severity, TextEdit } from './rule';

/** Every rule, in the order their findings are listed for one place. Ids are permanent. */
export const RULES: readonly Rule[] = [missingField, emptyField, unknownField, labelVariant, headingLevel];

/** Where the documentation pages live; each rule's page is `<id>.md` below it. */
export const DOCS_BASE = 'https://github.com/lfx-proposals/vscode-lfx-proposals/blob/main/docs/rules/';

/** The documentation page of a rule. */
export function ruleDocsUrl(id: string): string {
  return `${DOCS_BASE}${id}.md`;
}

/** Per-rule severity overrides, as in `lfxProposals.rules`: `{ "few-mentors": "off" }`. */
export type RuleSettings = Record<string, Severity | 'off'>;

/** Runs every enabled rule over a document; findings are sorted by position. Never throws. */
export function lint(document: ProposalDocument, settings: RuleSettings = {}, lines = new LineIndex(document.text)): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const severity = settings[rule.id] ?? rule.severity;
    if (severity === 'off') continue;
    rule.check({
      document,
      lines,
      report: ({ message, span, fix }) =>
        findings.push({ rule: rule.id, severity, message, span, fixes: fix ? [fix] : [] }),
    });
  }
  return findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}
