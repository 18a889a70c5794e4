// Google Summer of Code idea pages: recognised by their content, read with their own template's
// levels and fields, checked by the GSoC rules (project-size, primary-mentor, two mentors), and a
// snapshot of all findings on the two real pages (regenerate with UPDATE_SNAPSHOTS=1).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LineIndex } from '../../server/src/core/lines';
import { parseProposal } from '../../server/src/core/parse';
import { complete } from '../../server/src/features/completion';
import { applyEdits } from '../../server/src/features/fix-all';
import { orgTree } from '../../server/src/features/org-tree';
import { documentOutline } from '../../server/src/features/symbols';
import { WorkspaceKnowledge } from '../../server/src/core/knowledge';
import { lint } from '../../server/src/rules';
import { check, checkedFindings, checkFix } from '../helpers/check';
import { assertFindingsSnapshot } from '../helpers/findings-snapshot';
import { readFixture } from '../helpers/paths';
import { asTerm } from '../helpers/documents';

const PAGES = ['gsoc_2024.md', 'gsoc_2026.md'] as const;

// The template block of gsoc_2026.md, which makes a page a GSoC page wherever it is saved.
const TEMPLATE = `### Template

\`\`\`
#### CNCF Project Name

##### Project Title

- Description:
- Expected Outcome:
- Recommended Skills:
- Expected project size: # one of small (~90 hour projects), medium (~175 hour projects) and large (~350 hour projects)
- Mentor(s): #For GSoC, it is **required** to have at least 2 mentors with 1 being a primary mentor.
  - Jane Doe (@jane-github, jane@email.address) - primary
  - John Doe (@john-github, john@email.address)
- Upstream Issue (URL):
\`\`\`

## Ideas
`;

test('both GSoC pages are read as GSoC, with their template\'s levels and fields', () => {
  for (const name of PAGES) {
    const document = parseProposal(readFixture('corpus', name));
    assert.equal(document.programme, 'gsoc', name);
    assert.deepEqual([document.orgLevel, document.projectLevel], [4, 5], name);
    assert.deepEqual(asTerm(document).template?.fields, ['description', 'expectedOutcome', 'recommendedSkills', 'projectSize', 'mentors', 'upstreamIssue'], name);
  }
  assert.deepEqual(
    PAGES.map((name) => parseProposal(readFixture('corpus', name)).projects.length),
    [19, 14],
  );
  // LFX term files are not GSoC pages, though 2023's Buildpacks entry gives a project size.
  assert.equal(parseProposal(readFixture('corpus', '2023_01-Mar-May_README.md')).programme, 'lfx');
});

