// Mentor entries as written in the real term files (test/fixtures/corpus/): splitMentorEntries,
// parseMentor, and the Mentor(s) field read through parseProposal. Every name, handle and
// email is checked against the exact text its span covers in the document.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseMentor, splitMentorEntries } from '../../../server/src/core/mentors';
import type { Mentor, Token } from '../../../server/src/core/model';
import { parseProposal } from '../../../server/src/core/parse';

/** The mentors of a one-project document whose Mentor(s) field is `mentorLines`, and the text. */
function mentorsOf(mentorLines: string): { text: string; mentors: readonly Mentor[] } {
  const text = `### Chaos Mesh

#### Monitoring Metrics about Chaos Mesh

- Description: Observability is very important for each application.
- Recommended Skills: golang, prometheus, grafana
${mentorLines}
- Upstream Issue: https://github.com/chaos-mesh/chaos-mesh/issues/2198
`;
  const document = parseProposal(text);
  assert.equal(document.projects.length, 1);
  return { text, mentors: document.projects[0].mentors };
}

/** name, handle and email texts, the problems and the sub-list flag: what most tests compare. */
function summary(mentor: Mentor) {
  return {
    name: mentor.name?.text,
    handle: mentor.handle?.text,
    email: mentor.email?.text,
    problems: mentor.problems,
    inSubList: mentor.inSubList,
  };
}

/** Every token of every mentor covers exactly its text in `text`. */
function assertTokensExact(text: string, mentors: readonly Mentor[]): void {
  for (const mentor of mentors) {
    assert.equal(text.slice(mentor.span.start, mentor.span.end), mentor.text);
    for (const [what, token] of [
      ['name', mentor.name],
      ['handle', mentor.handle],
      ['email', mentor.email],
    ] as const) {
      if (token) assert.equal(text.slice(token.span.start, token.span.end), token.text, `${what} of ${mentor.text}`);
    }
    if (mentor.link) {
      const linked = text.slice(mentor.link.span.start, mentor.link.span.end);
      assert.equal(linked, `[${mentor.link.text}](${mentor.link.url})`);
    }
  }
}

/** A token for `entry` placed at `base`, as the parser hands entries to parseMentor. */
function entryAt(entry: string, base: number): Token {
  return { text: entry, span: { start: base, end: base + entry.length } };
}

// ---------------------------------------------------------------------------------------
// splitMentorEntries

test('splitMentorEntries splits an inline list at commas outside parentheses, with offsets from base', () => {
  // From 2021_03-Fall_README.md (WasmEdge).
  const line = 'Hung-Ying Tai (@hydai), Shen-Ta Hsieh (@ibmibmibm)';
  assert.deepEqual(splitMentorEntries(line, 100, false), [
    { text: 'Hung-Ying Tai (@hydai)', span: { start: 100, end: 122 } },
    { text: 'Shen-Ta Hsieh (@ibmibmibm)', span: { start: 124, end: 150 } },
  ]);
});

test('splitMentorEntries keeps the comma between handle and email inside the parentheses', () => {
  // From 2023_01-Mar-May_README.md (Pack Performance enhancements): entries separated by ";".
  const line = 'Natalie Arellano (@natalieparellano, narellano@vmware.com); Joe Kimmel (@joe-kimmel-vmw, jkimmel@vmware.com) ';
  assert.deepEqual(
    splitMentorEntries(line, 0, false).map((token) => token.text),
    ['Natalie Arellano (@natalieparellano, narellano@vmware.com)', 'Joe Kimmel (@joe-kimmel-vmw, jkimmel@vmware.com)'],
  );
});

test('splitMentorEntries splits at line breaks and at " & " / " and " between two entries with handles', () => {
  assert.deepEqual(
    splitMentorEntries('Ann (@ann)\nBob (@bob) and Cy (@cy) & Di (@di)', 0, false).map((token) => token.text),
    ['Ann (@ann)', 'Bob (@bob)', 'Cy (@cy)', 'Di (@di)'],
  );
  // "&" or "and" inside a name, with no handle before it, splits nothing.
  assert.deepEqual(
    splitMentorEntries('Tom & Jerry (@tj), Rand and Co (@rand)', 0, false).map((token) => token.text),
    ['Tom & Jerry (@tj)', 'Rand and Co (@rand)'],
  );
});

test('splitMentorEntries drops empty entries and trailing punctuation, keeping offsets exact', () => {
  const line = ' Ann (@ann),  , Bob (@bob). ';
  const tokens = splitMentorEntries(line, 7, false);
  assert.deepEqual(
    tokens.map((token) => token.text),
    ['Ann (@ann)', 'Bob (@bob)'],
  );
  for (const token of tokens) assert.equal(line.slice(token.span.start - 7, token.span.end - 7), token.text);
});

