// The workspace index: a keystroke that changes nothing it aggregates keeps the aggregate but
// moves the places it links to (and keeps its version); a change of a mentor or skill is seen at once.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { skillsOf, WorkspaceKnowledge } from '../../../server/src/core/knowledge';
import { parseProposal } from '../../../server/src/core/parse';
import { limitSuggestions, complete } from '../../../server/src/features/completion';
import { CORPUS_FILES, fixturePath } from '../../helpers/paths';

const ENTRY = `### Jaeger

#### Trace comparison

- Description: Compare two traces.
- Recommended Skills: React, Go
- Mentor(s):
  - Yuri Shkuro (@yurishkuro, yurishkuro@example.com)
- Upstream Issue: https://github.com/jaegertracing/jaeger-ui/issues/1
`;

test('an edit that moves an entry keeps the index and moves its links; an edit of a mentor is seen at once', () => {
  const workspace = new WorkspaceKnowledge();
  workspace.update('a.md', parseProposal(ENTRY));
  const before = workspace.mentors();
  const version = workspace.version;
  const moved = `Some words above.\n\n${ENTRY}`;
  const document = parseProposal(moved);
  workspace.update('a.md', document);
  assert.equal(workspace.mentors(), before, 'the same ranked list: nothing was rebuilt');
  assert.equal(workspace.version, version, 'what the index tells is the same: the rules that read it keep their findings');
  assert.deepEqual(workspace.mentor('@yurishkuro')?.projects[0].span, document.projects[0].heading.span);
  assert.deepEqual(workspace.upstreamUses('https://github.com/jaegertracing/jaeger-ui/issues/1')[0].span, document.projects[0].upstream[0].span);
  assert.equal(workspace.document('a.md'), document);

  workspace.update('a.md', parseProposal(moved.replace('yurishkuro@example.com', 'yuri@example.com')));
  assert.notEqual(workspace.mentors(), before);
  assert.ok(workspace.version > version);
  assert.deepEqual(workspace.mentor('@yurishkuro')?.emails, ['yuri@example.com']);
  workspace.update('a.md', parseProposal(moved.replace('React, Go', 'React, Go, Rust')));
  assert.ok(workspace.skills().some((skill) => skill.text === 'Rust'));
});

test('completion sends at most 100 suggestions, those matching what was typed, and says when there are more', () => {
  const workspace = new WorkspaceKnowledge();
  const mentors = Array.from({ length: 150 }, (_, index) => `  - Mentor ${index} (@mentor-${index}, m${index}@example.com)`).join('\n');
  workspace.update('other.md', parseProposal(`### Jaeger\n\n#### Many\n\n- Description: d\n- Recommended Skills: Go\n- Mentor(s):\n${mentors}\n- Upstream Issue: https://github.com/a/b/issues/1\n`));
  const text = ENTRY.replace('  - Yuri Shkuro', '  - Ada (@\n  - Yuri Shkuro');
  const offset = text.indexOf('(@\n') + 2;
  const document = parseProposal(text);
  const all = complete(document, offset, workspace);
  assert.equal(all.length, 150);
  const first = limitSuggestions(text, offset, all);
  assert.deepEqual([first.items.length, first.incomplete], [100, true]);
  const typed = text.slice(0, offset) + '14' + text.slice(offset);
  const narrowed = limitSuggestions(typed, offset + 2, complete(parseProposal(typed), offset + 2, workspace));
  // Looser than an editor's filter, never stricter: every handle with a 1 and then a 4 stays.
  const labels = narrowed.items.map((item) => item.label);
  assert.equal(narrowed.incomplete, false);
  assert.ok(labels.includes('@mentor-14') && labels.includes('@mentor-149') && labels.includes('@mentor-104'));
  assert.ok(labels.every((label) => /1.*4/.test(label)), labels.join(' '));
  assert.equal(labels.length, all.filter((item) => /1.*4/.test(item.label)).length);
});

test('the skills memo keeps no version of the document alive (a field value is a slice of the whole text)', () => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  // As a draft's field: its value a slice of the document's text.
  const project = (text: string, start: number) =>
    ({ fields: [{ id: 'recommendedSkills', value: text.slice(start, text.indexOf('\n', start)) }] }) as unknown as Parameters<typeof skillsOf>[0];
  gc();
  const before = process.memoryUsage().heapUsed;
  // 200 versions of a 200 KB text, each typed into its skills field: 40 MB if the memo kept them.
  let skills: string[] = [];
  for (let version = 0; version < 200; version++) {
    const text = `${'x'.repeat(200_000)}\n- Recommended Skills: Go, Rust, Kubernetes, Prometheus ${version}\n`;
    skills = skillsOf(project(text, text.indexOf('Go')));
  }
  assert.deepEqual(skills, ['Go', 'Rust', 'Kubernetes', 'Prometheus 199']);
  gc();
  const retained = process.memoryUsage().heapUsed - before;
  assert.ok(retained < 10 * 1024 * 1024, `${(retained / 1048576).toFixed(1)} MB retained`);
});

test('a draft\'s "_No response_" is no skill: the Apicurio draft asks for its technologies only', () => {
  const text = readFileSync(fixturePath('drafts', 'apicurio-mcp-tools.proposal.md'), 'utf8').replace(/(### Required\/Desirable Skills\n\n)[^]*?(\n\n###)/, '$1_No response_$2');
  assert.match(text, /### Required\/Desirable Skills\n\n_No response_\n/);
  const document = parseProposal(text);
  const skills = skillsOf(document.projects[0]);
  assert.ok(skills.length > 0 && !skills.some((skill) => /no response/i.test(skill)), skills.join(', '));
});

test('an index restored from each file\'s knowledge (as JSON) answers as the one built from the models', () => {
  const built = new WorkspaceKnowledge();
  const names = [...CORPUS_FILES, 'gsoc_2024.md', 'gsoc_2026.md'];
  for (const name of names) built.update(`/repo/${name}`, parseProposal(readFileSync(fixturePath('corpus', name), 'utf8')));
  const restored = new WorkspaceKnowledge();
  for (const name of names) restored.restore(`/repo/${name}`, JSON.parse(JSON.stringify(built.knowledgeOf(`/repo/${name}`))));
  assert.ok(built.mentors().length > 300, 'the corpus names hundreds of mentors');
  assert.equal(JSON.stringify(restored.mentors()), JSON.stringify(built.mentors()));
  assert.equal(JSON.stringify(restored.skills()), JSON.stringify(built.skills()));
  const urls = names.flatMap((name) => built.document(`/repo/${name}`)!.projects.flatMap((project) => project.upstream.map((url) => url.url)));
  assert.ok(urls.length > 300);
  for (const url of urls) assert.equal(JSON.stringify(restored.upstreamUses(url)), JSON.stringify(built.upstreamUses(url)), url);
  assert.deepEqual(restored.uris(), built.uris());
  assert.equal(restored.document(`/repo/${names[0]}`), undefined, 'no model was made');
});