// From gsoc_2026.md: sizes as authors wrote them, and what is wrong with some.
test('project-size: missing, empty, not a size, hours against the word, markup', () => {
  const findings = checkedFindings(
    `${TEMPLATE}
#### Drasi

##### Reactive Agents with Drasi & Dapr

- Description: Connect Drasi and Dapr Agents.
- Expected Outcome: A Python integration layer.
- Recommended Skills: Python
- Expected project size: Large
- Mentor(s):
  - Aman Singh (@amansinghoriginal, singh.amandeep@microsoft.com) from Drasi - primary
  - Casper Nielsen (@CasperGN, casper@diagrid.io) from Dapr Agents
- Upstream Issue (URL): https://github.com/drasi-project/drasi-platform/issues/383

##### Security-focused UX Improvements for the Inspektor Gadget Headlamp Plugin

- Description: Improve the plugin's UX.
- Expected Outcome: A better plugin.
- Recommended Skills: TypeScript
- Expected project size: 175 hrs
                         ^^^^^^^ project-size
- Mentor(s):
  - Ashu Ghildiyal (@ashu8912, ashughildiyal5@gmail.com) - primary
  - Dor Serero (@dorser, dor.serero@gmail.com)
- Upstream Issue (URL): https://github.com/inspektor-gadget/inspektor-gadget/issues/1

##### Kmesh Dashboard for Simplified Service Mesh Management

- Description: A dashboard for Kmesh.
- Expected Outcome: A dashboard.
- Recommended Skills: Vue
- Expected project size: large (~175 hour project)
                         ^^^^^^^^^^^^^^^^^^^^^^^^^ project-size
- Mentor(s):
  - Zhonghu Xu (@hzxuzhonghu, zhhxu2011@gmail.com) - primary
  - Zengzeng Yao (@YaoZengzeng, yaozengzeng@huawei.com)
- Upstream Issue (URL): https://github.com/kmesh-net/kmesh/issues/1

##### Build e-commerce example kpt package

- Description: An example package.
- Expected Outcome: A package.
- Recommended Skills: Go
- Expected project size: # one of small (~90 hour projects), medium (~175 hour projects) and large (~350 hour projects)
  ^^^^^^^^^^^^^^^^^^^^^^ project-size
- Mentor(s):
  - Liam Fallon (@liamfallon) - primary
  - Ciaran Johnston (@ciaranjohnston)
- Upstream Issue (URL): https://github.com/kptdev/kpt/issues/1

##### OSCAL documents signing
      ^^^^^^^^^^^^^^^^^^^^^^^ project-size

- Description: Sign OSCAL documents.
- Expected Outcome: Signatures.
- Recommended Skills: Python
- Mentor(s):
  - Lou DeGenaro (@degenaro, lou.degenaro@gmail.com) - primary
  - Vikas Agarwal (@vikas-agarwal76, vikas.agarwal76@gmail.com)
- Upstream Issue (URL): https://github.com/oscal-compass/compliance-trestle/issues/1

##### Implement Custom Section Parsing and Branch Hinting proposal

- Description: Parse custom sections.
- Expected Outcome: A parser.
- Recommended Skills: C++
- Expected project size: **Large**
                         ^^^^^^^^^ project-size
- Mentor(s):
  - YiYing He (@q82419, yiying@secondstate.io) - primary
  - Shen-Ta Hsieh (@ibmibmibm, beststeve@secondstate.io)
- Upstream Issue (URL): https://github.com/WasmEdge/WasmEdge/issues/1
`,
    ['project-size'],
  );
  assert.deepEqual(
    findings.map((finding) => [finding.severity, finding.fixes.map((fix) => [fix.edits[0].newText, fix.safe])]),
    [
      // "175 hrs" is clearly medium: written in the page's own form (its other size says "Large").
      ['error', [['Medium', false]]],
      // Large or 175 hours? Only the author knows.
      ['error', []],
      ['error', []],
      ['error', []],
      ['warning', [['Large', true]]],
    ],
  );
});

test('project-size: the fix takes the page\'s most used form, hours included', () => {
  const text = readFixture('corpus', 'gsoc_2024.md').replace('- Expected project size: Medium (175 hour project)\n', '- Expected project size: 175 hrs\n');
  const finding = lint(parseProposal(text)).find((each) => each.rule === 'project-size');
  assert.equal(finding?.fixes[0].edits[0].newText, 'Medium (175 hour project)');
  const fixed = applyEdits(text, finding.fixes[0].edits);
  assert.deepEqual(lint(parseProposal(fixed)).filter((each) => each.rule === 'project-size'), []);
});

// From gsoc_2026.md (Jaeger, kgateway) and gsoc_2024.md: the forms of the primary mark.
test('primary-mentor: reads every form of the mark, flags none and two', () => {
  const findings = checkedFindings(
    `${TEMPLATE}
#### Jaeger

##### AI-Powered Trace Analysis: Phase 2

- Description: Skills for the Jaeger AI agent.
- Expected Outcome: A skills framework.
- Recommended Skills: Go
- Expected project size: Large (~350 hour projects)
- **Mentors:**
  ^^^^^^^^^^^^ primary-mentor
  - Jonah Kowall (@jkowall, jkowall@kowall.net)
  - Yuri Shkuro (@yurishkuro, github@ysh.us)
- Upstream Issue: https://github.com/jaegertracing/jaeger/issues/7827

#### kgateway

##### Benchmarking Inference Routing Extensions in kgateway

- Description: Benchmark inference routing.
- Expected Outcome: Benchmarks.
- Recommended Skills: Go
- Expected project size: Medium (~175 hour projects)
- Mentor(s):
  - Primary Mentor: Nina Polshakova (@npolshakova, nina.polshakova@solo.io)
  - Secondary Mentor: Daneyon Hansen (@danehans, daneyon.hansen@solo.io)
- Upstream Issue (URL): https://github.com/kgateway-dev/kgateway/issues/1

##### Two primaries

- Description: x.
- Expected Outcome: y.
- Recommended Skills: Go
- Expected project size: small
- Mentor(s):
  - Primary
    - Ann Lee (@annlee, ann@example.com)
  - Bo Chen (@bochen, bo@example.com) - primary
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ primary-mentor
- Upstream Issue (URL): https://github.com/example/repo/issues/1
`,
    ['primary-mentor'],
  );
  assert.equal(findings[0].fixes[0].edits[0].newText, ' - primary');
  assert.equal(findings[0].fixes[0].safe, false);
});