test('splitMentorEntries in single mode keeps one entry whole, commas in the name included', () => {
  // From 2025_03-Sep-Nov_README.md (WasmEdge): "Hung-Ying, Tai" is one person.
  assert.deepEqual(splitMentorEntries('Hung-Ying, Tai (@hydai, hydai@secondstate.io)', 4, true), [
    { text: 'Hung-Ying, Tai (@hydai, hydai@secondstate.io)', span: { start: 4, end: 49 } },
  ]);
});

test('splitMentorEntries cuts off a note after " - " that follows an entry', () => {
  assert.deepEqual(
    splitMentorEntries('Ann (@ann, ann@example.com) - primary contact', 0, true).map((token) => token.text),
    ['Ann (@ann, ann@example.com)'],
  );
  // A hyphenated name is no note.
  assert.deepEqual(
    splitMentorEntries('Shen-Ta Hsieh (@ibmibmibm)', 0, true).map((token) => token.text),
    ['Shen-Ta Hsieh (@ibmibmibm)'],
  );
});

// ---------------------------------------------------------------------------------------
// parseMentor

test('parseMentor reads Name (@handle, email) with each part at its offset', () => {
  // From 2023_01-Mar-May_README.md (Cilium).
  const entry = 'Bill Mulligan (@xmulligan, bill@isovalent.com)';
  const mentor = parseMentor(entryAt(entry, 50), true);
  assert.deepEqual(summary(mentor), {
    name: 'Bill Mulligan',
    handle: '@xmulligan',
    email: 'bill@isovalent.com',
    problems: [],
    inSubList: true,
  });
  assert.deepEqual(mentor.name?.span, { start: 50, end: 63 });
  assert.deepEqual(mentor.handle?.span, { start: 65, end: 75 });
  assert.deepEqual(mentor.email?.span, { start: 77, end: 95 });
  assert.deepEqual(mentor.span, { start: 50, end: 96 });
});

test('parseMentor reads Name (@handle) with no email, and Name(@handle) with no space', () => {
  // From 2021_01-Spring_project_ideas.md (Keptn).
  assert.deepEqual(summary(parseMentor(entryAt('Jürgen Etzlstorfer(@jetzlstorfer)', 0), false)), {
    name: 'Jürgen Etzlstorfer',
    handle: '@jetzlstorfer',
    email: undefined,
    problems: [],
    inSubList: false,
  });
});

test('parseMentor skips a role prefix (Primary:, Adjunct:) before the name', () => {
  const mentor = parseMentor(entryAt('Primary: Jane Doe (@jdoe, jane@example.com)', 10), true);
  assert.equal(mentor.text, 'Primary: Jane Doe (@jdoe, jane@example.com)');
  assert.deepEqual(mentor.name, { text: 'Jane Doe', span: { start: 19, end: 27 } });
  assert.deepEqual(mentor.handle, { text: '@jdoe', span: { start: 29, end: 34 } });
  assert.deepEqual(mentor.problems, []);
  assert.equal(parseMentor(entryAt('Adjunct: Jane Doe (@jdoe)', 0), true).name?.text, 'Jane Doe');
});

test('parseMentor: a handle alone has no name, and outside parentheses is not the canonical shape', () => {
  // From 2021_01-Spring_project_ideas.md (Crossplane): "@hasheddan, @negz, @jbw976".
  assert.deepEqual(summary(parseMentor(entryAt('@hasheddan', 0), false)), {
    name: undefined,
    handle: '@hasheddan',
    email: undefined,
    problems: ['no-name', 'shape'],
    inSubList: false,
  });
});

test('parseMentor: a name alone has no handle', () => {
  // From 2022_01-Spring_project_ideas.md (Tremor): "Matthias Wahl, Darach Ennis".
  assert.deepEqual(summary(parseMentor(entryAt('Matthias Wahl', 0), false)), {
    name: 'Matthias Wahl',
    handle: undefined,
    email: undefined,
    problems: ['no-handle'],
    inSubList: false,
  });
});

test('parseMentor: the email before the handle is the wrong shape', () => {
  // From 2023_01-Mar-May_README.md (Multi-Architecture Builds Support).
  const entry = 'Juan Bustamante (jbustamante@vmware.com, @jjbustamante)';
  const mentor = parseMentor(entryAt(entry, 0), false);
  assert.deepEqual(summary(mentor), {
    name: 'Juan Bustamante',
    handle: '@jjbustamante',
    email: 'jbustamante@vmware.com',
    problems: ['shape'],
    inSubList: false,
  });
  assertTokensExact(entry, [mentor]);
});

