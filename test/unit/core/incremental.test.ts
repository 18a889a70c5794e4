// The incremental parse equals a whole parse: after each of many random edits of corpus text
// (seeded, reproducible from the seed printed), the model read from re-used and re-parsed
// sections is the model parseProposal reads from the whole text.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { readAndSettle, SectionCache, sectionStarts } from '../../../server/src/core/incremental';
import type { ProposalDocument } from '../../../server/src/core/model';
import { parseBlocks, parseProposal } from '../../../server/src/core/parse';
import { RELOCATIONS } from '../../../server/src/core/incremental/relocate';
import { asTerm } from '../../helpers/documents';
import { CORPUS_FILES, readFixture } from '../../helpers/paths';
import { random, seedFrom } from '../../helpers/random';

/** The model as plain data (organisations by name instead of references, so it can be compared). */
function snapshot(document: ProposalDocument): string {
  return JSON.stringify(document, function (this: Record<string, unknown>, key, value) {
    if (key === 'org' || key === 'parent') return (value as { name?: string } | undefined)?.name;
    if (key === 'projects' && 'misplaced' in this) return (value as Array<{ title: string }>).map((project) => project.title);
    return value;
  });
}

const PIECES = ['\n', '\n\n', '#', '### ', '#### New entry\n', '- ', '- Mentor(s): ', '@', '(', ')', '`', '```\n', '> ', '<!-- ', ' -->', '<div>\n', 'x', ' ', '\r\n', '😀', '[a](#b)', '  - '];

// The seed is in the test's name, so a CI report that lists only failing tests' names still says it.
const SEED = seedFrom('LFX_SEED');

test(`the incremental parse equals the whole parse after random edits of corpus text (LFX_SEED=${SEED})`, () => {
  const seed = SEED;
  const next = random(seed);
  let edits = 0;
  for (const file of CORPUS_FILES) {
    const corpus = readFixture('corpus', file);
    // A window of the file keeps each whole parse short.
    const lines = corpus.split('\n');
    const from = Math.floor(next() * Math.max(1, lines.length - 150));
    let text = lines.slice(from, from + 150).join('\n');
    const cache = new SectionCache();
    for (let step = 0; step < 200; step++) {
      const at = Math.floor(next() * (text.length + 1));
      if (next() < 0.5) {
        text = text.slice(0, at) + PIECES[Math.floor(next() * PIECES.length)] + text.slice(at);
      } else {
        text = text.slice(0, at) + text.slice(at + Math.floor(next() * 40));
      }
      edits++;
      const incremental = snapshot(cache.parse(text));
      const whole = snapshot(parseProposal(text));
      if (incremental !== whole) {
        // Printed as well: the reporter may show only the diff of the two long snapshots.
        console.log(`incremental ≠ whole: seed ${seed}, ${file} from line ${from + 1}, edit ${step}: rerun with LFX_SEED=${seed}`);
        assert.equal(incremental, whole, `seed ${seed}, ${file} from line ${from + 1}, edit ${step}: rerun with LFX_SEED=${seed}`);
      }
    }
  }
  console.log(`incremental = whole after ${edits} random edits (seed ${seed})`);
});

test(`typing in one place: each keystroke equals the whole parse, and most re-parse only the blocks they touched (LFX_SEED=${SEED})`, () => {
  const next = random(SEED + 1);
  let keystrokes = 0;
  let windowed = 0;
  for (const file of CORPUS_FILES) {
    const lines = readFixture('corpus', file).split('\n');
    const from = Math.floor(next() * Math.max(1, lines.length - 150));
    let text = lines.slice(from, from + 150).join('\n');
    const cache = new SectionCache();
    cache.parse(text);
    for (let burst = 0; burst < 6; burst++) {
      // A cursor, and characters typed or deleted around it, as an author writes.
      let cursor = Math.floor(next() * (text.length + 1));
      for (let step = 0; step < 25; step++) {
        const roll = next();
        if (roll < 0.6) {
          const piece = roll < 0.45 ? 'abcdefgh xyz'[Math.floor(next() * 12)] : PIECES[Math.floor(next() * PIECES.length)];
          text = text.slice(0, cursor) + piece + text.slice(cursor);
          cursor += piece.length;
        } else if (roll < 0.85 && cursor > 0) {
          text = text.slice(0, cursor - 1) + text.slice(cursor);
          cursor--;
        } else {
          cursor = Math.max(0, Math.min(text.length, cursor + Math.floor(next() * 200) - 100));
          continue;
        }
        keystrokes++;
        const incremental = snapshot(cache.parse(text));
        if (cache.parsedLength < sectionLength(text, cursor)) windowed++;
        const whole = snapshot(parseProposal(text));
        if (incremental !== whole) {
          console.log(`incremental ≠ whole while typing: seed ${SEED}, ${file} from line ${from + 1}, burst ${burst}, step ${step}`);
          assert.equal(incremental, whole, `seed ${SEED}, ${file} from line ${from + 1}, burst ${burst}, step ${step}: rerun with LFX_SEED=${SEED}`);
        }
      }
    }
  }
  console.log(`typing: incremental = whole after ${keystrokes} keystrokes, ${windowed} of them re-parsed part of their section (seed ${SEED})`);
  // Typing goes through the edit window: a test that would pass with every section parsed whole says so.
  assert.ok(windowed > keystrokes * 0.5, `${windowed} of ${keystrokes} keystrokes re-parsed part of their section`);
});

