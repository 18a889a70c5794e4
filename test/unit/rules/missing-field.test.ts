import { test } from 'node:test';
import { check, checkedFindings, checkFix } from '../../helpers/check';
import assert from 'node:assert/strict';
import { parseProposal } from '../../../server/src/core/parse';
import { applyEdits } from '../../../server/src/features/fix-all';
import { lint } from '../../../server/src/rules';

// From 2021_01-Spring_project_ideas.md (KubeEdge): the description is written without its label.
test('flags a project whose description has no label', () =>
  check(
    `
#### KubeEdge

##### Design more tests for specific scenarios of edge computing

- We need to do some designs for adding more tests especially for the specific scenarios of edge computing
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ missing-field
- Recommended Skills: Golang, KubeEdge
- Mentor(s): Fisher(Fei) Xu (@fisherxu)
- Upstream Issue (URL): https://github.com/kubeedge/kubeedge/issues/2544
`,
    ['missing-field'],
  ));

test('passes a complete era-A entry, which needs no Expected Outcome', () =>
  check(
    `
#### Vitess

##### Add complete parsing support for MySQL constructs

- Description: Vitess has its own in-built SQL-parser.
- Recommended Skills: go, SQL, yacc, compilers and lexers
- Mentor(s): Manan Gupta (@GuptaManan100)
- Issue: <https://github.com/vitessio/vitess/issues/8604>
- Apply: <https://mentorship.lfx.linuxfoundation.org/project/bc94a28d-ca38-4df1-9a19-7bee42efa08c>
`,
    ['missing-field'],
  ));

// From 2025_03-Sep-Nov_README.md (Krkn): Recommended Skills is missing, Expected Outcome is
// required because the other entries of the document use it.
test('requires the fields most entries of the document use', () =>
  check(
    `
### Krkn

#### Implementing the resiliency score feature
     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ missing-field

- Description: The idea is to define criteria to measure the resiliency score.
- Expected Outcome: a page in our documentation website
- Mentor(s):
  - Tullio Sebastiani (@tsebastiani, tsebasti@redhat.com)
- Upstream Issue: https://github.com/kyverno/kyverno/issues/13710
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/6efc64ce

#### Chaos Testing
     ^^^^^^^^^^^^^ missing-field

- Description: Add chaos tests.
- Recommended Skills: Go
- Mentor(s):
  - Gabriele Bartolini (@gbartolini, gabriele.bartolini@enterprisedb.com)
- Upstream Issue: https://github.com/cloudnative-pg/cloudnative-pg/issues/1
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/1

#### Refresh cnpg-i-hello-world

- Description: Refresh the example plugin.
- Expected Outcome: An up-to-date example.
- Recommended Skills: Go
- Mentor(s):
  - Leonardo Cecchi (@leonardoce, leonardo.cecchi@enterprisedb.com)
- Upstream Issue: https://github.com/cloudnative-pg/cnpg-i-hello-world/issues/183
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/2
`,
    ['missing-field'],
  ));

test('a field written with a typo still counts as present', () =>
  check(
    `
### Kmesh

#### Kmesh Orion replace waypoint

- Description: Kmesh is a high-performance service mesh data plane.
- Recommended Skills: Rust
- Metor(s):
  - Zengzeng Yao (@yaozengzeng, yaozengzeng@huawei.com)
- Upstream Issue: https://github.com/kmesh-net/kmesh/issues/1450
`,
    ['missing-field'],
  ));

test('the fix inserts the field at its canonical place, and is not a safe fix', () =>
  checkFix(
    `
### Cilium

#### Website Use Cases pages

- Description: Use case pages.
- Mentor(s): Bill Mulligan (@xmulligan, bill@isovalent.com)
- Upstream Issue: https://github.com/cilium/cilium.io/issues/226
`,
    'missing-field',
    `
### Cilium

#### Website Use Cases pages

- Description: Use case pages.
- Recommended Skills: Go, Kubernetes
- Mentor(s): Bill Mulligan (@xmulligan, bill@isovalent.com)
- Upstream Issue: https://github.com/cilium/cilium.io/issues/226
`,
  ));

