// The project rules' findings kept from one check to the next equal a fresh check: after each of
// many random edits of the corpus files (characters, lines, headings, mentor lines; seeded,
// reproducible from the seed printed), lint with the document's ProjectFindingsCache gives the
// same findings, spans and fixes as lint without it, and most project checks were reused.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SectionCache } from '../../../server/src/core/incremental';
import { WorkspaceKnowledge } from '../../../server/src/core/knowledge';
import { LineIndex } from '../../../server/src/core/lines';
import { parseProposal } from '../../../server/src/core/parse';
import { lint, ProjectFindingsCache, RULES, type RuleSettings } from '../../../server/src/rules';
import { CORPUS_FILES, readFixture } from '../../helpers/paths';
import { random, seedFrom } from '../../helpers/random';

const FILES = [...CORPUS_FILES, 'gsoc_2024.md', 'gsoc_2026.md'];

/** What an author types or pastes: characters, line breaks, headings, fields, mentors, URLs. */
const PIECES = [
  'x',
  ' ',
  '\n',
  '\n\n',
  '#',
  '@',
  ',',
  '(',
  ')',
  '`',
  '- ',
  '  - ',
  '\r\n',
  '😀',
  '#### New entry\n\n',
  '### New organisation\n\n',
  '- Mentor(s): Ann Lee (@annlee, ann@example.com)\n',
  '  - Bob (@bob_b)\n',
  '  - Jane Doe (@jane, jane@example)\n',
  'Mentor Name (@mentor_github, mentor@email.addy)',
  '- Description: d\n',
  '- Recommended Skills: Go\n',
  '- Upstream Issue: github.com/a/b/issues/1\n',
  '- Upstream Issue (URL): https://github.com/a/b/issues\n',
  '- LFX URL: https://example.com/x\n',
  '- Upstream Issue: TBD\n',
  '- Expected project size: large (~175 hours)\n',
  '- Mentors: #For GSoC, it is required\n',
  '<!-- lfx-proposals-disable-next-line -->\n',
];

/** One random edit of the text: a piece typed or pasted, characters or lines deleted, a line copied. */
function edit(text: string, next: () => number): string {
  const at = Math.floor(next() * (text.length + 1));
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at) + 1;
  const roll = next();
  if (roll < 0.45) return text.slice(0, at) + PIECES[Math.floor(next() * PIECES.length)] + text.slice(at);
  if (roll < 0.6) return text.slice(0, lineStart) + PIECES[Math.floor(next() * PIECES.length)] + text.slice(lineStart);
  if (roll < 0.8) return text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 30));
  if (roll < 0.9) return text.slice(0, lineStart) + text.slice(lineEnd);
  // A line copied somewhere else (a mentor or a field moved between entries).
  const to = Math.floor(next() * (text.length + 1));
  const target = text.lastIndexOf('\n', to - 1) + 1;
  return text.slice(0, target) + text.slice(lineStart, lineEnd) + text.slice(target);
}

/** Severity settings an editor may change between checks (settings are applied after the cache). */
const SETTINGS: RuleSettings[] = [{}, {}, { 'url-kind': 'hint', 'mentor-format': 'warning' }, { 'few-mentors': 'off', 'missing-field': 'off' }];

const SEED = seedFrom('LFX_SEED');

test(`the project findings kept from the last check equal a fresh check after random edits of the corpus (LFX_SEED=${SEED})`, () => {
  const next = random(SEED);
  const workspace = new WorkspaceKnowledge();
  for (const file of FILES) workspace.update(`file:///corpus/${file}`, new SectionCache().parse(readFixture('corpus', file)));
  let checked = 0;
  let reused = 0;
  let findingsSeen = 0;
  for (const file of FILES) {
    const uri = `file:///corpus/${file}`;
    // A window of the file keeps each fresh check short; its whole text in one case in three.
    const lines = readFixture('corpus', file).split('\n');
    const from = next() < 0.33 ? 0 : Math.floor(next() * Math.max(1, lines.length - 300));
    let text = lines.slice(from, from === 0 ? undefined : from + 300).join('\n');
    const sections = new SectionCache();
    const cache = new ProjectFindingsCache();
    for (let step = 0; step < 80; step++) {
      text = edit(text, next);
      const document = sections.parse(text);
      workspace.update(uri, document);
      const options = { settings: SETTINGS[Math.floor(next() * SETTINGS.length)], lines: new LineIndex(text), uri, workspace };
      const cached = lint(document, { ...options, projectFindings: cache });
      const fresh = lint(document, options);
      checked += cache.counts.checked;
      reused += cache.counts.reused;
      findingsSeen += fresh.length;
      try {
        assert.deepEqual(cached, fresh);
      } catch (error) {
        // Printed as well: the reporter may show only the diff of two long lists.
        console.log(`cached ≠ fresh: seed ${SEED}, ${file} from line ${from + 1}, edit ${step}: rerun with LFX_SEED=${SEED}`);
        throw error;
      }
    }
  }
  console.log(`cached = fresh after ${FILES.length * 80} edits: ${reused} project checks reused, ${checked} run, ${findingsSeen} findings compared (seed ${SEED})`);
  // The cache was used: a test that would pass with every project checked anew says so.
  assert.ok(reused > checked * 2, `${reused} project checks reused, ${checked} run`);
  assert.ok(findingsSeen > 1000, `${findingsSeen} findings compared`);
});