/** The length of the section the offset is in. */
function sectionLength(text: string, at: number): number {
  const starts = sectionStarts(text);
  let index = 0;
  while (index + 1 < starts.length && starts[index + 1] <= at) index++;
  return (starts[index + 1] ?? text.length) - (starts[index] ?? 0);
}

test('typing in a field re-parses the paragraph it is in (from its field\'s marker line); in the line under the heading, that line', () => {
  const text = readFixture('corpus', '2026_03-Sep-Nov_README.md');
  const cache = new SectionCache();
  cache.parse(text);
  const type = (after: string) => {
    let current = text;
    const offset = current.indexOf(after) + after.length;
    // The first keystroke parses the section; the next ones only what they touch.
    for (const piece of ['x', 'y', 'z']) {
      current = current.slice(0, offset) + piece + current.slice(offset);
      assert.equal(snapshot(cache.parse(current)), snapshot(parseProposal(current)));
    }
    return { parsed: cache.parsedLength, section: sectionLength(current, offset) };
  };
  // One line of the 3.9 KB entry.
  const skills = type('- Recommended Skills: Go, OPA/Rego');
  assert.ok(skills.parsed < 150, `${skills.parsed} of ${skills.section} characters parsed`);
  const title = type('CNCF - Kubescape: Agent Sandbox');
  assert.ok(title.parsed < 150, `${title.parsed} of ${title.section} characters parsed`);
});

test('sections start at headings, never inside fenced code or HTML blocks', () => {
  const text = '# T\n\n```\n### not here\n```\n\n<div>\n### nor here\n\n</div>\n\n### Org\n\n<!-- a\n### nor here\n-->\n#### Project\n';
  assert.deepEqual(
    sectionStarts(text).map((start) => text.slice(start, text.indexOf('\n', start))),
    ['# T', '### Org', '#### Project'],
  );
});

test('a keystroke re-parses one section: the others keep their parsed blocks', () => {
  const text = readFixture('corpus', '2021_03-Fall_README.md');
  const cache = new SectionCache();
  const first = cache.parse(text);
  const edited = text.replace('Davanum Srinivas (@dims), Carlos', 'Davanum Srinivas (@dims), Carlo');
  const second = cache.parse(edited);
  assert.equal(snapshot(second), snapshot(parseProposal(edited)));
  // A later entry (Vitess) moved back by the deleted character; its content is unchanged.
  assert.equal(second.projects[5].title, first.projects[5].title);
  assert.equal(second.projects[5].heading.span.start, first.projects[5].heading.span.start - 1);
});

