// The bundled language server over stdio with the corpus as its workspace: the index built at
// start (with progress), then completion, hover, outline, workspace symbols, fix-all and the
// org tree answered exactly.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import {
  CodeActionRequest,
  type CompletionItem,
  CompletionRequest,
  DidChangeTextDocumentNotification,
  type DocumentSymbol,
  DocumentSymbolRequest,
  type Hover,
  HoverRequest,
  type SymbolInformation,
  WorkspaceSymbolRequest,
} from 'vscode-languageserver-protocol/node';
import { OrgTreeRequest, TableOfContentsRequest } from '../../protocol/messages';
import { applyEdits } from '../../server/src/features/fix-all';
import { LineIndex } from '../../server/src/core/lines';
import { type ServerSession, startServer } from '../helpers/lsp';
import { fixturePath, readFixture } from '../helpers/paths';

const CORPUS = fixturePath('corpus');
const DRAFT = join(CORPUS, 'scratch_project_ideas.md');
const DRAFT_TEXT = `# Term 01 - 2027 March - May

### Kubernetes

#### Cluster API provider improvements

- Description: Improve the Cluster API provider for GCP.
- Recommended Skills: Golang, 
- Mentors: Davanum Srinivas (@dims), @
- Upstream Issue: https://github.com/kubernetes-sigs/cluster-api-provider-gcp/issues/1

### Jaeger

#### Trace comparison

- Description: Compare two traces.
- Recommended Skills: React
- Mentor(s):
  - Yuri Shkuro (@yurishkuro, yurishkuro@example.com)
  - Car
- Upstream Issue: https://github.com/jaegertracing/jaeger-ui/issues/1

### Thanos

#### Query observability
- 
`;
let server: ServerSession;
let uri: string;
const lines = new LineIndex(DRAFT_TEXT);
const at = (needle: string, extra = 0) => lines.positionAt(DRAFT_TEXT.indexOf(needle) + needle.length + extra);

before(async () => {
  server = await startServer(CORPUS, { settings: { files: ['20*.md', 'scratch*.md'], rules: { 'few-mentors': 'off' } } });
  await server.indexed;
  uri = server.open(DRAFT, DRAFT_TEXT);
  await server.diagnostics(uri);
});
after(async () => {
  await server.stop();
  assert.equal(server.process.exitCode, 0, server.stderr());
});

test('the index built at start: a progress report from begin to end, and lfxProposals/indexStatus from indexing to ready with the number of files', () => {
  assert.deepEqual(server.indexStatuses, [{ state: 'indexing' }, { state: 'ready', files: 8 }]);
  assert.equal(server.progress[0], 'begin');
  assert.equal(server.progress.at(-1), 'end');
  assert.ok(server.progress.filter((kind) => kind === 'report').length >= 8, server.progress.join(' '));
});

async function completions(position: { line: number; character: number }): Promise<CompletionItem[]> {
  const result = await server.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position });
  return Array.isArray(result) ? result : (result?.items ?? []);
}

test('after "@" in a mentor field: handles known from the other files, with name as detail, most projects first', async () => {
  const items = await completions(at('(@dims), @'));
  // The workspace knows more mentors than one answer holds: the most active come first.
  assert.equal(items.length, 100);
  const top = items[0];
  assert.equal(top.label, '@leecalcote', items.map((item) => item.label).slice(0, 10).join(' '));
  assert.equal(top.detail, 'Lee Calcote · leecalcote@gmail.com');
  assert.deepEqual((top as { textEdit: unknown }).textEdit, {
    range: { start: at('(@dims), '), end: at('(@dims), @') },
    newText: '@leecalcote',
  });
  assert.ok(!items.some((item) => item.label === '@dims'), 'a mentor of this project is not offered again');
  const projectCounts = items.map((item) => Number(/^(\d+) project/.exec((item.documentation as { value: string }).value)?.[1]));
  assert.deepEqual(projectCounts, [...projectCounts].sort((a, b) => b - a));
  assert.deepEqual(items.map((item) => item.sortText), [...items.map((item) => item.sortText)].sort());
});