// Labels seen in term files for the fields they name: none of them is missing or unknown.
test('reads field labels as authors write them', () => {
  const text = `
### Fluid

#### Extend Cache Runtime Interface to Support Full Data Lifecycle and In-Place Operations

- Description：Fluid’s existing Generic Cache Runtime interface will be extended.
- expectedOutcome: Working reference adapters for Curvine and Alluxio
- Recommended: Go, Kubernetes, Network, LLM.
- Potential Mentors:
  - Yang Che (@cheyang, cheyang52@gmail.com)
- Relevant Issues: https://github.com/fluid-cloudnative/fluid/issues/5412

#### Unify and Modernize Fluid’s Unit Testing Framework

- **Description:** Unify the unit tests.
- **Expected Outcome:** One framework.
- Recommended Skills
  - Go
- Mentor(s): Yang Che (@cheyang, cheyang52@gmail.com)
- Related Issues: https://github.com/fluid-cloudnative/fluid/issues/5407

#### Design and implement a CLI tool to help easily use Fluid

- Description
  A CLI for Fluid, written under its label.
- Expected Outcome: A CLI.
- Recommended Skills: Go
- Mentor(s): Yang Che (@cheyang, cheyang52@gmail.com)
- Upstream Issue(s): https://github.com/fluid-cloudnative/fluid/issues/5567
`;
  check(text, ['missing-field', 'unknown-field', 'empty-field']);
  const document = parseProposal(text.slice(1));
  assert.deepEqual(
    document.projects.map((project) => project.fields.map((field) => field.id)),
    [
      ['description', 'expectedOutcome', 'recommendedSkills', 'mentors', 'upstreamIssue'],
      ['description', 'expectedOutcome', 'recommendedSkills', 'mentors', 'upstreamIssue'],
      ['description', 'expectedOutcome', 'recommendedSkills', 'mentors', 'upstreamIssue'],
    ],
  );
  assert.equal(document.projects[2].fields[0].value, 'A CLI for Fluid, written under its label.');
});

// From 2026_01-Mar-May_README.md (kgateway): a label paragraph over the list of its values, whose
// items start with a role and a colon.
test('a label paragraph takes the list below it as its value, roles and all', () => {
  const text = `
### kgateway

#### Add support for Chaos Engineering/Fault Injection

- Description: Add fault injection to kgateway.
- Expected Outcome: A fault injection plugin.

Recommended Skills:
- Go
- Kubernetes

Mentor(s):
- Primary Mentor: Omar Hammami (@puertomontt, omar.hammami@solo.io)
- Secondary Mentor: Tim Flannagan (@timflannagan, tim.flannagan@solo.io)

- Upstream Issue: https://github.com/kgateway-dev/kgateway/issues/11188
`;
  check(text, ['missing-field', 'unknown-field', 'empty-field']);
  const [project] = parseProposal(text.slice(1)).projects;
  assert.deepEqual(project.mentors.map((mentor) => mentor.handle?.text), ['@puertomontt', '@timflannagan']);
});

// From 2026_01-Mar-May_README.md (Meshery): field lines joined into the one before them, inside
// the Expected Outcome's last sub-item, and after an unmarked paragraph of fields.
test('a field label joined lazily into the previous field is a field of its own', () => {
  const text = `
### Meshery

#### Adapter for AI and LLMs

- Description: An AI adapter for Meshery.
- Recommended Skills: Golang
- Expected Outcome:
  - A fully functional AI Adapter.
  - Merged pull requests (PRs) including code, tests, and documentation.
  Mentor(s): Lee Calcote (@leecalcote, leecalcote@gmail.com), Rian Cteulp (@ritzorama, rian.cteulp@gmail.com)
- Issue: https://github.com/meshery/meshery/issues/17097

#### Workflow Engine in Meshery

Description: Integrate a new architectural component into Meshery: a workflow engine, using Temporal.
Recommended Skills: Golang, Temporal, ReactJS
Mentor(s): Lee Calcote (@leecalcote, leecalcote@gmail.com), Marcus Ringblom (@marblom007, marcus.ringblom@gmail.com)
Issue: https://github.com/meshery/meshery/issues/17099
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/e5a8af13-9891-4ca5-8dca-b0151a4345fb
`;
  check(text, ['missing-field', 'empty-field', 'mentor-format']);
  const document = parseProposal(text.slice(1));
  assert.deepEqual(
    document.projects.map((project) => project.mentors.map((mentor) => mentor.handle?.text)),
    [
      ['@leecalcote', '@ritzorama'],
      ['@leecalcote', '@marblom007'],
    ],
  );
  assert.deepEqual(
    document.projects.map((project) => project.upstream.map((url) => url.url)),
    [['https://github.com/meshery/meshery/issues/17097'], ['https://github.com/meshery/meshery/issues/17099']],
  );
  // The Expected Outcome ends before the joined Mentor(s) line.
  assert.ok(!document.projects[0].fields.find((field) => field.id === 'expectedOutcome')?.value.includes('Mentor(s)'));
});