test('on a GSoC page one mentor is an error, and five are no error', () => {
  const mentors = (count: number) => Array.from({ length: count }, (_, index) => `  - Mentor ${'ABCDE'[index]} (@mentor-${index}, m${index}@example.com)${index === 0 ? ' - primary' : ''}`).join('\n');
  const entry = (title: string, count: number) => `
##### ${title}

- Description: x.
- Expected Outcome: y.
- Recommended Skills: Go
- Expected project size: small
- Mentor(s):
${mentors(count)}
- Upstream Issue (URL): https://github.com/example/repo/issues/${count}
`;
  const text = `${TEMPLATE}\n#### Kyverno\n${entry('One', 1)}${entry('Five', 5)}`;
  const findings = lint(parseProposal(text)).filter((each) => ['few-mentors', 'mentor-count'].includes(each.rule));
  assert.deepEqual(findings.map((each) => [each.rule, each.severity]), [['few-mentors', 'error']]);
});

// Authors copy the LFX levels: "### Org" / "#### Project" on a page whose template says ####/#####.
test('a GSoC entry written at the LFX levels is flagged against the page\'s template', () =>
  check(
    `${TEMPLATE}
#### Drasi

##### Reactive Agents with Drasi & Dapr

- Description: x.
- Expected Outcome: y.
- Recommended Skills: Python
- Expected project size: Large
- Mentor(s):
  - Aman Singh (@amansinghoriginal, singh.amandeep@microsoft.com) - primary
  - Casper Nielsen (@CasperGN, casper@diagrid.io)
- Upstream Issue (URL): https://github.com/drasi-project/drasi-platform/issues/383

### Kmesh
^^^^^^^^^ heading-level
#### Kmesh Dashboard
^^^^^^^^^^^^^^^^^^^^ heading-level

- Description: x.
- Expected Outcome: y.
- Recommended Skills: Vue
- Expected project size: medium
- Mentor(s):
  - Zhonghu Xu (@hzxuzhonghu, zhhxu2011@gmail.com) - primary
  - Zengzeng Yao (@YaoZengzeng, yaozengzeng@huawei.com)
- Upstream Issue (URL): https://github.com/kmesh-net/kmesh/issues/1

#### Kyverno
##### Policy reports

- Description: x.
- Expected Outcome: y.
- Recommended Skills: Go
- Expected project size: medium
- Mentor(s):
  - Jim Bugwadia (@JimBugwadia, jim@example.com) - primary
  - Shuting Zhao (@realshuting, shuting@example.com)
- Upstream Issue (URL): https://github.com/kyverno/kyverno/issues/1
`,
    ['heading-level'],
  ));

for (const name of PAGES) {
  test(`${name}: findings match the snapshot`, () => {
    const text = readFixture('corpus', name);
    const lines = new LineIndex(text);
    assertFindingsSnapshot(name, lines, lint(parseProposal(text), { lines }));
  });
}

