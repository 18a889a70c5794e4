// Mentor lines as authors really write them (role prefixes, fullwidth punctuation, emails as
// links or obfuscated, placeholders, a field's label written twice), each from a real term
// file, and the weight of each mentor-format and mentor-email finding. The fix tests run
// --fix's safe fixes, re-lint, run them again (no change) and check that every handle, email
// and URL the author wrote is still there.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseProposal } from '../../../server/src/core/parse';
import { fixAll } from '../../../server/src/features/fix-all';
import { lint } from '../../../server/src/rules';
import { check, checkedFindings } from '../../helpers/check';

const MENTOR_RULES = ['mentor-format', 'mentor-handle', 'mentor-email', 'mentor-duplicate', 'mentor-count', 'template-text'];

/** An era-B project (Kmesh, from 2026_01-Mar-May_README.md) whose Mentor(s) field is `mentorLines`. */
function project(mentorLines: string): string {
  return `### Kmesh

#### Kmesh website optimisation

- Description: Optimise the Kmesh website.
- Expected Outcome: A faster website.
- Recommended Skills: go, docker , kind, service mesh
${mentorLines}
- Upstream Issue: https://github.com/kmesh-net/kmesh/issues/1570
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/78522dca-df54-4fc6-a9f2-1ae05af77789
`;
}

/** Every handle, email (plain or obfuscated) and URL written in `text`. */
function authorsData(text: string): string[] {
  const found = text.match(/@[A-Za-z0-9][\w-]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?:\/\/[^\s)>\]]+|[\w.+-]+ AT [\w-]+ DOT \w+/g) ?? [];
  return [...new Set(found)].sort();
}

/** Applies --fix twice: the second run changes nothing, and no handle, email or URL was lost. */
function assertFixKeepsData(text: string): string {
  const once = fixAll(text).text;
  assert.equal(fixAll(once).text, once, 'a second --fix changes nothing');
  const kept = authorsData(once);
  for (const piece of authorsData(text)) assert.ok(kept.includes(piece), `--fix kept ${piece}`);
  return once;
}

/** name, handle, email and role of each mentor of a one-project text. */
function mentorParts(text: string) {
  return parseProposal(text).projects[0].mentors.map((mentor) => [mentor.role?.text, mentor.name?.text, mentor.handle?.text, mentor.email?.text]);
}

// From 2026_01-Mar-May_README.md (kgateway): a role before each name.
test('a role prefix (Primary Mentor:, Secondary Mentor:) is kept apart from the name, and the entry is fine', () => {
  const text = project(`- Mentor(s):
  - Primary Mentor: Nina Polshakova (@npolshakova, ninapolshakova@gmail.com)
  - Secondary Mentor: Art Berger (@artberger, art.berger@solo.io)`);
  assert.deepEqual(mentorParts(text), [
    ['Primary Mentor:', 'Nina Polshakova', '@npolshakova', 'ninapolshakova@gmail.com'],
    ['Secondary Mentor:', 'Art Berger', '@artberger', 'art.berger@solo.io'],
  ]);
  check(text, MENTOR_RULES);
});

test('Co-Mentor:, Primary: and Adjunct: are roles too; a rewrite keeps the role', () => {
  // From 2022_01-Spring_project_ideas.md (Contour): "Primary: [Nick Young](https://github.com/youngnick)".
  const text = project(`- Mentor(s):
  - Primary: [Nick Young](https://github.com/youngnick)
  - Co-Mentor: Art Berger (@artberger, art.berger@solo.io)`);
  const findings = lint(parseProposal(text)).filter((finding) => MENTOR_RULES.includes(finding.rule));
  assert.deepEqual(findings.map((finding) => text.slice(finding.span.start, finding.span.end)), ['Primary: [Nick Young](https://github.com/youngnick)']);
  assert.equal(findings[0].severity, 'hint');
  assert.equal(findings[0].fixes[0].edits[0].newText, ' Nick Young (@youngnick)');
  assert.deepEqual(mentorParts(text)[1], ['Co-Mentor:', 'Art Berger', '@artberger', 'art.berger@solo.io']);
});