test('at the start of a mentor line: whole entries "Name (@handle)" of known mentors', async () => {
  const items = await completions(at('  - Car'));
  const carlos = items.find((item) => item.label === 'Carlos Panato (@cpanato)');
  assert.ok(carlos, items.map((item) => item.label).slice(0, 8).join(' | '));
  assert.equal(carlos.filterText, 'Carlos Panato @cpanato');
  assert.deepEqual((carlos as { textEdit: unknown }).textEdit, {
    range: { start: at('  - Car', -3), end: at('  - Car') },
    newText: 'Carlos Panato (@cpanato)',
  });
  assert.ok(!items.some((item) => item.label.includes('@yurishkuro')), 'a mentor of this project is not offered again');
});

test('hover on a field label: what the field is for', async () => {
  const hover = (await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: at('- Descr') })) as Hover;
  assert.equal((hover.contents as { value: string }).value, '**Description**: What the mentee will work on and why it matters to the project.');
});

test('in Recommended Skills: known skills, one per spelling, most requested first', async () => {
  const items = await completions(at('Recommended Skills: Golang, '));
  const labels = items.map((item) => item.label);
  assert.ok(labels.includes('Kubernetes'), labels.slice(0, 20).join(', '));
  assert.ok(!labels.includes('Golang'), 'a skill the field already has is not offered again');
  assert.equal(new Set(labels.map((label) => label.toLowerCase())).size, labels.length, 'one entry per spelling');
  const counts = items.map((item) => Number(/asked for by (\d+)/.exec(item.detail ?? '')?.[1]));
  assert.deepEqual(counts, [...counts].sort((a, b) => b - a));
  assert.ok(counts[0] > 20, `the top skill is asked for by ${counts[0]} projects`);
});

test('at "- " in a project: the fields it lacks, in canonical order, as snippets', async () => {
  const items = await completions({ line: lines.positionAt(DRAFT_TEXT.length).line - 1, character: 2 });
  assert.deepEqual(
    items.map((item) => item.label),
    ['Description:', 'Recommended Skills:', 'Mentor(s):', 'Upstream Issue (URL):'],
  );
  assert.equal(items[0].insertTextFormat, 2);
});

test('on an organisation heading: CNCF project names', async () => {
  const items = await completions(at('### Thanos'));
  assert.ok(items.some((item) => item.label === 'Thanos' && item.detail === 'CNCF incubating project'));
});

test('hover on a handle: the names and the projects they mentor, linked to their places', async () => {
  const hover = (await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: at('(@d') })) as Hover;
  const value = (hover.contents as { value: string }).value;
  assert.match(value, /^\*\*@dims\*\*: Davanum Srinivas/);
  const corpusUri = pathToFileURL(join(CORPUS, '2021_03-Fall_README.md')).toString();
  assert.ok(value.includes(`- [Improvements to Cluster API provider for GCP \\(CAPG\\)](${corpusUri}#L23) (Q3 - Fall'2021, Kubernetes)`), value);
  assert.deepEqual(hover.range, { start: at('(@', -1), end: at('(@dims') });
});

test('hover on an organisation heading: its CNCF maturity and homepage', async () => {
  const hover = (await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: at('### Kub') })) as Hover;
  const value = (hover.contents as { value: string }).value;
  assert.match(value, /^\*\*Kubernetes\*\*: CNCF graduated project\n\nHomepage: https:\/\/kubernetes\.io/);
});

test('document symbols: term → organisations → projects, with mentors as detail', async () => {
  const symbols = (await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
  const shape = (symbol: DocumentSymbol): unknown => [symbol.name, symbol.detail, (symbol.children ?? []).map(shape)];
  assert.deepEqual(symbols.map(shape), [
    [
      'Term 01 - 2027 March - May',
      '3 projects',
      [
        ['Kubernetes', '1 project', [['Cluster API provider improvements', '@dims · Golang', []]]],
        ['Jaeger', '1 project', [['Trace comparison', '@yurishkuro, Car · React', []]]],
        ['Thanos', '1 project', [['Query observability', undefined, []]]],
      ],
    ],
  ]);
});

test('workspace symbols: projects of every indexed file', async () => {
  const symbols = (await server.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'terraform controller' })) as SymbolInformation[];
  const terraform = symbols.find((symbol) => symbol.name.startsWith('Support remote Terraform HCL'));
  assert.ok(terraform);
  assert.equal(terraform.containerName, 'KubeVela');
  assert.equal(terraform.location.uri, pathToFileURL(join(CORPUS, '2021_03-Fall_README.md')).toString());
  assert.equal(terraform.location.range.start.line, 136);
});

