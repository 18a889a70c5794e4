// The contract of the safe fixes (`--fix`, "Fix all") over every real term file and mutated
// copies of them: per project and per field, every GitHub handle, email (obfuscated ones
// included) and URL of the original is still there, except a repeat inside the same field; no
// line the author wrote disappears; and fixing the result again changes nothing.
// The handles, emails and URLs are read here by a few regular expressions from the raw text,
// cut into projects at headings and into fields at label lines, not through the parser's model,
// so the test cannot pass because the parser misread an entry.

import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { SectionCache } from '../../server/src/core/incremental';
import { parseProposal } from '../../server/src/core/parse';
import { applyEdits, fixAll, safeFixEdits } from '../../server/src/features/fix-all';
import { lint, type TextEdit } from '../../server/src/rules';
import { fixturePath, readFixture } from '../helpers/paths';

/** Every term file of the corpus (`<year>_<term>_…`; the GSoC pages are another programme). */
const TERM_FILES = readdirSync(fixturePath('corpus')).filter((name) => /^\d{4}_.*\.md$/.test(name));

/** Ways real files differ from the copies in the corpus: line ends, a byte order mark, emails written so bots miss them. */
const MUTATIONS: Record<string, (text: string) => string> = {
  'as written': (text) => text,
  'with CRLF line ends': (text) => text.replace(/\r?\n/g, '\r\n'),
  'with a byte order mark': (text) => `\uFEFF${text}`,
  'with obfuscated emails': (text) =>
    text.replace(/\b([A-Za-z0-9._-]+)@([A-Za-z0-9-]+)\.([A-Za-z]{2,})\b/g, (_, local, domain, top) => `${local} AT ${domain} DOT ${top}`),
  // A project heading lost: two entries (often with the same mentors) read as one.
  'with every other project heading removed': removeEveryOtherProjectHeading,
};

for (const file of TERM_FILES) {
  for (const [mutation, mutate] of Object.entries(MUTATIONS)) {
    test(`safe fixes keep the author's handles, emails, URLs and lines: ${file} ${mutation}`, () => {
      const original = mutate(readFixture('corpus', file));
      const fixed = fixAll(original).text;
      const rounds = replayRounds(original);
      assert.equal(rounds.at(-1)?.after ?? original, fixed, 'the replayed rounds end where fixAll does');
      for (const round of rounds) assertKeepsAuthorsText(round);
      assert.equal(fixAll(fixed).text, fixed, 'fixing the fixed text again changes it');
    });
  }
}

test('the extractor reads handles, emails (plain, linked, obfuscated) and URLs', () => {
  const tokens = fieldTokens(
    '- Mentor(s): Ann Lee (@ann-lee, [ann@example.com](mailto:ann@example.com)), Bo (bo AT example DOT org), @[cy](https://github.com/cy)\n',
  );
  assert.deepEqual([...tokens.keys()].sort(), ['@ann-lee', '@cy', 'ann@example.com', 'bo@example.org', 'https://github.com/cy']);
});

// From 2023_01-Mar-May_README.md (Meshery, descriptions shortened), with the heading between two
// entries lost: Lee Calcote mentors both, so mentor-duplicate's fix deleted the second field's entry.
const LOST_HEADING = `
##### Distributed workflow engine

- Description: Integrate a new architectural component into Meshery: a workflow engine.
- Recommended Skills: Golang, Temporal, ReactJS
- Mentor(s): Lee Calcote (@leecalcote, leecalcote@gmail.com), Ashish Tiwari (ashishjaitiwari15112000@gmail.com)
- Issue: https://github.com/meshery/meshery/issues/3934
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/73202d21-d4ca-4435-9a73-f326c9b3e796

- Description: Advance the cloud native playground in which any CNCF project can be explored.
- Recommended Skills: ReactJS, CSS, Golang (nice-to-have)
- Mentor(s): Lee Calcote (@leecalcote, leecalcote@gmail.com), Abhishek Kumar (@abhishek-kumar09, abhimait1909@gmail.com)
- Issue: https://github.com/meshery/meshery/issues/7020
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/2ee7a912-e26e-4602-9dfc-4febe3842df3
`;

test('fix-all keeps a mentor repeated in a second Mentor(s) field (a lost heading)', () => {
  const text = `#### Meshery\n${LOST_HEADING}`;
  const fixed = fixAll(text).text;
  assert.equal(fixed.match(/Lee Calcote \(@leecalcote, leecalcote@gmail\.com\)/g)?.length, 2);
});

test(
  "mentor-duplicate: the fix that drops a repeat from another Mentor(s) field is not safe",
  () => {
    const text = `#### Meshery\n${LOST_HEADING}`;
    const duplicates = lint(parseProposal(text)).filter((finding) => finding.rule === 'mentor-duplicate');
    assert.ok(duplicates.length > 0);
    assert.deepEqual(duplicates.map((finding) => finding.fixes.some((fix) => fix.safe)), duplicates.map(() => false));
  },
);