test('moved sections are moved in place, and a section written twice gets nodes of its own', () => {
  const section = '### Cilium\n\n#### Same entry\n\n- Description: d\n- Recommended Skills: Go\n- Mentor(s): Ann (@ann), Bob (@bob)\n- Upstream Issue: https://github.com/a/b/issues/1\n\n';
  const cache = new SectionCache();
  let text = `# Term\n\n${section}${section}`;
  assert.equal(snapshot(cache.parse(text)), snapshot(parseProposal(text)));
  // Typing above both copies moves them; typing between them moves only the second; each time
  // the result equals a whole parse, and the two copies never share (and double-move) a node.
  for (const at of [2, 2, text.indexOf('### Cilium', 20) + 1, text.length]) {
    text = `${text.slice(0, at)}x${text.slice(at)}`;
    assert.equal(snapshot(cache.parse(text)), snapshot(parseProposal(text)), `after typing at ${at}`);
  }
  text = text.replace(/^# Termx+/, '# Term');
  assert.equal(snapshot(cache.parse(text)), snapshot(parseProposal(text)));
});

test('no cut at a heading indented inside a list item, nor inside an HTML block opened after a lone \\r (LFX_SEED=773527, minimised)', () => {
  for (const text of ['### Org\n\n- a\n  #### inside the item\n- b\n', '### Org\n\nx\r<!-- \n### inside the comment\n-->\n']) {
    assert.deepEqual(sectionStarts(text), [0], JSON.stringify(text));
    assert.equal(snapshot(new SectionCache().parse(text)), snapshot(parseProposal(text)), JSON.stringify(text));
  }
});

test('a section before a heading ends as in the whole text: an HTML comment in a list item before a blank line (LFX_SEED=200003, minimised)', () => {
  const text = '### Org\n\n#### Project\n\n- Mentor(s): Ann (@ann)\n- <!-- LFX URL\n\n### Next\n';
  assert.equal(snapshot(new SectionCache().parse(text)), snapshot(parseProposal(text)));
  // The same section last in the text parses at the end of the input, as in the whole text.
  const cache = new SectionCache();
  cache.parse(text);
  const cut = text.slice(0, text.indexOf('### Next'));
  assert.equal(snapshot(cache.parse(cut)), snapshot(parseProposal(cut)));
});

test('a fence or HTML block that may be inside a list item ends with it: no cut where a later fence may be open (LFX_SEED=300018, minimised)', () => {
  for (const text of [
    // "  ```" belongs to the mentor item and ends with it; the "```" at column 0 opens a fence to the end.
    '### Org\n\n#### A\n\n- Mentor(s):\n  ```\n- b\n\n```\n\n#### B\n',
    // "<span>" continues the paragraph (HTML kind 7 cannot interrupt one), so the "```" opens a fence.
    '### Org\n\ntext\n<span>\n```\n\n#### B\n',
    // An indented "<!--" inside an item, closed by the item; a later "<!--" at column 0 hides "#### B".
    '### Org\n\n- a\n  <!-- x\n- b\n\n<!--\n-->\n\n#### B\n',
  ]) {
    assert.equal(snapshot(new SectionCache().parse(text)), snapshot(parseProposal(text)), JSON.stringify(text));
  }
  // Where both readings agree again (an indented fence closed at its own indentation), headings are cut as before.
  const closed = '### Org\n\n- a\n  ```\n  code\n  ```\n\n#### B\n';
  assert.deepEqual(sectionStarts(closed), [0, closed.indexOf('#### B')]);
});

test('the cache keeps no old version of the document alive (parsed text and readings are slices of the text they came from)', () => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const cache = new SectionCache();
  let text = readFixture('corpus', '2026_03-Sep-Nov_README.md');
  let document = cache.parse(text);
  const sections = sectionStarts(text).length;
  // Type into each section in turn: every section is then parsed and read from another version
  // of the 148 KB text. Were those versions kept, that would be 89 of them (22 MB; 1.7 MB grows with the copies).
  const typeIntoEverySection = () => {
    for (let index = 0; index < sections; index++) {
      const at = text.indexOf('\n', sectionStarts(text)[index]);
      text = `${text.slice(0, at)}x${text.slice(at)}`;
      document = cache.parse(text);
    }
  };
  // Once before measuring, so that what the first round compiles is not counted.
  typeIntoEverySection();
  gc();
  const before = process.memoryUsage().heapUsed;
  typeIntoEverySection();
  assert.equal(snapshot(document), snapshot(parseProposal(text)));
  gc();
  const grown = process.memoryUsage().heapUsed - before;
  assert.ok(grown < 4 * 1024 * 1024, `${(grown / 1048576).toFixed(1)} MB more after typing into ${sections} sections`);
});

test('settled blocks: the model is read from remembered readings; a read that needs a settled block\'s content is refused', () => {
  const text = readFixture('corpus', '2026_03-Sep-Nov_README.md');
  const blocks = parseBlocks(text);
  const read = readAndSettle(text, { type: 'root', children: blocks }, blocks);
  assert.ok(read);
  assert.equal(snapshot(read), snapshot(parseProposal(text)));
  // Their content is gone, and the same nodes still read as the same model.
  assert.ok(blocks.every((block) => !('children' in block) || block.children.length === 0));
  assert.equal(snapshot(readAndSettle(text, { type: 'root', children: blocks }, [])!), snapshot(parseProposal(text)));
  // A new heading before settled blocks has no reading for them: the caller must parse again.
  const project = blocks.findIndex((block) => block.type === 'heading' && block.depth === 4);
  const [heading] = parseBlocks(text.slice(blocks[project].position!.start.offset!)).map((block) => ({ ...block }));
  const mixed = [...blocks.slice(0, project), heading, ...blocks.slice(project + 1)];
  assert.equal(readAndSettle(text, { type: 'root', children: mixed }, []), undefined);
});

