// The persisted workspace index (service/persisted-index.ts) in memory: a second start restores
// every unchanged file without parsing it (the index holds no model of it) and answers completion,
// hover, workspace symbols and the cross-file findings as a fresh index does, and reads no file the
// host says is unchanged; a changed file is read again; a store that is corrupt, of another build or unreadable is ignored with a log line.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { complete } from '../../../server/src/features/completion';
import { hover } from '../../../server/src/features/hover';
import { workspaceSymbols } from '../../../server/src/features/symbols';
import { parseProposal } from '../../../server/src/core/parse';
import type { DiagnosticsEvent, ProposalService } from '../../../server/src/service/proposal-service';
import { type MemoryIndexStore, memoryService, next, uriOf } from '../../helpers/memory-host';
import { readFixture } from '../../helpers/paths';

/** Corpus files laid out as cncf/mentoring lays them out. */
const FILES: Record<string, string> = {
  'programs/lfx-mentorship/2021/01-Spring/project_ideas.md': readFixture('corpus', '2021_01-Spring_project_ideas.md'),
  'programs/lfx-mentorship/2021/03-Fall/README.md': readFixture('corpus', '2021_03-Fall_README.md'),
  'programs/lfx-mentorship/2023/01-Mar-May/README.md': readFixture('corpus', '2023_01-Mar-May_README.md'),
  'programs/lfx-mentorship/2026/02-Jun-Aug/README.md': readFixture('corpus', '2026_02-Jun-Aug_README.md'),
};

const BUILD = 'test-build 1';

/**
 * A service over FILES (and `extra`) with its index indexed, saving to `store`; its index is saved
 * a moment after indexing, or at shutdown, which this calls, as a session that ends would.
 */
async function started(store: MemoryIndexStore, extra: Record<string, string> = {}, build = BUILD) {
  const started = memoryService({ ...FILES, ...extra }, {}, { store, build });
  await started.service.indexWorkspace();
  await started.service.shutdown();
  return started;
}

/** Everything a file of the index answers for: workspace symbols with their positions, completion after `@`, a mentor's hover. */
function answers(service: ProposalService, handle: string) {
  const symbols = workspaceSymbols(service.workspace, '').map((symbol) => ({ ...symbol, start: service.workspace.positions(symbol.uri)!.positionAt(symbol.span.start) }));
  const text = `### Org\n\n#### Project\n\n- Description: x\n- Mentor(s): ${handle}\n`;
  const document = parseProposal(text);
  const completion = complete(document, text.indexOf('@') + 1, service.workspace).map((suggestion) => suggestion.label);
  const hovered = hover(document, text.indexOf(handle) + 1, service.workspace)?.markdown;
  return { symbols, completion, hovered, mentors: service.workspace.mentors(), skills: service.workspace.skills() };
}

const rulesOf = (event: DiagnosticsEvent) => event.findings.map((finding) => `${finding.rule} ${finding.message}`);

test('a second start restores every unchanged file without a parse, and answers as a fresh index does', async () => {
  const store: MemoryIndexStore = {};
  const first = await started(store);
  assert.ok(store.data, 'saved after indexing (at the latest at shutdown)');
  assert.equal(store.saves, 1);
  const uris = Object.keys(FILES).map(uriOf);
  for (const uri of uris) assert.ok(first.service.workspace.document(uri), 'the first start parses');

  const second = await started(store);
  for (const uri of uris) {
    assert.ok(second.service.workspace.has(uri));
    assert.equal(second.service.workspace.document(uri), undefined, `${uri}: restored, not parsed (no model)`);
  }
  assert.ok(second.logs.includes(`info: Indexed ${uris.length} proposal files (${uris.length} restored from the saved index).`), second.logs.join('\n'));
  assert.equal(store.saves, 1, 'nothing changed: not written again');
  assert.deepEqual([...second.reads], [], 'the host said each file is unchanged (its version): none was read');

  const handle = first.service.workspace.mentors()[0].handle;
  const fresh = answers(first.service, handle);
  assert.ok(fresh.symbols.length > 50 && fresh.completion.length > 0 && fresh.hovered?.includes('#L'), 'the comparison compares something');
  assert.deepEqual(answers(second.service, handle), fresh);

  // The cross-file rules: a new file using an upstream issue of an indexed one, and one of its mentors.
  const used = first.service.workspace.document(uris[3])!.projects.find((project) => project.upstream.length)!;
  const draft = `### Org\n\n#### Project\n\n- Description: x\n- Recommended Skills: Go\n- Mentor(s): Ann (${handle})\n- Upstream Issue: ${used.upstream[0].url}\n`;
  const findingsOf = async (service: typeof first) => {
    const published = next(service.service.onDiagnostics, (event) => event.uri === uriOf('new/project_ideas.md'));
    service.open('new/project_ideas.md', draft);
    return rulesOf(await published);
  };
  const freshFindings = await findingsOf(first);
  assert.ok(freshFindings.some((finding) => finding.startsWith('upstream-duplicate')), freshFindings.join('\n'));
  assert.deepEqual(await findingsOf(second), freshFindings);
});

