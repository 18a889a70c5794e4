// The proposal service in memory (service/proposal-service.ts), with no server and no disk:
// documents opened, edited and closed; settings merged with configuration files; the workspace
// index and its events; Check All; the file-size policy. The protocol-level tests (test/lsp/)
// drive the same service through the real server over stdio.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DiagnosticsEvent, FileStatus, IndexEvent } from '../../../server/src/service/proposal-service';
import { memoryService, next, uriOf } from '../../helpers/memory-host';
import { readFixture } from '../../helpers/paths';

/** A term entry with one finding: `Mentors:` is a variant of the label `Mentor(s):`. */
const TERM = '### Cilium\n\n#### Use cases\n\n- Description: x\n- Recommended Skills: y\n- Mentors: Ann (@ann), Bob (@bob)\n- Upstream Issue: https://github.com/a/b/issues/1\n';

/** Another term file, never opened: its mentor is known from the index only. */
const OTHER = '### Envoy\n\n#### Filters\n\n- Description: x\n- Recommended Skills: Rust\n- Mentor(s): Carol King (@carolk), Dan (@dan)\n- Upstream Issue: https://github.com/e/f/issues/2\n';

const rulesOf = (event: DiagnosticsEvent) => [...event.findings.map((finding) => finding.rule), ...event.notes.map((note) => note.message)];

test('an opened proposal file is checked for its version, with its status; an edit is checked again; closing clears it', async () => {
  const { service, open } = memoryService({});
  const uri = uriOf('2027/project_ideas.md');
  const status = next(service.onFileStatus, (event) => event.uri === uri);
  const first = next(service.onDiagnostics, (event) => event.uri === uri);
  open('2027/project_ideas.md', TERM);
  assert.deepEqual([(await first).version, rulesOf(await first)], [1, ['label-variant']]);
  assert.deepEqual(await status, {
    uri,
    version: 1,
    proposal: true,
    summary: { term: '', organisations: 1, projects: 1, problems: { error: 0, warning: 0, information: 0, hint: 1 } },
  } satisfies FileStatus);
  assert.equal(service.analysis(uri)?.version, 1);

  const second = next(service.onDiagnostics, (event) => event.uri === uri);
  open('2027/project_ideas.md', TERM.replace('Mentors:', 'Mentor(s):'), 2);
  assert.deepEqual([(await second).version, rulesOf(await second)], [2, []]);

  const cleared = next(service.onDiagnostics, (event) => event.uri === uri);
  await service.documentClosed(uri);
  const closed = await cleared;
  assert.deepEqual([closed.version, rulesOf(closed)], [undefined, []]);
  assert.equal(service.analysis(uri), undefined, 'a closed document has no analysis');
});

test('a burst of edits is checked once, for its last version', async () => {
  const { service, open } = memoryService({});
  const uri = uriOf('project_ideas.md');
  const published: DiagnosticsEvent[] = [];
  service.onDiagnostics((event) => void published.push(event));
  const last = next(service.onDiagnostics, (event) => event.uri === uri && event.version === 3);
  open('project_ideas.md', TERM, 1);
  open('project_ideas.md', TERM.replace('Use cases', 'Use case'), 2);
  open('project_ideas.md', TERM.replace('Use cases', 'Use'), 3);
  await last;
  assert.deepEqual(published.map((event) => event.version), [3]);
});

test('a markdown file that lfxProposals.files does not name: no diagnostics, and not a proposal file; a draft is one wherever it is', async () => {
  const { service, open } = memoryService({});
  const notes = uriOf('notes.md');
  const status = next(service.onFileStatus, (event) => event.uri === notes);
  const published = next(service.onDiagnostics, (event) => event.uri === notes);
  open('notes.md', TERM);
  assert.deepEqual(await status, { uri: notes, version: 1, proposal: false });
  assert.deepEqual(rulesOf(await published), []);
  assert.equal(service.analysis(notes), undefined);

  const draft = 'untitled:Untitled-1';
  const checked = next(service.onFileStatus, (event) => event.uri === draft);
  open(draft, '### CNCF Project\n\nCilium\n\n### Program Name\n\nX\n\n### Program Description\n\nd\n');
  assert.equal((await checked).proposal, true, 'an untitled draft is known by its headings');
  assert.equal(service.analysis(draft)?.document.kind, 'draft');
});

