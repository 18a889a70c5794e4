import { test } from 'node:test';
import { check, checkFix } from '../../helpers/check';

// From 2021_01-Spring_project_ideas.md (KubeEdge): the description is written without its label.
test('flags a project whose description has no label', () =>
  check(
    `
#### KubeEdge

##### Design more tests for specific scenarios of edge computing
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ missing-field

- We need to do some designs for adding more tests especially for the specific scenarios of edge computing
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