test('parseMentor: a handle linked to a profile of another name is a link mismatch', () => {
  // From 2021_03-Fall_README.md (Chaos Mesh): the link text says ZhiqiangZhou, the profile is strrl.
  const entry = '[@ZhiqiangZhou](https://github.com/strrl)';
  const mentor = parseMentor(entryAt(entry, 0), false);
  assert.deepEqual(summary(mentor), {
    name: undefined,
    handle: '@ZhiqiangZhou',
    email: undefined,
    problems: ['no-name', 'link-mismatch'],
    inSubList: false,
  });
  assert.deepEqual(mentor.link, {
    text: '@ZhiqiangZhou',
    url: 'https://github.com/strrl',
    span: { start: 0, end: entry.length },
    profile: 'strrl',
  });
  assertTokensExact(entry, [mentor]);
});

test('parseMentor: a handle linked to its own profile is linked, not a mismatch', () => {
  // From 2021_01-Spring_project_ideas.md (Thanos).
  const mentor = parseMentor(entryAt('[@yashrsharma44](https://github.com/yashrsharma44)', 0), false);
  assert.deepEqual(mentor.problems, ['no-name', 'linked']);
  assert.equal(mentor.handle?.text, '@yashrsharma44');
  assert.equal(mentor.link?.profile, 'yashrsharma44');
});

test('parseMentor: a link text with a space in place of the handle is the handle token, a linked name (no mismatch)', () => {
  // From 2021_03-Fall_README.md (Tremor): "[@Matthias Wahl](https://github.com/mfelsche)". The
  // link text is a name, not another user's handle: the profile names the handle.
  const entry = '[@Matthias Wahl](https://github.com/mfelsche)';
  const mentor = parseMentor(entryAt(entry, 0), false);
  assert.equal(mentor.handle?.text, '@Matthias Wahl');
  assert.deepEqual(mentor.problems, ['no-name', 'linked']);
  assertTokensExact(entry, [mentor]);
});

test('parseMentor: a linked name with no handle', () => {
  // From 2021_03-Fall_README.md (etcd).
  const entry = '[Nate Waddington](https://github.com/nate-double-u)';
  const mentor = parseMentor(entryAt(entry, 20), true);
  assert.deepEqual(summary(mentor), {
    name: 'Nate Waddington',
    handle: undefined,
    email: undefined,
    problems: ['no-handle', 'linked'],
    inSubList: true,
  });
  assert.deepEqual(mentor.name?.span, { start: 21, end: 36 });
  assert.equal(mentor.link?.profile, 'nate-double-u');
});

test('parseMentor: a handle linked to a profile that is not on GitHub has no profile', () => {
  // From 2021_03-Fall_README.md (Meshery): "Lee Calcote ([@lcalcote](https://twitter.com/lcalcote))".
  const entry = 'Lee Calcote ([@lcalcote](https://twitter.com/lcalcote))';
  const mentor = parseMentor(entryAt(entry, 0), false);
  assert.equal(mentor.name?.text, 'Lee Calcote');
  assert.equal(mentor.handle?.text, '@lcalcote');
  assert.equal(mentor.link?.url, 'https://twitter.com/lcalcote');
  assert.equal(mentor.link?.profile, undefined);
  assert.deepEqual(mentor.problems, ['linked']);
  assertTokensExact(entry, [mentor]);
});

test('parseMentor: @[handle](profile) gives the handle @handle, linked', () => {
  // From 2021_01-Spring_project_ideas.md (Chaos Mesh).
  const entry = 'Wang Xiang (@[WangXiangUSTC](https://github.com/WangXiangUSTC))';
  const mentor = parseMentor(entryAt(entry, 0), false);
  assert.deepEqual(summary(mentor), {
    name: 'Wang Xiang',
    handle: '@WangXiangUSTC',
    email: undefined,
    problems: ['linked'],
    inSubList: false,
  });
  assert.equal(mentor.link?.profile, 'WangXiangUSTC');
  assert.equal(mentor.handle?.span.start, entry.indexOf('@['));
});

test('parseMentor: the handle token of @[handle](profile) is the handle it stands for, its span the written @ and name', () => {
  // From 2021_01-Spring_project_ideas.md (Chaos Mesh). The text is not contiguous in the source
  // ("@" + "[" + name): the one documented exception to "a token's text is what its span covers".
  const entry = 'Wang Xiang (@[WangXiangUSTC](https://github.com/WangXiangUSTC))';
  const mentor = parseMentor(entryAt(entry, 0), false);
  assert.ok(mentor.handle);
  assert.equal(mentor.handle.text, '@WangXiangUSTC');
  assert.equal(entry.slice(mentor.handle.span.start, mentor.handle.span.end), '@[WangXiangUSTC');
  assert.equal(mentor.handle.text, entry.slice(mentor.handle.span.start, mentor.handle.span.end).replace('@[', '@'));
});

