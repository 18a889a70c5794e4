// The status-bar item on proposal files: "LFX: 34 projects, 2 errors"; a click opens the
// Problems view.

import * as vscode from 'vscode';
import type { ProposalFiles } from './proposal-files';

export function registerStatusBar(proposalFiles: ProposalFiles): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('lfxProposals.status', vscode.StatusBarAlignment.Left, 50);
  item.name = 'LFX Mentorship Proposals';
  item.command = 'workbench.actions.view.problems';

  const update = async () => {
    const editor = vscode.window.activeTextEditor;
    const tree = editor && proposalFiles.isActiveProposal ? await proposalFiles.orgTree(editor.document).catch(() => undefined) : undefined;
    if (!editor || !tree) {
      item.hide();
      return;
    }
    const projects = tree.orgs.reduce((total, org) => total + org.projects.length + org.subOrgs.reduce((sum, sub) => sum + sub.projects.length, 0), 0);
    const diagnostics = vscode.languages.getDiagnostics(editor.document.uri).filter((diagnostic) => diagnostic.source === 'lfx-proposals');
    const errors = diagnostics.filter((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Error).length;
    const warnings = diagnostics.filter((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Warning).length;
    item.text = `$(checklist) LFX: ${projects} project${projects === 1 ? '' : 's'}, ${errors} error${errors === 1 ? '' : 's'}`;
    item.tooltip = `${tree.term || 'Proposal file'}: ${projects} projects in ${tree.orgs.length} organisations; ${errors} errors, ${warnings} warnings. Click to open the Problems view.`;
    item.show();
  };

  const subscriptions = [
    item,
    proposalFiles.onDidChangeActive(() => void update()),
    vscode.languages.onDidChangeDiagnostics((event) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (event.uris.some((uri) => uri.toString() === active)) void update();
    }),
  ];
  void update();
  return vscode.Disposable.from(...subscriptions);
}
