import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sameTermFiles, termFileKey, WorkspaceKnowledge } from '../../../server/src/core/knowledge';
import { parseProposal } from '../../../server/src/core/parse';
import { lint } from '../../../server/src/rules';
import { check, checkedFindings } from '../../helpers/check';

// Adapted from 2025_03-Sep-Nov_README.md and 2026_03-Sep-Nov_README.md (KubeEdge): the two terms'
// Ianvs projects in one file, the second spelling the issue with http, a trailing slash and a
// fragment.
test('notes an upstream issue another project of the same organisation in the file uses, in any spelling', () => {
  const findings = checkedFindings(
    `
### KubeEdge

#### Comprehensive Example Restoration for KubeEdge Ianvs

- Description: Ianvs serves as KubeEdge SIG AI distributed benchmark toolkit.
- Expected Outcome: Diagnose & fix bugs across examples.
- Recommended Skills: Python, Benchmark, KubeEdge-Ianvs, AI/ML
- Mentors:
  - Zimu Zheng (@MooreZheng, zimu.zheng@huawei.com)
  - Shijing Hu (@hsj576, sjhu21@m.fudan.edu.cn)
- Upstream Issue: https://github.com/kubeedge/ianvs/issues/230
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/82d71e63-2e1e-48d6-8c93-91c9e8bf8d5d

#### Comprehensive Example Restoration for KubeEdge Ianvs: Phase IV

- Description: Ianvs serves as the KubeEdge SIG AI distributed benchmark toolkit.
- Expected Outcome: Polish the CI pipeline testing examples.
- Recommended Skills: Python, Benchmark, KubeEdge-Ianvs, AI/ML
- Mentor(s):
  - Zimu Zheng (@MooreZheng, zimu.zheng@huawei.com)
  - ken6078 (@ken6078, ken60786213@gmail.com)
- Upstream Issue: http://github.com/KubeEdge/ianvs/issues/230/#issuecomment-1
                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ upstream-duplicate
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/0a346d47-1eff-480c-990d-fa8bf6d9e24a
`,
    ['upstream-duplicate'],
  );
  assert.equal(findings[0].severity, 'information');
  assert.equal(
    findings[0].message,
    '"Comprehensive Example Restoration for KubeEdge Ianvs: Phase IV" uses the upstream issue of "Comprehensive Example Restoration for KubeEdge Ianvs" in this file; fine for a tracking issue the projects share, else link this project\'s own issue.',
  );
});

// From 2025_03-Sep-Nov_README.md (KubeEdge): two projects, two issues.
test('passes projects with their own issues', () =>
  check(
    `
### KubeEdge

#### Comprehensive Example Restoration for KubeEdge Ianvs

- Description: Ianvs serves as KubeEdge SIG AI distributed benchmark toolkit.
- Expected Outcome: Diagnose & fix bugs across examples.
- Recommended Skills: Python, Benchmark, KubeEdge-Ianvs, AI/ML
- Mentors:
  - Zimu Zheng (@MooreZheng, zimu.zheng@huawei.com)
  - Shijing Hu (@hsj576, sjhu21@m.fudan.edu.cn)
- Upstream Issue: https://github.com/kubeedge/ianvs/issues/230
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/82d71e63-2e1e-48d6-8c93-91c9e8bf8d5d

#### Research on Deploying Small Language Models with KubeEdge and Integrating with Enterprise AI Platforms

- Description: KubeEdge, as a native edge computing platform built on the Kubernetes ecosystem, offers capabilities such as reliable cloud-edge communication.
- Expected Outcome: Verification of KubeEdge's model deployment capability at the edge.
- Recommended Skills: KubeEdge, LLM, Golang, Python
- Mentors:
  - Hongbing Zhang (@HongbingZhang, hongbing.zhang@daocloud.io)
  - Elias Wang (@wbc6080, wangbincheng4@huawei.com)
- Upstream Issue: https://github.com/kubeedge/kubeedge/issues/6428
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/2e9d0538-0941-4f10-8c52-9afd6294e16e
`,
    ['upstream-duplicate'],
  ));

