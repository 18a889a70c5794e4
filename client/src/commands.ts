// The commands: open the preview, check every proposal file of the workspace, regenerate the
// table of contents, write a new issue-form draft, open a draft as a prefilled GitHub issue.

import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { CheckAllRequest, DraftTemplateRequest, IssueUrlRequest, OPEN_DRAFT_COMMAND, TableOfContentsRequest } from '../../protocol/messages';
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

    vscode.commands.registerCommand('lfxProposals.newIssueFormDraft', async () => {
      const folder = vscode.window.activeTextEditor?.document.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri;
      const { snippet } = await client.sendRequest(DraftTemplateRequest, folder ? { uri: folder.toString() } : {});
      const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
      const editor = await vscode.window.showTextDocument(document);
      await editor.insertSnippet(new vscode.SnippetString(snippet));
    }),

    // Run by the "Write as an issue-form draft" code action with the draft the server wrote.
    vscode.commands.registerCommand(OPEN_DRAFT_COMMAND, async (text: string) => {
      const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
      await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside });
    }),

    vscode.commands.registerCommand('lfxProposals.openAsGitHubIssue', async (uri?: vscode.Uri) => openAsGitHubIssue(client, uri)),
  ];
}

/**
 * Opens the draft's prefilled new-issue URL, after a warning when the draft has errors. Fields
 * the URL cannot carry (too long, or checkboxes) go to the clipboard, and a message says so.
 * Returns the URL opened (for tests and scripts), or undefined when nothing was opened.
 */
async function openAsGitHubIssue(client: BaseLanguageClient, uri?: vscode.Uri): Promise<string | undefined> {
  const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!document) return undefined;
  const repository = vscode.workspace.getConfiguration('lfxProposals', document.uri).get<string>('issueForm.repository') || 'cncf/mentoring';
  const result = await client.sendRequest(IssueUrlRequest, { uri: document.uri.toString(), repository });
  if (!result) {
    void vscode.window.showInformationMessage('This is not an issue-form draft: it needs the form\'s "### <label>" sections (LFX Proposals: New Issue-Form Draft writes one).');
    return undefined;
  }
  if (result.errors > 0) {
    const open = 'Open Anyway';
    const choice = await vscode.window.showWarningMessage(
      `The draft has ${result.errors} error${result.errors === 1 ? '' : 's'} that CNCF's bot will report. Open the issue anyway?`,
      { modal: true },
      open,
    );
    if (choice !== open) return undefined;
  }
  if (result.manual.length > 0) await vscode.env.clipboard.writeText(result.manualText);
  await vscode.env.openExternal(vscode.Uri.parse(result.url, true));
  if (result.manual.length > 0) {
    const tooLong = result.manual.filter((field) => field.reason === 'too-long').map((field) => field.label);
    const boxes = result.manual.filter((field) => field.reason === 'not-prefillable').map((field) => field.label);
    const parts = [
      tooLong.length ? `${tooLong.join(', ')} ${tooLong.length === 1 ? 'was' : 'were'} too long for the URL` : '',
      boxes.length ? `GitHub does not prefill checkboxes (${boxes.join(', ')})` : '',
    ].filter(Boolean);
    void vscode.window.showInformationMessage(`${parts.join('; ')}: they are on the clipboard, paste them into the form.`);
  }
  return result.url;
}
