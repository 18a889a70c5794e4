// The preview panel: a webview beside the editor showing the organisation tree of the active
// proposal file, asked from the server (lfxProposals/orgTree) and asked again after each check
// of the document while it is typed in (lfxProposals/fileStatus, through ProposalFiles).
// Security: a strict Content-Security-Policy (nothing but this extension's script and style,
// by nonce), document text sent as data and rendered as text by media/preview.js, links opened
// only for http(s) and only through this extension, nothing fetched from the network.

import * as vscode from 'vscode';
import type { OrgTree } from '../../../protocol/messages';
import type { ProposalFiles } from '../proposal-files';

/** Messages from the webview. */
type FromWebview =
  | { type: 'ready' }
  | { type: 'reveal'; line: number }
  | { type: 'open'; url: string };

export class PreviewPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;
  private pending: ReturnType<typeof setTimeout> | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly proposalFiles: ProposalFiles,
  ) {
    this.subscriptions.push(
      proposalFiles.onDidChangeActive((editor) => {
        // Follow the active editor when it shows another proposal file.
        if (this.panel && editor && proposalFiles.isActiveProposal && editor.document !== this.document) {
          this.document = editor.document;
          this.schedule(0);
        }
      }),
      // The server checks an edited document once typing pauses (lfxProposals.validation.delayMs):
      // the tree of the version it checked is ready then, with its problem counts.
      proposalFiles.onDidChangeStatus((status) => {
        if (this.panel && status.uri === this.document?.uri.toString() && status.version === this.document.version) this.schedule(0);
      }),
    );
  }

  /** Opens (or reveals) the preview beside the editor for `document`. */
  async show(document: vscode.TextDocument): Promise<void> {
    this.document = document;
    if (this.panel) {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
    } else {
      this.panel = this.createPanel();
    }
    this.schedule(0);
  }

  private createPanel(): vscode.WebviewPanel {
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    const panel = vscode.window.createWebviewPanel(
      'lfxProposals.preview',
      'LFX Proposals Preview',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, localResourceRoots: [media], retainContextWhenHidden: false, enableFindWidget: true },
    );
    panel.webview.html = this.html(panel.webview, media);
    panel.webview.onDidReceiveMessage((message: FromWebview) => void this.receive(message), undefined, this.subscriptions);
    panel.onDidDispose(() => {
      this.panel = undefined;
      clearTimeout(this.pending);
    });
    return panel;
  }

  private html(webview: vscode.Webview, media: vscode.Uri): string {
    // Web Crypto: the same in Node and in a browser worker.
    const nonce = Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
    const script = webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.js'));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.css'));
    const csp = [
      "default-src 'none'",
      `style-src ${webview.cspSource} 'nonce-${nonce}'`,
      `script-src 'nonce-${nonce}'`,
      `font-src ${webview.cspSource}`,
      "img-src 'none'",
      "connect-src 'none'",
      "form-action 'none'",
      "base-uri 'none'",
    ].join('; ');
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link nonce="${nonce}" rel="stylesheet" href="${style}">
<title>LFX Proposals Preview</title>
</head>
<body>
<header class="toolbar">
  <h1 id="term">LFX Proposals</h1>
  <input id="filter" type="search" placeholder="Filter: text, skill:go, mentor:@handle" aria-label="Filter projects">
  <span id="count" aria-live="polite"></span>
</header>
<main id="tree" aria-label="Organisations and projects"></main>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
  }

  private schedule(delay: number): void {
    clearTimeout(this.pending);
    this.pending = setTimeout(() => void this.update(), delay);
  }

  private async update(): Promise<void> {
    const { panel, document } = this;
    if (!panel || !document) return;
    const version = document.version;
    const tree: OrgTree | undefined = await this.proposalFiles.orgTree(document).catch(() => undefined);
    // A newer edit or another document makes this answer stale: its own update follows.
    if (this.document !== document || document.version !== version || !this.panel) return;
    panel.title = `Preview: ${vscode.workspace.asRelativePath(document.uri)}`;
    void panel.webview.postMessage({ type: 'tree', tree: tree ?? null });
  }

  private async receive(message: FromWebview): Promise<void> {
    if (message.type === 'ready') {
      this.schedule(0);
    } else if (message.type === 'reveal' && this.document && Number.isInteger(message.line)) {
      const position = new vscode.Position(message.line, 0);
      const editor = await vscode.window.showTextDocument(this.document, { viewColumn: vscode.ViewColumn.One, preserveFocus: false, selection: new vscode.Range(position, position) });
      editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
    } else if (message.type === 'open' && typeof message.url === 'string' && /^https?:\/\//i.test(message.url)) {
      // Only web links, and only through VS Code's own opener (which asks before opening).
      await vscode.env.openExternal(vscode.Uri.parse(message.url, true));
    }
  }

  dispose(): void {
    clearTimeout(this.pending);
    this.panel?.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