test('a project that moved keeps its findings, moved with it (spans and fixes)', () => {
  const entry = (title: string) => `#### ${title}\n\n- Description: d\n- Recommended Skills: Go\n- Mentor(s): ann (@ann)\n- Upstream Issue: github.com/a/b/issues/1\n\n`;
  const text = `# Term\n\n### Cilium\n\n${entry('One')}${entry('Two')}`;
  const cache = new ProjectFindingsCache();
  const check = (version: string) => lint(new SectionCache().parse(version), { projectFindings: cache });
  const before = check(text);
  const moved = `# Term, with a longer title\n\n### Cilium\n\n${entry('One')}${entry('Two')}`;
  const after = check(moved);
  assert.equal(cache.counts.checked, 0, 'every project check reused');
  const delta = moved.length - text.length;
  assert.ok(before.some((finding) => finding.fixes.length > 0), 'findings with fixes');
  assert.deepEqual(
    after.filter((finding) => finding.rule !== 'unknown-project'),
    before
      .filter((finding) => finding.rule !== 'unknown-project')
      .map((finding) => ({
        ...finding,
        span: { start: finding.span.start + delta, end: finding.span.end + delta },
        fixes: finding.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((each) => ({ ...each, span: { start: each.span.start + delta, end: each.span.end + delta } })) })),
      })),
  );
  assert.deepEqual(after, lint(new SectionCache().parse(moved)));
});

test('a document-level input that changes checks every project again: the workspace learning a mentor\'s name', () => {
  const text = '# Term\n\n### Cilium\n\n#### One\n\n- Description: d\n- Recommended Skills: Go\n- Mentor(s): @ann\n- Upstream Issue: https://github.com/a/b/issues/1\n';
  const workspace = new WorkspaceKnowledge();
  const cache = new ProjectFindingsCache();
  const document = new SectionCache().parse(text);
  workspace.update('file:///term/README.md', document);
  const first = lint(document, { workspace, uri: 'file:///term/README.md', projectFindings: cache });
  workspace.update('file:///other/README.md', new SectionCache().parse(text.replace('@ann', 'Ann Lee (@ann)')));
  const second = lint(document, { workspace, uri: 'file:///term/README.md', projectFindings: cache });
  const fix = (findings: typeof first) => findings.find((finding) => finding.rule === 'mentor-format')?.fixes[0]?.edits[0]?.newText;
  assert.equal(fix(first), undefined);
  assert.equal(fix(second), 'Ann Lee (@ann)');
  assert.deepEqual(second, lint(document, { workspace, uri: 'file:///term/README.md' }));
});

/** A term with three entries; `third` is the entry an edit of the others must reach. */
function term(first: string, second: string, third: string, eol = '\n'): string {
  const entry = (title: string, fields: string) => `#### ${title}\n\n${fields}\n`;
  return ['# Term', '', '### Cilium', '', entry('One', first), entry('Two', second), entry('Three', third)].join('\n').replace(/\n/g, eol);
}

const MENTOR = '- Mentor(s):\n  - Ann Lee (@annlee, ann@example.com)\n  - Bob Ray (@bobray, bob@example.com)';
const BASE = `- Description: d\n- Expected Outcome: o\n- Recommended Skills: Go\n${MENTOR}\n- Upstream Issue: https://github.com/a/b/issues/1\n- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/1`;

