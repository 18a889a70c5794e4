import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseProposal } from '../../../server/src/core/parse';
import { applyEdits } from '../../../server/src/features/fix-all';
import { generateToc } from '../../../server/src/core/toc';
import { lint } from '../../../server/src/rules';
import { check, checkedFindings, checkFix, readMarkers } from '../../helpers/check';
import { asTerm } from '../../helpers/documents';

// From 2023_01-Mar-May_README.md (Service Mesh Performance): the table of contents links
// "Adaptive Load Controller", the heading is "Adaptive Load Controller II".
const SMP = `
- [Accepted Projects](#accepted-projects)
  - [Service Mesh Performance](#service-mesh-performance)
    - [Adaptive Load Controller](#adaptive-load-controller)
  - [TestGrid](#testgrid)
    - [Frontend development inside Lit Component Framework](#frontend-development-inside-lit-component-framework)

## Accepted Projects

### Service Mesh Performance

#### Adaptive Load Controller II
     ^^^^^^^^^^^^^^^^^^^^^^^^^^^ toc-missing-entry

- Description: The adaptive load controller is to execute optimization routines recursivley to determine the maximum load a system can sustain.
- Recommended Skills: golang, grpc, docker, kubernetes
- Mentor(s): Lee Calcote (@leecalcote, leecalcote@gmail.com), Xin Huang (@gyohuangxin, xin1.huang@intel.com)
- Upstream Issue (URL): https://github.com/service-mesh-performance/service-mesh-performance/issues/350

### TestGrid

#### Frontend development inside Lit Component Framework

- Description: TestGrid is the test visualization tool attached to Prow.
- Recommended Skills: TypeScript, CSS, Golang
- Mentor(s): Sean Chase (@chases2, slchase@google.com)
- Upstream Issue: https://github.com/GoogleCloudPlatform/testgrid/issues/1005
`;

test('notes a project heading that no entry reaches', () => {
  const findings = checkedFindings(SMP, ['toc-missing-entry']);
  assert.equal(findings[0].message, 'The table of contents has no entry for the project "Adaptive Load Controller II".');
});

// Adapted from 2025_03-Sep-Nov_README.md (KubeArmor, KubeEdge): the KubeEdge entry left out, its
// project listed under KubeArmor.
test('notes an organisation heading that no entry reaches', () =>
  check(
    `
* [KubeArmor](#kubearmor)
  * [KubeArmor Unit Test Coverage Audit](#kubearmor-unit-test-coverage-audit)
  * [Deep integration of KubeEdge with AMD edge nodes](#deep-integration-of-kubeedge-with-amd-edge-nodes)

### KubeArmor

#### KubeArmor Unit Test Coverage Audit

- Description: Audit the unit test coverage.
- Mentor(s): Rishabh Soni (@rootxrishabh, risrock02@gmail.com)
- Upstream Issue: https://github.com/kubearmor/KubeArmor/issues/2130

### KubeEdge
    ^^^^^^^^ toc-missing-entry

#### Deep integration of KubeEdge with AMD edge nodes

- Description: Integrate KubeEdge with AMD edge nodes.
- Mentors:
  - Hongbing Zhang (@HongbingZhang, hongbing.zhang@daocloud.io)
  - Shelley Bao (@Shelley-BaoYue, baoyue2@huawei.com)
- Upstream Issue: https://github.com/kubeedge/kubeedge/issues/6429
`,
    ['toc-missing-entry'],
  ));

