import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, checkedFindings } from '../../helpers/check';

// Adapted from 2021_03-Fall_README.md and 2022_01-Spring_project_ideas.md (Meshery): the
// "Workflow engine" of both terms in one file, the second in other case and spacing.
test('flags the second project with a title, ignoring case and spacing', () => {
  const findings = checkedFindings(
    `
#### Meshery

##### Workflow engine

- Description: Integrate a new architectural component into Meshery: a workflow engine.
- Recommended Skills: Golang, Temporal, ReactJS
- Mentor(s): Lee Calcote (@lcalcote), Utkarsh Srivastava (@utkarshdev23)
- Issue: <https://github.com/meshery/meshery/issues/3934>

##### Service mesh playground

- Description: Advance the cloud native playground in which any CNCF project can be explored.
- Recommended Skills: ReactJS, CSS, Golang
- Mentor(s): Lee Calcote (@lcalcote), Rudraksh Pareek (@delusionaloptimist)
- Issue: <https://github.com/layer5io/meshery/issues/2931>

##### Workflow  Engine
      ^^^^^^^^^^^^^^^^ duplicate-title

- Description: Integrate a new architectural component into Meshery: a workflow engine.
- Recommended Skills: Golang, Temporal, ReactJS
- Mentor(s): Lee Calcote (@lcalcote), Ashish Tiwari (@revolyssup)
- Issue: <https://github.com/meshery/meshery/issues/3934>
`,
    ['duplicate-title'],
  );
  assert.equal(findings[0].message, 'Another project is titled "Workflow engine"; give each project its own title.');
});

// From 2025_03-Sep-Nov_README.md and 2026_03-Sep-Nov_README.md (KubeEdge): one title is the
// start of the other.
test('passes titles that differ', () =>
  check(
    `
### KubeEdge

#### Comprehensive Example Restoration for KubeEdge Ianvs

- Description: Ianvs serves as KubeEdge SIG AI distributed benchmark toolkit.
- Expected Outcome: Diagnose & fix bugs across examples.
- Recommended Skills: Python, Benchmark, KubeEdge-Ianvs, AI/ML
- Mentor(s):
  - Zimu Zheng (@MooreZheng, zimu.zheng@huawei.com)
  - Shijing Hu (@hsj576, sjhu21@m.fudan.edu.cn)
- Upstream Issue: https://github.com/kubeedge/ianvs/issues/230

#### Comprehensive Example Restoration for KubeEdge Ianvs: Phase IV

- Description: Ianvs serves as the KubeEdge SIG AI distributed benchmark toolkit.
- Expected Outcome: Polish the CI pipeline testing examples.
- Recommended Skills: Python, Benchmark, KubeEdge-Ianvs, AI/ML
- Mentor(s):
  - Zimu Zheng (@MooreZheng, zimu.zheng@huawei.com)
  - ken6078 (@ken6078, ken60786213@gmail.com)
- Upstream Issue: https://github.com/kubeedge/ianvs/issues/230
`,
    ['duplicate-title'],
  ));
