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
