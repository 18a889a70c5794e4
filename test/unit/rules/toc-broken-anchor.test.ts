import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, checkedFindings, checkFix } from '../../helpers/check';

// From 2026_03-Sep-Nov_README.md (Flatcar Container Linux): GitHub drops the "&" and keeps both
// spaces around it, so the anchor has a double hyphen that the table of contents left out.
test('flags a link whose anchor misses the double hyphen of a dropped "&"', () => {
  const findings = checkedFindings(
    `
## Table of Contents

- [Flatcar Container Linux](#flatcar-container-linux)
  - [Nebraska Reporting & Metrics Uplift](#nebraska-reporting-metrics-uplift)
                                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ toc-broken-anchor
  - [Cloud-Init to Butane YAML config transpiler](#cloud-init-to-butane-yaml-config-transpiler)

### Flatcar Container Linux

#### Nebraska Reporting & Metrics Uplift

- Description: Nebraska is Flatcar Container Linux's update server.
- Recommended Skills: SQL, PostgreSQL, Go
- Mentor(s):
  - Jan Bronicki (@John15321, jan.bronicki.flatcar@gmail.com)
  - Ervin Racz (@ervcz, raczervin@microsoft.com)
- Upstream Issue: https://github.com/flatcar/Flatcar/issues/2239

#### Cloud-Init to Butane YAML config transpiler

- Description: Transpile cloud-config into butane.
- Recommended Skills: Go, YAML, ClusterAPI, Linux Based OS
- Mentor(s):
  - Mathieu Tortuyaux (@tormath1, mathieu.tortuyaux@gmail.com)
  - Thilo Fromm (@t-lo, thilo.fromm.work@gmail.com)
- Upstream Issue: https://github.com/flatcar/Flatcar/issues/2226
`,
    ['toc-broken-anchor'],
  );
  assert.equal(
    findings[0].message,
    '"#nebraska-reporting-metrics-uplift" matches no heading; the heading "Nebraska Reporting & Metrics Uplift" has the anchor "#nebraska-reporting--metrics-uplift".',
  );
});

// From 2025_03-Sep-Nov_README.md (KubeEdge): the heading has a trailing space, which is no part of
// its text, so its anchor has no trailing hyphen.
test('flags a link with a trailing hyphen the heading does not give', () =>
  check(
    `
* [KubeArmor](#kubearmor)
  * [KubeArmor Unit Test Coverage Audit](#kubearmor-unit-test-coverage-audit)
* [KubeEdge](#kubeedge-)
              ^^^^^^^^^ toc-broken-anchor
  * [Deep integration of KubeEdge with AMD edge nodes](#deep-integration-of-kubeedge-with-amd-edge-nodes)

### KubeArmor

#### KubeArmor Unit Test Coverage Audit

- Description: Audit the unit test coverage.
- Mentor(s): Rishabh Soni (@rootxrishabh, risrock02@gmail.com)
- Upstream Issue: https://github.com/kubearmor/KubeArmor/issues/2130

### KubeEdge 

#### Deep integration of KubeEdge with AMD edge nodes

- Description: Integrate KubeEdge with AMD edge nodes.
- Mentors:
  - Hongbing Zhang (@HongbingZhang, hongbing.zhang@daocloud.io)
  - Shelley Bao (@Shelley-BaoYue, baoyue2@huawei.com)
- Upstream Issue: https://github.com/kubeedge/kubeedge/issues/6429
`,
    ['toc-broken-anchor'],
  ));

// From 2023_01-Mar-May_README.md (Service Mesh Performance): the link names a project whose
// heading says "II"; no heading has the link's text, so there is nothing to point it at.
test('flags a link to no heading, without a fix when no heading has its text', () => {
  const findings = checkedFindings(
    `
- [Accepted Projects](#accepted-projects)
  - [Service Mesh Performance](#service-mesh-performance)
    - [Adaptive Load Controller](#adaptive-load-controller)
                                  ^^^^^^^^^^^^^^^^^^^^^^^^ toc-broken-anchor

## Accepted Projects

### Service Mesh Performance

#### Adaptive Load Controller II

- Description: The adaptive load controller is to execute optimization routines recursivley to determine the maximum load a system can sustain.
- Recommended Skills: golang, grpc, docker, kubernetes
- Mentor(s): Lee Calcote (@leecalcote, leecalcote@gmail.com), Xin Huang (@gyohuangxin, xin1.huang@intel.com)
- Upstream Issue (URL): https://github.com/service-mesh-performance/service-mesh-performance/issues/350
`,
    ['toc-broken-anchor'],
  );
  assert.equal(findings[0].message, '"#adaptive-load-controller" matches no heading of this document.');
  assert.deepEqual(findings[0].fixes, []);
});