// From 2026_03-Sep-Nov_README.md and 2025_03-Sep-Nov_README.md (KubeEdge): Phase IV of a project
// proposes the issue of the year before, in another term file.
const TERM_2025 = `# Term 03 - 2025 Sept - Nov

Status: Planning

### KubeEdge

#### Comprehensive Example Restoration for KubeEdge Ianvs

- Description: Ianvs serves as KubeEdge SIG AI distributed benchmark toolkit.
- Expected Outcome: Diagnose & fix bugs across examples.
- Recommended Skills: Python, Benchmark, KubeEdge-Ianvs, AI/ML
- Mentors:
  - Zimu Zheng (@MooreZheng, zimu.zheng@huawei.com)
  - Shijing Hu (@hsj576, sjhu21@m.fudan.edu.cn)
- Upstream Issue: https://github.com/kubeedge/ianvs/issues/230
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/82d71e63-2e1e-48d6-8c93-91c9e8bf8d5d
`;
const TERM_2026 = `# Term 03 - 2026 September - November

Status: Planning

### KubeEdge

#### Comprehensive Example Restoration for KubeEdge Ianvs: Phase IV

- Description: Ianvs serves as the KubeEdge SIG AI distributed benchmark toolkit.
- Expected Outcome: Polish the CI pipeline testing examples.
- Recommended Skills: Python, Benchmark, KubeEdge-Ianvs, AI/ML
- Mentor(s):
  - Zimu Zheng (@MooreZheng, zimu.zheng@huawei.com)
  - ken6078 (@ken6078, ken60786213@gmail.com)
- Upstream Issue: https://github.com/kubeedge/ianvs/issues/230
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/0a346d47-1eff-480c-990d-fa8bf6d9e24a
`;
const URI_2025 = 'file:///work/mentoring/programs/lfx-mentorship/2025/03-Sep-Nov/README.md';
const URI_2026 = 'file:///work/mentoring/programs/lfx-mentorship/2026/03-Sep-Nov/README.md';

test('notes an upstream issue a project of another term uses, naming the term and the file', () => {
  const workspace = new WorkspaceKnowledge();
  workspace.update(URI_2025, parseProposal(TERM_2025));
  // The document itself is in the workspace too; its own entries do not count.
  workspace.update(URI_2026, parseProposal(TERM_2026));
  const findings = lint(parseProposal(TERM_2026), { uri: URI_2026, workspace }).filter(
    (finding) => finding.rule === 'upstream-duplicate',
  );
  assert.deepEqual(
    findings.map((finding) => [TERM_2026.slice(finding.span.start, finding.span.end), finding.severity, finding.message]),
    [
      [
        'https://github.com/kubeedge/ianvs/issues/230',
        'information',
        '"Comprehensive Example Restoration for KubeEdge Ianvs: Phase IV" uses the upstream issue of "Comprehensive Example Restoration for KubeEdge Ianvs" (Term 03 - 2025 Sept - Nov, KubeEdge) in lfx-mentorship/2025/03-Sep-Nov/README.md.',
      ],
    ],
  );
});

test('passes an issue that only the document itself uses in the workspace', () => {
  const workspace = new WorkspaceKnowledge();
  workspace.update(URI_2026, parseProposal(TERM_2026));
  const findings = lint(parseProposal(TERM_2026), { uri: URI_2026, workspace }).filter(
    (finding) => finding.rule === 'upstream-duplicate',
  );
  assert.deepEqual(findings, []);
});

// Adapted from 2021_03-Fall_README.md and 2022_01-Spring_project_ideas.md (Meshery): the
// "Workflow engine" of both terms, with the same issue, in one file.
test(
  'flags two projects with the same title and the same issue',
  () =>
    check(
      `
#### Meshery

##### Workflow engine

- Description: Integrate a new architectural component into Meshery: a workflow engine.
- Recommended Skills: Golang, Temporal, ReactJS
- Mentor(s): Lee Calcote ([@lcalcote](https://twitter.com/lcalcote)), Utkarsh Srivastava ([@utkarshdev23](https://twitter.com/utkarshdev23))
- Issue: <https://github.com/meshery/meshery/issues/3934>

##### Workflow engine

- Description: Integrate a new architectural component into Meshery: a workflow engine.
- Recommended Skills: Golang, Temporal, ReactJS
- Mentor(s): Lee Calcote ([@lcalcote](https://twitter.com/lcalcote)), [Ashish Tiwari](https://github.com/revolyssup)
- Issue: <https://github.com/meshery/meshery/issues/3934>
          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ upstream-duplicate
`,
      ['upstream-duplicate'],
    ),
);

