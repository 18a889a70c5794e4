import { test } from 'node:test';
import { check, checkFix } from '../../helpers/check';

// From 2025_03-Sep-Nov_README.md (OpenCost): "Mentors" without a colon over a sub-list.
test('flags a label without a colon, and bold or shortened labels', () =>
  check(
    `
#### Vitess

##### Add support for Upgrade/Downgrade Testing

- **Description**: Vitess has a rich set of functional tests.
  ^^^^^^^^^^^^^^^^ label-variant
- Recommended Skills: go, GitHub Actions, docker
- Mentors
  ^^^^^^^ label-variant
  - Harshit Gangal (@harshit-gangal)
- Enhancement : <https://github.com/vitessio/vitess/issues/4989>
  ^^^^^^^^^^^^^ label-variant
`,
    ['label-variant'],
  ));

test('the fix adds the colon and keeps the sub-list', () =>
  checkFix(
    `
### OpenCost

#### OpenCost Data Model 2.0

- Description: Revamp the data model.
- Recommended Skills: Golang
- Mentors 
  - Alex Meijer (@ameijer, alexander.meijer@ibm.com)
- Upstream Issue: https://github.com/opencost/opencost/issues/3240
`,
    'label-variant',
    `
### OpenCost

#### OpenCost Data Model 2.0

- Description: Revamp the data model.
- Recommended Skills: Golang
- Mentor(s): 
  - Alex Meijer (@ameijer, alexander.meijer@ibm.com)
- Upstream Issue: https://github.com/opencost/opencost/issues/3240
`,
  ));

// From 2025_03-Sep-Nov_README.md (KubeArmor): the mentors written as a paragraph after the list.
test('the fix makes a label paragraph with an indented list an item of the field list', () =>
  checkFix(
    `
### KubeArmor

#### KubeArmor Observability Spectrum Enhancement

- Description: Improve observability.
- Recommended Skills: Go
- Upstream Issue: https://github.com/kubearmor/KubeArmor/issues/1902

Mentors:
  - Rishabh Soni (@rootxrishabh, risrock02@gmail.com)
`,
    'label-variant',
    `
### KubeArmor

#### KubeArmor Observability Spectrum Enhancement

- Description: Improve observability.
- Recommended Skills: Go
- Upstream Issue: https://github.com/kubearmor/KubeArmor/issues/1902

- Mentor(s):
  - Rishabh Soni (@rootxrishabh, risrock02@gmail.com)
`,
  ));

test('passes the canonical labels of either era', () =>
  check(
    `
#### Kyverno

##### Scalability testing for Kyverno

- Description: Define and execute scalability tests.
- Recommended Skills: Kubernetes, Golang, Test
- Mentor(s): Shuting Zhao (@realshuting)
- Upstream Issue (URL): <https://github.com/kyverno/kyverno/issues/2248>
- Apply: <https://mentorship.lfx.linuxfoundation.org/project/8b8276b1>
`,
    ['label-variant'],
  ));