// Prose that starts with a variant label is not split off: only "Issue:" with its URL is a field.
test('a prose line starting with "Issue:" stays in its paragraph', () => {
  const [project] = parseProposal(`### Org

#### Project

- Description: The scheduler is slow.
Issue: the cache is rebuilt on every call.
- Recommended Skills: Go
- Mentor(s): Ann Lee (@annlee, ann@example.com)
- Upstream Issue: https://github.com/example/repo/issues/1
`).projects;
  assert.deepEqual(project.fields.map((field) => field.id), ['description', 'recommendedSkills', 'mentors', 'upstreamIssue']);
});

// From programs/lfx-mentorship/2024/03-Sep-Nov/README.md of cncf/mentoring (not in the corpus):
// the only mentor line is indented under Recommended Skills, so no tool reads it as Mentor(s).
test('mentors written inside another field: the finding points at them and says so', () => {
  const findings = checkedFindings(
    `
### Meshery

#### Meshery: End-to-End Testing with Playwright (Round 2)

- Description: Extend the end-to-end tests of Meshery UI.
- Expected Outcome: Playwright tests in CI.
- Recommended Skills: JavaScript, CI/CD
  - Mentor Name: Aabid Sofi (@aabidsofi19, a@gmail.com), Lee Calcote (@leecalcote, l@gmail.com),
    ^^^^^^^^^^^^ missing-field
- Upstream Issue: https://github.com/meshery/meshery/issues/11259
`,
    ['missing-field'],
  );
  assert.match(findings[0].message, /written inside its Recommended Skills field/);
});

// Descriptions written above the field list without their label, as on the GSoC pages of 2017,
// 2018 and 2025 of cncf/mentoring (outside the corpus). The examples are made up.
test('a description written as an unlabelled item: reported on the item, the fix labels it', () =>
  checkFix(
    `
### Harbor

#### Replication dashboard

* Build a dashboard of the replication jobs, with their state and history.
* Recommended Skills: Go
* Mentor(s): Ada Byron (@adabyron)
* Upstream Issue: https://github.com/goharbor/harbor/issues/1
`,
    'missing-field',
    `
### Harbor

#### Replication dashboard

* Description: Build a dashboard of the replication jobs, with their state and history.
* Recommended Skills: Go
* Mentor(s): Ada Byron (@adabyron)
* Upstream Issue: https://github.com/goharbor/harbor/issues/1
`,
  ));

test('a description written as a paragraph above the list: the fix makes it the first item', () =>
  checkFix(
    `
### Harbor

#### Replication dashboard

Build a dashboard of the replication jobs,
with their state and history.

- Recommended Skills: Go
- Mentor(s): Ada Byron (@adabyron)
- Upstream Issue: https://github.com/goharbor/harbor/issues/1
`,
    'missing-field',
    `
### Harbor

#### Replication dashboard

- Description: Build a dashboard of the replication jobs,
with their state and history.

- Recommended Skills: Go
- Mentor(s): Ada Byron (@adabyron)
- Upstream Issue: https://github.com/goharbor/harbor/issues/1
`,
  ));

test('"-Description:" with no space after the dash is text on GitHub: the finding says so, the fix adds the space', () => {
  const findings = checkedFindings(
    `
### Harbor

#### Replication dashboard

Current state

-Description: Build a dashboard of the replication jobs.
^^^^^^^^^^^^^ missing-field

- Recommended Skills: Go
- Mentor(s): Ada Byron (@adabyron)
- Upstream Issue: https://github.com/goharbor/harbor/issues/1
`,
    ['missing-field'],
  );
  assert.match(findings[0].message, /needs a space after "-"/);
  assert.equal(findings[0].fixes[0].edits[0].newText, ' ');
});