// From 2025_03-Sep-Nov_README.md (KubeEdge): the entry names the heading but its anchor has a
// stray hyphen; that is toc-broken-anchor's finding, not a missing entry.
test('leaves an entry with the heading text and a wrong anchor to toc-broken-anchor', () =>
  check(
    `
* [KubeArmor](#kubearmor)
  * [KubeArmor Unit Test Coverage Audit](#kubearmor-unit-test-coverage-audit)
* [KubeEdge](#kubeedge-)
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
    ['toc-missing-entry'],
  ));

// From 2026_03-Sep-Nov_README.md (Flatcar Container Linux, Harbor): every heading has its entry,
// the one with "&" by its double-hyphen anchor.
const FLATCAR = `## Table of Contents

- [Flatcar Container Linux](#flatcar-container-linux)
  - [Nebraska Reporting & Metrics Uplift](#nebraska-reporting--metrics-uplift)
  - [Cloud-Init to Butane YAML config transpiler](#cloud-init-to-butane-yaml-config-transpiler)
- [Harbor](#harbor)
  - [Air-Gapped Peer-to-Peer Image Proxying in Harbor-Satellite](#air-gapped-peer-to-peer-image-proxying-in-harbor-satellite)

---

### Flatcar Container Linux

#### Nebraska Reporting & Metrics Uplift

- Description: Nebraska is Flatcar Container Linux's update server.
- Mentor(s): Jan Bronicki (@John15321, jan.bronicki.flatcar@gmail.com), Ervin Racz (@ervcz, raczervin@microsoft.com)
- Upstream Issue: https://github.com/flatcar/Flatcar/issues/2239

#### Cloud-Init to Butane YAML config transpiler

- Description: Transpile cloud-config into butane.
- Mentor(s): Mathieu Tortuyaux (@tormath1, mathieu.tortuyaux@gmail.com), Thilo Fromm (@t-lo, thilo.fromm.work@gmail.com)
- Upstream Issue: https://github.com/flatcar/Flatcar/issues/2226

### Harbor

#### Air-Gapped Peer-to-Peer Image Proxying in Harbor-Satellite

- Description: Harbor Satellite makes OCI images and artifacts available at edge locations.
- Mentor(s): Orlin Vasilev (@OrlinVasilev, orlin@orlix.org), Vadim Bauer (@Vad1mo, vb@container-registry.com)
- Upstream Issue: https://github.com/container-registry/harbor-satellite/issues/542
`;

test('passes a table of contents with every organisation and project', () => {
  check(FLATCAR, ['toc-missing-entry']);
  // Regenerating a complete list changes nothing.
  const document = asTerm(parseProposal(FLATCAR));
  assert.equal(generateToc(document), FLATCAR.slice(document.toc!.span.start, document.toc!.span.end));
});

test('the fix regenerates the list under its wrapper entry, and is not a safe fix', () => {
  const [finding] = checkedFindings(SMP, ['toc-missing-entry']);
  assert.equal(finding.fixes[0].safe, false);
  checkFix(
    readMarkers(SMP).text,
    'toc-missing-entry',
    `
- [Accepted Projects](#accepted-projects)
  - [Service Mesh Performance](#service-mesh-performance)
    - [Adaptive Load Controller II](#adaptive-load-controller-ii)
  - [TestGrid](#testgrid)
    - [Frontend development inside Lit Component Framework](#frontend-development-inside-lit-component-framework)

## Accepted Projects

### Service Mesh Performance

#### Adaptive Load Controller II

- Description: The adaptive load controller is to execute optimization routines recursivley to determine the maximum load a system can sustain.
- Recommended Skills: golang, grpc, docker, kubernetes
- Mentor(s): Lee Calcote (@leecalcote, leecalcote@gmail.com), Xin Huang (@gyohuangxin, xin1.huang@intel.com)
- Upstream Issue (URL): https://github.com/service-mesh-performance/service-mesh-performance/issues/350

### TestGrid

#### Frontend development inside Lit Component Framework

- Description: TestGrid is the test visualization tool attached to Prow.
- Recommended Skills: TypeScript, CSS, Golang
- Mentor(s): Sean Chase (@chases2, slchase@google.com)
- Upstream Issue: https://github.com/GoogleCloudPlatform/testgrid/issues/1005
`,
  );
});

// From 2026_03-Sep-Nov_README.md: the entry of the "&" heading without its double hyphen (a
// toc-broken-anchor finding), and the Cloud-Init entry left out. The regenerated list reaches
// every heading.
test('the regenerated list links the "&" heading by its double-hyphen anchor', () => {
  const text = FLATCAR.replace('(#nebraska-reporting--metrics-uplift)', '(#nebraska-reporting-metrics-uplift)').replace(
    '  - [Cloud-Init to Butane YAML config transpiler](#cloud-init-to-butane-yaml-config-transpiler)\n',
    '',
  );
  const findings = lint(parseProposal(text)).filter((finding) => finding.rule === 'toc-missing-entry');
  assert.deepEqual(
    findings.map((finding) => text.slice(finding.span.start, finding.span.end)),
    ['Cloud-Init to Butane YAML config transpiler'],
  );
  assert.equal(findings[0].fixes[0].safe, false);
  const fixed = applyEdits(text, findings[0].fixes[0].edits);
  assert.equal(fixed, FLATCAR);
  assert.deepEqual(
    lint(parseProposal(fixed)).filter((finding) => finding.rule === 'toc-missing-entry' || finding.rule === 'toc-broken-anchor'),
    [],
  );
});

/** The lines of a document's table of contents, trimmed. */
function tocLines(text: string): string[] {
  const { toc } = asTerm(parseProposal(text));
  return text.slice(toc!.span.start, toc!.span.end).split('\n').map((line) => line.trim());
}

// From 2022_01-Spring_project_ideas.md: the list opens with wrapper entries (Template, the
// Sample with its own entries, Proposed Project ideas) and nests the organisations under the
// last; a KubeArmor project is left out.
test(
  'the regenerated list keeps the wrapper entries and the nesting under them',
  () => {
    const text = `# Projects ideas

- [Projects ideas](#projects-ideas)
  - [Template](#template)
  - [Sample](#sample)
    - [Prometheus (sample)](#prometheus-sample)
      - [Refactor the APIs for better readability and less maintenance overhead](#refactor-the-apis-for-better-readability-and-less-maintenance-overhead)
  - [Proposed Project ideas](#proposed-project-ideas)
      - [LitmusChaos](#litmuschaos)
        - [Develop new feature and add integration tests for LitmusCTL](#develop-new-feature-and-add-integration-tests-for-litmusctl)
      - [KubeArmor](#kubearmor)
        - [Extending kubearmor-cli-tool filtering options](#extending-kubearmor-cli-tool-filtering-options)

## Template

## Sample

### Prometheus (sample)

#### Refactor the APIs for better readability and less maintenance overhead

- Description: Currently the HTTP API is not very well organized and needs some tidying up.
- Recommended Skills: golang
- Mentor(s): Krasi Georgiev (@krasi-georgiev)
- Upstream Issue: <https://github.com/prometheus/prometheus/issues/3416>

## Proposed Project ideas

#### LitmusChaos

##### Develop new feature and add integration tests for LitmusCTL

- Description: Add new features to LitmusCTL and integration tests for it.
- Recommended Skills: Golang
- Mentor(s): Raj Babu Das (@rajdas98), Sarthak Jain (@SarthakJain26), Saranya Jena (@Saranya-jena)
- Upstream Issue (URL): <https://github.com/litmuschaos/litmus/issues/3440>

#### KubeArmor

##### Extending kubearmor-cli-tool filtering options

- Description: Extend the filtering options of the kubearmor CLI tool.
- Recommended Skills: Go
- Mentor(s): Barun Acharya (@daemon1024), Rahul Jadhav (@nyrahul)
- Upstream Issue (URL): <https://github.com/kubearmor/kubearmor-client/issues/40>

##### Using mutating webhooks for applying pod/container kubearmor annotations

- Description: Apply the kubearmor annotations of pods and containers with a mutating webhook.
- Recommended Skills: Go, Kubernetes
- Mentor(s): Jaehyun Nam (@nam-jaehyun), Rahul Jadhav (@nyrahul), Barun Acharya (@daemon1024)
- Upstream Issue (URL): <https://github.com/kubearmor/KubeArmor/issues/360>
`;
    const findings = lint(parseProposal(text)).filter((finding) => finding.rule === 'toc-missing-entry');
    assert.deepEqual(
      findings.map((finding) => text.slice(finding.span.start, finding.span.end)),
      ['Using mutating webhooks for applying pod/container kubearmor annotations'],
    );
    const fixed = applyEdits(text, findings[0].fixes[0].edits);
    const before = tocLines(text);
    const after = tocLines(fixed);
    // Every entry the author wrote is still there, in its order, and the new one is added.
    assert.deepEqual(
      after.filter((line) => before.includes(line)),
      before,
    );
    assert.ok(after.includes('- [Using mutating webhooks for applying pod/container kubearmor annotations](#using-mutating-webhooks-for-applying-podcontainer-kubearmor-annotations)'));
    assert.deepEqual(
      lint(parseProposal(fixed)).filter((finding) => finding.rule === 'toc-missing-entry'),
      [],
    );
  },
);

// From 2022_01-Spring_project_ideas.md (Kubernetes): projects under sub-group headings
// ("Kubernetes (SIG Cluster Lifecycle)"), which the list links as entries of their own.
test(
  'the regenerated list keeps the entries of sub-group headings',
  () => {
    const text = `# Projects ideas

- [Kubernetes](#kubernetes)
  - [Documentation assessment (SIG-Network Gateway API)](#documentation-assessment-sig-network-gateway-api)
  - [Kubernetes (SIG Cluster Lifecycle)](#kubernetes-sig-cluster-lifecycle)
    - [Improvising unit test coverage(CAPV)](#improvising-unit-test-coveragecapv)
- [Elekto and Kubernetes SIG-ContribEx](#elekto-and-kubernetes-sig-contribex)
  - [Elections Security Improvements](#elections-security-improvements)

#### Kubernetes

##### Documentation assessment (SIG-Network Gateway API)

- Description: Assess the Gateway API documentation.
- Recommended Skills: Technical Writing
- Mentor(s): Nick Young (@youngnick), Nate Waddington (@nate-double-u)
- Upstream Issue (URL): <https://github.com/kubernetes-sigs/gateway-api/issues/1003>

##### Kubernetes (SIG Cluster Lifecycle)

###### Improving unit test coverage(CAPV)

- **Description**: Cluster API (CAPI) is a Kubernetes sub-project focused on providing declarative APIs and tooling.
- **Recommended Skills**: Golang, GitHub, Test, Automation, CI/CD pipelines
- **Mentor(s)**: Ankita Swamy(@Ankitasw),Geetika Batra(@geetikabatra)
- **Upstream Issue (URL)**: <https://github.com/kubernetes-sigs/cluster-api-provider-vsphere/issues/1392>

#### Elekto and Kubernetes SIG-ContribEx

##### Elections Security Improvements

- **Description**: Elekto is a project for running preference elections for open source projects hosted by the CNCF.
- **Recommended Skills**: Python/Flask programming
- **Mentor(s)**: Josh Berkus (@jberkus)
- **Issue**: [Implement Security Recommendations](https://github.com/elekto-io/elekto/issues/51)
`;
    const findings = lint(parseProposal(text)).filter((finding) => finding.rule === 'toc-missing-entry');
    assert.deepEqual(
      findings.map((finding) => text.slice(finding.span.start, finding.span.end)),
      ['Improving unit test coverage(CAPV)'],
    );
    const fixed = applyEdits(text, findings[0].fixes[0].edits);
    assert.ok(tocLines(fixed).includes('- [Kubernetes (SIG Cluster Lifecycle)](#kubernetes-sig-cluster-lifecycle)'), tocLines(fixed).join('\n'));
    assert.ok(tocLines(fixed).includes('- [Improving unit test coverage(CAPV)](#improving-unit-test-coveragecapv)'));
  },
);
