// Issue-form drafts through the bundled server over stdio, in a workspace with a term file and
// its own copy of the form: an untitled draft checked as typed by the workspace's form,
// mentor lines completed from the term file, the issue URL request, the "write as a draft"
// code action on a term entry, and a broken form shown on the YAML file.

import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import {
  CodeActionKind,
  CodeActionRequest,
  type CompletionItem,
  CompletionRequest,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidOpenTextDocumentNotification,
  type DocumentSymbol,
  DocumentSymbolRequest,
  FileChangeType,
} from 'vscode-languageserver-protocol/node';
import { LineIndex } from '../../server/src/core/lines';
import { parseProposal } from '../../server/src/core/parse';
import { IssueUrlRequest, OPEN_DRAFT_COMMAND, OrgTreeRequest } from '../../protocol/messages';
import { type ServerSession, startServer } from '../helpers/lsp';
import { readFixture, REPO_ROOT, temporaryTree } from '../helpers/paths';
import { asDraft } from '../helpers/documents';

const FORM = readFileSync(join(REPO_ROOT, 'server', 'data', 'lfx-program-proposal.yml'), 'utf8');
const DRAFT = readFixture('drafts', 'apicurio-mcp-tools.proposal.md');
const TERM = readFixture('corpus', '2025_03-Sep-Nov_README.md');
const FORM_PATH = '.github/ISSUE_TEMPLATE/lfx-program-proposal.yml';

let root: string;
let server: ServerSession;

before(async () => {
  root = temporaryTree({
    [FORM_PATH]: FORM.replace('- "2026 Term 3 (Sep-Nov)"', '- "2027 Term 1 (Mar-May)"'),
    'programs/lfx-mentorship/2025/03-Sep-Nov/README.md': TERM,
    'drafts/apicurio.proposal.md': DRAFT.replace('2026 Term 3 (Sep-Nov)', '2027 Term 1 (Mar-May)'),
  });
  server = await startServer(root);
  await server.indexed;
});
after(async () => {
  await server.stop();
  assert.equal(server.process.exitCode, 0, server.stderr());
});

function openUntitled(name: string, text: string): string {
  const uri = `untitled:${name}`;
  void server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  return uri;
}

async function completions(uri: string, text: string, offset: number): Promise<CompletionItem[]> {
  const result = await server.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: new LineIndex(text).positionAt(offset) });
  return Array.isArray(result) ? result : (result?.items ?? []);
}

test('an untitled draft is checked by the workspace form as it is typed, with exact ranges', async () => {
  const text = DRAFT.replace('2026 Term 3 (Sep-Nov)', '2027 Term 1 (Mar-May)').replace('| @carlesarnal |', '| carlesarnal |');
  const uri = openUntitled('Untitled-1', text);
  const diagnostics = await server.diagnostics(uri);
  const lines = new LineIndex(text);
  const upstream = text.indexOf('https://github.com/Apicurio/apicurio-registry/issues/8427');
  assert.deepEqual(
    diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.start, diagnostic.range.end]),
    [
      ['mentor-handle', lines.positionAt(text.indexOf('carlesarnal |')), lines.positionAt(text.indexOf('carlesarnal |') + 11)],
      // The same upstream issue as the workspace's saved draft of this proposal.
      ['upstream-duplicate', lines.positionAt(upstream), lines.positionAt(upstream + 57)],
    ],
  );
  assert.match(String(diagnostics[1].message), /uses the upstream issue of "MCP Tool Validation and Compatibility Checking" \(2027 Term 1 \(Mar-May\), Apicurio Registry\) in .*drafts\/apicurio\.proposal\.md\./);
  // The bundled form's term is none of this workspace's options.
  const edited = text.replace('2027 Term 1 (Mar-May)', '2026 Term 3 (Sep-Nov)');
  const start = lines.positionAt(text.indexOf('2027 Term 1'));
  void server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start, end: { line: start.line, character: start.character + '2027 Term 1 (Mar-May)'.length } }, text: '2026 Term 3 (Sep-Nov)' }],
  });
  const after = await server.diagnostics(uri, 2);
  assert.deepEqual(after.map((diagnostic) => diagnostic.code), ['form-option', 'mentor-handle', 'upstream-duplicate']);
  assert.match(String(after[0].message), /"2026 Term 3 \(Sep-Nov\)" is not an option of "Term"; the closest is "2027 Term 1 \(Mar-May\)"/);
  assert.equal(edited.length, text.length);
});

test('in Mentors: whole lines "Name | @handle | email | " of mentors from the term file, the LFID left empty', async () => {
  const text = DRAFT.replace('Carles Arnal | @carlesarnal | carnalca@ibm.com | carlesarnal', 'Jonah');
  const uri = openUntitled('Untitled-2', text);
  await server.diagnostics(uri);
  const items = await completions(uri, text, text.indexOf('Jonah') + 5);
  const jonah = items.find((item) => item.label.startsWith('Jonah Kowall'));
  assert.equal(jonah?.textEdit && 'newText' in jonah.textEdit ? jonah.textEdit.newText : undefined, 'Jonah Kowall | @jkowall | jkowall@kowall.net | ');
  // Term options come from the workspace's form.
  const terms = await completions(uri, text, text.indexOf('2026 Term 3') + 4);
  assert.deepEqual(terms.map((item) => item.label), ['2027 Term 1 (Mar-May)']);
});