test('a description over several paragraphs and a list: reported, with no fix to guess the item\'s extent', () => {
  const findings = checkedFindings(
    `
### Harbor

#### Replication dashboard

Build a dashboard of the replication jobs.
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ missing-field

It shows:
* their state
* their history

- Recommended Skills: Go
- Mentor(s): Ada Byron (@adabyron)
- Upstream Issue: https://github.com/goharbor/harbor/issues/1
`,
    ['missing-field'],
  );
  assert.deepEqual(findings[0].fixes, []);
});

test('"Mentor[s]:" and "Likely mentors:" are the Mentor(s) field', () => {
  const text = `### Harbor

#### Replication dashboard

- Description: A dashboard.
- Recommended Skills: Go
- Mentor[s]: Ada Byron (@adabyron)
- Upstream Issue: https://github.com/goharbor/harbor/issues/1

#### Replication metrics

- Description: Metrics.
- Recommended Skills: Go
- Likely mentors: Ben Cole (@bencole)
- Upstream Issue: https://github.com/goharbor/harbor/issues/2
`;
  const document = parseProposal(text);
  assert.deepEqual(document.projects.map((project) => project.mentors.map((mentor) => mentor.handle?.text)), [['@adabyron'], ['@bencole']]);
  check(text, ['missing-field', 'unknown-field']);
});

// 2017's GSoC page kept a "#### TODO" heading with nothing under it.
test('a project heading with nothing under it gets one finding, whose fix writes the whole field list', () =>
  checkFix(
    `
### Harbor

#### Replication dashboard

#### Replication metrics

- Description: Metrics.
- Recommended Skills: Go
- Mentor(s): Ada Byron (@adabyron)
- Upstream Issue: https://github.com/goharbor/harbor/issues/2
`,
    'missing-field',
    `
### Harbor

#### Replication dashboard

- Description: What the mentee will build and why it matters.
- Recommended Skills: Go, Kubernetes
- Mentor(s): Full Name (@github-handle, email@example.com)
- Upstream Issue: https://github.com/org/repo/issues/1

#### Replication metrics

- Description: Metrics.
- Recommended Skills: Go
- Mentor(s): Ada Byron (@adabyron)
- Upstream Issue: https://github.com/goharbor/harbor/issues/2
`,
  ));

// The "fields outside the list": mentors listed without their label, an upstream issue
// line without its "- " after them (joined into the item above on GitHub). Made-up example.
test('a field hidden in the value of the field above is pointed at, and its quick fix brings it out', () => {
  const text = `### Harbor

#### Replication dashboard

- Description: A dashboard.
- Recommended Skills: Go
- Ada Byron (@adabyron, ada@example.org)
- Ben Cole (@bencole, ben@example.org)
Upstream Issue: https://github.com/goharbor/harbor/issues/1
`;
  const findings = lint(parseProposal(text)).filter((finding) => finding.rule === 'missing-field');
  assert.deepEqual(
    findings.map((finding) => text.slice(finding.span.start, finding.span.end)),
    ['- Ada Byron (@adabyron, ada@example.org)', 'Upstream Issue:'],
  );
  let fixed = text;
  for (let round = 0; round < 2; round++) {
    const finding = lint(parseProposal(fixed)).find((each) => each.rule === 'missing-field');
    if (finding) fixed = applyEdits(fixed, finding.fixes[0].edits);
  }
  // Under the mentors' label, the upstream line joins their last item on GitHub: label-variant's
  // warning (a field joined into the one above) takes it from there.
  assert.equal(fixed, text.replace('- Ada', '- Mentor(s):\n  - Ada').replace('- Ben', '  - Ben'));
  assert.deepEqual(
    lint(parseProposal(fixed)).filter((finding) => ['missing-field', 'label-variant'].includes(finding.rule)).map((finding) => [finding.rule, finding.severity]),
    [['label-variant', 'warning']],
  );
});