test('source.fixAll: one action with every safe fix; applying it twice changes nothing more', async () => {
  const actions = (await server.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: [], only: ['source.fixAll'] },
  })) as Array<{ kind: string; edit: { changes: Record<string, Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>> } }>;
  assert.equal(actions.length, 1);
  assert.equal(actions[0].kind, 'source.fixAll.lfxProposals');
  const edits = actions[0].edit.changes[uri].map((edit) => ({
    span: { start: lines.offsetAt(edit.range.start), end: lines.offsetAt(edit.range.end) },
    newText: edit.newText,
  }));
  const fixed = applyEdits(DRAFT_TEXT, edits);
  assert.ok(fixed.includes('- Mentor(s): Davanum Srinivas (@dims), @\n'));
});

test('lfxProposals/orgTree: the term, organisations and project cards with problem counts', async () => {
  const tree = await server.connection.sendRequest(OrgTreeRequest, { uri });
  assert.ok(tree);
  assert.equal(tree.term, 'Term 01 - 2027 March - May');
  assert.deepEqual(
    tree.orgs.map((org) => [org.name, org.projects.map((project) => project.title)]),
    [
      ['Kubernetes', ['Cluster API provider improvements']],
      ['Jaeger', ['Trace comparison']],
      ['Thanos', ['Query observability']],
    ],
  );
  const capg = tree.orgs[0].projects[0];
  assert.deepEqual(capg.mentors, [
    { name: 'Davanum Srinivas', handle: '@dims', email: '', primary: false },
    { name: '', handle: '', email: '', primary: false },
  ]);
  assert.deepEqual(capg.skills, ['Golang']);
  assert.deepEqual(capg.upstream, ['https://github.com/kubernetes-sigs/cluster-api-provider-gcp/issues/1']);
  assert.deepEqual(capg.range.start, { line: 4, character: 0 });
  assert.equal(capg.problems.error, 1, 'the stray "@" is a mentor without a name or handle');
  assert.deepEqual(tree.orgs[2].projects[0].problems, { error: 4, warning: 0, information: 0, hint: 0 });
  assert.equal(await server.connection.sendRequest(OrgTreeRequest, { uri: 'file:///not/open.md' }), null);
});

test('lfxProposals/tableOfContents right after opening an indexed term file, before its first check, answers with the list', async () => {
  const path = join(CORPUS, '2026_03-Sep-Nov_README.md');
  const text = readFixture('corpus', '2026_03-Sep-Nov_README.md');
  // Sent with no wait: the server's first check waits for the client's settings, but the index has read the file.
  const opened = server.open(path, text);
  const result = await server.connection.sendRequest(TableOfContentsRequest, { uri: opened });
  assert.ok(result, 'the indexed file is known before its diagnostics');
  assert.ok(result.newText.includes('- [Nebraska Reporting & Metrics Uplift](#nebraska-reporting--metrics-uplift)'));
  await server.diagnostics(opened);
});

test('opening a file the index read: the same diagnostics as the same text parsed again; a text edited before opening is its own', async () => {
  const path = join(CORPUS, '2025_03-Sep-Nov_README.md');
  const text = readFixture('corpus', '2025_03-Sep-Nov_README.md');
  const opened = server.open(path, text);
  const fromIndex = await server.diagnostics(opened, 1);
  assert.ok(fromIndex.length > 0, 'the file has findings to compare');
  // An edit and its undo: version 3 is the same text, parsed by the editor's own section cache.
  const change = (version: number, newText: string) =>
    void server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: opened, version }, contentChanges: [{ text: newText }] });
  change(2, `${text}\n<!-- x -->\n`);
  await server.diagnostics(opened, 2);
  change(3, text);
  assert.deepEqual(await server.diagnostics(opened, 3), fromIndex);

  // Edited in the editor before it was opened (or on disk after indexing): the index's model is not used.
  const other = join(CORPUS, '2026_01-Mar-May_README.md');
  const original = readFixture('corpus', '2026_01-Mar-May_README.md');
  const lastLine = original.split('\n').length - 1;
  const edited = `${original}\n### Zeta\n\n#### Added before opening\n\n- Description: x\n- Mentors: Ann (@ann)\n`;
  const editedUri = server.open(other, edited);
  const diagnostics = await server.diagnostics(editedUri, 1);
  assert.ok(
    diagnostics.some((diagnostic) => diagnostic.range.start.line > lastLine),
    'the added project has findings, so the editor\'s text was parsed',
  );
});