test('parseMentor: a space and no comma between handle and email is the wrong shape', () => {
  // From 2025_03-Sep-Nov_README.md (OpenTelemetry).
  const entry = 'Andrej Kiripolsky (@AndrejKiri andrej.kiripolsky@gmail.com)';
  const mentor = parseMentor(entryAt(entry, 0), true);
  assert.deepEqual(summary(mentor), {
    name: 'Andrej Kiripolsky',
    handle: '@AndrejKiri',
    email: 'andrej.kiripolsky@gmail.com',
    problems: ['shape'],
    inSubList: true,
  });
  assertTokensExact(entry, [mentor]);
});

test('parseMentor: a full name written where the handle goes is the handle token ("@Mike Spreitzer")', () => {
  // From 2025_03-Sep-Nov_README.md (KubeStellar). The shape is right; the handle itself is
  // invalid, which is mentor-handle's to report, not a shape problem.
  const entry = 'Mike Spreitzer (@Mike Spreitzer, mspreitz@us.ibm.com)';
  const mentor = parseMentor(entryAt(entry, 0), true);
  assert.deepEqual(summary(mentor), {
    name: 'Mike Spreitzer',
    handle: '@Mike Spreitzer',
    email: 'mspreitz@us.ibm.com',
    problems: [],
    inSubList: true,
  });
  assert.deepEqual(mentor.handle?.span, { start: 16, end: 31 });
});

test('parseMentor: a missing closing parenthesis is unbalanced (and so not the canonical shape)', () => {
  const entry = 'Jim Bugwadia (@JimBugwadia';
  const mentor = parseMentor(entryAt(entry, 0), false);
  assert.deepEqual(summary(mentor), {
    name: 'Jim Bugwadia',
    handle: '@JimBugwadia',
    email: undefined,
    problems: ['unbalanced-parenthesis', 'shape'],
    inSubList: false,
  });
  const withEmail = parseMentor(entryAt('Lin Sun (@linsun, linsun@solo.io', 0), true);
  assert.deepEqual([withEmail.handle?.text, withEmail.email?.text], ['@linsun', 'linsun@solo.io']);
  assert.deepEqual(withEmail.problems, ['unbalanced-parenthesis', 'shape']);
});

// ---------------------------------------------------------------------------------------
// Through parseProposal: the Mentor(s) field as written in the corpus

test('inline mentors: Name (@handle), Name (@handle)', () => {
  // From 2021_03-Fall_README.md (Kubernetes, CAPG).
  const { text, mentors } = mentorsOf('- Mentor(s): Davanum Srinivas (@dims), Carlos Tadeu Panato Junior (@cpanato)');
  assert.deepEqual(mentors.map(summary), [
    { name: 'Davanum Srinivas', handle: '@dims', email: undefined, problems: [], inSubList: false },
    { name: 'Carlos Tadeu Panato Junior', handle: '@cpanato', email: undefined, problems: [], inSubList: false },
  ]);
  assert.equal(mentors[1].handle?.span.start, text.indexOf('@cpanato'));
  assertTokensExact(text, mentors);
});

test('sub-list mentors: - Name (@handle, email), one per item', () => {
  // From 2026_03-Sep-Nov_README.md (Apicurio Registry).
  const { text, mentors } = mentorsOf(`- Mentor(s):
  - Vandana Yadav (@vandanayadav7, vandana.yadav.vs@gmail.com)
  - Carles Arnal (@carlesarnal, carnalca@ibm.com)`);
  assert.deepEqual(mentors.map(summary), [
    { name: 'Vandana Yadav', handle: '@vandanayadav7', email: 'vandana.yadav.vs@gmail.com', problems: [], inSubList: true },
    { name: 'Carles Arnal', handle: '@carlesarnal', email: 'carnalca@ibm.com', problems: [], inSubList: true },
  ]);
  assert.equal(mentors[1].email?.span.start, text.indexOf('carnalca@ibm.com'));
  assertTokensExact(text, mentors);
});