test('a moved section keeps every kind of span right: its reading is moved, not read again, and equals a whole parse', () => {
  const text = [
    '# Term',
    '',
    'Intro.',
    '',
    '## Contents',
    '',
    '- [Kubernetes](#kubernetes)',
    '- [Every span](#every-span)',
    '',
    '### Kubernetes',
    '',
    '#### Every span',
    '',
    '-      Description: written after a run of spaces that GitHub shows as code',
    '- Recommended Skills: Go',
    '- Mentor(s):',
    '  - Primary Mentor: Ann Lee (@annlee, ann@example.com)',
    '  - Bob Ray (@bobray, [bob@example.com](mailto:bob@example.com))',
    '  - Lin Sun (linsun)',
    '  - [Cy Dee](https://github.com/cydee)',
    '  - TBD (@tbd, tbd@email)',
    '- Upstream Issue: https://github.com/a/b/issues/1',
    'LFX URL: https://mentorship.lfx.linuxfoundation.org/project/x',
    '',
  ].join('\n');
  const cache = new SectionCache();
  cache.parse(text);
  const edited = text.replace('Intro.', 'Intro, longer.');
  const document = cache.parse(edited);
  assert.equal(snapshot(document), snapshot(parseProposal(edited)));
  // Only the edited section was parsed: the others' readings were moved.
  assert.equal(cache.parsedLength, edited.indexOf('## Contents'));
  // The fixture holds every kind of span the relocation tables move (placeholders are mentors, moved by the same table).
  const project = asTerm(document).projects[0];
  const present = new Set([...spanPaths({ heading: project.heading, project }, ''), ...spanPaths(asTerm(document).toc, 'toc')]);
  const expected = [...tablePaths(RELOCATIONS.SECTION_READING, ''), ...tablePaths(RELOCATIONS.TOC_READING, 'toc')].filter((path) => !path.startsWith('project.placeholders.'));
  assert.ok(present.has('project.placeholders.span'));
  assert.deepEqual(expected.filter((path) => !present.has(path)), []);
});

/** The key paths of a relocation table that are spans (`project.mentors.name.span`). */
function tablePaths(table: object, prefix: string): string[] {
  return Object.entries(table).flatMap(([key, how]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (how === 'span') return [path];
    return typeof how === 'object' ? tablePaths(how as object, path) : [];
  });
}

/** The key paths of the spans in plain model data (array elements under their array's key). */
function spanPaths(value: unknown, prefix: string): string[] {
  if (Array.isArray(value)) return value.flatMap((element) => spanPaths(element, prefix));
  if (value === null || typeof value !== 'object') return [];
  if (typeof (value as { start?: unknown }).start === 'number' && Object.keys(value).length === 2) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => (key === 'org' ? [] : spanPaths(child, prefix ? `${prefix}.${key}` : key)));
}

test('a cache shared by many documents (the CLI\'s files) reads each as a whole parse does, parsing a section written before only once', () => {
  const cache = new SectionCache({ shared: true });
  const texts = [...CORPUS_FILES, 'gsoc_2024.md'].map((file) => readFixture('corpus', file));
  // Versions of the 2026 term 2 README as its history has them: entries added, one edited, a BOM and CRLF.
  const latest = readFixture('corpus', '2026_02-Jun-Aug_README.md');
  const entries = sectionStarts(latest);
  const grown = [0.3, 0.6, 1].map((share) => latest.slice(0, entries[Math.floor(entries.length * share) - 1] ?? latest.length));
  const edited = latest.replace('Mentor(s)', 'Mentors');
  const versions = [...grown, edited, `\uFEFF${latest}`, latest.replace(/\n/g, '\r\n'), latest, latest + latest];
  let parsed = 0;
  for (const text of [...texts, ...versions, ...texts]) {
    assert.equal(snapshot(cache.parse(text)), snapshot(parseProposal(text)));
    parsed += cache.parsedLength;
  }
  const total = [...texts, ...versions, ...texts].reduce((sum, text) => sum + text.length, 0);
  // Each corpus file is parsed once (the second pass is free), the versions mostly not at all.
  assert.ok(parsed < total * 0.5, `${parsed} of ${total} characters parsed`);
});

test('steps pause once after each section they parse, and end with what parse gives; a second text pauses only for its new sections', () => {
  const text = readFixture('corpus', '2025_03-Sep-Nov_README.md');
  const drain = (steps: Generator<void, ProposalDocument, void>) => {
    let pauses = 0;
    for (;;) {
      const step = steps.next();
      if (step.done) return { document: step.value, pauses };
      pauses++;
    }
  };
  const cache = new SectionCache();
  const first = drain(cache.steps(text));
  assert.equal(first.pauses, sectionStarts(text).length);
  assert.equal(snapshot(first.document), snapshot(parseProposal(text)));
  // One section changed (a word in the last one): one pause.
  const edited = `${text}more words\n`;
  const second = drain(cache.steps(edited));
  assert.equal(second.pauses, 1);
  assert.equal(snapshot(second.document), snapshot(parseProposal(edited)));
});
