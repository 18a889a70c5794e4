import assert from 'node:assert/strict';
import { test } from 'node:test';
import { WorkspaceKnowledge } from '../../../server/src/core/knowledge';
import { parseProposal } from '../../../server/src/core/parse';
import { lint } from '../../../server/src/rules';
import { check, checkedFindings } from '../../helpers/check';

// Adapted from 2025_03-Sep-Nov_README.md and 2026_03-Sep-Nov_README.md (KubeEdge): the two terms'
// Ianvs projects in one file, the second spelling the issue with http, a trailing slash and a
// fragment.
test('flags an upstream issue another project of the file uses, in any spelling', () => {
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
  assert.equal(
    findings[0].message,
    '"Comprehensive Example Restoration for KubeEdge Ianvs: Phase IV" uses the upstream issue of "Comprehensive Example Restoration for KubeEdge Ianvs" in this file.',
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

test('flags an upstream issue a project of another workspace file uses', () => {
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
        'warning',
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