test('an inline mentor linked to another profile: [@ZhiqiangZhou](https://github.com/strrl)', () => {
  // From 2021_03-Fall_README.md (Chaos Mesh).
  const { text, mentors } = mentorsOf('- Mentor(s): [@ZhiqiangZhou](https://github.com/strrl)');
  assert.equal(mentors.length, 1);
  assert.deepEqual(summary(mentors[0]), {
    name: undefined,
    handle: '@ZhiqiangZhou',
    email: undefined,
    problems: ['no-name', 'link-mismatch'],
    inSubList: false,
  });
  assert.equal(mentors[0].link?.profile, 'strrl');
  assertTokensExact(text, mentors);
});

test('several linked handles inline: [@a](…), [@b](…), each its own mentor', () => {
  // From 2021_03-Fall_README.md (Tremor).
  const { text, mentors } = mentorsOf(
    '- Mentor(s): [@Matthias Wahl](https://github.com/mfelsche), [@Heinz Gies](https://github.com/Licenser), [@Darach Ennis](https://github.com/darach)',
  );
  assert.deepEqual(
    mentors.map((mentor) => [mentor.handle?.text, mentor.link?.profile, mentor.problems]),
    [
      ['@Matthias Wahl', 'mfelsche', ['no-name', 'linked']],
      ['@Heinz Gies', 'Licenser', ['no-name', 'linked']],
      ['@Darach Ennis', 'darach', ['no-name', 'linked']],
    ],
  );
  assertTokensExact(text, mentors);
});

test('Wang Xiang (@[WangXiangUSTC](https://github.com/WangXiangUSTC)): one mentor, name and handle, linked', () => {
  // From 2021_01-Spring_project_ideas.md (Chaos Mesh).
  const { text, mentors } = mentorsOf('- Mentor(s): Wang Xiang (@[WangXiangUSTC](https://github.com/WangXiangUSTC))');
  assert.equal(mentors.length, 1);
  assert.deepEqual(summary(mentors[0]), {
    name: 'Wang Xiang',
    handle: '@WangXiangUSTC',
    email: undefined,
    problems: ['linked'],
    inSubList: false,
  });
  assert.equal(text.slice(mentors[0].name!.span.start, mentors[0].name!.span.end), 'Wang Xiang');
  assert.equal(mentors[0].handle?.span.start, text.indexOf('@[WangXiangUSTC]'));
  // Two such mentors on one line are two mentors.
  const two = mentorsOf(
    '- Mentor(s): Zhe Gong (@[GsssC](https://github.com/GsssC)), Fisher(Fei) Xu (@[fisherxu](https://github.com/fisherxu))',
  );
  assert.deepEqual(
    two.mentors.map((mentor) => [mentor.name?.text, mentor.handle?.text]),
    [
      ['Zhe Gong', '@GsssC'],
      ['Fisher(Fei) Xu', '@fisherxu'],
    ],
  );
});

test('- Primary / - Adjunct group items over nested lists are no mentors; the nested items are', () => {
  // From 2021_03-Fall_README.md (etcd).
  const { text, mentors } = mentorsOf(`- Mentor(s):
  - Primary
    - [Nate Waddington](https://github.com/nate-double-u)
    - [Celeste Horgan](https://github.com/celestehorgan)
  - Adjunct
    - [Josh Berkus](https://github.com/jberkus)
    - [Sahdev Zala](https://github.com/spzala)`);
  assert.deepEqual(
    mentors.map((mentor) => [mentor.name?.text, mentor.handle?.text, mentor.link?.profile, mentor.problems, mentor.inSubList]),
    [
      ['Nate Waddington', undefined, 'nate-double-u', ['no-handle', 'linked'], true],
      ['Celeste Horgan', undefined, 'celestehorgan', ['no-handle', 'linked'], true],
      ['Josh Berkus', undefined, 'jberkus', ['no-handle', 'linked'], true],
      ['Sahdev Zala', undefined, 'spzala', ['no-handle', 'linked'], true],
    ],
  );
  assertTokensExact(text, mentors);
});

test('Primary: / Adjunct: role prefixes on sub-list items are not part of the name', () => {
  // From 2022_01-Spring_project_ideas.md (Gateway API).
  const { text, mentors } = mentorsOf(`- Mentor(s):
  - Primary: [Nick Young](https://github.com/youngnick)
  - Adjunct: [Nate Waddington](https://github.com/nate-double-u)`);
  assert.deepEqual(
    mentors.map((mentor) => [mentor.text, mentor.name?.text, mentor.link?.profile, mentor.problems]),
    [
      ['Primary: [Nick Young](https://github.com/youngnick)', 'Nick Young', 'youngnick', ['no-handle', 'linked']],
      ['Adjunct: [Nate Waddington](https://github.com/nate-double-u)', 'Nate Waddington', 'nate-double-u', ['no-handle', 'linked']],
    ],
  );
  assertTokensExact(text, mentors);
});

