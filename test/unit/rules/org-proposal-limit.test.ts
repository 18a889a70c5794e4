import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, checkedFindings } from '../../helpers/check';

// From 2025_03-Sep-Nov_README.md (KubeStellar): six projects, the entries cut to two fields.
test('notes an organisation with more than five projects', () => {
  const findings = checkedFindings(
    `
### KubeStellar
    ^^^^^^^^^^^ org-proposal-limit

#### Allow a WDS to work with more than one ITS

- Description: Currently a Workload Description Space (WDS) has Binding objects that refer to inventory objects in exactly one Inventory and Transport Space (ITS).
- Upstream Issue: https://github.com/kubestellar/kubestellar/issues/3072

#### Implementing End-to-End Playwright Testing for KubeStellar UI

- Description: This project focuses on building a robust end-to-end testing framework for the KubeStellar UI using Playwright.
- Upstream Issue: https://github.com/kubestellar/ui/issues/1334

#### KubeStellar Design System Implementation and Cloud Hosting

- Description: Implement a design system for the KubeStellar UI and host it in the cloud.

#### Developer Relations & Community Growth for KubeStellar UI

- Description: This Developer Relations project aims to accelerate KubeStellar UI adoption.
- Upstream Issue: https://github.com/kubestellar/ui/issues/1403

#### Model Context Protocol and A2A Communication Framework for KubeStellar UI

- Description: This project focuses on implementing an enhanced Model Context Protocol (MCP) and A2A communication framework.
- Upstream Issue: https://github.com/kubestellar/ui/issues/1481

#### Implement KubeStellar controller logic to map WECs resources status to READY state of corresponding resource definitions in WDSes

- Description: Map the status of WEC resources to the READY state of the resource definitions in WDSes.
- Upstream Issue: https://github.com/kubestellar/kubestellar/issues/2809

### Prometheus

#### Prototyping Prometheus for exploratory use cases

- Description: Prototype Prometheus for exploratory use cases.
`,
    ['org-proposal-limit'],
  );
  assert.equal(findings[0].message, '"KubeStellar" has 6 projects; CNCF asks for at most 5 per project and term.');
  assert.equal(findings[0].severity, 'information');
});

// From 2026_03-Sep-Nov_README.md (Headlamp): five projects, the limit, not over it.
test('passes an organisation with five projects', () =>
  check(
    `
### Headlamp

#### Adding Dynamic Resource Allocation (DRA) to Headlamp

- Description: Add Dynamic Resource Allocation (DRA) to Headlamp.
- Upstream Issue: https://github.com/kubernetes-sigs/headlamp/issues/4831

#### Improving Kueue plugin for Headlamp

- Description: Improve the Kueue plugin for Headlamp.
- Upstream Issue: https://github.com/headlamp-k8s/plugins/issues/937

#### Knative eventing and other improvements

- Description: Knative eventing and other improvements to the Knative plugin.
- Upstream Issue: https://github.com/headlamp-k8s/plugins/issues/922

#### Kyverno Policy Visualization & Operational Improvements

- Description: Kyverno policy visualization and operational improvements.
- Upstream Issue: https://github.com/headlamp-k8s/plugins/issues/938

#### Velero Backup Management Plugin

- Description: A Velero backup management plugin for Headlamp.
- Upstream Issue: https://github.com/headlamp-k8s/plugins/issues/939
`,
    ['org-proposal-limit'],
  ));

// From 2023_01-Mar-May_README.md (KubeEdge): three KubeEdge projects, then Meshery's written one
// level too deep under "#### Meshery" (heading-level's finding). Projects under a sub-heading
// that names another CNCF project are not KubeEdge's.
test("does not count another CNCF project's entries under a misplaced heading", () =>
  check(
    `
### KubeEdge

#### Design and implement the KubeEdge Dashboard

- Description: Design and implement the KubeEdge dashboard, so users can talk to KubeEdge cluster through UI.
- Upstream Issue: https://github.com/kubeedge/dashboard/issues/1

#### Re-design and implement the KubeEdge website

- Description: Update KubeEdge's website, with more readable documentation.
- Upstream Issue: https://github.com/kubeedge/website/issues/292

#### Cloud-Robotic AI Benchmarking for Edge-cloud Collaborative Lifelong Learning

- Description: Build a lifelong learning benchmarking on KubeEdge-Ianvs.
- Upstream Issue: https://github.com/kubeedge/ianvs/issues/48

#### Meshery

##### Distributed workflow engine

- Description: Integrate a new architectural component into Meshery: a workflow engine.
- Issue: https://github.com/meshery/meshery/issues/3934

##### Multi-user cloud native playground

- Description: Advance the cloud native playground in which any CNCF project can be explored.
- Issue: https://github.com/meshery/meshery/issues/7020

#### Distributed client-side policy evaluation in WASM and Rego

- Description: Meshery's highly dynamic infrastructure configuration capabilities require real-time evaluation of complex policies.
- Issue: https://github.com/meshery/meshery/issues/7019
`,
    ['org-proposal-limit'],
  ));
