// The code actions of a range, in LSP's terms: the quick fixes of the findings it touches (with
// "ignore this" comments), "Write … as an issue-form draft" on a term entry, and "fix all safe
// problems" (source.fixAll). The fixes are the rules' data; this only places and labels them.

import { type CodeAction, CodeActionKind, type CodeActionParams } from 'vscode-languageserver';
import { OPEN_DRAFT_COMMAND } from '../../protocol/messages';
import { projectAsDraft } from './features/convert';
import { safeFixEdits } from './features/fix-all';
import { ignoreFix } from './features/ignore';
import { projectAt } from './features/locate';
import type { Analysis, ProposalService } from './service/proposal-service';
import { FIX_ALL_KIND, quickFix, range } from './toLsp';

/** The code actions of `params.range` of an analysed document, of the kinds `params.context.only` asks for. */
export function codeActions(service: ProposalService, analysis: Analysis, params: CodeActionParams): CodeAction[] {
  const { uri } = params.textDocument;
  const { document, lines } = analysis;
  const findings = service.findings(uri, analysis);
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    for (const finding of findings) {
      if (!overlaps(range(lines, finding.span), params.range)) continue;
      finding.fixes.forEach((fix, index) => actions.push(quickFix(uri, lines, finding, fix, index === 0 && fix.safe)));
      const ignore = ignoreFix(document.text, lines, finding);
      if (ignore) actions.push(quickFix(uri, lines, finding, ignore, false));
    }
  }
  const project = document.kind === 'draft' ? undefined : projectAt(document, lines.offsetAt(params.range.start));
  if (project && wants(CodeActionKind.RefactorRewrite)) {
    const text = projectAsDraft(document, project, service.formFor(uri), service.workspace);
    actions.push({
      title: `Write "${project.title}" as an issue-form draft`,
      kind: CodeActionKind.RefactorRewrite,
      command: { title: 'Open the issue-form draft', command: OPEN_DRAFT_COMMAND, arguments: [text] },
    });
  }
  if (wants(FIX_ALL_KIND)) {
    const edits = safeFixEdits(findings, document);
    if (edits.length > 0) {
      actions.push({
        title: 'Fix all safe LFX proposal problems',
        kind: FIX_ALL_KIND,
        edit: { changes: { [uri]: edits.map((edit) => ({ range: range(lines, edit.span), newText: edit.newText })) } },
      });
    }
  }
  return actions;
}

type Position = { line: number; character: number };

function overlaps(a: { start: Position; end: Position }, b: { start: Position; end: Position }): boolean {
  return !(before(a.end, b.start) || before(b.end, a.start));
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}
