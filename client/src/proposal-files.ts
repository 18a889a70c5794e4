// Which open documents are proposal files, as the server decides (lfxProposals.files, or an
// issue-form draft): it says so after each check (lfxProposals/fileStatus), with the file's
// numbers for the status bar, and says when its workspace index is ready
// (lfxProposals/indexStatus). Keeps the context key `lfxProposals.isProposalFile` for the active
// editor, which enables the commands and the editor-title button.

import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { type FileStatusParams, FileStatusNotification, IndexStatusNotification, type OrgTree, OrgTreeRequest } from '../../protocol/messages';

export class ProposalFiles implements vscode.Disposable {
  private readonly activeChanged = new vscode.EventEmitter<vscode.TextEditor | undefined>();
  /** Fires when the active editor changes, or the server's verdict on it does. */
  readonly onDidChangeActive = this.activeChanged.event;
  private readonly statusChanged = new vscode.EventEmitter<FileStatusParams>();
  /** Fires after each check of an open document, with its status. */
  readonly onDidChangeStatus = this.statusChanged.event;
  private readonly statuses = new Map<string, FileStatusParams>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private activeIsProposal = false;
  private indexReady = false;
  private indexWaiters: Array<() => void> = [];

  /** Listens to the client's notifications: construct it before the client starts, so that none is missed. */
  constructor(private readonly client: BaseLanguageClient) {
    this.subscriptions.push(
      this.activeChanged,
      this.statusChanged,
      client.onNotification(FileStatusNotification, (status) => this.receive(status)),
      client.onNotification(IndexStatusNotification, ({ state }) => {
        this.indexReady = state === 'ready';
        if (!this.indexReady) return;
        for (const resolve of this.indexWaiters) resolve();
        this.indexWaiters = [];
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => void this.setActive(editor)),
      vscode.workspace.onDidCloseTextDocument((document) => this.statuses.delete(document.uri.toString())),
    );
    void this.setActive(vscode.window.activeTextEditor);
  }

  /** The org tree of a document, or undefined when it is not a proposal file. */
  async orgTree(document: vscode.TextDocument): Promise<OrgTree | undefined> {
    if (document.languageId !== 'markdown') return undefined;
    const tree = await this.client.sendRequest(OrgTreeRequest, { uri: document.uri.toString() });
    return tree ?? undefined;
  }

  /** What the server said of a document after its last check; undefined before its first. */
  status(document: vscode.TextDocument): FileStatusParams | undefined {
    return this.statuses.get(document.uri.toString());
  }

  /** True when the active editor shows a proposal file. */
  get isActiveProposal(): boolean {
    return this.activeIsProposal;
  }

  /** Resolves once the server's workspace index is ready (at once when it is and no re-index runs). */
  whenIndexed(): Promise<void> {
    return this.indexReady ? Promise.resolve() : new Promise((resolve) => this.indexWaiters.push(resolve));
  }

  private receive(status: FileStatusParams): void {
    const before = this.statuses.get(status.uri)?.proposal;
    this.statuses.set(status.uri, status);
    this.statusChanged.fire(status);
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.uri.toString() === status.uri && before !== status.proposal) void this.setActive(editor);
  }

  private async setActive(editor: vscode.TextEditor | undefined): Promise<void> {
    // Until the server has checked it (the first time after opening), a document is not a proposal file.
    const isProposal = Boolean(editor && editor.document.languageId === 'markdown' && this.status(editor.document)?.proposal);
    this.activeIsProposal = isProposal;
    await vscode.commands.executeCommand('setContext', 'lfxProposals.isProposalFile', isProposal);
    if (editor !== vscode.window.activeTextEditor) return;
    this.activeChanged.fire(editor);
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