test('an edit of one entry that changes what another entry\'s findings say reaches it: each document-level input of a project rule', () => {
  const cases: Array<{ input: string; before: string; after: string }> = [
    {
      // The label the fixes write is the one most entries use.
      input: 'the labels most entries write (label-variant, unknown-field)',
      before: term(BASE.replace('Upstream Issue:', 'Upstream Issue (URL):'), BASE, BASE.replace('Upstream Issue:', 'Issue:')),
      after: term(BASE.replace('Upstream Issue:', 'Upstream Issue (URL):'), BASE.replace('Upstream Issue:', 'Upstream Issue (URL):'), BASE.replace('Upstream Issue:', 'Issue:')),
    },
    {
      // Expected Outcome is required where most entries give one.
      input: 'the fields most entries use (missing-field)',
      before: term(BASE, BASE, BASE.replace('- Expected Outcome: o\n', '')),
      after: term(BASE.replace('- Expected Outcome: o\n', ''), BASE, BASE.replace('- Expected Outcome: o\n', '')),
    },
    {
      // A mentor without an email is noted where most mentors give one.
      input: 'whether entries give emails (mentor-email, mentor-format)',
      before: term(BASE, BASE, BASE.replace(', ann@example.com', '').replace('Bob Ray (@bobray, bob@example.com)', 'Bob Ray (@bobray)')),
      after: term(BASE.replace(/, \w+@example\.com/g, ''), BASE.replace(/, \w+@example\.com/g, ''), BASE.replace(', ann@example.com', '').replace('Bob Ray (@bobray, bob@example.com)', 'Bob Ray (@bobray)')),
    },
    {
      // The era names the labels (Upstream Issue (URL) in era A): read from most entries.
      input: 'the era (empty-field, duplicate-field)',
      before: term(BASE, BASE, BASE.replace('https://github.com/a/b/issues/1', '')),
      after: term(
        BASE.replace('- Expected Outcome: o\n', '').replace('LFX URL', 'Apply').replace(MENTOR, '- Mentor(s): Ann Lee (@annlee)'),
        BASE.replace('- Expected Outcome: o\n', '').replace('LFX URL', 'Apply').replace(MENTOR, '- Mentor(s): Ann Lee (@annlee)'),
        BASE.replace('https://github.com/a/b/issues/1', ''),
      ),
    },
    {
      // The field a fix inserts ends in the document's line break: the first one written.
      input: "the document's line break (missing-field)",
      before: term(BASE, BASE, BASE.replace('- Recommended Skills: Go\n', '')),
      after: `\r\n${term(BASE, BASE, BASE.replace('- Recommended Skills: Go\n', ''))}`.replace('\r\n# Term\n', '# Term\r\n'),
    },
  ];
  for (const { input, before, after } of cases) {
    const cache = new ProjectFindingsCache();
    const check = (text: string, projectFindings?: ProjectFindingsCache) => lint(new SectionCache().parse(text), projectFindings && { projectFindings });
    const first = check(before, cache);
    const second = check(after, cache);
    assert.deepEqual(second, check(after), `${input}: the kept findings equal a fresh check`);
    // The case reaches the third entry, whose text the edit left as it was.
    const inThird = (text: string, findings: typeof first) =>
      findings.filter((finding) => finding.span.start >= text.indexOf('#### Three')).map((finding) => [finding.rule, finding.message, finding.fixes.map((fix) => fix.edits.map((edit) => edit.newText))]);
    assert.notDeepEqual(inThird(after, second), inThird(before, first), `${input}: the edit changes the third entry's findings`);
  }
});

test(`a project rule reads of the document, besides its text, only what its inputs read too (the corpus files and random edits of them; LFX_SEED=${SEED})`, () => {
  const next = random(SEED + 1);
  const workspace = new WorkspaceKnowledge();
  const undeclared = new Map<string, string>();
  for (const file of FILES) {
    let text = readFixture('corpus', file);
    for (let version = 0; version < 12; version++) {
      const document = parseProposal(text);
      if (document.kind !== 'term') continue;
      workspace.update(`file:///corpus/${file}`, document);
      const lines = new LineIndex(text);
      for (const rule of RULES) {
        if (rule.scope !== 'project') continue;
        // The document's properties each part reads, through a proxy (the memos keyed by document see a new one).
        const reading = (read: Set<string>) =>
          new Proxy(document, { get: (target, key, receiver) => (typeof key === 'string' && read.add(key), Reflect.get(target, key, receiver)) });
        const context = (read: Set<string>) => ({ document: reading(read), lines, uri: `file:///corpus/${file}`, workspace, directives: [], report: () => undefined });
        const inInputs = new Set<string>();
        rule.inputs(context(inInputs));
        const inCheck = new Set<string>();
        for (const project of document.projects) rule.checkProject(context(inCheck), project);
        for (const key of inCheck) if (key !== 'text' && key !== 'kind' && !inInputs.has(key)) undeclared.set(`${rule.id} reads document.${key}`, `${file}, version ${version}`);
      }
      for (let edits = 0; edits < 5; edits++) text = edit(text, next);
    }
  }
  assert.deepEqual([...undeclared].map(([what, where]) => `${what} (${where}) without an input that reads it`), []);
});