test('completion in Expected project size offers the three sizes in the page\'s own form', () => {
  const text = readFixture('corpus', 'gsoc_2024.md').replace('- Expected project size: Medium (175 hour project)\n', '- Expected project size: \n');
  const offset = text.indexOf('- Expected project size: \n') + '- Expected project size: '.length;
  const suggestions = complete(parseProposal(text), offset);
  assert.deepEqual(
    suggestions.map((suggestion) => [suggestion.label, suggestion.detail]),
    [
      ['Small (90 hour project)', '~90 hours'],
      ['Medium (175 hour project)', '~175 hours'],
      ['Large (350 hour project)', '~350 hours'],
    ],
  );
});

test('the preview\'s cards of a GSoC page carry the size and the primary mentor', () => {
  const text = readFixture('corpus', 'gsoc_2026.md');
  const document = parseProposal(text);
  const tree = orgTree(document, []);
  const drasi = tree.orgs.find((org) => org.name === 'Drasi')?.projects[0];
  assert.equal(drasi?.size, 'Large');
  assert.deepEqual(drasi?.mentors.map((mentor) => [mentor.handle, mentor.primary]), [
    ['@amansinghoriginal', true],
    ['@CasperGN', false],
  ]);
});

// From programs/summerofcode/2018.md of cncf/mentoring (not in the corpus): a page from before
// GSoC had project sizes and primary mentors, with no template block. Still a GSoC page, but not
// held to what its year did not ask.
test('a 2018 page is a GSoC page without sizes, primary mentors or two mentors to ask for', () => {
  const text = `# 2018
We have been accepted as a [mentoring organisation](https://summerofcode.withgoogle.com/organizations/6453865516367872/) for Google Summer of Code 2018.

## Project Ideas

### Kubernetes

#### OpenAPI spec references in CustomResourceDefinitions
* Description: CustomResourceDefinitions (CRDs) often reuse Kubernetes types and embed them, e.g. a PodSpec.
* Recommended Skills: Golang, OpenAPI
* Mentor(s): Dr. Stefan Schimanski (@sttts), Mehdy Bohlool (@mbohlool)
* Issue: https://github.com/kubernetes/kubernetes/issues/54579

### Prometheus

#### Streaming APIs
* Description: Currently the HTTP API sends all the data in one go and that has the chance overwhelm prometheus.
* Recommended Skills: golang
* Mentor(s): Frederic Branczyk (@brancz), Goutham V (@gouthamve)
* Issue: https://github.com/prometheus/prometheus/issues/3690

#### Refactor the APIs for better readability and less maintenance overhead
* Description: Currently the HTTP API is not very well organized and needs some tidying up.
* Recommended Skills: golang
* Mentor(s): Krasi Georgiev (@krasi-georgiev)
* Issue: https://github.com/prometheus/prometheus/issues/3416
`;
  const document = parseProposal(text);
  assert.equal(document.programme, 'gsoc');
  const findings = lint(document).filter((finding) => finding.severity === 'error' || finding.severity === 'warning');
  assert.deepEqual(findings.map((finding) => finding.rule), []);
});

// 2023's template asked "Expected project size: (175 or 350 Hours)", with a Difficulty field and
// mentors as "Name, github, email". The example is made up, in that template's shape.
const TEMPLATE_2023 = `### Template

\`\`\`
### CNCF Project Name

#### Title

- Description: (2-5+ sentences)
- Expected outcome:
- Recommended Skills:
- Mentor(s): (Name, github, email)
- Expected project size: (175 or 350 Hours)
- Difficulty: (Easy, Medium, or Hard)
- Upstream Issue (URL):
\`\`\`

## Ideas
`;

test('where the template asks for hours, hours of a GSoC size are the page\'s form; contradictions still are not', () => {
  const entry = (title: string, size: string) => `
#### ${title}

- Description: x.
- Expected outcome: y.
- Recommended Skills: Go
- Mentor(s): Ada Byron, @adabyron, ada@example.org; Ben Cole, @bencole, ben@example.org
- Expected project size: ${size}
- Difficulty: Medium
- Upstream Issue (URL): https://github.com/example/repo/issues/1
`;
  const text = `${TEMPLATE_2023}\n### Harbor\n${entry('One', '175 Hours')}${entry('Two', '350h')}${entry('Three', '175')}${entry('Four', 'large (~175 hours)')}${entry('Five', 'a summer')}`;
  const document = parseProposal(text);
  assert.equal(document.programme, 'gsoc');
  const findings = lint(document).filter((finding) => finding.severity === 'error' || finding.severity === 'warning');
  assert.deepEqual(
    findings.map((finding) => [finding.rule, text.slice(finding.span.start, finding.span.end)]),
    [
      ['project-size', 'large (~175 hours)'],
      ['project-size', 'a summer'],
    ],
  );
  // Difficulty is a field of the page's own template: not an unknown label, not even as information.
  assert.deepEqual(lint(document).filter((finding) => finding.rule === 'unknown-field'), []);
});

