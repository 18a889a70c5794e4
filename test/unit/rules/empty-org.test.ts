import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, checkedFindings } from '../../helpers/check';

// Adapted from 2026_03-Sep-Nov_README.md (Flatcar Container Linux, Harbor, Headlamp): Harbor's
// project taken out, its heading left behind; and the file's last organisation, WasmEdge
// Runtime, without its project.
test('flags an organisation heading with no project under it', () => {
  const findings = checkedFindings(
    `
# Term 03 - 2026 September - November

### Flatcar Container Linux

#### Nebraska Reporting & Metrics Uplift

- Description: Nebraska is Flatcar Container Linux's update server.
- Upstream Issue: https://github.com/flatcar/Flatcar/issues/2239

### Harbor
    ^^^^^^ empty-org

### Headlamp

#### Adding Dynamic Resource Allocation (DRA) to Headlamp

- Description: Add Dynamic Resource Allocation (DRA) to Headlamp.
- Recommended Skills: TypeScript, React, (Optional) Kubernetes CRDs and Operators
- Upstream Issue: https://github.com/kubernetes-sigs/headlamp/issues/4831

### WasmEdge Runtime
    ^^^^^^^^^^^^^^^^ empty-org
`,
    ['empty-org'],
  );
  assert.equal(findings[0].message, '"Harbor" has no project under it.');
});

// Adapted from 2026_03-Sep-Nov_README.md: as above, with Harbor first. Headings at the
// organisation level before the first project are taken for sections of the term ("### Timeline",
// "### Project instructions"), which hides an organisation left empty there.
test(
  'flags an empty organisation before the first project when it names a CNCF project',
  () =>
    check(
      `
# Term 03 - 2026 September - November

### Timeline

Mentorship duration - three months (full-time schedule)

### Harbor
    ^^^^^^ empty-org

### Headlamp

#### Adding Dynamic Resource Allocation (DRA) to Headlamp

- Description: Add Dynamic Resource Allocation (DRA) to Headlamp.
- Recommended Skills: TypeScript, React, (Optional) Kubernetes CRDs and Operators
- Upstream Issue: https://github.com/kubernetes-sigs/headlamp/issues/4831
`,
      ['empty-org'],
    ),
);

// From 2021_01-Spring_project_ideas.md (Kubernetes with the sub-organisation WG Policy, Cloud
// Native Buildpacks, and Envoy, written one level too high with its project at the organisation
// level). As in the whole file, most projects sit at level 5.
test('passes organisations whose projects sit under sub-organisations or at the wrong level', () =>
  check(
    `
#### Kubernetes

##### WG Policy

###### CIS Benchmarks Policy Report

- Description: Execute CIS benchmark checks and produce a Policy Report CRD.
- Recommended Skills: Golang, CLI, JSON
- Mentor(s): Jim Bugwadia (@JimBugwadia)
- Upstream Issue (URL): https://github.com/kubernetes-sigs/wg-policy-prototypes/issues/29

#### Cloud Native Buildpacks
##### Design and implement Buildpack Registry Search

- Description: The Buildpack Registry needs a search.
- Recommended Skills: React, CSS, Ruby, Rails, Github
- Mentor(s): Joe Kutner (@jkutner), Travis Longoria (@elbandito)
- Upstream Issue (URL): https://github.com/buildpacks/registry-api/issues/21

##### Buildpack-native builds

- Description: Build the project with its own buildpacks.
- Recommended Skills: Go
- Mentor(s): Joe Kutner (@jkutner)
- Upstream Issue (URL): https://github.com/buildpacks/pack/issues/1

### Envoy
#### Adaptive Load Control and Distributed Load Testing of Envoy Data Planes

- Description: Users configuring their Envoy-based data planes don't know how to find the optimal Envoy configuration.
- Recommended Skill(s): Golang, C++, Rust
- Issue(s): https://github.com/envoyproxy/envoy-perf/issues/72
- Mentor(s): Lee Calcote (@lcalcote), Otto van der Schaaf (@oschaaf)
`,
    ['empty-org'],
  ));

// From 2021_03-Fall_README.md (KubeVela): a project heading at the organisation level is still a
// project of the organisation above it, not an organisation of its own.
test('passes an organisation followed by a project heading one level too high', () =>
  check(
    `
#### KubeVela

##### Building An Machine Learning Platform on KubeVela

- Description: Data scientists need a ML platform to develop, test, and deploy ML models easily.
- Recommended Skills: Golang, Kubernetes
- Mentor(s): Hongchao Deng (@hongchaodeng)
- Upstream Issue (URL): <https://github.com/oam-dev/kubevela/issues/2061>

#### Support remote Terraform HCL (Git repo or ConfigMap) in Terraform Controller

- Description: Currently Terraform Controller supports inline HCL. Terraform Controller should support remote HCLs.
- Recommended Skills: Golang, Terraform
- Mentor(s): ZhengXi Zhou (@zzxwill)
- Upstream Issue (URL): <https://github.com/oam-dev/terraform-controller/issues/46>
`,
    ['empty-org'],
  ));

// From 2025_03-Sep-Nov_README.md: the term's sections at the organisation level, before the
// first organisation (Cartography).
test('passes the sections of the term before the first organisation', () =>
  check(
    `
# Term 03 - 2025 Sept - Nov

Status: Planning

### Timeline

Mentorship duration - three months (full-time schedule)

### Project instructions

Please limit proposals to 4-5 proposals per CNCF project.

### Application instructions

Mentee application instructions can be found on the Program Guidelines page.

### Cartography

#### IAM Whatever You Say IAM - GCP and Azure edition

- Description: Model and map cloud IAM relationships in GCP and Azure.
- Upstream Issue: https://github.com/cartography-cncf/cartography/issues/1735
`,
    ['empty-org'],
  ));
