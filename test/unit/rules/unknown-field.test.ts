import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, checkedFindings, checkFix } from '../../helpers/check';

// From 2021_03-Fall_README.md (Service Mesh Interface): GitHub shows the escaped asterisks.
test('flags a label with stray markup and suggests the field', () =>
  check(
    `
#### Service Mesh Interface

##### Conformance Program

- Description: Conformance.
- Recommended Skills\\*\\*: Golang, ReactJS, GitHub Actions
  ^^^^^^^^^^^^^^^^^^^^^^^ unknown-field
- Mentor(s): Lee Calcote (@leecalcote)
- Issue: https://github.com/servicemeshinterface/smi-conformance/issues/1
`,
    ['unknown-field'],
  ));

test('flags a label that is no field at all, without a fix', () => {
  const [finding] = checkedFindings(
    `
### KubeArmor

#### KubeArmor Unit Test Coverage Audit

- Description: Improve unit test coverage.
- Goals:
  ^^^^^^ unknown-field
  - Measure Coverage
- Recommended Skills: Go
- Mentor(s): Rishabh Soni (@rootxrishabh, risrock02@gmail.com)
- Upstream Issue: https://github.com/kubearmor/KubeArmor/issues/2130
`,
    ['unknown-field'],
  );
  if (finding.fixes.length !== 0) throw new Error('an unknown label has no safe rewrite');
});

test('passes canonical labels', () =>
  check(
    `
### Cilium

#### Website Use Cases pages

- Description: Use case pages.
- Recommended Skills: Content Writing
- Mentor(s): Bill Mulligan (@xmulligan, bill@isovalent.com)
- Upstream Issue: https://github.com/cilium/cilium.io/issues/226
`,
    ['unknown-field'],
  ));

// From 2025_03-Sep-Nov_README.md (Kmesh).
test('the fix writes the canonical label and keeps the value', () =>
  checkFix(
    `
### Kmesh

#### Improving Ipsec's Stability and Ease of Use

- Description: IPsec.
- Recommended Skills: Golang
- Metor(s):
  - ZhenCheng Li(@LiZhenCheng9527, leezhencheng6@gmail.com),
- Upstream Issue: https://github.com/kmesh-net/kmesh/issues/1457
`,
    'unknown-field',
    `
### Kmesh

#### Improving Ipsec's Stability and Ease of Use

- Description: IPsec.
- Recommended Skills: Golang
- Mentor(s):
  - ZhenCheng Li(@LiZhenCheng9527, leezhencheng6@gmail.com),
- Upstream Issue: https://github.com/kmesh-net/kmesh/issues/1457
`,
  ));

// Labels of no field: extra text authors add on purpose (2026_01-Mar-May_README.md, Meshery's
// Responsibilities) is information; a misspelt field (2025_03-Sep-Nov_README.md, "Metor(s)") a
// warning; a label whose words mean a field the entry lacks, a warning naming it.
test('weighs unknown labels: extra text is information, a misspelt or renamed field a warning', () => {
  const findings = checkedFindings(
    `
### Meshery

#### Graph Database Integration

- Description: Store MeshSync's discovered data as a graph.
- Recommended Skills: Golang, openCypher
- Responsibilities:
  ^^^^^^^^^^^^^^^^^ unknown-field
  - Refactor the MeshSync ingestion layer.
- Metor(s):
  ^^^^^^^^^ unknown-field
  - Lee Calcote (@leecalcote, leecalcote@gmail.com)
- Upstream Issue: https://github.com/meshery/meshery/issues/17098

#### Relationships for AWS services

- Description: Model AWS services as Meshery relationships.
- Recommended Skills: Golang
- Mentor GitHub handles: @leecalcote
  ^^^^^^^^^^^^^^^^^^^^^^ unknown-field
- Upstream Issue: https://github.com/meshery/meshery/issues/17100
`,
    ['unknown-field'],
  );
  assert.deepEqual(
    findings.map((finding) => finding.severity),
    ['information', 'warning', 'warning'],
  );
});
