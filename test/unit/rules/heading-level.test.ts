import { test } from 'node:test';
import { check, checkFix } from '../../helpers/check';
import { parseProposal } from '../../../server/src/core/parse';
import assert from 'node:assert/strict';

const KUBEVELA = `
#### KubeVela

##### Integration with developing time to provide consistent experience

- Description: KubeVela.
- Recommended Skills: Golang
- Mentor(s): Jianbo Sun (@wonderflow)
- Upstream Issue (URL): https://github.com/oam-dev/kubevela/issues/1

#### Support remote Terraform HCL (Git repo or ConfigMap) in Terraform Controller

- Description: Terraform.
- Recommended Skills: Golang, Terraform
- Mentor(s): Zheng Xi Zhou (@zzxwill)
- Upstream Issue (URL): https://github.com/oam-dev/terraform-controller/issues/1

##### Build Gitops continuous deployment tools on kubevela

- Description: GitOps.
- Recommended Skills: Golang
- Mentor(s): Jianbo Sun (@wonderflow)
- Upstream Issue (URL): https://github.com/oam-dev/kubevela/issues/2
`;

// From 2021_03-Fall_README.md: the Terraform Controller entry sits at the organisation level.
test('flags a project heading at the organisation level, still read as a project of its organisation', () => {
  check(
    KUBEVELA.replace(
      '#### Support remote Terraform HCL (Git repo or ConfigMap) in Terraform Controller\n',
      `#### Support remote Terraform HCL (Git repo or ConfigMap) in Terraform Controller\n${'^'.repeat(81)} heading-level\n`,
    ),
    ['heading-level'],
  );
  const document = parseProposal(KUBEVELA);
  assert.deepEqual(
    document.orgs.map((org) => [org.name, org.projects.length]),
    [['KubeVela', 3]],
  );
});

test('the fix moves the heading to the project level', () =>
  checkFix(
    KUBEVELA,
    'heading-level',
    KUBEVELA.replace('#### Support remote Terraform', '##### Support remote Terraform'),
  ));

// From 2025_03-Sep-Nov_README.md (Kyverno): a project one level too deep.
test('flags a project heading deeper than the project level', () =>
  check(
    `
### Kmesh

#### Kmesh Orion replace waypoint

- Description: Orion.
- Recommended Skills: Rust
- Mentor(s):
  - Zengzeng Yao (@yaozengzeng, yaozengzeng@huawei.com)
- Upstream Issue: https://github.com/kmesh-net/kmesh/issues/1450

### Kyverno

##### Convert Kyverno Sample Policies to Use New CEL-Based Policy Types
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ heading-level

- Description: Kyverno has introduced new CEL-based policy types.
- Recommended Skills: Go
- Mentor(s):
  - Lin Sun (@linsun, linsun@solo.io)
- Upstream Issue: https://github.com/kyverno/kyverno/issues/1
`,
    ['heading-level'],
  ));

test('passes a document whose projects are all at the project level', () =>
  check(KUBEVELA.replace('#### Support remote', '##### Support remote'), ['heading-level']));

// From 2026_01-Mar-May_README.md: Kubernetes holds the sub-organisations Kubespray and Headlamp,
// each holding its projects one level deeper, a shape the maintainers chose. As in the whole
// file, most projects sit at level 4: the level most field lists sit at is the project level.
const KUBERNETES_2026 = `
### Kubernetes

#### Kubespray

##### Automate building OS images for supported/CI tested distribution

- Description: Automate the building of OS images for the distributions Kubespray tests in CI.
- Recommended Skills: Ansible, Packer
- Mentor(s):
  - Max Gautier (@VannTen, mg@max.gautier.name)
- Upstream Issue: https://github.com/kubernetes-sigs/kubespray/issues/12754

#### Headlamp

##### Add Kubeflow to Headlamp: Machine Learning Workflow Management UI

- Description: Build a Headlamp plugin for Kubeflow.
- Recommended Skills: TypeScript, React
- Mentor(s):
  - René Dudfield (@illume, renedudfield@microsoft.com)
- Upstream Issue: https://github.com/kubernetes-sigs/headlamp/issues/4225

##### Add Strimzi to Headlamp: Kubernetes Kafka Management UI

- Description: Build a Headlamp plugin for Strimzi.
- Recommended Skills: TypeScript, React
- Mentor(s):
  - René Dudfield (@illume, renedudfield@microsoft.com)
- Upstream Issue: https://github.com/kubernetes-sigs/headlamp/issues/4226

### KubeStellar

#### Documentation and Self-Service Enablement Specialist

- Description: Improve KubeStellar's documentation.
- Recommended Skills: Technical writing
- Mentor(s):
  - Andy Anderson (@clubanderson, andy@clubanderson.com)
- Upstream Issue: https://github.com/kubestellar/kubestellar/issues/3402

#### Integration and Ecosystem Development Specialist

- Description: Integrate KubeStellar with other CNCF projects.
- Recommended Skills: Go, Kubernetes
- Mentor(s):
  - Andy Anderson (@clubanderson, andy@clubanderson.com)
- Upstream Issue: https://github.com/kubestellar/kubestellar/issues/3403

### Kyverno

#### DevRel

- Description: A junior DevRel mentorship.
- Recommended Skills: Technical communication
- Mentor(s):
  - Cortney Nickerson (@CortNick, cortney.nickerson@nirmata.com)
- Upstream Issue: https://github.com/kyverno/kyverno/issues/14726
`;