test(
  'a doubled label "Mentor(s): Mentor(s):" is not rewritten to "Mentor(@s):"',
  () => {
    const text = '#### Org\n\n##### Project\n\n- Description: x\n- Recommended Skills: Go\n- Mentor(s): Mentor(s):  Yi Zha\n';
    assert.doesNotMatch(fixAll(text).text, /Mentor\(@s\)/);
  },
);

// From 2026_01-Mar-May_README.md (Fluid): a fullwidth comma between the handle and the email.
test(
  'a fullwidth comma after a handle gets no second comma',
  () => {
    const text =
      '#### Fluid\n\n##### Cache Runtime\n\n- Description: x\n- Recommended Skills: Go\n- Mentor(s):\n   - Tongyu Guo (@Syspretor，[guotongyu.gty@alibaba-inc.com](mailto:guotongyu.gty@alibaba-inc.com))\n   - Yang Che (@cheyang, [cheyang52@gmail.com](mailto:cheyang52@gmail.com))\n';
    assert.doesNotMatch(fixAll(text).text, /，\s*,/);
  },
);

/** One round of fix-all: the text before, the edits applied with the rule of each, and the text after. */
interface Round {
  before: string;
  edits: { edit: TextEdit; rule: string }[];
  after: string;
}

/** Fix-all's rounds, replayed so that each edit is known with the rule that made it. */
function replayRounds(text: string): Round[] {
  const rounds: Round[] = [];
  const sections = new SectionCache();
  let current = text;
  for (let round = 0; round < 10; round++) {
    const document = sections.parse(current);
    const findings = lint(document);
    const ruleOf = new Map<TextEdit, string>();
    for (const finding of findings) for (const fix of finding.fixes) for (const edit of fix.edits) ruleOf.set(edit, finding.rule);
    const edits = safeFixEdits(findings, document);
    if (edits.length === 0) break;
    const next = applyEdits(current, edits);
    if (next === current) break;
    rounds.push({ before: current, edits: edits.map((edit) => ({ edit, rule: ruleOf.get(edit) ?? '?' })), after: next });
    current = next;
  }
  return rounds;
}

/** Asserts that a round kept every handle, email and URL per project and field, and every line. */
function assertKeepsAuthorsText({ before, edits, after }: Round): void {
  const projectsBefore = splitProjects(before);
  const projectsAfter = splitProjects(after);
  assert.equal(projectsAfter.length, projectsBefore.length, `the fixes of ${rulesOf(edits)} changed the number of headings`);
  projectsBefore.forEach((project, index) => {
    const kept = projectTokens(projectsAfter[index].text);
    for (const [token, fields] of projectTokens(project.text)) {
      const left = kept.get(token) ?? 0;
      if (left >= fields) continue;
      // The edit that, applied alone, writes the token fewer times around itself made the loss.
      const culprits = edits.filter(({ edit }) => {
        const start = Math.max(0, edit.span.start - 300);
        const end = Math.min(before.length, edit.span.end + 300);
        const alone = before.slice(start, edit.span.start) + edit.newText + before.slice(edit.span.end, end);
        return (fieldTokens(alone).get(token) ?? 0) < (fieldTokens(before.slice(start, end)).get(token) ?? 0);
      });
      assert.fail(
        `${rulesOf(culprits.length > 0 ? culprits : edits)} lost ${token} from "${project.title}": ` +
          `${fields} of its fields held it, ${left} after the fix`,
      );
    }
  });
  const lost = lostLines(before, after);
  for (const line of lost) {
    // A dropped line is fine only when its words stay in the project (a repeated mentor).
    const project = projectsAfter.find((candidate) => candidate.start <= line.offsetAfter && line.offsetAfter <= candidate.end);
    const words = line.text.toLowerCase().match(/[\p{L}\p{N}]{2,}/gu) ?? [];
    const missing = words.filter((word) => !project?.text.toLowerCase().includes(word));
    assert.deepEqual(missing, [], `${rulesOf(edits)} dropped the line "${line.text}"`);
  }
}

/** The rules of some edits, for a failure message. */
function rulesOf(edits: readonly { rule: string }[]): string {
  return [...new Set(edits.map(({ rule }) => rule))].join(', ') || 'no rule';
}