// The field's label written twice; the bare-handle fix must never read "(s)" as a handle.
test('a doubled label "Mentor(s): Mentor(s):" is no part of the mentor, and no fix writes "Mentor(@s)"', () => {
  const text = project('- Mentor(s): Mentor(s):  Yi Zha');
  assert.deepEqual(mentorParts(text), [['Mentor(s):', 'Yi Zha', undefined, undefined]]);
  const findings = lint(parseProposal(text)).filter((finding) => finding.rule === 'mentor-format');
  assert.deepEqual(findings.map((finding) => [finding.severity, finding.message]), [['warning', 'Mentor "Mentor(s):  Yi Zha" has no GitHub handle; write "Name (@handle)".']]);
  assert.ok(!assertFixKeepsData(text).includes('Mentor(@s)'));
});

// From 2026_01-Mar-May_README.md (Fluid): fullwidth comma, email as a mailto link.
test('fullwidth punctuation ends the handle, and a mailto link is the email: no finding', () => {
  const text = project(`- Mentor(s):
  - Tongyu Guo (@Syspretor，[guotongyu.gty@alibaba-inc.com](mailto:guotongyu.gty@alibaba-inc.com))
  - Zhihao Xu (@TrafalgarZZZ， [trafalgarz@outlook.com](mailto:trafalgarz@outlook.com))
  - Yang Che (@cheyang, [cheyang52@gmail.com](mailto:cheyang52@gmail.com))`);
  assert.deepEqual(mentorParts(text), [
    [undefined, 'Tongyu Guo', '@Syspretor', 'guotongyu.gty@alibaba-inc.com'],
    [undefined, 'Zhihao Xu', '@TrafalgarZZZ', 'trafalgarz@outlook.com'],
    [undefined, 'Yang Che', '@cheyang', 'cheyang52@gmail.com'],
  ]);
  check(text, MENTOR_RULES);
});

test('fullwidth parentheses and a fullwidth comma between entries read as their ASCII twins', () => {
  const text = project('- Mentor(s): Tongyu Guo（@Syspretor，guotongyu.gty@alibaba-inc.com），Yang Che (@cheyang, cheyang52@gmail.com)');
  assert.deepEqual(mentorParts(text), [
    [undefined, 'Tongyu Guo', '@Syspretor', 'guotongyu.gty@alibaba-inc.com'],
    [undefined, 'Yang Che', '@cheyang', 'cheyang52@gmail.com'],
  ]);
  check(text, MENTOR_RULES);
});

// From 2026_01-Mar-May_README.md (Cluster API Provider MicroVM): the email in <…>.
test('an email in <…> is the email: no finding', () =>
  check(project(`- Mentor(s):
  - Richard Case (@richardcase, <richmcase@gmail.com>)
  - Carlos Panato (@cpanato, ctadeu@gmail.com)`), MENTOR_RULES));

// From gsoc_2024.md (Knative): addresses obfuscated on purpose.
test('an obfuscated email (AT/DOT, (at)/(dot), [at]) is the email, never reported nor rewritten', () => {
  const text = project(`- Mentor(s):
  - Aleksander Slominski (@aslom, aslomins AT redhat DOT com)
  - Matthias Wessendorf (@matzew, matzew (at) redhat (dot) com)
  - Luke Kingland (@lkingland, lkingland[at]redhat.com)`);
  assert.deepEqual(mentorParts(text), [
    [undefined, 'Aleksander Slominski', '@aslom', 'aslomins AT redhat DOT com'],
    [undefined, 'Matthias Wessendorf', '@matzew', 'matzew (at) redhat (dot) com'],
    [undefined, 'Luke Kingland', '@lkingland', 'lkingland[at]redhat.com'],
  ]);
  check(text, MENTOR_RULES);
  assert.equal(assertFixKeepsData(text), text);
});