test('passes sub-organisations holding their projects one level deeper (Kubernetes → Headlamp → project)', () => {
  check(KUBERNETES_2026, ['heading-level', 'empty-org', 'missing-field', 'org-proposal-limit']);
  const document = parseProposal(KUBERNETES_2026.slice(1));
  assert.deepEqual(
    document.orgs.map((org) => [org.name, org.projects.length, org.subOrgs.map((sub) => [sub.name, sub.heading.level, sub.projects.length])]),
    [
      ['Kubernetes', 0, [['Kubespray', 4, 1], ['Headlamp', 4, 2]]],
      ['KubeStellar', 2, []],
      ['Kyverno', 1, []],
    ],
  );
  assert.ok(document.projects.every((project) => project.placement === 'ok'));
  assert.equal(document.projects[1].org?.name, 'Headlamp');
  assert.equal(document.projects[1].org?.parent?.name, 'Kubernetes');
});

// From 2026_02-Jun-Aug_README.md: Volcano has projects of its own beside the sub-organisations
// AgentCube and kthena. Only a hint, on Volcano's own projects.
test('hints at a project that sits beside sub-organisations at their level', () =>
  check(
    `
### Volcano

#### Support Namespace-scoped Queue in Volcano
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ heading-level

- Description: Queues scoped to a namespace.
- Recommended Skills: Go, Kubernetes
- Mentor(s): Zhe Jin (@JesseStutler, jesseincomparable@hotmail.com)
- Upstream Issue: https://github.com/volcano-sh/volcano/issues/4620

#### Scheduler Management, Observability & Log Explorer UI
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ heading-level

- Description: A scheduler dashboard.
- Recommended Skills: TypeScript
- Mentor(s): Zhe Jin (@JesseStutler, jesseincomparable@hotmail.com)
- Upstream Issue: https://github.com/volcano-sh/dashboard/issues/120

#### Volcano Documentation & Website Revamp with Docusaurus
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ heading-level

- Description: Move the website to Docusaurus.
- Recommended Skills: React
- Mentor(s): Zhe Jin (@JesseStutler, jesseincomparable@hotmail.com)
- Upstream Issue: https://github.com/volcano-sh/website/issues/427

#### AgentCube

##### Support multi-AgentCube Capability

- Description: Run several AgentCube instances.
- Recommended Skills: Go
- Mentor(s): Yu Wang (@ wangyu, wangyu@example.com)
- Upstream Issue: https://github.com/volcano-sh/agentcube/issues/106

#### kthena

##### Kthena Router Benchmark

- Description: Benchmark the Kthena router.
- Recommended Skills: Go
- Mentor(s): Yifei Wu (@YaoZengzeng, yzzeng@example.com)
- Upstream Issue: https://github.com/volcano-sh/kthena/issues/520
`,
    ['heading-level'],
  ));

// From 2023_01-Mar-May_README.md: "#### Meshery", a CNCF project of its own, sits under KubeEdge.
const MESHERY_IN_KUBEEDGE = `
### KubeEdge

#### Design and implement the KubeEdge Dashboard

- Description: A dashboard for KubeEdge.
- Recommended Skills: Vue, Go
- Mentor(s): Fei Xu (@fisherxu, fisherxu1@gmail.com)
- Upstream Issue: https://github.com/kubeedge/kubeedge/issues/4567

#### Meshery

##### Distributed workflow engine

- Description: Build a workflow engine for Meshery.
- Recommended Skills: Golang, Temporal
- Mentor(s): Lee Calcote (@leecalcote, leecalcote@gmail.com)
- Upstream Issue: https://github.com/meshery/meshery/issues/6862
`;

test('flags a sub-organisation that is a CNCF project of its own; the fix promotes it and its projects', () => {
  check(
    MESHERY_IN_KUBEEDGE.replace('#### Meshery\n', '#### Meshery\n^^^^^^^^^^^^ heading-level\n'),
    ['heading-level'],
  );
  checkFix(MESHERY_IN_KUBEEDGE, 'heading-level', MESHERY_IN_KUBEEDGE.replace('#### Meshery', '### Meshery').replace('##### Distributed', '#### Distributed'));
});

// From 2026_01-Mar-May_README.md: Headlamp's repository lives in kubernetes-sigs, so a Headlamp
// sub-organisation of Kubernetes is part of it, though Headlamp is in the CNCF list.
test('a sub-organisation that is part of its organisation (Headlamp in Kubernetes) is not flagged', () =>
  check(KUBERNETES_2026, ['heading-level']));

// From 2025_03-Sep-Nov_README.md's Timeline: the term sections' sub-headings at the project level.
test('the sub-headings of Timeline and instructions are neither organisations nor projects', () => {
  const text = `
# Term 03 - 2025 Sept - Nov

### Timeline

#### Term 3: September 5th - November 25th

- Mentorship program begins: September 5th

### Project instructions

#### How to propose

Open a pull request.

### Cartography

#### IAM Whatever You Say IAM - GCP and Azure edition

- Description: Model cloud IAM relationships.
- Recommended Skills: Python, Neo4j
- Mentor(s): Alex Chantavy (@achantavy, alex@example.com)
- Upstream Issue: https://github.com/cartography-cncf/cartography/issues/1735
`;
  check(text, ['heading-level', 'empty-org', 'missing-field', 'empty-field']);
  const document = parseProposal(text.slice(1));
  assert.deepEqual(document.orgs.map((org) => org.name), ['Cartography']);
  assert.deepEqual(document.projects.map((project) => project.title), ['IAM Whatever You Say IAM - GCP and Azure edition']);
});