test('Hung-Ying, Tai (@hydai, hydai@secondstate.io) in a sub-list is one mentor, the comma part of the name', () => {
  // From 2025_03-Sep-Nov_README.md (WasmEdge).
  const { text, mentors } = mentorsOf(`- Mentor(s):
  - Hung-Ying, Tai (@hydai, hydai@secondstate.io)`);
  assert.deepEqual(mentors.map(summary), [
    { name: 'Hung-Ying, Tai', handle: '@hydai', email: 'hydai@secondstate.io', problems: [], inSubList: true },
  ]);
  assertTokensExact(text, mentors);
});

test('two mentors joined by & on one sub-list item, with a note after " - ": two mentors, the note dropped', () => {
  // From 2025_03-Sep-Nov_README.md (Kagent).
  const { text, mentors } = mentorsOf(`- Mentor(s):
  - Lin Sun(@linsun, linsun@solo.io) & Eitan Yarmush(@EItanya, eitan.yarmush@solo.io) - please use the same email address as you use on the LFX Mentorship Platform at https://mentorship.lfx.linuxfoundation.org
    `);
  assert.deepEqual(mentors.map(summary), [
    { name: 'Lin Sun', handle: '@linsun', email: 'linsun@solo.io', problems: [], inSubList: true },
    { name: 'Eitan Yarmush', handle: '@EItanya', email: 'eitan.yarmush@solo.io', problems: [], inSubList: true },
  ]);
  assert.deepEqual(
    mentors.map((mentor) => mentor.text),
    ['Lin Sun(@linsun, linsun@solo.io)', 'Eitan Yarmush(@EItanya, eitan.yarmush@solo.io)'],
  );
  assertTokensExact(text, mentors);
});

test('a missing comma between handle and email in a sub-list: the mentor is read, the shape flagged', () => {
  // From 2025_03-Sep-Nov_README.md (OpenTelemetry), under "- Mentors" with no colon.
  const { text, mentors } = mentorsOf(`- Mentors
  - Adriana Villela (@avillela, adriana.villela@gmail.com) 
  - Andrej Kiripolsky (@AndrejKiri andrej.kiripolsky@gmail.com)`);
  assert.deepEqual(mentors.map(summary), [
    { name: 'Adriana Villela', handle: '@avillela', email: 'adriana.villela@gmail.com', problems: [], inSubList: true },
    { name: 'Andrej Kiripolsky', handle: '@AndrejKiri', email: 'andrej.kiripolsky@gmail.com', problems: ['shape'], inSubList: true },
  ]);
  assertTokensExact(text, mentors);
});

test('(@Mike Spreitzer, mspreitz@us.ibm.com): the handle token is "@Mike Spreitzer"', () => {
  // From 2025_03-Sep-Nov_README.md (KubeStellar).
  const { text, mentors } = mentorsOf(`- Mentor(s):
  - Rainui Ly (@rxinui, rainui.ly@gmail.com)
  - Mike Spreitzer (@Mike Spreitzer, mspreitz@us.ibm.com)`);
  assert.deepEqual(
    mentors.map((mentor) => [mentor.name?.text, mentor.handle?.text, mentor.email?.text]),
    [
      ['Rainui Ly', '@rxinui', 'rainui.ly@gmail.com'],
      ['Mike Spreitzer', '@Mike Spreitzer', 'mspreitz@us.ibm.com'],
    ],
  );
  assert.equal(mentors[1].handle?.span.start, text.indexOf('@Mike Spreitzer'));
  assertTokensExact(text, mentors);
});

test('a missing closing parenthesis on the last inline mentor: still read, unbalanced', () => {
  // From 2021_01-Spring_project_ideas.md (Kyverno), the last parenthesis dropped.
  const { text, mentors } = mentorsOf('- Mentor(s): Shuting Zhao (@realshuting), Jim Bugwadia (@JimBugwadia');
  assert.deepEqual(mentors.map(summary), [
    { name: 'Shuting Zhao', handle: '@realshuting', email: undefined, problems: [], inSubList: false },
    { name: 'Jim Bugwadia', handle: '@JimBugwadia', email: undefined, problems: ['unbalanced-parenthesis', 'shape'], inSubList: false },
  ]);
  assertTokensExact(text, mentors);
});

