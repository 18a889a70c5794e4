// Conversion from the core's offsets and findings to LSP types: the only place that knows
// about LSP positions (0-based lines, UTF-16 characters).

import type { CodeAction, Diagnostic, Range, TextEdit } from 'vscode-languageserver';
import { CodeActionKind, DiagnosticSeverity } from 'vscode-languageserver';
import type { LineIndex } from './core/lines';
import type { Span } from './core/model';
import { type Finding, type Fix, ruleDocsUrl, type Severity } from './rules';

/** The `source` of every diagnostic this server publishes. */
export const DIAGNOSTIC_SOURCE = 'lfx-proposals';

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function range(lines: LineIndex, span: Span): Range {
  return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
}

export function diagnostic(lines: LineIndex, finding: Finding): Diagnostic {
  return {
    range: range(lines, finding.span),
    severity: SEVERITIES[finding.severity],
    source: DIAGNOSTIC_SOURCE,
    code: finding.rule,
    codeDescription: { href: ruleDocsUrl(finding.rule) },
    message: finding.message,
  };
}

export function textEdits(lines: LineIndex, fix: Fix): TextEdit[] {
  return fix.edits.map((edit) => ({ range: range(lines, edit.span), newText: edit.newText }));
}

/** A quick fix for one finding, tied to its diagnostic. */
export function quickFix(uri: string, lines: LineIndex, finding: Finding, fix: Fix, preferred: boolean): CodeAction {
  return {
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic(lines, finding)],
    isPreferred: preferred,
    edit: { changes: { [uri]: textEdits(lines, fix) } },
  };
}