// A term's README.md and its project_ideas.md list the same proposals (cncf/mentoring keeps both
// in the term's folder): never duplicates of each other, however the folder is written.
test('passes the same issue in the README.md and the project_ideas.md of one term', () => {
  for (const [readme, ideas] of [
    ['file:///work/mentoring/programs/lfx-mentorship/2025/03-Sep-Nov/README.md', 'file:///work/mentoring/programs/lfx-mentorship/2025/03-Sep-Nov/project_ideas.md'],
    ['/work/mentoring/programs/lfx-mentorship/2025/03-Sep-Nov/project_ideas.md', '/work/mentoring/programs/lfx-mentorship/2025/03-Sep-Nov/README.md'],
    ['C:\\mentoring\\lfx-mentorship\\2025\\03-Sep-Nov\\README.md', 'c:\\mentoring\\lfx-mentorship\\2025\\03-Sep-Nov\\project_ideas.md'],
    // The shared corpus's flat copies: the term is the file name's prefix.
    ['/corpus/2025_03-Sep-Nov_README.md', '/corpus/2025_03-Sep-Nov_project_ideas.md'],
  ]) {
    const workspace = new WorkspaceKnowledge();
    workspace.update(readme, parseProposal(TERM_2025));
    workspace.update(ideas, parseProposal(TERM_2025));
    assert.deepEqual(
      lint(parseProposal(TERM_2025), { uri: ideas, workspace }).filter((finding) => finding.rule === 'upstream-duplicate'),
      [],
      ideas,
    );
  }
});

test('tells the files of one term from those of others by folder and name', () => {
  assert.equal(termFileKey('file:///m/programs/lfx-mentorship/2026/01-Mar-May/README.md'), termFileKey('file:///m/programs/lfx-mentorship/2026/01-Mar-May/project_ideas.md'));
  assert.ok(sameTermFiles('/corpus/2021_03-Fall_README.md', '/corpus/2021_03-Fall_project_ideas.md'));
  // Two terms side by side in one folder (the shared corpus), two folders, a draft, an untitled buffer.
  assert.ok(!sameTermFiles('/corpus/2021_03-Fall_README.md', '/corpus/2022_01-Spring_project_ideas.md'));
  assert.ok(!sameTermFiles('/m/2026/01-Mar-May/README.md', '/m/2026/02-Jun-Aug/README.md'));
  assert.ok(!sameTermFiles('/m/2026/03-Sep-Nov/README.md', '/m/2026/03-Sep-Nov/apicurio.proposal.md'));
  assert.ok(!sameTermFiles('untitled:Untitled-1', 'untitled:Untitled-2'));
  assert.ok(!sameTermFiles('/m/2026/01-Mar-May/README.md', '/m/2026/01-Mar-May/README.md'));
});

// From 2026_01-Mar-May_README.md (Karmada), lines 393-469 cut down: two projects cite their
// term's tracking issue, each at its own comment. Sibling projects sharing one issue is common.
test('notes, without warning, two projects of one organisation on one tracking issue', () => {
  const findings = checkedFindings(
    `
### Karmada

#### Enhance Karmada's Quick Start Experience and Incorporate macOS Support

- Description: The initial interaction for many users with a project often begins with its "Quick Start" guide.
- Recommended Skills:
  - Go programming language
  - Familiarity with macOS
- Mentor(s): 
  - Zhuang Zhang (@zhzhuang-zju, m17799853869@163.com)
  - Hongcai Ren (@RainbowMango, qdurenhongcai@gmail.com)
- Upstream Issue: https://github.com/karmada-io/community/issues/170#issuecomment-3736732294
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/28f6a413-4190-40bd-9226-cdce5767e210

#### Protect Karmada Component Flags from Unexpected Changes

- Description: The Karmada project consists of several components (e.g., controller-manager, scheduler, karmada-search, etc.), each accepting various command-line flags for configuration.
- Recommended Skills: 
  - Go programming language
  - Kubernetes and its flag management patterns
- Mentor(s):
  - Zhen Chang (@XiShanYongYe-Chang, changzhen5@huawei.com)
  - Hongcai Ren (@RainbowMango, qdurenhongcai@gmail.com)
- Upstream Issue: https://github.com/karmada-io/community/issues/170#issuecomment-3728029454
                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ upstream-duplicate
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/cb8a5f0e-fdd4-4e6d-b937-b98b2c80381e
`,
    ['upstream-duplicate'],
  );
  assert.equal(findings[0].severity, 'information');
});

