// Which open documents are proposal files, as the server decides (lfxProposals.files): the
// org tree answers null for other files. Keeps the context key `lfxProposals.isProposalFile`
// for the active editor, which enables the commands and the editor-title button.

import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { type OrgTree, OrgTreeRequest } from '../../protocol/messages';

export class ProposalFiles implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.TextEditor | undefined>();
  /** Fires when the active editor changes, once it is known whether it is a proposal file. */
  readonly onDidChangeActive = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  private activeIsProposal = false;

  constructor(private readonly client: BaseLanguageClient) {
    this.subscriptions.push(
      this.changed,
      vscode.window.onDidChangeActiveTextEditor((editor) => void this.refresh(editor)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('lfxProposals.files')) void this.refresh(vscode.window.activeTextEditor);
      }),
    );
    void this.refresh(vscode.window.activeTextEditor);
  }

  /** The org tree of a document, or undefined when it is not a proposal file. */
  async orgTree(document: vscode.TextDocument): Promise<OrgTree | undefined> {
    if (document.languageId !== 'markdown') return undefined;
    const tree = await this.client.sendRequest(OrgTreeRequest, { uri: document.uri.toString() });
    return tree ?? undefined;
  }

  /** True when the active editor shows a proposal file. */
  get isActiveProposal(): boolean {
    return this.activeIsProposal;
  }

  private async refresh(editor: vscode.TextEditor | undefined): Promise<void> {
    let isProposal = false;
    if (editor) {
      // The server answers once it has validated the file (the first time after opening).
      for (let attempt = 0; attempt < 20 && !isProposal; attempt++) {
        isProposal = Boolean(await this.orgTree(editor.document).catch(() => undefined));
        if (!isProposal && editor.document.languageId === 'markdown') await new Promise((resolve) => setTimeout(resolve, 100));
        else break;
      }
    }
    if (editor !== vscode.window.activeTextEditor) return;
    this.activeIsProposal = isProposal;
    await vscode.commands.executeCommand('setContext', 'lfxProposals.isProposalFile', isProposal);
    this.changed.fire(editor);
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
