import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, checkedFindings, checkFix, readMarkers } from '../../helpers/check';

// From 2025_03-Sep-Nov_README.md (Kube State Metrics) and 2023_01-Mar-May_README.md (TestGrid):
// Kubernetes sub-projects, no CNCF project of their own, and no CNCF name close to theirs.
test('notes an organisation that is not in the CNCF project list', () => {
  const findings = checkedFindings(
    `
### Kube State Metrics
    ^^^^^^^^^^^^^^^^^^ unknown-project

#### Automate the release process

- Description: Build upon the stale patches that aim to automate the release process for Kube State Metrics.
- Recommended Skills: Familiarity with CI/CD pipelines, basic scripting skills
- Mentor(s):
  - Pranshu Srivastava (@rexagod, rexagod@gmail.com)
  - Manuel Rüger (@mrueg, manuel@rueg.eu)
- Upstream Issue: https://github.com/kubernetes/kube-state-metrics/issues/2711

### TestGrid
    ^^^^^^^^ unknown-project

#### Frontend development inside Lit Component Framework

- Description: TestGrid is the test visualization tool attached to Prow.
- Recommended Skills: TypeScript, CSS, Golang
- Mentor(s): Sean Chase (@chases2, slchase@google.com)
- Upstream Issue: https://github.com/GoogleCloudPlatform/testgrid/issues/1005
`,
    ['unknown-project'],
  );
  assert.equal(findings[0].message, '"Kube State Metrics" is not in the CNCF project list.');
  assert.equal(findings[0].severity, 'information');
  assert.deepEqual(findings[0].fixes, []);
});

// Adapted from 2025_03-Sep-Nov_README.md (OpenKruise), with two letters swapped.
const MISSPELT = `
### OpenKurise
    ^^^^^^^^^^ unknown-project

#### SidecarSet support setting sidecar resources adaptively

- Description: SidecarSet is an advance workload for sidecar container injection and upgrade.
- Recommended Skills: Golang, kubernetes operator development
- Mentors
  - Zhao Mingshan (@zmberg, berg.zms@gmail.com)
- Upstream Issue: https://github.com/openkruise/kruise/issues/2123
`;

test('names the closest CNCF project', () => {
  const findings = checkedFindings(MISSPELT, ['unknown-project']);
  assert.equal(findings[0].message, '"OpenKurise" is not a CNCF project; did you mean "OpenKruise"?');
});

test('the fix renames to the closest CNCF project, and is not a safe fix', () => {
  const [finding] = checkedFindings(MISSPELT, ['unknown-project']);
  assert.equal(finding.fixes[0].safe, false);
  checkFix(
    readMarkers(MISSPELT).text,
    'unknown-project',
    `
### OpenKruise

#### SidecarSet support setting sidecar resources adaptively

- Description: SidecarSet is an advance workload for sidecar container injection and upgrade.
- Recommended Skills: Golang, kubernetes operator development
- Mentors
  - Zhao Mingshan (@zmberg, berg.zms@gmail.com)
- Upstream Issue: https://github.com/openkruise/kruise/issues/2123
`,
  );
});

// From 2026_03-Sep-Nov_README.md and 2025_03-Sep-Nov_README.md: CNCF names as organisation
// headings write them, in other case, with the abbreviation, a product word or a trailing space.
test('passes CNCF project names however the heading writes them', () =>
  check(
    `
### kgateway

#### Improve kgateway ecosystem integrations documentation

- Description: Improve the ecosystem integrations documentation.

### The Update Framework (TUF)

#### Add ELI5 documentation / video to TUF

- Description: Add an ELI5 documentation page and video.

### WasmEdge Runtime

#### Support for the Wide Arithmetic Proposal

- Description: Support the Wide Arithmetic proposal.

### Flatcar Container Linux

#### Nebraska Reporting & Metrics Uplift

- Description: Nebraska is Flatcar Container Linux's update server.

### KubeEdge 

#### Deep integration of KubeEdge with AMD edge nodes

- Description: Integrate KubeEdge with AMD edge nodes.
`,
    ['unknown-project'],
  ));

// From programs/lfx-mentorship/2020/q2/project_ideas.md of cncf/mentoring (not in the corpus):
// "### OPA" is Open Policy Agent (OPA), and "### Sample:" at the organisation level is the
// template's worked example, not an organisation.
test('a CNCF project written by the short name in its listed name, and a Sample section, are no unknown projects', () =>
  check(
    `
### Sample:

#### Prometheus
##### Refactor the APIs for better readability and less maintenance overhead

- Description: Tidy up the HTTP API.
- Recommended Skills: golang
- Mentor(s): Krasi Georgiev (@krasi-georgiev)
- Issue: https://github.com/prometheus/prometheus/issues/3416

### OPA

#### OPA Go APIs

- Description: Improve the Go APIs of OPA.
- Recommended Skills: Go
- Mentor(s): Torin Sandall (@tsandall), Ash Narkar (@ashutosh-narkar)
- Issue: https://github.com/open-policy-agent/opa/issues/1
`,
    ['unknown-project', 'few-mentors'],
  ));

// A page of one project's ideas, as Prometheus-Operator keeps its GSoC ideas (made-up entry): the
// ideas sit one level under "## Ideas", which stands where an organisation would but names none.
test('a heading that only names the listing ("## Ideas") over one project\'s ideas is no unknown project; another name still is', () => {
  const page = (listing: string) => `# Prometheus Operator GSoC 2026

## ${listing}

### Sharded alerting

- Description: Shard the Alertmanager.
- Expected Outcome: Sharding.
- Recommended Skills: Go
- Expected project size: large (~350 hour project)
- Mentor(s):
  - Ada Byron (@adabyron, ada@example.org) - primary
  - Ben Cole (@bencole, ben@example.org)
- Upstream Issue (URL): https://github.com/prometheus-operator/prometheus-operator/issues/1
`;
  for (const listing of ['Ideas', 'Project Ideas', 'GSoC ideas:', 'Proposals']) check(page(listing), ['unknown-project']);
  check(page('Idea Lab').replace('## Idea Lab\n', '## Idea Lab\n   ^^^^^^^^ unknown-project\n'), ['unknown-project']);
});