test('a size written after the template\'s "#" is reported as such, and its safe fix removes the "#" only', () => {
  const before = `${TEMPLATE}
#### Harbor

##### A size after a hash

- Description: x.
- Expected Outcome: y.
- Recommended Skills: Go
- Expected project size: # Large (~350 hours)
- Mentor(s):
  - Ada Byron (@adabyron, ada@example.org) - primary
  - Ben Cole (@bencole, ben@example.org)
- Upstream Issue (URL): https://github.com/example/repo/issues/1
`;
  const findings = lint(parseProposal(before)).filter((finding) => ['project-size', 'template-text'].includes(finding.rule));
  // Not "empty", and not a template comment whose removal would lose the size.
  assert.deepEqual(findings.map((finding) => [finding.rule, finding.severity, finding.fixes[0]?.safe]), [['project-size', 'warning', true]]);
  checkFix(before, 'project-size', before.replace('# Large (~350 hours)', 'Large (~350 hours)'));
});

test('a GSoC page without a template is not asked for an upstream issue; one whose template lists it is', () => {
  const entry = `
#### An idea

* Description: x.
* Recommended Skills: Go
* Mentor(s): Ada Byron (@adabyron), Ben Cole (@bencole)
* Issue:
`;
  const old = `# 2019\n\nIdeas for Google Summer of Code 2019.\n\n## Project Ideas\n\n### Harbor\n${entry}\n#### Another idea\n\n* Description: x.\n* Recommended Skills: Go\n* Mentor(s): Ada Byron (@adabyron), Ben Cole (@bencole)\n`;
  const oldFindings = lint(parseProposal(old)).filter((finding) => ['missing-field', 'empty-field'].includes(finding.rule));
  // The empty "Issue:" is clutter to fill in or remove (a warning), the missing one nothing.
  assert.deepEqual(oldFindings.map((finding) => [finding.rule, finding.severity]), [['empty-field', 'warning']]);
  const templated = `${TEMPLATE}\n#### Harbor\n\n##### An idea\n\n- Description: x.\n- Expected Outcome: y.\n- Recommended Skills: Go\n- Expected project size: small\n- Mentor(s):\n  - Ada Byron (@adabyron, ada@example.org) - primary\n  - Ben Cole (@bencole, ben@example.org)\n`;
  const templatedFindings = lint(parseProposal(templated)).filter((finding) => finding.rule === 'missing-field');
  assert.deepEqual(templatedFindings.map((finding) => [finding.severity, finding.message]), [['error', 'Project "An idea" has no Upstream Issue (URL) field.']]);
});

test('the size is the size line alone: items left under it are no part of it', () => {
  const text = `${TEMPLATE}
#### Harbor

##### Replication dashboard

- Description: x.
- Expected Outcome: y.
- Recommended Skills: Go
- Expected project size: medium (~350 hour projects)
- Ada Byron (@adabyron, ada@example.org) - primary
- Ben Cole (@bencole, ben@example.org)
- Upstream Issue (URL): https://github.com/goharbor/harbor/issues/1
`;
  const finding = lint(parseProposal(text)).find((each) => each.rule === 'project-size');
  assert.equal(text.slice(finding?.span.start, finding?.span.end), 'medium (~350 hour projects)');
  assert.match(finding?.message ?? '', /^"medium \(~350 hour projects\)" says medium but 350 hours/);
});

