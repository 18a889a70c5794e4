// Conversion from the core's offsets and findings to LSP types: the only place that knows
// about LSP positions (0-based lines, UTF-16 characters).

import type {
  CodeAction,
  CompletionItem,
  Diagnostic,
  DocumentSymbol,
  Hover,
  Range,
  SymbolInformation,
  TextEdit,
} from 'vscode-languageserver';
import {
  CodeActionKind,
  CompletionItemKind,
  DiagnosticSeverity,
  InsertTextFormat,
  MarkupKind,
  SymbolKind,
} from 'vscode-languageserver';
import type { LineIndex, Positions } from './core/lines';
import type { Span } from './core/model';
import type { Suggestion, SuggestionKind } from './features/suggestions';
import type { HoverResult } from './features/hover';
import type { OrgTree, TreeOrg, TreeProject } from './features/org-tree';
import type { OutlineNode, WorkspaceSymbol } from './features/symbols';
import { type Finding, type Fix, ruleDocsUrl, type Severity } from './rules';
import type { CheckAllSummary, DiagnosticsEvent, FileStatus, Note } from './service/proposal-service';
import type * as wire from '../../protocol/messages';

/** The `source` of every diagnostic this server publishes. */
export const DIAGNOSTIC_SOURCE = 'lfx-proposals';

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function range(lines: Positions, span: Span): Range {
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

/** A note of the service (a configuration file's problem, the size policy's message): no rule, no link. */
export function noteDiagnostic(lines: LineIndex, note: Note): Diagnostic {
  return { range: range(lines, note.span), severity: SEVERITIES[note.severity], source: DIAGNOSTIC_SOURCE, message: note.message };
}

/** The diagnostics of a file, as publishDiagnostics sends them. */
export function publishedDiagnostics(event: DiagnosticsEvent): { uri: string; version?: number; diagnostics: Diagnostic[] } {
  const diagnostics = [...event.notes.map((note) => noteDiagnostic(event.lines, note)), ...event.findings.map((finding) => diagnostic(event.lines, finding))];
  return { uri: event.uri, ...(event.version !== undefined && { version: event.version }), diagnostics };
}

/** A file's status as the wire sends it. */
export function wireFileStatus(status: FileStatus): wire.FileStatusParams {
  return { uri: status.uri, version: status.version, proposal: status.proposal, ...(status.summary && { summary: { ...status.summary, problems: { ...status.summary.problems } } }) };
}

/** What "Check All" found, as the wire sends it. */
export function wireCheckAll(summary: CheckAllSummary): wire.CheckAllResult {
  const { error, warning, information, hint } = summary.problems;
  return { files: summary.files, errors: error, warnings: warning, information, hints: hint };
}

export function textEdits(lines: LineIndex, fix: Fix): TextEdit[] {
  return fix.edits.map((edit) => ({ range: range(lines, edit.span), newText: edit.newText }));
}

/** The code action kind of "fix all" for this server, under `source.fixAll`. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.lfxProposals`;

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

const COMPLETION_KINDS: Record<SuggestionKind, CompletionItemKind> = {
  handle: CompletionItemKind.Reference,
  mentor: CompletionItemKind.Reference,
  skill: CompletionItemKind.Keyword,
  field: CompletionItemKind.Field,
  project: CompletionItemKind.Module,
  value: CompletionItemKind.EnumMember,
};

export function completionItem(lines: LineIndex, suggestion: Suggestion): CompletionItem {
  return {
    label: suggestion.label,
    kind: COMPLETION_KINDS[suggestion.kind],
    ...(suggestion.detail && { detail: suggestion.detail }),
    ...(suggestion.documentation && { documentation: { kind: MarkupKind.Markdown, value: suggestion.documentation } }),
    sortText: suggestion.sortText,
    ...(suggestion.filterText && { filterText: suggestion.filterText }),
    insertTextFormat: suggestion.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    textEdit: { range: range(lines, suggestion.replace), newText: suggestion.insertText },
  };
}

export function hoverResult(lines: LineIndex, result: HoverResult): Hover {
  return { contents: { kind: MarkupKind.Markdown, value: result.markdown }, range: range(lines, result.span) };
}

const SYMBOL_KINDS: Record<OutlineNode['kind'], SymbolKind> = {
  term: SymbolKind.File,
  section: SymbolKind.String,
  organisation: SymbolKind.Namespace,
  project: SymbolKind.Class,
};

export function documentSymbol(lines: LineIndex, node: OutlineNode): DocumentSymbol {
  return {
    name: node.name || '(untitled)',
    ...(node.detail && { detail: node.detail }),
    kind: SYMBOL_KINDS[node.kind],
    range: range(lines, node.span),
    selectionRange: range(lines, node.selectionSpan),
    children: node.children.map((child) => documentSymbol(lines, child)),
  };
}

export function symbolInformation(lines: Positions, symbol: WorkspaceSymbol): SymbolInformation {
  return {
    name: symbol.name,
    kind: SYMBOL_KINDS[symbol.kind],
    location: { uri: symbol.uri, range: range(lines, symbol.span) },
    ...(symbol.container && { containerName: symbol.container }),
  };
}

/** The preview's tree as the wire sends it: each heading's span as a line range. */
export function wireOrgTree(lines: LineIndex, tree: OrgTree): wire.OrgTree {
  const project = (card: TreeProject): wire.TreeProject => ({
    title: card.title,
    range: range(lines, card.span),
    mentors: card.mentors,
    ...(card.size && { size: card.size }),
    skills: card.skills,
    upstream: card.upstream,
    problems: card.problems,
  });
  const org = (node: TreeOrg): wire.TreeOrg => ({ name: node.name, range: range(lines, node.span), projects: node.projects.map(project), subOrgs: node.subOrgs.map(org) });
  return { term: tree.term, orgs: tree.orgs.map(org) };
}