// From 2025_03-Sep-Nov_README.md (KubeStellar): an anchor written with the double hyphen; the
// wrapper entry links a section heading. Adapted: a repeated title reached by GitHub's "-1".
test('passes anchors that match, by GitHub slug rules', () =>
  check(
    `
- [Accepted Projects](#accepted-projects)
  - [KubeStellar](#kubestellar)
    - [Developer Relations & Community Growth for KubeStellar UI](#developer-relations--community-growth-for-kubestellar-ui)
    - [Developer Relations & Community Growth for KubeStellar UI](#developer-relations--community-growth-for-kubestellar-ui-1)

## Accepted Projects

### KubeStellar

#### Developer Relations & Community Growth for KubeStellar UI

- Description: This Developer Relations project aims to accelerate KubeStellar UI adoption.
- Mentor(s): Onkar Shelke (@onkar717, onkarwork2234@gmail.com), Andy Anderson (@clubanderson, andrew.anderson@ibm.com)
- Upstream Issue: https://github.com/kubestellar/ui/issues/1403

#### Developer Relations & Community Growth for KubeStellar UI

- Description: This Developer Relations project aims to accelerate KubeStellar UI adoption.
- Mentor(s): Rishi Mondal (@MAVRICK-1, mavrickrishi@gmail.com), Aayush Saini (@AayushSaini101, kumaraayush9810@gmail.com)
- Upstream Issue: https://github.com/kubestellar/ui/issues/1403
`,
    ['toc-broken-anchor'],
  ));

// From 2026_03-Sep-Nov_README.md (Flatcar Container Linux).
test('the fix points the link at the anchor of the heading it names', () =>
  checkFix(
    `
## Table of Contents

- [Flatcar Container Linux](#flatcar-container-linux)
  - [Nebraska Reporting & Metrics Uplift](#nebraska-reporting-metrics-uplift)
  - [Cloud-Init to Butane YAML config transpiler](#cloud-init-to-butane-yaml-config-transpiler)

### Flatcar Container Linux

#### Nebraska Reporting & Metrics Uplift

- Description: Nebraska is Flatcar Container Linux's update server.
- Mentor(s): Jan Bronicki (@John15321, jan.bronicki.flatcar@gmail.com), Ervin Racz (@ervcz, raczervin@microsoft.com)
- Upstream Issue: https://github.com/flatcar/Flatcar/issues/2239

#### Cloud-Init to Butane YAML config transpiler

- Description: Transpile cloud-config into butane.
- Mentor(s): Mathieu Tortuyaux (@tormath1, mathieu.tortuyaux@gmail.com), Thilo Fromm (@t-lo, thilo.fromm.work@gmail.com)
- Upstream Issue: https://github.com/flatcar/Flatcar/issues/2226
`,
    'toc-broken-anchor',
    `
## Table of Contents

- [Flatcar Container Linux](#flatcar-container-linux)
  - [Nebraska Reporting & Metrics Uplift](#nebraska-reporting--metrics-uplift)
  - [Cloud-Init to Butane YAML config transpiler](#cloud-init-to-butane-yaml-config-transpiler)

### Flatcar Container Linux

#### Nebraska Reporting & Metrics Uplift

- Description: Nebraska is Flatcar Container Linux's update server.
- Mentor(s): Jan Bronicki (@John15321, jan.bronicki.flatcar@gmail.com), Ervin Racz (@ervcz, raczervin@microsoft.com)
- Upstream Issue: https://github.com/flatcar/Flatcar/issues/2239

#### Cloud-Init to Butane YAML config transpiler

- Description: Transpile cloud-config into butane.
- Mentor(s): Mathieu Tortuyaux (@tormath1, mathieu.tortuyaux@gmail.com), Thilo Fromm (@t-lo, thilo.fromm.work@gmail.com)
- Upstream Issue: https://github.com/flatcar/Flatcar/issues/2226
`,
  ));