test('an obfuscated email in another shape gets a hint whose rewrite keeps it as written', () => {
  // From gsoc_2024.md (Knative), with a handle: "Aleksander Slominski @aslom (aslomins AT redhat DOT com)".
  const text = project(`- Mentor(s):
  - Aleksander Slominski @aslom (aslomins AT redhat DOT com)
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ mentor-format
  - Matthias Wessendorf (@matzew, matzew AT redhat DOT com)`);
  const [finding] = checkedFindings(text, MENTOR_RULES);
  assert.equal(finding.severity, 'hint');
  assert.equal(finding.fixes[0].edits[0].newText, 'Aleksander Slominski (@aslom, aslomins AT redhat DOT com)');
});

// From 2026_01-Mar-May_README.md (Kmesh): a trailing comma after each item.
test('a trailing comma after an entry starts no mentor', () => {
  const text = project(`- Mentor(s):
  - zhonghu xu(@hzxuzhonghu, zhhxu2011@gmail.com),
  - changye wu(@nlgwcy, wuchangye@huawei.com),`);
  assert.deepEqual(mentorParts(text), [
    [undefined, 'zhonghu xu', '@hzxuzhonghu', 'zhhxu2011@gmail.com'],
    [undefined, 'changye wu', '@nlgwcy', 'wuchangye@huawei.com'],
  ]);
  check(text, MENTOR_RULES);
});

// From 2023_01-Mar-May_README.md (Harbor): an address after a comma, and a parenthesis left unopened.
test('an address alone after a comma is the same mentor\'s email, not a second mentor', () => {
  const text = project(`- Mentor(s): Vadim Bauer, vb@container-registry.com); @wy65701436 - Yan Wang(wangyan@vmware.com);
             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ mentor-format
                                                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ mentor-format`);
  const findings = checkedFindings(text, MENTOR_RULES);
  assert.deepEqual(findings.map((finding) => finding.severity), ['warning', 'hint']);
  assert.equal(findings[0].message, 'Mentor "Vadim Bauer, vb@container-registry.com)" has no GitHub handle; write "Name (@handle, email)".');
});

// From 2026_01-Mar-May_README.md (Meshery): a field line read into the mentors' paragraph.
test('an "Issue: https://…" line or a URL alone is no mentor', () => {
  const text = `### Meshery

#### Workflow Engine in Meshery

- Description: Integrate a new architectural component into Meshery: a workflow engine, using Temporal.
- Recommended Skills: Golang, Temporal, ReactJS
- Mentor(s): Lee Calcote (@leecalcote, leecalcote@gmail.com), Marcus Ringblom (@marblom007, marcus.ringblom@gmail.com)
Issue: https://github.com/meshery/meshery/issues/17099
https://github.com/meshery/meshery/issues/17100
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/e5a8af13-9891-4ca5-8dca-b0151a4345fb
`;
  assert.deepEqual(parseProposal(text).projects[0].mentors.map((mentor) => mentor.handle?.text), ['@leecalcote', '@marblom007']);
  check(text, ['mentor-format', 'mentor-handle', 'mentor-email', 'mentor-count']);
});

// From 2021_01-Spring_project_ideas.md (Thanos, KubeEdge, Crossplane) and 2021_03-Fall_README.md (Meshery):
// handles a reviewer can read, in the house style's place: hints, not errors.
test('a profile link, an @ before a link, a handle without name, a Twitter link: hints', () => {
  const findings = checkedFindings(
    `#### Thanos

##### Multi-Tenant Instrumentation for Thanos operations

- Description: Thanos can store and serve the data for multiple tenants at once.
- Recommended Skills: Go, Prometheus (basic), Instrumentation (basic)
- Mentor(s): [@bwplotka](https://github.com/bwplotka), Wang Xiang (@[WangXiangUSTC](https://github.com/WangXiangUSTC)), @hasheddan, Lee Calcote ([@lcalcote](https://twitter.com/lcalcote))
             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ mentor-format
                                                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ mentor-format
                                                                                                                        ^^^^^^^^^^ mentor-format
                                                                                                                                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ mentor-format
- Upstream Issue (URL): https://github.com/thanos-io/thanos/issues/3572
`,
    MENTOR_RULES,
  );
  assert.deepEqual(findings.map((finding) => finding.severity), ['hint', 'hint', 'hint', 'hint']);
});

