/// <reference types="mocha" />
// Issue-form drafts in the real VS Code: a new draft from the command gets the bot's findings
// as it is edited, completes whole mentor lines from the workspace's term files, a term entry
// converts into a draft in a new editor, and "Open as GitHub Issue" opens the prefilled URL
// whose query round-trips to the draft's fields.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { corpusUri, createDocument, describeDiagnostics, indexReady, retry, ruleOf, waitFor, waitForDiagnostics, workspaceUri } from '../util';

const labelOf = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);

/** Waits until an editor other than `except` is active, and resolves with it. */
function nextEditor(except?: vscode.TextEditor): Promise<vscode.TextEditor> {
  return waitFor(
    vscode.window.onDidChangeActiveTextEditor,
    () => (vscode.window.activeTextEditor && vscode.window.activeTextEditor !== except ? vscode.window.activeTextEditor : undefined),
    'a new active editor',
    20_000,
  );
}

suite('Issue-form drafts', () => {
  let draft: vscode.TextEditor;

  suiteSetup(async () => {
    // Opening a term file starts the extension and lets the server index the workspace.
    const term = corpusUri('2025_03-Sep-Nov_README.md');
    const ready = waitForDiagnostics(term);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(term));
    await ready;
  });

  test('New Issue-Form Draft: every section in order, checked as it is edited', async () => {
    const opened = nextEditor(vscode.window.activeTextEditor);
    await vscode.commands.executeCommand('lfxProposals.newIssueFormDraft');
    draft = await opened;
    assert.equal(draft.document.uri.scheme, 'untitled');
    const text = draft.document.getText();
    assert.deepEqual(
      [...text.matchAll(/^### (.*)$/gm)].slice(0, 4).map((match) => match[1]),
      ['CNCF Project', 'Term', 'Program Name', 'Program Description'],
    );
    // The CNCF project is a placeholder to replace: form-option says so.
    const first = await waitForDiagnostics(draft.document.uri, (all) => all.some((d) => ruleOf(d) === 'form-option'));
    const option = first.find((d) => ruleOf(d) === 'form-option')!;
    assert.equal(draft.document.getText(option.range), 'CNCF Project: one of the form\'s options');
    await draft.edit((builder) => builder.replace(option.range, 'Apicurio Registry'));
    const after = await waitForDiagnostics(draft.document.uri, (all) => !all.some((d) => ruleOf(d) === 'form-option'), 'form-option to go');
    assert.ok(after.every((d) => ruleOf(d) !== 'form-option'), describeDiagnostics(after));
  });

  test('in Mentors: whole lines of mentors the workspace knows, "Name | @handle | email | "', async () => {
    const document = draft.document;
    const line = document.getText().split('\n').findIndex((text) => text.startsWith('Full Name | @github-handle'));
    assert.ok(line > 0, 'the snippet wrote a mentor line');
    const broken = waitForDiagnostics(document.uri, (all) => all.some((d) => d.range.start.line === line && ruleOf(d) === 'mentor-format'), 'mentor-format on the line "Jonah"');
    await draft.edit((builder) => builder.replace(document.lineAt(line).range, 'Jonah'));
    // A name alone is not a mentor line: the draft is checked as it is typed.
    await broken;
    const position = new vscode.Position(line, 5);
    await indexReady();
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
    const item = list.items.find((candidate) => labelOf(candidate).startsWith('Jonah Kowall'));
    assert.ok(item, `the mentor line of Jonah Kowall (2025 Sep-Nov) among ${list.items.length} items: ${list.items.slice(0, 15).map(labelOf).join(' | ')}`);
    const insert = typeof item.insertText === 'string' ? item.insertText : item.insertText?.value;
    assert.equal(insert, 'Jonah Kowall | @jkowall | jkowall@kowall.net | ');
    await draft.edit((builder) => builder.replace(document.lineAt(line).range, `${insert}jkowall`));
    await waitForDiagnostics(document.uri, (all) => !all.some((d) => d.range.start.line === line), 'no finding left on the completed mentor line');
    assert.equal(document.lineAt(line).text, 'Jonah Kowall | @jkowall | jkowall@kowall.net | jkowall');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('a term entry converts into a draft in a new editor', async () => {
    const uri = corpusUri('2025_03-Sep-Nov_README.md');
    const document = await vscode.workspace.openTextDocument(uri);
    const termEditor = await vscode.window.showTextDocument(document);
    const position = document.positionAt(document.getText().indexOf('Jonah Kowall'));
    const action = await retry(
      () =>
        vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
          'vscode.executeCodeActionProvider',
          uri,
          new vscode.Range(position, position),
          vscode.CodeActionKind.RefactorRewrite.value,
        ),
      (actions) => actions?.find((candidate): candidate is vscode.CodeAction => 'kind' in candidate && /as an issue-form draft$/.test(candidate.title)),
      'the "Write … as an issue-form draft" action',
    );
    assert.match(action.title, /^Write "Next-Generation Jaeger Demo/);
    const opened = nextEditor(termEditor);
    await vscode.commands.executeCommand(action.command!.command, ...(action.command!.arguments ?? []));
    const converted = await opened;
    const text = converted.document.getText();
    assert.match(text, /### CNCF Project\n\nJaeger\n/);
    assert.match(text, /### Mentors\n\nJonah Kowall \| @jkowall \| jkowall@kowall\.net \|\nYuri Shkuro \| @yurishkuro \| github@ysh\.us \|\n/);
    // The LFIDs are the author's to add: the draft says so.
    const diagnostics = await waitForDiagnostics(converted.document.uri, (all) => all.some((d) => ruleOf(d) === 'mentor-lfid'));
    assert.equal(diagnostics.filter((d) => ruleOf(d) === 'mentor-lfid').length, 2, describeDiagnostics(diagnostics));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('Open as GitHub Issue: the prefilled URL round-trips to the fields; what it cannot carry goes to the clipboard', async () => {
    const uri = workspaceUri('drafts/apicurio-mcp-tools.proposal.md');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    // No wait for diagnostics: the server checks the draft when asked for its URL (errors → a warning first).
    const url = await vscode.commands.executeCommand<string | undefined>('lfxProposals.openAsGitHubIssue', uri);
    assert.ok(url, 'the command opened a URL');
    const query = new URL(url).searchParams;
    assert.equal(query.get('template'), 'lfx-program-proposal.yml');
    assert.equal(query.get('title'), '[CNCF LFX Proposal] Apicurio Registry MCP Tool Validation and Compatibility Checking');
    const text = document.getText();
    const section = (label: string) => new RegExp(`### ${label}\\n\\n([^]*?)\\n\\n###`).exec(text)![1];
    for (const [id, label] of [['program_name', 'Program Name'], ['technologies', 'Technologies'], ['mentors', 'Mentors'], ['upstream_issue_url', 'Upstream Issue URL'], ['program_description', 'Program Description']]) {
      assert.equal(query.get(id), section(label), id);
    }
    const clipboard = await vscode.env.clipboard.readText();
    assert.match(clipboard, /^### Skills same as Technologies\?\n\n- \[X\] Yes, the required skills/);
  });

  test('Open as GitHub Issue: a draft with errors asks first; Cancel opens nothing, "Open Anyway" opens the URL', async () => {
    const fixture = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri('drafts/apicurio-mcp-tools.proposal.md')));
    // A broken email on the first mentor line: one error (mentor-email).
    const broken = fixture.replace(/^([^|\n]+\|[^|\n]+\| *)[^|\s]+@[^|\s]+/m, '$1not-an-email');
    assert.notEqual(broken, fixture, 'the fixture has a mentor line with an email');
    const document = await createDocument('drafts/broken.proposal.md', broken);
    const checked = waitForDiagnostics(document.uri, (all) => all.some((d) => ruleOf(d) === 'mentor-email'), 'mentor-email on the broken email');
    await vscode.window.showTextDocument(document);
    await checked;
    const window = vscode.window as unknown as { showWarningMessage: (...args: unknown[]) => Thenable<unknown> };
    const original = window.showWarningMessage;
    const asked: string[] = [];
    try {
      for (const [answer, opens] of [[undefined, false], ['Open Anyway', true]] as const) {
        window.showWarningMessage = async (message: unknown, options: unknown) => {
          asked.push(`${String(message)} modal=${(options as vscode.MessageOptions)?.modal === true}`);
          return answer;
        };
        const url = await vscode.commands.executeCommand<string | undefined>('lfxProposals.openAsGitHubIssue', document.uri);
        assert.equal(Boolean(url), opens, `answer ${answer ?? 'Cancel'}`);
      }
    } finally {
      window.showWarningMessage = original;
    }
    assert.equal(asked.length, 2, asked.join('\n'));
    assert.match(asked[0], /^The draft has 1 error that CNCF's bot will report\. Open the issue anyway\? modal=true$/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('Open as GitHub Issue: a draft too long for one URL opens with the short fields, the long one on the clipboard', async () => {
    const fixture = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri('drafts/apicurio-mcp-tools.proposal.md')));
    // Within LFX's 3000 characters, but each CJK character takes 9 in a URL (%E6%A8%A1): over GitHub's limit.
    const filler = '模式验证与兼容性检查。'.repeat(150);
    const long = fixture.replace('## Expected outcomes', `${filler}\n\n## Expected outcomes`).replace('MCP Tool Validation and Compatibility Checking', 'MCP Tool Validation at Length');
    const document = await createDocument('drafts/long.proposal.md', long);
    await vscode.window.showTextDocument(document);
    // Checked once it is told that the saved draft has the same upstream issue; no error besides.
    const diagnostics = await waitForDiagnostics(document.uri, (all) => all.some((d) => ruleOf(d) === 'upstream-duplicate'));
    const errors = diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
    assert.deepEqual(errors, [], describeDiagnostics(errors));
    const url = await vscode.commands.executeCommand<string | undefined>('lfxProposals.openAsGitHubIssue', document.uri);
    assert.ok(url && url.length <= 7000, `a URL under 7000 characters (${url?.length})`);
    const query = new URL(url).searchParams;
    assert.equal(query.get('program_name'), 'MCP Tool Validation at Length');
    assert.equal(query.get('program_description'), null, 'the description is left out of the URL');
    const clipboard = await vscode.env.clipboard.readText();
    const description = /### Program Description\n\n([^]*?)\n\n### Technologies/.exec(long)![1];
    assert.ok(clipboard.includes(`### Program Description\n\n${description}\n`), 'the whole description is on the clipboard');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