/** The text between headings (the part before the first heading first), with its place. */
function splitProjects(text: string): { title: string; text: string; start: number; end: number }[] {
  const projects: { title: string; text: string; start: number; end: number }[] = [];
  const headingPattern = /^ {0,3}#{1,6}(?:[ \t].*)?$/gm;
  let start = 0;
  let title = '(before the first heading)';
  for (const match of text.matchAll(headingPattern)) {
    projects.push({ title, text: text.slice(start, match.index), start, end: match.index });
    start = match.index;
    title = match[0].replace(/^ *#+\s*/, '').trim();
  }
  projects.push({ title, text: text.slice(start), start, end: text.length });
  return projects;
}

/**
 * How many fields of a project hold each token: a field starts at a line that begins, after an
 * optional list marker and bold markup, with a few words and a colon (or a known label alone).
 */
function projectTokens(text: string): Map<string, number> {
  const fields: string[] = [];
  let current = '';
  for (const line of text.split(/(?<=\n)/)) {
    if (LABEL_LINE.test(line) && current !== '') {
      fields.push(current);
      current = '';
    }
    current += line;
  }
  fields.push(current);
  const counts = new Map<string, number>();
  for (const field of fields) for (const token of fieldTokens(field).keys()) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

const LABEL_LINE = /^ {0,3}(?:[-*+][ \t]+)?(?:\*\*|__)?[A-Za-z][A-Za-z ()/-]{0,40}?(?:\\?\*\\?\*|__)?[ \t]*(?:[:：]|(?:Mentors?|Recommended Skills|Expected Outcomes?)[ \t]*\r?$)/;

/** The handles, emails and URLs of a text (lower case, except URLs), with how often each is written. */
function fieldTokens(text: string): Map<string, number> {
  const found: string[] = [];
  for (const [url] of text.matchAll(/https?:\/\/[^\s<>()[\]"'`]+/g)) found.push(url.replace(/[.,;:!?*_~]+$/, ''));
  for (const [email] of text.matchAll(/[\w.%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g)) found.push(email.toLowerCase());
  for (const [, local, domain, top] of text.matchAll(/([\w.%+-]+) (?:AT|\[at\]) ([A-Za-z0-9-]+) (?:DOT|\[dot\]) ([A-Za-z]+)/g)) {
    found.push(`${local}@${domain}.${top}`.toLowerCase());
  }
  for (const [, handle, linked] of text.matchAll(/(?<![\w.@/-])@(?:([A-Za-z0-9][A-Za-z0-9-]*)|\[([A-Za-z0-9][A-Za-z0-9-]*)\])/g)) {
    found.push(`@${handle ?? linked}`.toLowerCase());
  }
  const counts = new Map<string, number>();
  for (const token of found) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

/**
 * The non-blank lines of `before` that a line diff finds removed with nothing in their place
 * (a hunk that removes more lines than it adds), each with where its hunk is in `after`.
 */
function lostLines(before: string, after: string): { text: string; offsetAfter: number }[] {
  const oldLines = before.split('\n');
  const newLines = after.split('\n');
  // Common prefix and suffix first: the fixes touch few lines, so the part to diff is small.
  let prefix = 0;
  while (prefix < oldLines.length && prefix < newLines.length && oldLines[prefix] === newLines[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < oldLines.length - prefix &&
    suffix < newLines.length - prefix &&
    oldLines[oldLines.length - 1 - suffix] === newLines[newLines.length - 1 - suffix]
  ) suffix++;
  const oldMiddle = oldLines.slice(prefix, oldLines.length - suffix);
  const newMiddle = newLines.slice(prefix, newLines.length - suffix);
  const lost: { text: string; offsetAfter: number }[] = [];
  const offsetOfLine = (line: number) => newLines.slice(0, line).reduce((sum, text) => sum + text.length + 1, 0);
  for (const hunk of diffHunks(oldMiddle, newMiddle)) {
    if (hunk.removed.length <= hunk.added) continue;
    const offsetAfter = offsetOfLine(prefix + hunk.newAt);
    for (const text of hunk.removed.slice(hunk.added)) if (text.trim() !== '') lost.push({ text, offsetAfter });
  }
  return lost;
}

/** The hunks of a longest-common-subsequence line diff: lines removed, how many added, where in the new lines. */
function diffHunks(oldLines: string[], newLines: string[]): { removed: string[]; added: number; newAt: number }[] {
  const width = newLines.length + 1;
  const common = new Int32Array((oldLines.length + 1) * width);
  for (let i = oldLines.length - 1; i >= 0; i--) {
    for (let j = newLines.length - 1; j >= 0; j--) {
      common[i * width + j] = oldLines[i] === newLines[j] ? common[(i + 1) * width + j + 1] + 1 : Math.max(common[(i + 1) * width + j], common[i * width + j + 1]);
    }
  }
  const hunks: { removed: string[]; added: number; newAt: number }[] = [];
  let hunk: { removed: string[]; added: number; newAt: number } | undefined;
  let i = 0;
  let j = 0;
  while (i < oldLines.length || j < newLines.length) {
    if (i < oldLines.length && j < newLines.length && oldLines[i] === newLines[j]) {
      hunk = undefined;
      i++;
      j++;
      continue;
    }
    if (!hunk) hunks.push((hunk = { removed: [], added: 0, newAt: j }));
    if (j < newLines.length && (i === oldLines.length || common[i * width + j + 1] >= common[(i + 1) * width + j])) {
      hunk.added++;
      j++;
    } else {
      hunk.removed.push(oldLines[i]);
      i++;
    }
  }
  return hunks;
}

/** Removes every other heading at the document's most common heading level (its project level). */
function removeEveryOtherProjectHeading(text: string): string {
  const levels = new Map<number, number>();
  for (const [, hashes] of text.matchAll(/^(#{1,6}) /gm)) levels.set(hashes.length, (levels.get(hashes.length) ?? 0) + 1);
  const projectLevel = [...levels].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 4;
  let seen = 0;
  return text.replace(new RegExp(`^#{${projectLevel}} .*\\r?\\n`, 'gm'), (line) => (seen++ % 2 === 1 ? '' : line));
}