// From 2025_03-Sep-Nov_README.md (Istio) and 2026_02-Jun-Aug_README.md (KubeSlice).
test('a handle without its @ (in parentheses or after "github:") is a hint whose safe fix adds the @', () => {
  const text = project(`- Mentor(s):
  - Lin Sun (linsun)
    ^^^^^^^^^^^^^^^^ mentor-format
  - Gourish Biradar (email: biradar.gourish@gmail.com, github: gourishkb) , Prabhu Navali (email: prabhu@avesha.io, github: pnavali)
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ mentor-format
                                                                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ mentor-format
                                                                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ mentor-format`);
  const findings = checkedFindings(text, ['mentor-format']);
  // The third: Prabhu Navali shares an item with Gourish Biradar.
  assert.deepEqual(findings.map((finding) => finding.severity), ['hint', 'hint', 'hint', 'hint']);
  const fixed = assertFixKeepsData(text.split('\n').filter((line) => !/\^/.test(line)).join('\n'));
  assert.ok(fixed.includes('Lin Sun (@linsun)') && fixed.includes('github: @gourishkb') && fixed.includes('github: @pnavali'));
});

// From 2023_01-Mar-May_README.md (Buildpacks, Cluster API): the parts in another order or without a comma.
test('the email before the handle, or no comma: a hint with a safe rewrite that keeps every part', () => {
  const text = project(`- Mentor(s):
  - Juan Bustamante (jbustamante@vmware.com, @jjbustamante)
  - Carlos Panato (@cpanato ctadeu@gmail.com)`);
  const findings = lint(parseProposal(text)).filter((finding) => finding.rule === 'mentor-format');
  assert.deepEqual(findings.map((finding) => finding.severity), ['hint', 'hint']);
  const fixed = assertFixKeepsData(text);
  assert.ok(fixed.includes('Juan Bustamante (@jjbustamante, jbustamante@vmware.com)'));
  assert.ok(fixed.includes('Carlos Panato (@cpanato, ctadeu@gmail.com)'));
});

// From 2021_03-Fall_README.md (Chaos Mesh): the link's text is another user's handle.
test('a link whose text is another handle than its profile target is a warning', () => {
  const [finding] = checkedFindings(
    project(`- Mentor(s): [@ZhiqiangZhou](https://github.com/strrl)
             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ mentor-format`),
    ['mentor-format'],
  );
  assert.equal(finding.severity, 'warning');
});

// From 2025_03-Sep-Nov_README.md (Kmesh) and 2023_01-Mar-May_README.md (Buildpacks).
test('mentor-email: a malformed address is a warning, a missing one information', () => {
  const findings = checkedFindings(
    project(`- Mentor(s):
  - Zhonghu Xu(@hzxuzhonghu, zhhxu@163@gmail.com)
                             ^^^^^^^^^^^^^^^^^^^ mentor-email
  - Aidan Delaney (@AidanDelaney)
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ mentor-email
  - Natalie Arellano (@natalieparellano, narellano@vmware.com)
  - Joe Kimmel (@joe-kimmel-vmw, jkimmel@vmware.com)`),
    MENTOR_RULES,
  );
  assert.deepEqual(findings.map((finding) => finding.severity), ['warning', 'information']);
});

