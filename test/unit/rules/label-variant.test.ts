import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseProposal } from '../../../server/src/core/parse';
import { fixAll } from '../../../server/src/features/fix-all';
import { lint } from '../../../server/src/rules';
import { check, checkedFindings, checkFix } from '../../helpers/check';

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

// From 2026_01-Mar-May_README.md (Workflow Engine in Meshery, descriptions shortened): four
// unmarked lines, of which `Issue:` is not read as a field of its own. Marking the other three
// left `Issue:` inside the Mentor(s) item, where the next run read it as a mentor.
const MESHERY_RUN = `
### Meshery

#### Workflow Engine in Meshery

CNCF - Meshery: Workflow engine integration (2026 Term 1)

Description: Integrate a new architectural component into Meshery: a workflow engine, using Temporal.
Recommended Skills: Golang, Temporal, ReactJS
Mentor(s): Lee Calcote (@leecalcote, leecalcote@gmail.com), Marcus Ringblom (@marblom007, marcus.ringblom@gmail.com)
ISSUE_LABEL: https://github.com/meshery/meshery/issues/17099
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/e5a8af13-9891-4ca5-8dca-b0151a4345fb
`;

test('a run of unmarked label lines is marked whole or not at all: one line is no field', () => {
  // "Note:" is no field: marking the lines above it would pull it into the Mentor(s) item.
  const text = MESHERY_RUN.replace('ISSUE_LABEL', 'Note');
  const findings = lint(parseProposal(text)).filter((finding) => finding.rule === 'label-variant');
  assert.deepEqual(
    findings.map((finding) => finding.message),
    [
      '"Description:" is not an item of the field list; start its line with "- ".',
      '"Recommended Skills:" is not an item of the field list; start its line with "- ". GitHub shows this line inside the field above it.',
      '"Mentor(s):" is not an item of the field list; start its line with "- ". GitHub shows this line inside the field above it.',
    ],
  );
  assert.deepEqual(findings.map((finding) => finding.fixes.length), [0, 0, 0]);
  assert.equal(fixAll(text).text, text);
});

test('a run of unmarked label lines that are all fields is marked whole', () => {
  const text = MESHERY_RUN.replace('ISSUE_LABEL', 'Upstream Issue');
  const marked = text.replace(/^(Description|Recommended Skills|Mentor\(s\)|Upstream Issue):/gm, '- $1:');
  assert.equal(fixAll(text).text, marked);
  // As written in 2026_01 ("Issue: https://…", a variant with its URL, is a field too).
  const asWritten = MESHERY_RUN.replace('ISSUE_LABEL', 'Issue');
  assert.equal(fixAll(asWritten).text, asWritten.replace(/^(Description|Recommended Skills|Mentor\(s\)):/gm, '- $1:').replace(/^Issue:/m, '- Upstream Issue:'));
});

// From 2023_01-Mar-May_README.md: the Harbor entries write "Upstream Issue (URL):", the
// Cortex entries "Upstream Issue:" and "Issue:"; the document's most used spelling wins.
test('the fix writes the label as the document mostly does', () => {
  const harbor = (title: string, issue: string) => `
#### ${title}

- Description: Add more versatile replication filters
- Expected Outcome: Implement regex capability when defining relication rules
- Recommended Skills: Angular, JavaScript, Golang
- Mentor(s): Vadim Bauer (@Vad1mo, vb@container-registry.com)
- Upstream Issue (URL): https://github.com/goharbor/harbor/issues/${issue}
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/49749be9-5a67-4b2b-9312-7def13ae98b8
`;
  const sharingio = `
#### Pair

- Description: Pair is a platform for pairing
- Expected Outcome: A working prototype
- Recommended Skills: Golang
- Mentor: Hippie Hacker (@hh, hh@cncf.io)
- Issue: https://github.com/sharingio/pair/issues/173
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/7e8cb88a-5b37-471c-8db8-e11907b5a661
`;
  const text = `# Term\n\n### Harbor\n${harbor('Regex replication rules', '8614')}${harbor('Harbor CLI', '8615')}\n### Sharingio\n${sharingio}`;
  const fixed = fixAll(text).text;
  assert.match(fixed, /^- Upstream Issue \(URL\): https:\/\/github\.com\/sharingio\/pair\/issues\/173$/m);
  // Mentor(s) is not written otherwise: the era's canonical label.
  assert.match(fixed, /^- Mentor\(s\): Hippie Hacker/m);
});

test('a tie between the era label and another accepted one goes to the era label', () => {
  const entry = (issueLabel: string, number: number) => `
#### Project ${number}

- Description: Integrate a new architectural component.
- Recommended Skills: Golang
- Mentor(s): Lee Calcote (@leecalcote, leecalcote@gmail.com)
- ${issueLabel}: https://github.com/meshery/meshery/issues/${number}
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/73202d21
`;
  const text = `# Term\n\n### Meshery\n${entry('Upstream Issue (URL)', 1)}${entry('Upstream Issue', 2)}${entry('Issue', 3)}`;
  assert.match(fixAll(text).text, /^- Upstream Issue: https:\/\/github\.com\/meshery\/meshery\/issues\/3$/m);
});

// From 2021_01-Spring_project_ideas.md (SPIRE, description shortened): seven spaces after the
// marker, so GitHub shows the description as a code block: a warning, not a hint.
test('an item GitHub shows as code is a warning', () => {
  const findings = checkedFindings(
    `
#### SPIFFE

##### SPIRE Kubernetes Workload Registrar

-       Description: [SPIRE](https://spiffe.io), the SPIFFE Runtime Environment, is an extensible system.
        ^^^^^^^^^^^^ label-variant
- Recommended Skills: Golang
`,
    ['label-variant'],
  );
  assert.deepEqual(findings.map((finding) => finding.severity), ['warning']);
});

// From 2023_01-Mar-May_README.md (Service Mesh Performance): the LFX URL line written right under
// the last item, without its marker, shows on GitHub as part of the Upstream Issue item: a warning,
// where a field paragraph on its own (after a blank line) is a hint.
test('a field line joined into the item above is a warning; a field paragraph of its own a hint', () => {
  const findings = checkedFindings(
    `
### Service Mesh Performance

#### Adaptive Load Controller II

- Description: Build an adaptive load controller.
- Recommended Skills: golang, grpc, docker, kubernetes
- Upstream Issue (URL): https://github.com/service-mesh-performance/service-mesh-performance/issues/350
LFX URL: https://mentorship.lfx.linuxfoundation.org/project/2597fc3d-eb2c-411f-b02d-940c8347328d
^^^^^^^^ label-variant

Mentor(s): Lee Calcote (@leecalcote, leecalcote@gmail.com), Xin Huang (@gyohuangxin, xin1.huang@intel.com)
^^^^^^^^^^ label-variant
`,
    ['label-variant'],
  );
  assert.deepEqual(findings.map((finding) => finding.severity), ['warning', 'hint']);
  assert.match(findings[0].message, /inside the field above/);
});