test(
  'a missing closing parenthesis on the first inline mentor does not swallow the next mentor',
  () => {
    // From 2021_01-Spring_project_ideas.md (Kyverno), the first parenthesis left open.
    const { text, mentors } = mentorsOf('- Mentor(s): Shuting Zhao (@realshuting, Jim Bugwadia (@JimBugwadia)');
    assert.deepEqual(
      mentors.map((mentor) => mentor.handle?.text),
      ['@realshuting', '@JimBugwadia'],
    );
    // The open parenthesis is still reported, on the first entry.
    assert.ok(mentors[0].problems.includes('unbalanced-parenthesis'), mentors[0].problems.join());
    assert.deepEqual(mentors[1].problems, []);
    assertTokensExact(text, mentors);
    // A well-formed entry keeps its email: the comma inside its parenthesis is not a separator.
    assert.deepEqual(
      mentorsOf('- Mentor(s): Shuting Zhao (@realshuting, shuting@nirmata.com), Jim Bugwadia (@JimBugwadia)').mentors.map((mentor) => [mentor.handle?.text, mentor.email?.text]),
      [['@realshuting', 'shuting@nirmata.com'], ['@JimBugwadia', undefined]],
    );
  },
);

test('an inline mentor value over several lines: each line break separates entries', () => {
  // From 2021_03-Fall_README.md (WasmEdge), the second mentor moved to a continuation line.
  const withComma = mentorsOf('- Mentor(s): Hung-Ying Tai (@hydai),\n  Shen-Ta Hsieh (@ibmibmibm)');
  assert.deepEqual(
    withComma.mentors.map((mentor) => [mentor.name?.text, mentor.handle?.text, mentor.inSubList]),
    [
      ['Hung-Ying Tai', '@hydai', false],
      ['Shen-Ta Hsieh', '@ibmibmibm', false],
    ],
  );
  assertTokensExact(withComma.text, withComma.mentors);
  const withoutComma = mentorsOf('- Mentor(s): Hung-Ying Tai (@hydai)\n  Shen-Ta Hsieh (@ibmibmibm)');
  assert.deepEqual(
    withoutComma.mentors.map((mentor) => mentor.handle?.text),
    ['@hydai', '@ibmibmibm'],
  );
  assertTokensExact(withoutComma.text, withoutComma.mentors);
});

test('inline handles with no names, and names with no handles, are one mentor each', () => {
  // From 2021_01-Spring_project_ideas.md (Crossplane) and 2022_01-Spring_project_ideas.md (Tremor).
  const handles = mentorsOf('- Mentor(s): @hasheddan, @negz, @jbw976');
  assert.deepEqual(
    handles.mentors.map((mentor) => [mentor.handle?.text, mentor.problems]),
    [
      ['@hasheddan', ['no-name', 'shape']],
      ['@negz', ['no-name', 'shape']],
      ['@jbw976', ['no-name', 'shape']],
    ],
  );
  assertTokensExact(handles.text, handles.mentors);
  const names = mentorsOf('- Mentor(s): Matthias Wahl, Darach Ennis');
  assert.deepEqual(
    names.mentors.map((mentor) => [mentor.name?.text, mentor.problems]),
    [
      ['Matthias Wahl', ['no-handle']],
      ['Darach Ennis', ['no-handle']],
    ],
  );
});

test('mentor entries separated by ";" and a trailing space: exact spans, nothing trailing', () => {
  // From 2023_01-Mar-May_README.md (Pack Performance enhancements).
  const { text, mentors } = mentorsOf(
    '- Mentor(s): Natalie Arellano (@natalieparellano, narellano@vmware.com); Joe Kimmel (@joe-kimmel-vmw, jkimmel@vmware.com) ',
  );
  assert.deepEqual(
    mentors.map((mentor) => [mentor.name?.text, mentor.handle?.text, mentor.email?.text, mentor.problems]),
    [
      ['Natalie Arellano', '@natalieparellano', 'narellano@vmware.com', []],
      ['Joe Kimmel', '@joe-kimmel-vmw', 'jkimmel@vmware.com', []],
    ],
  );
  assert.equal(mentors[1].span.end, text.indexOf('jkimmel@vmware.com)') + 'jkimmel@vmware.com)'.length);
  assertTokensExact(text, mentors);
});

test('mentors under a label paragraph outside the list (Mentors: then an indented list) are sub-list mentors', () => {
  // From 2025_03-Sep-Nov_README.md (KubeArmor).
  const text = `### KubeArmor

#### KubeArmor Unit Test Coverage Audit
- Description: This project aims to systematically analyze and substantially improve KubeArmor's unit test coverage.  
- Upstream Issue: https://github.com/kubearmor/KubeArmor/issues/2130  

Mentors:
  - Rishabh Soni (@rootxrishabh, risrock02@gmail.com)  
  - Nishant Singh (@tesla59, talktonishantsingh.ns@gmail.com) 
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/c0ae5caa-3c82-4b4a-8890-703278ca7fda
`;
  const mentors = parseProposal(text).projects[0].mentors;
  assert.deepEqual(mentors.map(summary), [
    { name: 'Rishabh Soni', handle: '@rootxrishabh', email: 'risrock02@gmail.com', problems: [], inSubList: true },
    { name: 'Nishant Singh', handle: '@tesla59', email: 'talktonishantsingh.ns@gmail.com', problems: [], inSubList: true },
  ]);
  assertTokensExact(text, mentors);
});