test("settings: the configuration file's rules under the editor's; a broken configuration file gets its error on it", async () => {
  const { service, open } = memoryService(
    { '.lfx-proposals.json': '{ "rules": { "label-variant": "error", "few-mentor": "off" } }', 'sub/project_ideas.md': TERM },
    { rules: { 'label-variant': 'warning' } },
  );
  const config = next(service.onDiagnostics, (event) => event.uri === uriOf('.lfx-proposals.json'));
  const published = next(service.onDiagnostics, (event) => event.uri === uriOf('sub/project_ideas.md'));
  open('sub/project_ideas.md', TERM);
  assert.deepEqual((await published).findings.map((finding) => `${finding.rule} ${finding.severity}`), ['label-variant warning'], "the editor's setting wins");
  const problems = (await config).notes;
  assert.deepEqual(problems.map((note) => [note.severity, note.message]), [['error', 'Unknown rule "few-mentor".']]);
  assert.equal(problems[0].span.start, '{ "rules": { "label-variant": "error", '.length);
});

test('the index: indexing, a progress per file, ready; mentors of files never opened are known; the index follows the disk', async () => {
  const { service, files } = memoryService({ 'a/project_ideas.md': TERM, 'b/project_ideas.md': OTHER, 'notes.md': OTHER });
  const events: IndexEvent[] = [];
  service.onIndex((event) => void events.push(event));
  await service.indexWorkspace();
  assert.deepEqual(events, [
    { state: 'indexing' },
    { state: 'progress', done: 1, total: 2 },
    { state: 'progress', done: 2, total: 2 },
    { state: 'ready', files: 2 },
  ]);
  assert.deepEqual(service.workspace.uris().sort(), [uriOf('a/project_ideas.md'), uriOf('b/project_ideas.md')]);
  assert.ok(service.workspace.mentor('@carolk'), 'a mentor of a file never opened');

  files.delete('b/project_ideas.md');
  await service.filesChanged([{ uri: uriOf('b/project_ideas.md'), deleted: true }]);
  assert.deepEqual(service.workspace.uris(), [uriOf('a/project_ideas.md')]);
  files.set('c/project_ideas.md', OTHER);
  await service.filesChanged([{ uri: uriOf('c/project_ideas.md'), deleted: false }]);
  assert.deepEqual(service.workspace.uris().sort(), [uriOf('a/project_ideas.md'), uriOf('c/project_ideas.md')]);
});

test('the index gives the event loop turns while it parses a large file: a request waits for a slice of the parse, not the whole file', async () => {
  const { service } = memoryService({ 'a/project_ideas.md': readFixture('corpus', '2026_02-Jun-Aug_README.md') });
  // Turns of the event loop taken while the file is being read into the index (before it is in it).
  let turnsWhileParsing = 0;
  let indexing = true;
  const spin = () => {
    if (!indexing) return;
    if (service.workspace.uris().length === 0) turnsWhileParsing++;
    setImmediate(spin);
  };
  setImmediate(spin);
  await service.indexWorkspace();
  indexing = false;
  // The 160 KB file takes well over 100 ms to parse, in slices of a few milliseconds.
  assert.ok(turnsWhileParsing >= 3, `${turnsWhileParsing} turns of the event loop while the file was parsed`);
  assert.deepEqual(service.workspace.uris(), [uriOf('a/project_ideas.md')]);
});

test('a file the index cannot read is left out with a log line', async () => {
  const { service, logs } = memoryService({ 'project_ideas.md': TERM });
  await service.filesChanged([{ uri: uriOf('gone/project_ideas.md'), deleted: false }]);
  assert.deepEqual(logs, [`warn: Skipped ${uriOf('gone/project_ideas.md')}: ENOENT.`]);
  assert.deepEqual(service.workspace.uris(), []);
});