test('a file changed between sessions is read and parsed again, the others restored; the store follows', async () => {
  const store: MemoryIndexStore = {};
  await started(store);
  const changed = 'programs/lfx-mentorship/2021/03-Fall/README.md';
  const text = `${FILES[changed]}\n### Extra Org\n\n#### Extra project\n\n- Description: x\n- Mentor(s): Zed (@zed-extra)\n`;
  const second = await started(store, { [changed]: text });
  assert.ok(second.service.workspace.document(uriOf(changed)), 'the changed file is parsed');
  assert.equal(second.service.workspace.document(uriOf(changed))?.text, text);
  assert.ok(second.service.workspace.mentor('@zed-extra'));
  for (const path of Object.keys(FILES)) if (path !== changed) assert.equal(second.service.workspace.document(uriOf(path)), undefined, `${path} restored`);
  assert.deepEqual([...second.reads], [[uriOf(changed), 1]], 'only the changed file is read');
  assert.equal(store.saves, 2, 'written again with the new reading');
  const third = await started(store, { [changed]: text });
  for (const path of Object.keys(FILES)) assert.equal(third.service.workspace.document(uriOf(path)), undefined, `${path} restored on the third start`);
  assert.ok(third.service.workspace.mentor('@zed-extra'));
});

test('after the first start, a file changed on disk and a deleted file are stored a moment later', async () => {
  const store: MemoryIndexStore = {};
  const first = await started(store);
  const path = 'programs/lfx-mentorship/2023/01-Mar-May/README.md';
  const deleted = 'programs/lfx-mentorship/2021/01-Spring/project_ideas.md';
  first.files.set(path, `${FILES[path]}\n### Late Org\n\n#### Late project\n\n- Description: x\n- Mentor(s): Yan (@yan-late)\n`);
  first.files.delete(deleted);
  await first.service.filesChanged([
    { uri: uriOf(path), deleted: false },
    { uri: uriOf(deleted), deleted: true },
  ]);
  await waitFor(() => store.saves === 2, 'the debounced save');
  const second = memoryService(Object.fromEntries(first.files), {}, { store, build: BUILD });
  await second.service.indexWorkspace();
  await second.service.shutdown();
  assert.equal(second.service.workspace.document(uriOf(path)), undefined, 'restored from the later save');
  assert.ok(second.service.workspace.mentor('@yan-late'));
  assert.equal(second.service.workspace.has(uriOf(deleted)), false);
});

test('Check All over a restored index parses the files it checks, with the findings of a fresh index', async () => {
  const store: MemoryIndexStore = {};
  const first = await started(store);
  const second = await started(store);
  const published = (service: ProposalService) => {
    const events: string[] = [];
    service.onDiagnostics((event) => void events.push(`${event.uri}\n${rulesOf(event).join('\n')}`));
    return events;
  };
  const freshEvents = published(first.service);
  const restoredEvents = published(second.service);
  const fresh = await first.service.checkAll();
  assert.ok(fresh.files === Object.keys(FILES).length && fresh.problems.warning > 0);
  assert.deepEqual(await second.service.checkAll(), fresh);
  assert.deepEqual(restoredEvents, freshEvents);
});

test('a corrupt store, one of another build and one that cannot be read are ignored with one log line; a failed save is one too', async () => {
  const saved: MemoryIndexStore = {};
  await started(saved);
  const uri = uriOf('programs/lfx-mentorship/2026/02-Jun-Aug/README.md');
  const cases: Array<[string, MemoryIndexStore, string, string?]> = [
    ['not JSON', { data: saved.data!.slice(0, 1000) }, 'warn: Ignoring the saved workspace index: it is not whole (corrupt, or written by another version).'],
    ['a file entry of another shape', { data: saved.data!.replace('"knowledge":{"mentors":[', '"knowledge":{"mentors":[7,') }, 'warn: Ignoring the saved workspace index: it is not whole (corrupt, or written by another version).'],
    ['another build', { data: saved.data }, 'info: Ignoring the saved workspace index: written by another version of the extension.', 'test-build 2'],
    ['another format', { data: saved.data!.replace('"format":1', '"format":0') }, 'info: Ignoring the saved workspace index: written by another version of the extension.'],
    ['unreadable', { failLoad: true }, 'warn: Ignoring the saved workspace index: EACCES: permission denied.'],
  ];
  for (const [name, store, line, build] of cases) {
    const { service, logs } = await started(store, {}, build);
    assert.deepEqual(logs.filter((log) => log.includes('saved workspace index')), [line], name);
    assert.ok(service.workspace.document(uri), `${name}: every file parsed`);
    assert.ok(service.workspace.mentors().length > 0);
  }
  const { logs } = await started({ failSave: true });
  assert.deepEqual(logs.filter((log) => log.includes('workspace index')), ['warn: Could not save the workspace index: ENOSPC: no space left on device.']);
});

test('the index is saved a moment after indexing, without a shutdown', async () => {
  const store: MemoryIndexStore = {};
  const { service } = memoryService(FILES, {}, { store, build: BUILD });
  await service.indexWorkspace();
  assert.equal(store.saves, undefined, 'not while the open documents are checked against the new index');
  await waitFor(() => store.saves === 1, 'the delayed save');
});

test('without a store (no workspace storage) nothing is saved or restored, as before', async () => {
  const { service, logs } = memoryService(FILES);
  await service.indexWorkspace();
  await service.shutdown();
  assert.ok(service.workspace.document(uriOf('programs/lfx-mentorship/2026/02-Jun-Aug/README.md')));
  assert.deepEqual(logs, ['info: Indexed 4 proposal files.']);
});

async function waitFor(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