test('a GSoC page\'s term is "Google Summer of Code <year>" in the outline, the preview and the workspace index', () => {
  const document = parseProposal(readFixture('corpus', 'gsoc_2026.md'));
  assert.equal(document.title?.plain, 'Project Ideas');
  assert.equal(documentOutline(document)[0].name, 'Google Summer of Code 2026');
  assert.equal(orgTree(document, []).term, 'Google Summer of Code 2026');
  const knowledge = new WorkspaceKnowledge();
  knowledge.update('file:///summerofcode/2026.md', document);
  assert.deepEqual([...new Set(knowledge.mentor('@amansinghoriginal')?.projects.map((place) => place.term))], ['Google Summer of Code 2026']);
  // A page titled by its year alone (2018's "# 2018").
  assert.equal(documentOutline(parseProposal('# 2018\nGoogle Summer of Code 2018 ideas.\n\n### Kubernetes\n\n#### An idea\n* Description: x.\n* Recommended Skills: Go\n* Mentor(s): Ada Byron (@adabyron), Ben Cole (@bencole)\n'))[0].name, 'Google Summer of Code 2018');
  // An LFX term keeps its title heading.
  assert.equal(documentOutline(parseProposal(readFixture('corpus', '2021_03-Fall_README.md')))[0].name, parseProposal(readFixture('corpus', '2021_03-Fall_README.md')).title?.plain);
});

// A GSoC page of one project (as projects other than CNCF keep in their own repositories: ideas
// at ###, the template under a "### Template" heading at the same level). Made-up example.
test('a one-level GSoC page: its Template heading is no entry, and "NA" for the upstream issue is a warning', () => {
  const text = `## Project Ideas

Ideas for the GSoC 2026 cycle, written with the template.

### Template

\`\`\`
### Project Title

- Description:
- Expected Outcome:
- Recommended Skills:
- Expected project size: # one of small (~90 hour projects), medium (~175 hour projects) and large (~350 hour projects)
- Mentor(s): #For GSoC, it is **required** to have at least 2 mentors with 1 being a primary mentor.
  - Jane Doe (@jane-github, jane@email.address) - primary
  - John Doe (@john-github, john@email.address)
- Upstream Issue (URL):
\`\`\`

## Ideas

### Silence resources

- Description: x.
- Expected Outcome: y.
- Recommended Skills: Go
- Expected project size: medium
- Mentor(s):
  - Ada Byron (@adabyron, ada@example.org) - primary
  - Ben Cole (@bencole, ben@example.org)
- Upstream Issue (URL): NA
`;
  const document = parseProposal(text);
  assert.equal(document.programme, 'gsoc');
  assert.deepEqual(document.projects.map((project) => project.title), ['Silence resources']);
  const findings = lint(document).filter((finding) => finding.severity === 'error' || finding.severity === 'warning');
  assert.deepEqual(findings.map((finding) => [finding.rule, finding.severity, text.slice(finding.span.start, finding.span.end)]), [['url-format', 'warning', 'NA']]);
  // On an LFX term file an upstream issue is required: "NA" stays an error.
  const lfx = `### Kyverno\n\n#### Policy reports\n\n- Description: x.\n- Recommended Skills: Go\n- Mentor(s): Ada Byron (@adabyron), Ben Cole (@bencole)\n- Upstream Issue: NA\n`;
  assert.deepEqual(lint(parseProposal(lfx)).filter((finding) => finding.rule === 'url-format').map((finding) => finding.severity), ['error']);
});

// 2017's GSoC page has a "#### TODO" entry with nothing under it: one finding for the entry.
test('an idea heading with nothing under it gets missing-field\'s one finding, not a project-size finding too', () =>
  check(
    `${TEMPLATE}
#### Drasi

##### TODO
      ^^^^ missing-field

##### Reactive Agents with Drasi & Dapr

- Description: Connect Drasi and Dapr Agents.
- Expected Outcome: A Python integration layer.
- Recommended Skills: Python
- Expected project size: Large
- Mentor(s):
  - Aman Singh (@amansinghoriginal, singh.amandeep@microsoft.com) - primary
  - Casper Nielsen (@CasperGN, casper@diagrid.io)
- Upstream Issue (URL): https://github.com/drasi-project/drasi-platform/issues/383
`,
    ['missing-field', 'project-size'],
  ));