test('Check All: every proposal file checked; the findings of those not open published, counted with the open ones', async () => {
  const { service, open } = memoryService({ 'a/project_ideas.md': TERM, 'b/project_ideas.md': OTHER.replace('- Recommended Skills: Rust\n', '') });
  await service.indexWorkspace();
  const opened = next(service.onDiagnostics, (event) => event.uri === uriOf('a/project_ideas.md'));
  open('a/project_ideas.md', TERM);
  await opened;
  const published: DiagnosticsEvent[] = [];
  service.onDiagnostics((event) => void published.push(event));
  const summary = await service.checkAll();
  assert.deepEqual(published.map((event) => [event.uri, event.version, rulesOf(event)]), [[uriOf('b/project_ideas.md'), undefined, ['missing-field']]]);
  assert.deepEqual(summary, { files: 2, problems: { error: 1, warning: 0, information: 0, hint: 1 } });
  // Closing a file that Check All listed keeps its findings in the Problems view.
  const reopened = next(service.onDiagnostics, (event) => event.uri === uriOf('b/project_ideas.md') && event.version === 1);
  open('b/project_ideas.md', OTHER);
  await reopened;
  const kept = next(service.onDiagnostics, (event) => event.uri === uriOf('b/project_ideas.md'));
  await service.documentClosed(uriOf('b/project_ideas.md'));
  assert.deepEqual(rulesOf(await kept), ['missing-field'], 'the text on disk, checked again');
  assert.deepEqual((await service.checkAll(() => true)).files, 0, 'a cancelled Check All stops');
});

test('a file over maxFileSizeKB gets one note at its top and no analysis; raising the setting checks it', async () => {
  const big = TERM + `\n<!-- ${'x'.repeat(2048)} -->\n`;
  const { service, open, settings } = memoryService({}, { maxFileSizeKB: 1 });
  const uri = uriOf('project_ideas.md');
  const noted = next(service.onDiagnostics, (event) => event.uri === uri);
  const status = next(service.onFileStatus, (event) => event.uri === uri);
  open('project_ideas.md', big);
  const { notes, findings, version } = await noted;
  assert.deepEqual([version, findings.length, notes.length, notes[0].severity, notes[0].span], [1, 0, 1, 'information', { start: 0, end: 0 }]);
  assert.match(notes[0].message, /^LFX proposals: this file is 2 KB, over lfxProposals.maxFileSizeKB \(1 KB\), so it was not checked\./);
  assert.deepEqual(await status, { uri, version: 1, proposal: false }, 'not analysed, and not in the index');
  assert.equal(service.analysis(uri), undefined);

  settings.maxFileSizeKB = 4;
  const checked = next(service.onDiagnostics, (event) => event.uri === uri && event.findings.length > 0);
  await service.settingsChanged();
  assert.deepEqual(rulesOf(await checked), ['label-variant']);
});

test('opening a file the index read starts from its model (same diagnostics as a fresh parse); another text is parsed fresh', async () => {
  const { service, open, files } = memoryService({ 'a/project_ideas.md': TERM, 'b/project_ideas.md': OTHER });
  await service.indexWorkspace();
  const a = uriOf('a/project_ideas.md');
  const indexed = service.workspace.document(a);
  const opened = next(service.onDiagnostics, (event) => event.uri === a);
  open('a/project_ideas.md', TERM);
  assert.strictEqual(service.analysis(a)?.document, indexed, 'the same text: the index model, not parsed again');
  // The same workspace where the index never read that file: the editor's text is parsed.
  const fresh = memoryService({ 'b/project_ideas.md': OTHER });
  await fresh.service.indexWorkspace();
  assert.equal(fresh.service.workspace.document(a), undefined);
  const freshOpened = next(fresh.service.onDiagnostics, (event) => event.uri === a);
  fresh.open('a/project_ideas.md', TERM);
  assert.deepEqual(rulesOf(await opened), ['label-variant']);
  assert.deepEqual((await opened).findings, (await freshOpened).findings, 'opened from the index = parsed fresh');

  // Edited on disk after indexing and before the watcher told the index: the editor's text is parsed.
  const b = uriOf('b/project_ideas.md');
  const edited = OTHER.replace('Mentor(s):', 'Mentors:');
  files.set('b/project_ideas.md', edited);
  const bIndexed = service.workspace.document(b);
  const bOpened = next(service.onDiagnostics, (event) => event.uri === b);
  open('b/project_ideas.md', edited);
  assert.notStrictEqual(service.analysis(b)?.document, bIndexed, 'a different text is parsed, not taken from the index');
  assert.equal(service.analysis(b)?.document.text, edited);
  assert.deepEqual(rulesOf(await bOpened), ['label-variant']);
});