// From 2023_01-Mar-May_README.md (Harbor, Regex replication rules): two Mentor(s) fields, a
// heading lost between two entries, and pieces misread as mentors.
test('mentor-duplicate across two Mentor(s) fields has no safe fix; mentor-count counts people, not pieces', () => {
  const text = `### Harbor

#### Regex replication rules

- Description: Add more versatile replication filters
- Expected Outcome: Implement regex capability when defining relication rules, update documentation and present the functionality
- Recommended Skills: Angular, JavaScript, Golang
- Mentor(s): vb@container-registry.com@Vad1mo @wy65701436 @OrlinVasilev
- Mentor(s): @Vad1mo - Vadim Bauer, vb@container-registry.com); @wy65701436 - Yan Wang(wangyan@vmware.com); @OrlinVasilev Orlin Vasilev (ovasilev@vmware.com)
- Upstream Issue (URL): https://github.com/goharbor/harbor/issues/8614
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/49749be9-5a67-4b2b-9312-7def13ae98b8
`;
  const findings = lint(parseProposal(text));
  const duplicates = findings.filter((finding) => finding.rule === 'mentor-duplicate');
  assert.equal(duplicates.length, 2);
  assert.ok(duplicates.every((finding) => finding.fixes.every((fix) => !fix.safe)));
  assert.deepEqual(findings.filter((finding) => finding.rule === 'mentor-count'), []);
  assertFixKeepsData(text);
});

test('mentor-duplicate within one field keeps its safe fix', () => {
  const text = project(`- Mentor(s):
  - Carles Arnal (@carlesarnal, carnalca@ibm.com)
  - Paolo Antinori (@paoloantinori, pantinor@ibm.com)
  - Carles Arnal (@CarlesArnal, carnalca@ibm.com)`);
  const fixed = fixAll(text).text;
  assert.ok(!fixed.includes('@CarlesArnal'));
  assert.equal(fixAll(fixed).text, fixed);
});

// From 2026_01-Mar-May_README.md (Headlamp): a real fifth mentor stays an error.
test('mentor-count: a real fifth mentor is an error', () => {
  const findings = lint(
    parseProposal(
      project(`- Mentor(s):
  - Rene Dudfield (@illume, renedudfield@microsoft.com)
  - Adwait Godbole (@adwait-godbole, adwaitngodbole@gmail.com)
  - Santhosh Nagaraj (@yolossn, sannagaraj@microsoft.com)
  - Ashu Ghildiyal (@ashu8912, ashu.ghildiyal@microsoft.com)
  - Tarek Abouzeid (@tarekabouzeid, tarek.abouzeid91@gmail.com)
  - TBD (@tbd, tbd@email)`),
    ),
  ).filter((finding) => finding.rule === 'mentor-count');
  assert.deepEqual(findings.map((finding) => [finding.severity, finding.message]), [
    ['error', '"Kmesh website optimisation" has 5 mentors; CNCF allows at most 4.'],
  ]);
});

// The "two mentors on one line" (made-up names): both are read, the note after the first
// stays with it, and the safe fix gives the second an item of its own.
test('two mentors in one item, the first with a " - primary" note: both read, and the fix splits the item', () => {
  const text = project(`- Mentor(s):
  - Ada Byron (@adabyron, ada@example.org) - primary, Ben Cole (@bencole, ben@example.org)`);
  const document = parseProposal(text);
  assert.deepEqual(document.projects[0].mentors.map((mentor) => mentor.handle?.text), ['@adabyron', '@bencole']);
  const findings = lint(document).filter((finding) => finding.rule === 'mentor-format');
  assert.deepEqual(findings.map((finding) => [finding.severity, finding.fixes[0]?.safe]), [['hint', true]]);
  const fixed = assertFixKeepsData(text);
  assert.ok(fixed.includes('  - Ada Byron (@adabyron, ada@example.org) - primary\n  - Ben Cole (@bencole, ben@example.org)\n'), fixed);
});