test('a Mentor(s) field with no value has no mentors', () => {
  assert.deepEqual(mentorsOf('- Mentor(s):').mentors, []);
});

test('mentor spans stay exact with CRLF line endings', () => {
  // From 2025_03-Sep-Nov_README.md (Jaeger).
  const lf = mentorsOf(`- Mentor(s):
  - Jonah Kowall (@jkowall, jkowall@kowall.net)
  - Yuri Shkuro (@yurishkuro, github@ysh.us)`);
  const crlfText = lf.text.replace(/\n/g, '\r\n');
  const crlf = parseProposal(crlfText).projects[0].mentors;
  assert.deepEqual(crlf.map(summary), lf.mentors.map(summary));
  assertTokensExact(crlfText, crlf);
});

// Shapes seen on Google Summer of Code pages of cncf/mentoring outside the corpus (2017, 2018,
// 2023); the examples are made up.

test('"and" between two linked names splits them, and a conjunction is never a mentor of its own', () => {
  const linked = mentorsOf('- Mentors: [Ada Byron](https://github.com/adabyron) and [Ben Cole](https://github.com/bencole)');
  assert.deepEqual(linked.mentors.map((mentor) => mentor.link?.profile), ['adabyron', 'bencole']);
  assertTokensExact(linked.text, linked.mentors);
  // "A, B, and\n  C": the last comma, the "and" and the line break join three people.
  const listed = mentorsOf(`- Mentors: [Ada Byron](https://github.com/adabyron),
  [Ben Cole](https://github.com/bencole), and
  [Cy Dunn](https://github.com/cydunn)`);
  assert.deepEqual(listed.mentors.map((mentor) => mentor.name?.text), ['Ada Byron', 'Ben Cole', 'Cy Dunn']);
  assertTokensExact(listed.text, listed.mentors);
  // A conjunction in a team's name is no separator: nobody on either side has a handle or link.
  assert.deepEqual(mentorsOf('- Mentor(s): Storage and networking team').mentors.map((mentor) => mentor.text), ['Storage and networking team']);
});

test('"Name, @handle, email" (the 2023 GSoC template\'s "Name, github, email") is one mentor', () => {
  const { text, mentors } = mentorsOf('- Mentor(s): Ada Byron, @adabyron, ada@example.org');
  assert.deepEqual(mentors.map(summary), [
    { name: 'Ada Byron', handle: '@adabyron', email: 'ada@example.org', problems: ['shape'], inSubList: false },
  ]);
  assertTokensExact(text, mentors);
});

test('"Name, handle, email; …" and "… email. Name, …": one mentor each, the handle read without its @', () => {
  for (const line of [
    '- Mentor(s): Ada Byron, adabyron, ada@example.org; Ben Cole, bencole, ben@example.org',
    '- Mentor(s): Ada Byron, adabyron, ada@example.org. Ben Cole, bencole, ben@example.org',
  ]) {
    const { text, mentors } = mentorsOf(line);
    assert.deepEqual(
      mentors.map((mentor) => [mentor.name?.text, mentor.bareHandle?.text, mentor.email?.text, mentor.problems]),
      [
        ['Ada Byron', 'adabyron', 'ada@example.org', ['no-at']],
        ['Ben Cole', 'bencole', 'ben@example.org', ['no-at']],
      ],
      line,
    );
    assertTokensExact(text, mentors);
  }
});

test('an address obfuscated with "at" and "dot" in lower case is an email', () => {
  const { mentors } = mentorsOf('- Mentor(s): Ada Byron @adabyron (ada.byron at example dot org)');
  assert.equal(mentors[0].email?.text, 'ada.byron at example dot org');
  assert.equal(mentors[0].emailWritten?.form, 'obfuscated');
});

test('a sentence among the items under a Mentor(s) field is prose, not a mentor', () => {
  // 2017's page lists several ideas under one heading, each a sentence, after "Likely mentors:".
  const { mentors } = mentorsOf(`- Likely mentors: [Ada Byron](https://github.com/adabyron).

- Write a parser for the new configuration format and test it against the reference files.`);
  assert.deepEqual(mentors.map((mentor) => mentor.name?.text), ['Ada Byron']);
});
