// The commands: open the preview, check every proposal file of the workspace, regenerate the
// table of contents.

import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { CheckAllRequest, TableOfContentsRequest } from '../../server/src/protocol';
import type { PreviewPanel } from './preview/preview-panel';
import type { ProposalFiles } from './proposal-files';

export function registerCommands(client: BaseLanguageClient, preview: PreviewPanel, proposalFiles: ProposalFiles): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('lfxProposals.openPreviewToSide', async (uri?: vscode.Uri) => {
      const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!document || !(await proposalFiles.orgTree(document))) {
        void vscode.window.showInformationMessage('The preview shows LFX proposal files (see the setting "lfxProposals.files").');
        return;
      }
      await preview.show(document);
    }),

    vscode.commands.registerCommand('lfxProposals.checkAllFiles', () =>
      vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'LFX Proposals: checking all proposal files', cancellable: true },
        async (_progress, token) => {
          const result = await client.sendRequest(CheckAllRequest, {}, token);
          const message = `Checked ${result.files} proposal file${result.files === 1 ? '' : 's'}: ${result.errors} errors, ${result.warnings} warnings, ${result.information} information.`;
          void vscode.window.showInformationMessage(message, 'Open Problems').then((choice) => {
            if (choice) void vscode.commands.executeCommand('workbench.actions.view.problems');
          });
        },
      ),
    ),

    vscode.commands.registerCommand('lfxProposals.regenerateToc', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      const edit = await client.sendRequest(TableOfContentsRequest, { uri: editor.document.uri.toString() });
      if (!edit) {
        void vscode.window.showInformationMessage('This file has no table of contents to regenerate.');
        return;
      }
      const range = client.protocol2CodeConverter.asRange(edit.range);
      await editor.edit((builder) => builder.replace(range, edit.newText));
    }),
  ];
}
