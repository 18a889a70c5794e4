// The status-bar item on proposal files: "LFX: 34 projects, 2 errors"; a click opens the
// Problems view. Its numbers come with the server's status of each check (proposal-files.ts).

import * as vscode from 'vscode';
import type { ProposalFiles } from './proposal-files';

export function registerStatusBar(proposalFiles: ProposalFiles): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('lfxProposals.status', vscode.StatusBarAlignment.Left, 50);
  item.name = 'LFX Mentorship Proposals';
  item.command = 'workbench.actions.view.problems';

  const update = () => {
    const editor = vscode.window.activeTextEditor;
    const summary = editor && proposalFiles.isActiveProposal ? proposalFiles.status(editor.document)?.summary : undefined;
    if (!summary) {
      item.hide();
      return;
    }
    const { projects, organisations, term, problems } = summary;
    item.text = `$(checklist) LFX: ${projects} project${projects === 1 ? '' : 's'}, ${problems.error} error${problems.error === 1 ? '' : 's'}`;
    item.tooltip = `${term || 'Proposal file'}: ${projects} projects in ${organisations} organisations; ${problems.error} errors, ${problems.warning} warnings. Click to open the Problems view.`;
    item.show();
  };

  const subscriptions = [
    item,
    proposalFiles.onDidChangeActive(update),
    proposalFiles.onDidChangeStatus((status) => {
      if (status.uri === vscode.window.activeTextEditor?.document.uri.toString()) update();
    }),
  ];
  update();
  return vscode.Disposable.from(...subscriptions);
}