test('lfxProposals/issueUrl: the prefilled URL with error and warning counts; null for a term file', async () => {
  const uri = openUntitled('Untitled-3', DRAFT.replace('2026 Term 3 (Sep-Nov)', '2027 Term 1 (Mar-May)'));
  await server.diagnostics(uri);
  const result = await server.connection.sendRequest(IssueUrlRequest, { uri, repository: 'cncf/mentoring' });
  assert.ok(result);
  assert.equal(result.errors, 0);
  const query = new URL(result.url).searchParams;
  assert.equal(query.get('term'), '2027 Term 1 (Mar-May)');
  assert.equal(query.get('upstream_issue_url'), 'https://github.com/Apicurio/apicurio-registry/issues/8427');
  assert.match(result.manualText, /^### Skills same as Technologies\?\n\n- \[X\] Yes/);
  const termUri = server.open(join(root, 'programs/lfx-mentorship/2025/03-Sep-Nov/README.md'), TERM);
  await server.diagnostics(termUri);
  assert.equal(await server.connection.sendRequest(IssueUrlRequest, { uri: termUri, repository: 'cncf/mentoring' }), null);
});

test('lfxProposals/issueUrl right after opening a draft, before its first check, answers with the URL (not "no draft")', async () => {
  const uri = openUntitled('Untitled-9', DRAFT.replace('MCP Tool Validation', 'Asked at Once'));
  // Sent with no wait: the server's first check waits for the client's settings.
  const result = await server.connection.sendRequest(IssueUrlRequest, { uri, repository: 'cncf/mentoring' });
  assert.ok(result, 'the draft is known before its diagnostics');
  assert.match(new URL(result.url).searchParams.get('program_name') ?? '', /^Asked at Once/);
  await server.diagnostics(uri);
});

test('a term entry offers "Write … as an issue-form draft", whose text is a draft of that entry', async () => {
  const termUri = pathToFileURL(join(root, 'programs/lfx-mentorship/2025/03-Sep-Nov/README.md')).toString();
  const lines = new LineIndex(TERM);
  const position = lines.positionAt(TERM.indexOf('Jonah Kowall'));
  const actions = await server.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri: termUri },
    range: { start: position, end: position },
    context: { diagnostics: [], only: [CodeActionKind.RefactorRewrite] },
  });
  const action = (actions ?? []).find((candidate) => 'kind' in candidate && candidate.kind === CodeActionKind.RefactorRewrite);
  assert.ok(action && 'command' in action && action.command);
  const command = typeof action.command === 'string' ? undefined : action.command;
  assert.equal(command?.command, OPEN_DRAFT_COMMAND);
  assert.match(action.title, /^Write "Next-Generation Jaeger Demo .*" as an issue-form draft$/);
  const draft = parseProposal(command!.arguments![0] as string);
  assert.equal(asDraft(draft).draft.mentorLines.map((line) => line.text).join('\n'), 'Jonah Kowall | @jkowall | jkowall@kowall.net |\nYuri Shkuro | @yurishkuro | github@ysh.us |');
});

test('a form file that is not valid YAML gets an error on it, and drafts fall back to the bundled form', async () => {
  const formPath = join(root, FORM_PATH);
  writeFileSync(formPath, FORM.replace('    id: term', '   id: term'));
  void server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(formPath).toString(), type: FileChangeType.Changed }] });
  const formDiagnostics = await server.diagnostics(pathToFileURL(formPath).toString());
  assert.ok(formDiagnostics.length > 0);
  assert.match(String(formDiagnostics[0].message), /^The issue form is not valid YAML: .*The copy bundled with the extension is used instead\.$/);
  // With the bundled form, 2026 Term 3 is an option again (no form-option finding).
  const uri = openUntitled('Untitled-4', DRAFT);
  assert.deepEqual((await server.diagnostics(uri)).map((diagnostic) => diagnostic.code), ['upstream-duplicate']);
});

test('the preview\'s org tree shows a draft as one card under its CNCF project, with its problems; the outline nests inside the term', async () => {
  const text = DRAFT.replace('vandana.yadav.vs@gmail.com', 'vandana');
  const uri = openUntitled('Untitled-5', text);
  assert.deepEqual((await server.diagnostics(uri)).map((diagnostic) => diagnostic.code), ['mentor-email', 'upstream-duplicate']);
  const tree = await server.connection.sendRequest(OrgTreeRequest, { uri });
  assert.ok(tree);
  assert.equal(tree.term, '2026 Term 3 (Sep-Nov)');
  assert.deepEqual(tree.orgs.map((org) => [org.name, org.projects.map((project) => project.title)]), [['Apicurio Registry', ['MCP Tool Validation and Compatibility Checking']]]);
  const card = tree.orgs[0].projects[0];
  assert.deepEqual(card.mentors.map((mentor) => mentor.handle), ['@vandanayadav7', '@carlesarnal']);
  assert.deepEqual(card.upstream, ['https://github.com/Apicurio/apicurio-registry/issues/8427']);
  // The broken email (an error) and the upstream issue the workspace's other draft also uses (a note).
  assert.deepEqual(card.problems, { error: 1, warning: 0, information: 1, hint: 0 });
  const symbols = (await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
  const within = (inner: DocumentSymbol['range'], outer: DocumentSymbol['range']) =>
    (inner.start.line > outer.start.line || (inner.start.line === outer.start.line && inner.start.character >= outer.start.character)) &&
    (inner.end.line < outer.end.line || (inner.end.line === outer.end.line && inner.end.character <= outer.end.character));
  const check = (symbol: DocumentSymbol, parent?: DocumentSymbol) => {
    assert.ok(within(symbol.selectionRange, symbol.range), `${symbol.name}: selection inside range`);
    if (parent) assert.ok(within(symbol.range, parent.range), `${symbol.name} inside ${parent.name}`);
    for (const child of symbol.children ?? []) check(child, symbol);
  };
  assert.equal(symbols[0].name, '2026 Term 3 (Sep-Nov)');
  symbols.forEach((symbol) => check(symbol));
});