// Adapted from 2026_02-Jun-Aug_README.md (OpenKruise, line 1419): the second project's entry moved
// under another organisation, as when a neighbour's entry is copied and its issue left in.
test('warns when a project of another organisation in the file uses the issue', () => {
  const findings = checkedFindings(
    `
### OpenKruise

#### Dynamic Volume Mounting for JuiceFS and Ceph in OpenKruise Agents

- Description: Dynamic volume mounting enables data persistence and sharing for pooled sandbox pods without relying on CSI plugins.
- Recommended Skills:
  - Go programming
  - Kubernetes (CRDs, controllers, RBAC)
- Mentor(s):
  - Kai Shi (@BH4AWS, bh4aws@gmail.com)
  - Zhang Zhen (@furykerry, furykerry@gmail.com)

- Upstream Issue: https://github.com/openkruise/agents/issues/314
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/76a279ba-ffb9-4e4e-baa9-e36a7fd9852a

### OpenTelemetry

#### Lightweight and Continuous Load Testing for OpenKruise Agents Using Kwok

- Description: Rapid, large-scale sandbox provisioning is critical for agentic workloads.
- Recommended Skills:
  - Go programming
  - Familiarity with Kwok for cluster simulation
- Mentor(s):
  - Zhong Tianyun (@AiRanthem, airanthem666@gmail.com)
  - Zhao Mingshan (@zmberg, berg.zms@gmail.com)

- Upstream Issue: https://github.com/openkruise/agents/issues/314
                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ upstream-duplicate
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/fe38c553-a066-44b0-8192-f5a5bee5074b
`,
    ['upstream-duplicate'],
  );
  assert.equal(findings[0].severity, 'warning');
  assert.equal(
    findings[0].message,
    '"Lightweight and Continuous Load Testing for OpenKruise Agents Using Kwok" (OpenTelemetry) uses the upstream issue of "Dynamic Volume Mounting for JuiceFS and Ceph in OpenKruise Agents" (OpenKruise), a project of another organisation, in this file; link this project\'s own issue.',
  );
});

// Seen with the packed CLI run from a subfolder: the other file was named by its last four
// segments, a temporary folder's name among them (`lfx-package-XXXX/project/proposals/…`).
test('names the other file by its path from the deepest folder the two files share', () => {
  const entry = (title: string) => `### Jaeger\n\n#### ${title}\n\n- Description: x\n- Upstream Issue: https://github.com/jaegertracing/jaeger/issues/1\n`;
  const workspace = new WorkspaceKnowledge();
  const other = 'file:///tmp/lfx-package-Ab12/project/proposals/trace-search.md';
  workspace.update(other, parseProposal(entry('Trace search')));
  const messages = (uri: string) =>
    lint(parseProposal(entry('Trace view')), { uri, workspace })
      .filter((finding) => finding.rule === 'upstream-duplicate')
      .map((finding) => finding.message.replace(/.* in /, ''));
  assert.deepEqual(messages('file:///tmp/lfx-package-Ab12/project/proposals/trace-view.md'), ['proposals/trace-search.md.']);
  assert.deepEqual(messages('file:///tmp/lfx-package-Ab12/project/older/trace-view.md'), ['project/proposals/trace-search.md.']);
  // Nothing shared but the root: the last four segments.
  assert.deepEqual(messages('file:///home/ada/trace-view.md'), ['lfx-package-Ab12/project/proposals/trace-search.md.']);
});
