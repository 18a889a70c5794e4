// parseProposal on small documents cut from the real term files in test/fixtures/corpus/:
// which headings are organisations, projects, sub-groups and sections; what a field and
// its value are; upstream URLs, the table of contents and the era; and that any text at
// all (CRLF, BOM, emoji, broken markdown, garbage) parses without throwing, with spans
// that slice to exactly the text they name.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Field, Project, ProposalDocument, Span } from '../../../server/src/core/model';
import { parseProposal } from '../../../server/src/core/parse';
import { projectsUnder } from '../../../server/src/core/organisations';
import { CORPUS_FILES, readFixture } from '../../helpers/paths';
import { asTerm } from '../../helpers/documents';

/** The text a span covers. */
function at(document: ProposalDocument, span: Span): string {
  return document.text.slice(span.start, span.end);
}

function project(document: ProposalDocument, title: string): Project {
  const found = document.projects.find((candidate) => candidate.title === title);
  assert.ok(found, `no project "${title}" in ${JSON.stringify(document.projects.map((p) => p.title))}`);
  return found;
}

const corpusModels = new Map<string, ProposalDocument>();

/** A corpus file's model, parsed once for all the tests that read it. */
function corpus(name: (typeof CORPUS_FILES)[number]): ProposalDocument {
  let document = corpusModels.get(name);
  if (!document) {
    document = parseProposal(readFixture('corpus', name));
    corpusModels.set(name, document);
  }
  return document;
}

function field(of: Project, label: string): Field {
  const found = of.fields.find((candidate) => candidate.label === label);
  assert.ok(found, `no field "${label}" in ${JSON.stringify(of.fields.map((f) => f.label))}`);
  return found;
}

/** [organisation, [project titles]] pairs, the shape most structure tests compare. */
/** Organisations with their projects, the projects of sub-organisations included. */
function tree(document: ProposalDocument): [string, string[]][] {
  return document.orgs.map((org) => [org.name, projectsUnder(org).map((p) => p.title)]);
}

/** Every span of the model lies inside the text, and every text the model holds is the text its span covers. */
function assertSpansExact(document: ProposalDocument): void {
  const { text } = document;
  const inside = (span: Span, what: string) =>
    assert.ok(0 <= span.start && span.start <= span.end && span.end <= text.length, `${what} ${JSON.stringify(span)} outside 0..${text.length}`);
  for (const heading of document.headings) {
    inside(heading.span, 'heading');
    inside(heading.textSpan, 'heading text');
    assert.equal(at(document, heading.textSpan).trim(), heading.text);
  }
  for (const org of document.orgs) inside(org.span, `organisation ${org.name}`);
  for (const entry of asTerm(document).toc?.entries ?? []) {
    inside(entry.span, 'toc entry');
    assert.equal(at(document, entry.anchorSpan), entry.anchor);
  }
  for (const each of document.projects) {
    inside(each.span, `project ${each.title}`);
    for (const one of each.fields) {
      inside(one.span, `field ${one.label}`);
      assert.ok(at(document, one.labelSpan).includes(one.label), `label span of ${one.label}: ${at(document, one.labelSpan)}`);
      assert.equal(at(document, one.valueSpan), one.value);
    }
    for (const mentor of each.mentors) {
      assert.equal(at(document, mentor.span), mentor.text);
      for (const token of [mentor.name, mentor.handle, mentor.email]) {
        // "@[handle](url)" (2021_01) has no contiguous "@handle": see the todo in mentors.test.ts.
        if (token && token === mentor.handle && at(document, token.span) === '@[' + token.text.slice(1)) continue;
        if (token) assert.equal(at(document, token.span), token.text);
      }
    }
    for (const url of each.upstream) assert.equal(at(document, url.span), url.url);
  }
}

// ---------------------------------------------------------------------------------------
// Project and organisation levels

// From 2021_03-Fall_README.md (descriptions shortened).
const FALL_2021 = `# Q3 - Fall'2021

Status: Planned

### Timeline

Fall Term: September 1st - November 31st

- mentorships available on LFX Mentorship: August 15th, 2021 (by PT EOD)
- applications open: August 16th - August 22nd

### Project Instructions

Project maintainers and potential mentors are welcome to propose their mentoring project ideas via submitting a PR to GitHub here (<https://github.com/cncf/mentoring/blob/main/lfx-mentorship/2021/03-Fall/project_ideas.md>), by August 11th.

### Participating Projects

#### Kubernetes

##### Improvements to Cluster API provider for GCP (CAPG)

- Description: The Cluster API is a Kubernetes project to bring declarative, Kubernetes-style APIs to cluster creation, configuration, and management.
- Recommended Skills: Golang, unit and feature testing.
- Mentor(s): Davanum Srinivas (@dims), Carlos Tadeu Panato Junior (@cpanato)
- Issue: <https://github.com/kubernetes-sigs/cluster-api-provider-gcp/issues>
- Apply: <https://mentorship.lfx.linuxfoundation.org/project/9e7f18e3-68ee-44f8-ac74-55e802fce8e3>

#### KubeVela

##### Integration with developing time to provide consistent experience

- Description: Users can use KubeVela to do application delivery and management.
- Recommended Skills: Golang, Kubernetes
- Mentor(s): Jianbo Sun (@wonderflow)
- Upstream Issue (URL): <https://github.com/oam-dev/kubevela/issues/795>
- Apply: <https://mentorship.lfx.linuxfoundation.org/project/15bb5d46-4d54-4a81-a5e4-016450cc780c>

#### Support remote Terraform HCL (Git repo or ConfigMap) in Terraform Controller

- Description: Currently Terraform Controller supports inline HCL, but community users normally already stored Terraform
  HCLs remotely (in Git repo or ConfigMap). Terraform Controller should support remote HCLs.
- Recommended Skills: Golang, Terraform
- Mentor(s): ZhengXi Zhou (@zzxwill)
- Upstream Issue (URL): <https://github.com/oam-dev/terraform-controller/issues/46>
- Apply: <https://mentorship.lfx.linuxfoundation.org/project/1c387c2c-8c17-49e2-82b2-429c012472e6>

##### Build Gitops continuous deployment tools on kubevela

- Description: Kubevela is like Lego, you can build any platform you need based on kubevela.
- Recommended Skills: Golang, Kubernetes
- Mentor(s): Jian Li (@leejanee)
- Upstream Issue (URL): <https://github.com/oam-dev/kubevela/issues/2062>
- Apply: <https://mentorship.lfx.linuxfoundation.org/project/76c1d526-6369-4094-babf-90cf6af1c187>

#### etcd

##### Etcd.io Docs/SEO Improvement Plan Continuation

- Description:
  This project is the continuation of the [etcd.io website](https://etcd.io) docs improvement work.
- Recommended Skills:
  - Technical writing
  - Documentation
- Mentor(s):
  - Primary
    - [Nate Waddington](https://github.com/nate-double-u)
    - [Celeste Horgan](https://github.com/celestehorgan)
  - Adjunct
    - [Josh Berkus](https://github.com/jberkus)
    - [Sahdev Zala](https://github.com/spzala)
- Upstream Issue (URL):
  - [Etcd.io Docs/SEO Improvement Plan](https://github.com/etcd-io/website/issues/65)
  - [New IA implementation](https://github.com/etcd-io/website/issues/267)
- Apply: <https://mentorship.lfx.linuxfoundation.org/project/45d3c78d-79bd-4bdf-9fb2-1d136aee2367>
`;

// From 2023_01-Mar-May_README.md (descriptions shortened), with its table of contents cut to these entries.
const MARCH_2023 = `# Term 01 - 2023 March - May

Status: Complete

### Project Instructions

Project proposals open Jan 16th, 2023.

---

- [Accepted Projects](#accepted-projects)
  - [Cilium](#cilium)
    - [Website Use Cases pages](#website-use-cases-pages)
  - [Cloud Native Buildpacks](#cloud-native-buildpacks)
    - [Pack Performance enhancements](#pack-performance-enhancements)
    - [Multi-Architecture Builds Support](#multi-architecture-builds-support)

## Accepted Projects

### Cilium

#### Website Use Cases pages

- Description: Cilium would like to have use case pages built out on its website.
- Expected Outcome: The finished product will be a new use cases section on the Cilium website.
- Recommended Skills: Content Writing, Javascript, CSS
- Mentor(s): Bill Mulligan (@xmulligan, bill@isovalent.com) 
- Upstream Issue: https://github.com/cilium/cilium.io/issues/226
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/81a0e506-1c05-45fa-90c4-6bde8bdc0e61

### Cloud Native Buildpacks

#### Pack Performance enhancements

- Description: Pack is the reference implementation of a Cloud Native Buildpacks platform.
- Expected Outcome: The mentee will create a benchmark suite around some critical path sections.
- Recommended Skills: Golang, git, software development.  (Mentee does not need prior experience in profiling or performance tuning)
- Mentor(s): Natalie Arellano (@natalieparellano, narellano@vmware.com); Joe Kimmel (@joe-kimmel-vmw, jkimmel@vmware.com) 
- Upstream Issue: https://github.com/buildpacks/pack/issues/1610
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/33e0747c-4ab8-4074-aa90-3b908b3a588e

#### Multi-Architecture Builds Support

- Description: The rise of ARM processors has created new binary targets for pre-compiled executables.
- Expected outcome: Improved multi-architecture (including ARM) and multi-os "cross-compilation" support in [pack](https://github.com/buildpacks/pack/)
- Recommended Skills: Golang, software development literacy. Familiarity with buildpacks will be helpful.
- Mentor(s): Aidan Delaney (@AidanDelaney); Jerico Pena (@jpena-r7); Juan Bustamante (jbustamante@vmware.com, @jjbustamante)
- Expected project size: 350 Hours
- Difficulty: Medium
- Upstream Issue (URL): https://github.com/buildpacks/pack/issues/1459 and https://github.com/buildpacks/pack/issues/1460
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/ee387e1b-de4e-4c1e-9bef-0239a2e9ca40
`;

test('era A: organisations at ####, projects at #####, found from the headings that carry a field list', () => {
  const document = parseProposal(FALL_2021);
  assert.equal(document.projectLevel, 5);
  assert.equal(document.orgLevel, 4);
  assert.deepEqual(
    document.orgs.map((org) => [org.name, org.heading.level, org.misplaced]),
    [
      ['Kubernetes', 4, false],
      ['KubeVela', 4, false],
      ['etcd', 4, false],
    ],
  );
  const capg = project(document, 'Improvements to Cluster API provider for GCP (CAPG)');
  assert.equal(capg.org?.name, 'Kubernetes');
  assert.equal(capg.placement, 'ok');
  assert.equal(capg.org?.parent, undefined);
  assert.equal(at(document, capg.heading.textSpan), 'Improvements to Cluster API provider for GCP (CAPG)');
  assert.equal(at(document, capg.heading.span), '##### Improvements to Cluster API provider for GCP (CAPG)');
  assert.deepEqual(
    capg.fields.map((one) => [one.label, one.id, one.form]),
    [
      ['Description', 'description', 'canonical'],
      ['Recommended Skills', 'recommendedSkills', 'canonical'],
      ['Mentor(s)', 'mentors', 'canonical'],
      ['Issue', 'upstreamIssue', 'variant'],
      ['Apply', 'lfxUrl', 'canonical'],
    ],
  );
  // The project runs from its heading to the end of its last field, the organisation to the end of its last project.
  assert.ok(at(document, capg.span).startsWith('##### Improvements'));
  assert.ok(at(document, capg.span).endsWith('9e7f18e3-68ee-44f8-ac74-55e802fce8e3>'));
  assert.equal(document.orgs[0].span.end, capg.span.end);
  assertSpansExact(document);
});

test('era B: organisations at ###, projects at ####, found from the headings that carry a field list', () => {
  const document = parseProposal(MARCH_2023);
  assert.equal(document.projectLevel, 4);
  assert.equal(document.orgLevel, 3);
  assert.deepEqual(tree(document), [
    ['Cilium', ['Website Use Cases pages']],
    ['Cloud Native Buildpacks', ['Pack Performance enhancements', 'Multi-Architecture Builds Support']],
  ]);
  const cilium = project(document, 'Website Use Cases pages');
  assert.deepEqual(
    cilium.fields.map((one) => [at(document, one.labelSpan), one.id, one.form, one.inList, one.missingColon]),
    [
      ['Description:', 'description', 'canonical', true, false],
      ['Expected Outcome:', 'expectedOutcome', 'canonical', true, false],
      ['Recommended Skills:', 'recommendedSkills', 'canonical', true, false],
      ['Mentor(s):', 'mentors', 'canonical', true, false],
      ['Upstream Issue:', 'upstreamIssue', 'canonical', true, false],
      ['LFX URL:', 'lfxUrl', 'canonical', true, false],
    ],
  );
  // The value is trimmed: the trailing space after the mentor's closing parenthesis is not part of it.
  assert.equal(field(cilium, 'Mentor(s)').value, 'Bill Mulligan (@xmulligan, bill@isovalent.com)');
  assert.equal(at(document, field(cilium, 'Description').span), '- Description: Cilium would like to have use case pages built out on its website.');
  // Labels the catalogue does not know are still fields, marked unknown.
  const multiArch = project(document, 'Multi-Architecture Builds Support');
  assert.deepEqual(
    multiArch.fields.map((one) => [one.label, one.id, one.form]),
    [
      ['Description', 'description', 'canonical'],
      ['Expected outcome', 'expectedOutcome', 'variant'],
      ['Recommended Skills', 'recommendedSkills', 'canonical'],
      ['Mentor(s)', 'mentors', 'canonical'],
      ['Expected project size', 'projectSize', 'canonical'],
      ['Difficulty', undefined, 'unknown'],
      ['Upstream Issue (URL)', 'upstreamIssue', 'canonical'],
      ['LFX URL', 'lfxUrl', 'canonical'],
    ],
  );
  assertSpansExact(document);
});

// From 2021_03-Fall_README.md: "#### Support remote Terraform HCL ..." is a project of KubeVela
// written at the organisation level, between two ##### projects of KubeVela.
test('a project heading at the organisation level stays a project of the organisation before it (Terraform Controller)', () => {
  const document = parseProposal(FALL_2021);
  const terraform = project(document, 'Support remote Terraform HCL (Git repo or ConfigMap) in Terraform Controller');
  assert.equal(terraform.placement, 'above');
  assert.equal(terraform.heading.level, 4);
  assert.equal(terraform.org?.name, 'KubeVela');
  assert.deepEqual(tree(document)[1], [
    'KubeVela',
    [
      'Integration with developing time to provide consistent experience',
      'Support remote Terraform HCL (Git repo or ConfigMap) in Terraform Controller',
      'Build Gitops continuous deployment tools on kubevela',
    ],
  ]);
  assert.ok(!document.orgs.some((org) => org.name.startsWith('Support remote')));
  assert.equal(project(document, 'Build Gitops continuous deployment tools on kubevela').org?.name, 'KubeVela');
});

// From 2021_01-Spring_project_ideas.md: Envoy's organisation and project headings both sit one level too high.
const SPRING_2021_ENVOY = `#### Cloud Native Buildpacks
##### Design and implement Buildpack Registry Search

- Description: The [Buildpack Registry](https://github.com/buildpacks/rfcs/blob/main/text/0022-client-side-buildpack-registry.md) is a place to publish, store, and discover buildpacks.
- Recommended Skills: React, CSS, Ruby, Rails, Github
- Mentor(s): Joe Kutner (@jkutner), Travis Longoria (@elbandito)
- Upstream Issue (URL): https://github.com/buildpacks/registry-api/issues/21

### Envoy
#### Adaptive Load Control and Distributed Load Testing of Envoy Data Planes

- Description: Users configuring their Envoy-based data planes don't know how to find the optimal Envoy configuration given their workload's resiliency and performance requirements.
- Recommended Skill(s): Golang, C++, Rust
- Issue(s): https://github.com/envoyproxy/envoy-perf/issues/72
- Mentor(s): Lee Calcote (@lcalcote), Otto van der Schaaf (@oschaaf)

#### Open Service Mesh

##### Support for WebAssembly filters

-	Description: Bring OSM on par with other service meshes that support WASM filters in their data plane.
-	Recommended Skills: golang, rust
-	Mentor(s): Lee Calcote (@leecalcote), Abishek Kumar (@kumarabd)
-	Upstream Issue (URL): https://github.com/openservicemesh/osm/issues/1671
`;

test('an organisation heading one level too high over a project at the organisation level is promoted and marked misplaced (### Envoy)', () => {
  const document = parseProposal(SPRING_2021_ENVOY);
  assert.equal(document.projectLevel, 5);
  assert.equal(document.orgLevel, 4);
  assert.deepEqual(
    document.orgs.map((org) => [org.name, org.heading.level, org.misplaced, org.projects.map((p) => p.title)]),
    [
      ['Cloud Native Buildpacks', 4, false, ['Design and implement Buildpack Registry Search']],
      ['Envoy', 3, true, ['Adaptive Load Control and Distributed Load Testing of Envoy Data Planes']],
      ['Open Service Mesh', 4, false, ['Support for WebAssembly filters']],
    ],
  );
  const envoy = project(document, 'Adaptive Load Control and Distributed Load Testing of Envoy Data Planes');
  assert.equal(envoy.placement, 'above');
  assert.equal(envoy.org?.name, 'Envoy');
  // Promoted to an organisation, it is no longer a section of the term.
  assert.deepEqual(document.sections.map((heading) => heading.text), []);
  // Its labels are known variants.
  assert.deepEqual(
    envoy.fields.map((one) => [one.label, one.id, one.form]),
    [
      ['Description', 'description', 'canonical'],
      ['Recommended Skill(s)', 'recommendedSkills', 'variant'],
      ['Issue(s)', 'upstreamIssue', 'variant'],
      ['Mentor(s)', 'mentors', 'canonical'],
    ],
  );
  // Tab-indented list items ("-\tDescription:") are fields like any other.
  assert.deepEqual(
    project(document, 'Support for WebAssembly filters').fields.map((one) => at(document, one.labelSpan)),
    ['Description:', 'Recommended Skills:', 'Mentor(s):', 'Upstream Issue (URL):'],
  );
  assertSpansExact(document);
});

// From 2021_01-Spring_project_ideas.md: Kubernetes splits its projects under working-group and SIG headings.
const SPRING_2021_KUBERNETES = `### Proposed Project ideas

#### Kubernetes

##### WG Policy

###### CIS Benchmarks Policy Report

- Description: Execute CIS benchmark checks and produce a Policy Report CRD.
- Recommended Skills: Golang, CLI, JSON
- Mentor(s): Jim Bugwadia (@JimBugwadia)
- Upstream Issue (URL): https://github.com/kubernetes-sigs/wg-policy-prototypes/issues/29

##### SIG Usability

###### Jobs-to-Be-Done study

Qualitative analysis of user interview recordings for Jobs-to-Be-done study

- Description: SIG Usability is conducting a Jobs-to-Be-Done study meant to identify the highest impact areas for improving Kubernetes UX.
- Recommended Skills: User Research, UX, synthesis
- Mentors: Gaby Moreno (@morengab), Tasha Drew (@tashimi)
- Upstream Issue (URL): https://github.com/kubernetes-sigs/sig-usability/issues/9

##### SIG Architecture

###### Develop tools for evaluating dependency updates to Kubernetes

- Description: Implement command line utilities that can help Kubernetes developers evaluate new dependencies by capturing statistics/metrics and estimating cost of adding something new. This will
  involve diving deep into golang dependency chains (transitive/shared dependencies) and coming up with new metrics to estimate how burdensome something new can be or how much we will save by getting
  rid of something so we can prioritize work and get more efficient from a developer workflow perspective.
- Recommended Skills: Golang, CLI
- Mentor(s): Davanum Srinivas (@dims)
- Upstream Issue (URL): [code organization meeting notes](https://docs.google.com/document/d/1HtTI0rJEGP_MSf6eO87aCmx_tzpovPAAg7U2Zxwm8FE/edit?ts=5c9d0a4c#heading=h.8phgvuqrxjsg)

#### Keptn

##### Improve Prometheus integration and exposure of Prometheus metrics

- Description: In the current implementation the Prometheus integration in Keptn lacks customisability and configuration options.
- Recommended Skills: golang, experience with Prometheus
- Mentor(s): Jürgen Etzlstorfer (@jetzlstorfer)
- Upstream Issue (URL): https://github.com/keptn-contrib/prometheus-service/issues/53

##### Generate service skeleton via CLI

- Description: Provide a CLI command for Keptn CLI that generates a template repository to start developing a Keptn service integration.
- Recommended Skills: golang, go-templates, Docker
- Mentor(s): Jürgen Etzlstorfer(@jetzlstorfer)
- Upstream Issue (URL): https://github.com/keptn/keptn/issues/3034

#### Kyverno

##### Monitor Kyverno with Prometheus

- Description: Publish Kyverno policy execution metrics to Prometheus and Grafana
- Recommended Skills: Golang, Prometheus
- Mentor(s): Shuting Zhao (@realshuting)
- Upstream Issue (URL): https://github.com/kyverno/kyverno/issues/256

##### Integration of Kyverno with Litmus for chaos testing

- Description: Integrate Litmus Chaos testing with Kyevrno.
- Recommended Skills: Golang, LitmusChaos
- Mentor(s): Shuting Zhao (@realshuting), Jim Bugwadia (@JimBugwadia)
- Upstream Issue (URL): https://github.com/kyverno/kyverno/issues/1622
`;

test('a field-less heading at the project level over deeper projects is a sub-organisation, not a project (##### WG Policy)', () => {
  const document = parseProposal(SPRING_2021_KUBERNETES);
  assert.equal(document.projectLevel, 5);
  assert.equal(document.orgLevel, 4);
  assert.deepEqual(tree(document), [
    [
      'Kubernetes',
      [
        'CIS Benchmarks Policy Report',
        'Jobs-to-Be-Done study',
        'Develop tools for evaluating dependency updates to Kubernetes',
      ],
    ],
    [
      'Keptn',
      ['Improve Prometheus integration and exposure of Prometheus metrics', 'Generate service skeleton via CLI'],
    ],
    ['Kyverno', ['Monitor Kyverno with Prometheus', 'Integration of Kyverno with Litmus for chaos testing']],
  ]);
  assert.deepEqual(
    document.projects
      .filter((each) => each.org?.parent?.name === 'Kubernetes')
      .map((each) => [each.title, each.placement, each.org?.name, each.org?.heading.level]),
    [
      ['CIS Benchmarks Policy Report', 'ok', 'WG Policy', 5],
      ['Jobs-to-Be-Done study', 'ok', 'SIG Usability', 5],
      ['Develop tools for evaluating dependency updates to Kubernetes', 'ok', 'SIG Architecture', 5],
    ],
  );
  assert.deepEqual(document.orgs[0].subOrgs.map((sub) => [sub.name, sub.parent?.name, sub.projects.length]), [
    ['WG Policy', 'Kubernetes', 1],
    ['SIG Usability', 'Kubernetes', 1],
    ['SIG Architecture', 'Kubernetes', 1],
  ]);
  assert.deepEqual(document.orgs[0].projects, []);
  // Projects at the project level sit in their organisation itself.
  assert.equal(project(document, 'Generate service skeleton via CLI').org?.name, 'Keptn');
  assert.equal(project(document, 'Generate service skeleton via CLI').placement, 'ok');
  assert.deepEqual(document.sections.map((heading) => heading.text), ['Proposed Project ideas']);
  // The sentence between the heading and the field list is no field.
  assert.deepEqual(
    project(document, 'Jobs-to-Be-Done study').fields.map((one) => one.label),
    ['Description', 'Recommended Skills', 'Mentors', 'Upstream Issue (URL)'],
  );
  assertSpansExact(document);
});

// From 2025_03-Sep-Nov_README.md: the term's own headings sit at the organisation level (###).
const SEPTEMBER_2025_HEAD = `# Term 03 - 2025 Sept - Nov

Status: Planning

Mentorship duration - three months (full-time schedule)

### Timeline

| **Activity**                                       | **Dates (2025)**                                                                    |
|----------------------------------------------------|-------------------------------------------------------------------------------------|
| **Project Proposals Open**                         | Wed, July 2 – Tue, July 29, 2025 11AM PDT (18:00 UTC)                               |

### Project instructions

Project maintainers and potential mentors are welcome to propose their mentoring project ideas via submitting a PR to GitHub here https://github.com/cncf/mentoring/blob/main/programs/lfx-mentorship/2025/03-Sep-Nov/project_ideas.md, by July 29, 2025.
Please limit proposals to 4-5 proposals per CNCF project.

### Application instructions

Mentee application instructions can be found on the [Program Guidelines](https://github.com/cncf/mentoring/blob/main/programs/lfx-mentorship/README.md#program-guidelines) page.

---

* [Cilium](#cilium)
  * [Evaluate SEO, AEO, and AIO for cilium.io](#evaluate-seo-aeo-and-aio-for-ciliumio)
* [OpenCost](#opencost)
  * [Develop MCP Server for Agentic AI interaction with OpenCost](#develop-mcp-server-for-agentic-ai-interaction-with-opencost)
  * [OpenCost Data Model 2.0](#opencost-data-model-20)

### Cilium

#### Evaluate SEO, AEO, and AIO for cilium.io

- Description: Cilium.io is the main website for the Cilium project.
- Expected Outcome: A report on the current state of the website.
- Recommended Skills: SEO, Writing
- Mentor(s):
  - Bill Mulligan (@xmulligan, bill@isovalent.com)
- Upstream Issue: https://github.com/cilium/cilium.io/issues/633
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/ab291439-bfbe-411f-ae31-91e552f01e66

### OpenCost

#### Develop MCP Server for Agentic AI interaction with OpenCost

- Description: We would like OpenCost to more effectively integrate with AI agents. 
- Expected Outcome: We would like an MCP server integrated into OpenCost.
- Recommended Skills: Golang, MCP, Comfort with OpenCost, Cost/Usage reporting, AI agent interfacing and usage, documentation writing
- Mentors 
  - Alex Meijer (@ameijer, alexander.meijer@ibm.com)
  - Matt Bolt (@Mbolt35, matthew.bolt@ibm.com)
- Upstream Issue: https://github.com/opencost/opencost/issues/3239
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/3a83e46e-b950-4c57-bfa1-4b44bdadfad6

####  OpenCost Data Model 2.0

- Description: OpenCost's data model is now 6 years old, and we have learned a great deal long the way. 
- Expected Outcome: We would make the UID of Kubernetes objects into a first class citizen.
- Recommended Skills: Golang, Object Oriented Design, Comfort with OpenCost, Cost/Usage reporting, Protobuf, Compression, Prometheus, documentation writing
- Mentors 
  - Alex Meijer (@ameijer, alexander.meijer@ibm.com)
  - Niko Kovacevic (@nikovacevic, nicholas.kovacevic@ibm.com)
  - Sean Holcomb (@Sean-Holcomb, sean.holcomb@ibm.com)
- Upstream Issue: https://github.com/opencost/opencost/issues/3240
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/c64774be-9c42-4405-9536-1e77977a5414
`;

test('headings at the organisation level before the first project (### Timeline) are sections of the term, not organisations', () => {
  const document = parseProposal(SEPTEMBER_2025_HEAD);
  assert.equal(document.orgLevel, 3);
  assert.deepEqual(
    document.sections.map((heading) => [heading.level, heading.text]),
    [
      [1, 'Term 03 - 2025 Sept - Nov'],
      [3, 'Timeline'],
      [3, 'Project instructions'],
      [3, 'Application instructions'],
    ],
  );
  assert.deepEqual(
    document.orgs.map((org) => org.name),
    ['Cilium', 'OpenCost'],
  );
  assert.equal(document.title?.text, 'Term 03 - 2025 Sept - Nov');
  assert.equal(document.title?.level, 1);
  // "####  OpenCost Data Model 2.0": the extra space is not part of the title.
  assert.equal(project(document, 'OpenCost Data Model 2.0').heading.text, 'OpenCost Data Model 2.0');
  // "- Mentors" with no colon over a sub-list is the mentors field.
  const mcp = field(project(document, 'Develop MCP Server for Agentic AI interaction with OpenCost'), 'Mentors');
  assert.deepEqual([mcp.id, mcp.form, mcp.missingColon, at(document, mcp.labelSpan)], ['mentors', 'variant', true, 'Mentors']);
  assertSpansExact(document);
});

test('sections before the first project in era A too (### Timeline, ### Project Instructions, ### Participating Projects)', () => {
  const document = parseProposal(FALL_2021);
  assert.deepEqual(
    document.sections.map((heading) => heading.text),
    ["Q3 - Fall'2021", 'Timeline', 'Project Instructions', 'Participating Projects'],
  );
  assert.equal(document.title?.text, "Q3 - Fall'2021");
});

// From 2021_01-Spring_project_ideas.md: the file opens with a template (in a code block) and a sample entry.
const SPRING_2021_HEAD = `## Projects ideas

Project maintainers and mentors, please submit the ideas below (under the Proposed Project Ideas section) section using the [template](/PROJECT_IDEA_TEMPLATE.md).

### Template

\`\`\`
#### CNCF Project Name
##### Title

-	Description:
-	Recommended Skills:
-	Mentor(s):
-	Upstream Issue (URL):
\`\`\`

### Sample:

#### Prometheus (sample)

##### Refactor the APIs for better readability and less maintenance overhead

- Description: Currently the HTTP API is not very well organized and needs some tidying up. The actual course of action is not decided yet, but [go-kit](https://github.com/go-kit/kit) looks like a good fit.
- Recommended Skills: golang
- Mentor(s): Krasi Georgiev (@krasi-georgiev)
- Issue: https://github.com/prometheus/prometheus/issues/3416

### Proposed Project ideas

#### Kyverno

##### Monitor Kyverno with Prometheus

- Description: Publish Kyverno policy execution metrics to Prometheus and Grafana
- Recommended Skills: Golang, Prometheus
- Mentor(s): Shuting Zhao (@realshuting)
- Upstream Issue (URL): https://github.com/kyverno/kyverno/issues/256
`;

test('the Template and Sample sections are skipped: their entries are neither organisations nor projects', () => {
  const document = parseProposal(SPRING_2021_HEAD);
  assert.equal(document.projectLevel, 5);
  assert.deepEqual(tree(document), [['Kyverno', ['Monitor Kyverno with Prometheus']]]);
  assert.deepEqual(
    document.sections.map((heading) => heading.text),
    ['Projects ideas', 'Template', 'Sample:', 'Proposed Project ideas'],
  );
  // The sample's headings are headings of the document all the same; the template's, in a code block, are not.
  assert.ok(document.headings.some((heading) => heading.text === 'Prometheus (sample)'));
  assert.ok(!document.headings.some((heading) => heading.text === 'CNCF Project Name'));
});

// ---------------------------------------------------------------------------------------
// Field values

// From 2026_03-Sep-Nov_README.md: values exported from the issue form are block quotes with their own headings.
const SEPTEMBER_2026_APICURIO = `## Accepted Projects

### Apicurio Registry

#### MCP Tool Validation and Compatibility Checking

CNCF - Apicurio Registry: MCP Tool Validation and Compatibility Checking (2026 Term 3)

- Description:

  > ## Description
  > Apicurio Registry supports MCP_TOOL artifacts and exposes them via well-known endpoints.
  > 
  > ## Expected outcomes
  > - MCP spec validation on artifact create/update (required fields, valid JSON Schema for parameters)
  > - Unit and integration tests for validation and compatibility rules

- Recommended Skills: Java, Quarkus, JSON Schema, React, TypeScript, REST
- Technologies: Java, Quarkus, JSON Schema, React, TypeScript, REST
- Mentor(s):
  - Vandana Yadav (@vandanayadav7, vandana.yadav.vs@gmail.com)
  - Carles Arnal (@carlesarnal, carnalca@ibm.com)
- Upstream Issue: https://github.com/Apicurio/apicurio-registry/issues/8427
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/764a7403-9878-463f-a12f-9b173c3fd0a7

#### CloudEvents Webhook Notifications for Schema Changes

CNCF - Apicurio Registry: CloudEvents Webhook Notifications for Schema Changes (2026 Term 3)

- Description:

  > ## Description
  > In event-driven architectures, a schema change in the registry can break every producer and consumer downstream.
  > 
  > ## Expected outcomes
  > - CloudEvents-compliant event schema for artifact created, version published, rule violated, artifact deprecated

- Recommended Skills: Java, Quarkus, SQL, CloudEvents, REST
- Technologies: Java, Quarkus, SQL, CloudEvents, REST
- Mentor(s):
  - Carles Arnal (@carlesarnal, carnalca@ibm.com)
- Upstream Issue: https://github.com/Apicurio/apicurio-registry/issues/8428
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/1b3c
`;

test('a value that is a block quote with its own ## headings is the value, not document structure', () => {
  const document = parseProposal(SEPTEMBER_2026_APICURIO);
  assert.equal(document.projectLevel, 4);
  assert.deepEqual(tree(document), [
    [
      'Apicurio Registry',
      ['MCP Tool Validation and Compatibility Checking', 'CloudEvents Webhook Notifications for Schema Changes'],
    ],
  ]);
  assert.deepEqual(
    document.headings.map((heading) => heading.text),
    [
      'Accepted Projects',
      'Apicurio Registry',
      'MCP Tool Validation and Compatibility Checking',
      'CloudEvents Webhook Notifications for Schema Changes',
    ],
  );
  const mcp = project(document, 'MCP Tool Validation and Compatibility Checking');
  assert.deepEqual(
    mcp.fields.map((one) => one.id),
    ['description', 'recommendedSkills', 'technologies', 'mentors', 'upstreamIssue', 'lfxUrl'],
  );
  const description = field(mcp, 'Description');
  assert.ok(description.value.startsWith('> ## Description\n  > Apicurio Registry supports MCP_TOOL'));
  assert.ok(description.value.endsWith('> - Unit and integration tests for validation and compatibility rules'));
  assert.ok(description.value.includes('> ## Expected outcomes'));
  // The block quote's list items are no fields and no mentors.
  assert.deepEqual(
    mcp.mentors.map((mentor) => mentor.handle?.text),
    ['@vandanayadav7', '@carlesarnal'],
  );
  assertSpansExact(document);
});

test('a value continued on the next line, or written on the line below the label, is one paragraph value', () => {
  // From 2021_03-Fall_README.md (Terraform Controller and etcd).
  const document = parseProposal(FALL_2021);
  const terraform = project(document, 'Support remote Terraform HCL (Git repo or ConfigMap) in Terraform Controller');
  assert.equal(
    field(terraform, 'Description').value,
    'Currently Terraform Controller supports inline HCL, but community users normally already stored Terraform\n  HCLs remotely (in Git repo or ConfigMap). Terraform Controller should support remote HCLs.',
  );
  const etcd = project(document, 'Etcd.io Docs/SEO Improvement Plan Continuation');
  assert.equal(
    field(etcd, 'Description').value,
    'This project is the continuation of the [etcd.io website](https://etcd.io) docs improvement work.',
  );
});

test('a value that is a sub-list is the value of its field, and its items are no fields', () => {
  // From 2021_03-Fall_README.md (etcd).
  const document = parseProposal(FALL_2021);
  const etcd = project(document, 'Etcd.io Docs/SEO Improvement Plan Continuation');
  assert.deepEqual(
    etcd.fields.map((one) => one.label),
    ['Description', 'Recommended Skills', 'Mentor(s)', 'Upstream Issue (URL)', 'Apply'],
  );
  assert.equal(field(etcd, 'Recommended Skills').value, '- Technical writing\n  - Documentation');
  assert.ok(field(etcd, 'Mentor(s)').value.startsWith('- Primary\n    - [Nate Waddington]'));
  assert.ok(field(etcd, 'Mentor(s)').value.endsWith('[Sahdev Zala](https://github.com/spzala)'));
});

// From 2025_03-Sep-Nov_README.md (KubeArmor): labels written as paragraphs after the list, a
// mentor list indented under "Mentors:", and an LFX URL item in the same list.
const SEPTEMBER_2025_KUBEARMOR = `### KubeArmor

#### KubeArmor Observability Spectrum Enhancement

- Description: This project focuses on improving KubeArmor's observability by integrating key Prometheus metrics.  
- Key Metrics to Focus On:
  - Number of Policies Applied  
  - Number of Alerts Triggered  
- Expected Outcome: Successful integration of these Prometheus metrics.  
- Upstream Issue: https://github.com/kubearmor/KubeArmor/issues/1902  
- Associated Repository: https://github.com/kubearmor/kubearmor-prometheus-exporter

Mentors:
  - Rishabh Soni (@rootxrishabh, risrock02@gmail.com)  
  - Aryan Sharma (@Aryan-sharma11, aryan1126.sharma@gmail.com)  
  - Ramakant Sharma (@rksharma95, ramakant@accuknox.com)  
  - Barun Acharya (@daemon1024, barun1024@gmail.com)  

Recommended Skills:** Go, Prometheus, Kubernetes, Git
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/ca9220f2-1d8d-4977-80fd-068a6f756cc6

#### KubeArmor Unit Test Coverage Audit
- Description: This project aims to systematically analyze and substantially improve KubeArmor's unit test coverage.  
- Expected Outcome: A detailed coverage report, a suite of new, effective unit tests.  
- Upstream Issue: https://github.com/kubearmor/KubeArmor/issues/2130  

Recommended Skills: Go, Kubernetes, Testing Methodologies (unit testing, mocking), Git.  
 
Mentors:
  - Rishabh Soni (@rootxrishabh, risrock02@gmail.com)  
  - Nishant Singh (@tesla59, talktonishantsingh.ns@gmail.com) 
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/c0ae5caa-3c82-4b4a-8890-703278ca7fda
`;

test('label paragraphs outside the field list (Mentors: over an indented list) are fields with inList false', () => {
  const document = parseProposal(SEPTEMBER_2025_KUBEARMOR);
  const spectrum = project(document, 'KubeArmor Observability Spectrum Enhancement');
  assert.deepEqual(
    spectrum.fields.map((one) => [one.label, one.id, one.form, one.inList]),
    [
      ['Description', 'description', 'canonical', true],
      ['Key Metrics to Focus On', undefined, 'unknown', true],
      ['Expected Outcome', 'expectedOutcome', 'canonical', true],
      ['Upstream Issue', 'upstreamIssue', 'canonical', true],
      ['Associated Repository', undefined, 'unknown', true],
      ['Mentors', 'mentors', 'variant', false],
      // "Recommended Skills:**": the stray bold marker after the colon makes it a typo.
      ['Recommended Skills', 'recommendedSkills', 'typo', false],
      ['LFX URL', 'lfxUrl', 'canonical', true],
    ],
  );
  assert.deepEqual(
    spectrum.mentors.map((mentor) => [mentor.name?.text, mentor.handle?.text, mentor.email?.text, mentor.inSubList]),
    [
      ['Rishabh Soni', '@rootxrishabh', 'risrock02@gmail.com', true],
      ['Aryan Sharma', '@Aryan-sharma11', 'aryan1126.sharma@gmail.com', true],
      ['Ramakant Sharma', '@rksharma95', 'ramakant@accuknox.com', true],
      ['Barun Acharya', '@daemon1024', 'barun1024@gmail.com', true],
    ],
  );
  const mentors = field(spectrum, 'Mentors');
  assert.equal(at(document, mentors.labelSpan), 'Mentors:');
  assert.ok(at(document, mentors.span).startsWith('Mentors:\n  - Rishabh Soni'));
  // The LFX URL item is a field of its own, not part of the mentors' value.
  assert.ok(!mentors.value.includes('LFX URL'));
  // The stray "**" after the colon goes with the label, not the value.
  assert.equal(at(document, field(spectrum, 'Recommended Skills').labelSpan), 'Recommended Skills:**');
  assert.equal(field(spectrum, 'Recommended Skills').value, 'Go, Prometheus, Kubernetes, Git');

  const audit = project(document, 'KubeArmor Unit Test Coverage Audit');
  assert.deepEqual(
    audit.fields.map((one) => [one.label, one.inList]),
    [
      ['Description', true],
      ['Expected Outcome', true],
      ['Upstream Issue', true],
      ['Recommended Skills', false],
      ['Mentors', false],
      ['LFX URL', true],
    ],
  );
  assert.deepEqual(
    audit.mentors.map((mentor) => mentor.handle?.text),
    ['@rootxrishabh', '@tesla59'],
  );
  assertSpansExact(document);
});

test('a paragraph that only looks like a label (an unknown label outside the list) is no field', () => {
  // From 2026_03-Sep-Nov_README.md: the exported title line "CNCF - Apicurio Registry: ..." before the list.
  const document = parseProposal(SEPTEMBER_2026_APICURIO);
  const mcp = project(document, 'MCP Tool Validation and Compatibility Checking');
  assert.ok(!mcp.fields.some((one) => one.label.startsWith('CNCF')));
});

// ---------------------------------------------------------------------------------------
// Upstream URLs

test('upstream URL written bare: its span is the URL', () => {
  // From 2023_01-Mar-May_README.md (Cilium).
  const document = parseProposal(MARCH_2023);
  const [url] = project(document, 'Website Use Cases pages').upstream;
  assert.deepEqual([url.url, url.form], ['https://github.com/cilium/cilium.io/issues/226', 'bare']);
  assert.equal(at(document, url.span), url.url);
});

test('upstream URL written in <…>: its span is the URL without the angle brackets', () => {
  // From 2021_03-Fall_README.md (KubeVela).
  const document = parseProposal(FALL_2021);
  const upstream = project(document, 'Integration with developing time to provide consistent experience').upstream;
  assert.deepEqual(
    upstream.map((url) => [url.url, url.form]),
    [['https://github.com/oam-dev/kubevela/issues/795', 'angle']],
  );
  assert.equal(at(document, upstream[0].span), 'https://github.com/oam-dev/kubevela/issues/795');
  assert.equal(document.text[upstream[0].span.start - 1], '<');
  assert.equal(document.text[upstream[0].span.end], '>');
});

test('upstream URL written as [text](url): the URL is the link target, its span the target', () => {
  // From 2021_01-Spring_project_ideas.md (SIG Architecture).
  const document = parseProposal(SPRING_2021_KUBERNETES);
  const upstream = project(document, 'Develop tools for evaluating dependency updates to Kubernetes').upstream;
  const target =
    'https://docs.google.com/document/d/1HtTI0rJEGP_MSf6eO87aCmx_tzpovPAAg7U2Zxwm8FE/edit?ts=5c9d0a4c#heading=h.8phgvuqrxjsg';
  assert.deepEqual(upstream.map((url) => [url.url, url.form]), [[target, 'link']]);
  assert.equal(at(document, upstream[0].span), target);
});

test('upstream URL written as [url](url) on the line below the label: one URL, the span on the target', () => {
  // From 2025_03-Sep-Nov_README.md (OpenYurt).
  const text = `### OpenYurt

#### Build an OpenYurt Docker Desktop extension

- Description: Build a Docker Desktop extension.
- Mentor(s):
  - Lu Chen (@luc99hen, luc99.en@gmail.com)
- Upstream Issue:
  [https://github.com/openyurtio/openyurt/issues/2422](https://github.com/openyurtio/openyurt/issues/2422)
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/d100c331-0f18-4728-9aa2-0c77bb486702
`;
  const document = parseProposal(text);
  const upstream = document.projects[0].upstream;
  assert.deepEqual(
    upstream.map((url) => [url.url, url.form]),
    [['https://github.com/openyurtio/openyurt/issues/2422', 'link']],
  );
  assert.equal(at(document, upstream[0].span), 'https://github.com/openyurtio/openyurt/issues/2422');
  assert.equal(upstream[0].span.start, text.indexOf('](https://github.com/openyurtio') + 2);
});

test('upstream URLs in a sub-list, in <…> or bare, or two on one line: each URL with its own exact span', () => {
  // From 2021_03-Fall_README.md (etcd): links in a sub-list.
  const fall = parseProposal(FALL_2021);
  const etcd = project(fall, 'Etcd.io Docs/SEO Improvement Plan Continuation').upstream;
  assert.deepEqual(
    etcd.map((url) => [url.url, url.form, at(fall, url.span)]),
    [
      ['https://github.com/etcd-io/website/issues/65', 'link', 'https://github.com/etcd-io/website/issues/65'],
      ['https://github.com/etcd-io/website/issues/267', 'link', 'https://github.com/etcd-io/website/issues/267'],
    ],
  );
  // From 2025_03-Sep-Nov_README.md (Kagent): bare URLs in a sub-list.
  const kagentText = `### Kagent

#### Building cloud native agents for Kagent

- Description: Kagent is an open-source framework for DevOps and platform engineers to run AI agents in Kubernetes.
  
- Mentor(s):
  - Lin Sun(@linsun, linsun@solo.io) & Eitan Yarmush(@EItanya, eitan.yarmush@solo.io) - please use the same email address as you use on the LFX Mentorship Platform at https://mentorship.lfx.linuxfoundation.org
    
- Upstream Issue:
  - https://github.com/kagent-dev/kagent/issues/662
  - https://github.com/kagent-dev/kagent/issues/664

- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/cda38f44-e4b4-4f86-8b5a-a89bc08ac34a
`;
  const kagent = parseProposal(kagentText);
  assert.deepEqual(
    kagent.projects[0].upstream.map((url) => [url.url, url.form, at(kagent, url.span)]),
    [
      ['https://github.com/kagent-dev/kagent/issues/662', 'bare', 'https://github.com/kagent-dev/kagent/issues/662'],
      ['https://github.com/kagent-dev/kagent/issues/664', 'bare', 'https://github.com/kagent-dev/kagent/issues/664'],
    ],
  );
  // From 2023_01-Mar-May_README.md (Multi-Architecture Builds Support): "url and url".
  const march = parseProposal(MARCH_2023);
  assert.deepEqual(
    project(march, 'Multi-Architecture Builds Support').upstream.map((url) => [url.url, at(march, url.span)]),
    [
      ['https://github.com/buildpacks/pack/issues/1459', 'https://github.com/buildpacks/pack/issues/1459'],
      ['https://github.com/buildpacks/pack/issues/1460', 'https://github.com/buildpacks/pack/issues/1460'],
    ],
  );
});

test('a bare URL followed by sentence punctuation does not take the punctuation', () => {
  const text = `### Cilium

#### Website Use Cases pages

- Description: Use case pages.
- Upstream Issue: https://github.com/cilium/cilium.io/issues/226.
`;
  const document = parseProposal(text);
  const [url] = document.projects[0].upstream;
  assert.equal(url.url, 'https://github.com/cilium/cilium.io/issues/226');
  assert.equal(at(document, url.span), url.url);
});

test('URLs in the other fields are not upstream URLs', () => {
  // From 2021_03-Fall_README.md (CAPG): the Apply link is no upstream issue.
  const document = parseProposal(FALL_2021);
  assert.deepEqual(
    project(document, 'Improvements to Cluster API provider for GCP (CAPG)').upstream.map((url) => url.url),
    ['https://github.com/kubernetes-sigs/cluster-api-provider-gcp/issues'],
  );
});

// ---------------------------------------------------------------------------------------
// Table of contents

test('the table of contents: entries with their text, anchor, nesting depth and exact spans', () => {
  // From 2023_01-Mar-May_README.md.
  const document = asTerm(parseProposal(MARCH_2023));
  assert.ok(document.toc);
  assert.deepEqual(
    document.toc.entries.map((entry) => [entry.depth, entry.text, entry.anchor]),
    [
      [0, 'Accepted Projects', 'accepted-projects'],
      [1, 'Cilium', 'cilium'],
      [2, 'Website Use Cases pages', 'website-use-cases-pages'],
      [1, 'Cloud Native Buildpacks', 'cloud-native-buildpacks'],
      [2, 'Pack Performance enhancements', 'pack-performance-enhancements'],
      [2, 'Multi-Architecture Builds Support', 'multi-architecture-builds-support'],
    ],
  );
  const [first] = document.toc.entries;
  assert.equal(at(document, first.span), '[Accepted Projects](#accepted-projects)');
  assert.equal(at(document, first.anchorSpan), 'accepted-projects');
  assert.ok(at(document, document.toc.span).startsWith('- [Accepted Projects](#accepted-projects)'));
  assert.ok(at(document, document.toc.span).endsWith('[Multi-Architecture Builds Support](#multi-architecture-builds-support)'));
});

test('a table of contents written with * bullets, after the term sections', () => {
  // From 2025_03-Sep-Nov_README.md.
  const document = asTerm(parseProposal(SEPTEMBER_2025_HEAD));
  assert.ok(document.toc);
  assert.deepEqual(
    document.toc.entries.map((entry) => [entry.depth, entry.anchor, at(document, entry.anchorSpan)]),
    [
      [0, 'cilium', 'cilium'],
      [1, 'evaluate-seo-aeo-and-aio-for-ciliumio', 'evaluate-seo-aeo-and-aio-for-ciliumio'],
      [0, 'opencost', 'opencost'],
      [1, 'develop-mcp-server-for-agentic-ai-interaction-with-opencost', 'develop-mcp-server-for-agentic-ai-interaction-with-opencost'],
      [1, 'opencost-data-model-20', 'opencost-data-model-20'],
    ],
  );
});

test('a list of links that are not #anchors, or a list without links, is no table of contents', () => {
  // From 2021_03-Fall_README.md: the timeline is a plain list.
  assert.equal(asTerm(parseProposal(FALL_2021)).toc, undefined);
  const links = `# Term

- [Program Guidelines](https://github.com/cncf/mentoring/blob/main/programs/lfx-mentorship/README.md#program-guidelines)
- [template](/PROJECT_IDEA_TEMPLATE.md)

### Cilium

#### Website Use Cases pages

- Description: Use case pages.
`;
  assert.equal(asTerm(parseProposal(links)).toc, undefined);
});

// ---------------------------------------------------------------------------------------
// Era

test('era A is detected from the document: inline mentors, no Expected Outcome, no LFX URL', () => {
  assert.equal(parseProposal(FALL_2021).era, 'A');
  assert.equal(parseProposal(SPRING_2021_KUBERNETES).era, 'A');
  assert.equal(parseProposal(SPRING_2021_ENVOY).era, 'A');
});

test('era B is detected from the document: Expected Outcome, mentor sub-lists, LFX URL', () => {
  assert.equal(parseProposal(MARCH_2023).era, 'B');
  assert.equal(parseProposal(SEPTEMBER_2025_HEAD).era, 'B');
  assert.equal(parseProposal(SEPTEMBER_2026_APICURIO).era, 'B');
});

test('an era-A entry written at ### / #### is era A: the era comes from the fields and mentors, not the heading levels', () => {
  const text = `### Kyverno

#### Monitor Kyverno with Prometheus

- Description: Publish Kyverno policy execution metrics to Prometheus and Grafana
- Recommended Skills: Golang, Prometheus
- Mentor(s): Shuting Zhao (@realshuting)
- Upstream Issue (URL): https://github.com/kyverno/kyverno/issues/256
`;
  const document = parseProposal(text);
  assert.equal(document.projectLevel, 4);
  assert.equal(document.era, 'A');
});

test('the era of each corpus file is the one SOURCE.md gives it', () => {
  const expected: Record<(typeof CORPUS_FILES)[number], 'A' | 'B'> = {
    '2021_01-Spring_project_ideas.md': 'A',
    '2021_03-Fall_README.md': 'A',
    '2022_01-Spring_project_ideas.md': 'A',
    '2023_01-Mar-May_README.md': 'B',
    '2025_03-Sep-Nov_README.md': 'B',
    '2026_01-Mar-May_README.md': 'B',
    '2026_02-Jun-Aug_README.md': 'B',
    '2026_03-Sep-Nov_README.md': 'B',
  };
  for (const name of CORPUS_FILES) {
    assert.equal(corpus(name).era, expected[name], name);
  }
});

// ---------------------------------------------------------------------------------------
// Documents without projects

test('a document of prose with no field list (the program README) has no organisations and no projects', () => {
  // In the manner of programs/lfx-mentorship/README.md of cncf/mentoring.
  const text = `# LFX Mentorship

CNCF is a proud participant in the Linux Foundation Mentorship program.

## Program Guidelines

Mentees are expected to work on their project full time. Project maintainers submit
project ideas; see the [term folders](./2025) for each term's projects.

- Mentees must be 18 or older.
- Stipends are paid in two installments.

## How to propose a program

Open an issue with the proposal form.
`;
  const document = asTerm(parseProposal(text));
  assert.deepEqual(document.projects, []);
  assert.deepEqual(document.orgs, []);
  assert.equal(document.projectLevel, 0);
  assert.equal(document.orgLevel, 0);
  assert.deepEqual(
    document.sections.map((heading) => heading.text),
    ['LFX Mentorship', 'Program Guidelines', 'How to propose a program'],
  );
  assert.equal(document.title?.text, 'LFX Mentorship');
  assert.equal(document.toc, undefined);
});

// ---------------------------------------------------------------------------------------
// Robustness: line endings, BOM, UTF-16, broken markdown, garbage

/** The model's shape without offsets, line breaks normalised: what must not depend on the line endings. */
function shape(document: ProposalDocument) {
  const normal = (value: string) => value.replace(/\r\n?/g, '\n');
  return {
    era: document.era,
    levels: [document.orgLevel, document.projectLevel],
    title: document.title?.text,
    sections: document.sections.map((heading) => heading.text),
    toc: asTerm(document).toc?.entries.map((entry) => [entry.depth, entry.text, entry.anchor]),
    orgs: document.orgs.map((org) => [org.name, org.misplaced, org.projects.map((p) => p.title), org.subOrgs.map((sub) => [sub.name, sub.projects.map((p) => p.title)])]),
    projects: document.projects.map((each) => ({
      title: each.title,
      placement: each.placement,
      org: each.org?.name,
      fields: each.fields.map((one) => [one.label, one.id, one.form, one.inList, one.missingColon, normal(one.value)]),
      mentors: each.mentors.map((mentor) => [mentor.name?.text, mentor.handle?.text, mentor.email?.text, mentor.problems, mentor.inSubList]),
      upstream: each.upstream.map((url) => [url.url, url.form]),
    })),
  };
}

for (const [name, text] of [
  ['2021_03 (era A)', FALL_2021],
  ['2023_01 (era B)', MARCH_2023],
  ['2025_03 KubeArmor (label paragraphs)', SEPTEMBER_2025_KUBEARMOR],
  ['2026_03 Apicurio (block quotes)', SEPTEMBER_2026_APICURIO],
] as const) {
  test(`CRLF line endings give the same model as LF, with exact spans: ${name}`, () => {
    const lf = parseProposal(text);
    const crlf = parseProposal(text.replace(/\n/g, '\r\n'));
    assert.deepEqual(shape(crlf), shape(lf));
    assertSpansExact(crlf);
    // Spans still name the same text, line breaks aside.
    const texts = (document: ProposalDocument) =>
      document.projects.flatMap((each) => [
        at(document, each.heading.span),
        ...each.fields.map((one) => at(document, one.labelSpan)),
        ...each.mentors.flatMap((mentor) => [at(document, mentor.span), mentor.handle && at(document, mentor.handle.span)]),
        ...each.upstream.map((url) => at(document, url.span)),
      ]);
    assert.deepEqual(texts(crlf), texts(lf));
  });
}

test('CRLF line endings: a multi-line mentor value is still split into its entries', () => {
  // From 2023_01-Mar-May_README.md (Cilium), with the mentor continued on a second line.
  const text = '### Cilium\r\n\r\n#### Website Use Cases pages\r\n\r\n- Description: Use case pages.\r\n- Mentor(s): Bill Mulligan (@xmulligan, bill@isovalent.com),\r\n  Joe Kimmel (@joe-kimmel-vmw, jkimmel@vmware.com)\r\n';
  const document = parseProposal(text);
  assert.deepEqual(
    document.projects[0].mentors.map((mentor) => [mentor.text, mentor.handle?.text]),
    [
      ['Bill Mulligan (@xmulligan, bill@isovalent.com)', '@xmulligan'],
      ['Joe Kimmel (@joe-kimmel-vmw, jkimmel@vmware.com)', '@joe-kimmel-vmw'],
    ],
  );
  assertSpansExact(document);
});

test('a leading BOM: same model, every span one further than without it, still exact', () => {
  for (const text of [MARCH_2023, FALL_2021, SEPTEMBER_2025_KUBEARMOR]) {
    const plain = parseProposal(text);
    const bom = parseProposal('\uFEFF' + text);
    assert.deepEqual(shape(bom), shape(plain));
    assertSpansExact(bom);
    assert.equal(bom.text, '\uFEFF' + text);
    const starts = (document: ProposalDocument) => [
      ...document.headings.flatMap((heading) => [heading.span.start, heading.textSpan.start]),
      ...document.projects.flatMap((each) => [
        ...each.fields.flatMap((one) => [one.labelSpan.start, one.valueSpan.start, one.valueSpan.end]),
        ...each.mentors.flatMap((mentor) => [mentor.span.start, mentor.handle?.span.start]),
        ...each.upstream.map((url) => url.span.start),
      ]),
    ];
    assert.deepEqual(
      starts(bom),
      starts(plain).map((offset) => (offset === undefined ? undefined : offset + 1)),
    );
  }
});

test('a leading BOM right before the first heading: the heading is still read, its span after the BOM', () => {
  const document = parseProposal('\uFEFF# Term 01 - 2023 March - May\n\n### Cilium\n\n#### Website Use Cases pages\n\n- Description: x\n');
  assert.equal(document.title?.text, 'Term 01 - 2023 March - May');
  assert.equal(document.title?.textSpan.start, 3);
  assert.equal(at(document, document.headings[0].textSpan), 'Term 01 - 2023 March - May');
  assert.deepEqual(tree(document), [['Cilium', ['Website Use Cases pages']]]);
});

test('a leading BOM before an indented first heading ("   ### Cilium"): the heading is read as without the BOM', () => {
  const text = '   ### Cilium\n\n#### Website Use Cases pages\n\n- Description: x\n';
  const plain = parseProposal(text);
  const bom = parseProposal('\uFEFF' + text);
  assert.deepEqual(tree(plain), [['Cilium', ['Website Use Cases pages']]]);
  assert.deepEqual(tree(bom), tree(plain));
  assert.equal(bom.orgs[0].heading.textSpan.start, plain.orgs[0].heading.textSpan.start + 1);
});

test('emoji and other surrogate pairs before a field: spans stay exact in UTF-16 code units', () => {
  // From 2023_01-Mar-May_README.md (Cilium), with emoji added to the heading and the description.
  const text = `### Cilium 🐝

#### Website Use Cases pages 🚀

- Description: Cilium 🐝 would like 👩‍💻 use case pages 𝒳.
- Recommended Skills: Content Writing, Javascript, CSS
- Mentor(s): Bill Mulligan 😀 (@xmulligan, bill@isovalent.com), Joe 🧑🏽‍🔧 Kimmel (@joe-kimmel-vmw, jkimmel@vmware.com)
- Upstream Issue: https://github.com/cilium/cilium.io/issues/226
`;
  const document = parseProposal(text);
  assert.deepEqual(tree(document), [['Cilium 🐝', ['Website Use Cases pages 🚀']]]);
  const [cilium] = document.projects;
  assert.equal(field(cilium, 'Description').value, 'Cilium 🐝 would like 👩‍💻 use case pages 𝒳.');
  assert.deepEqual(
    cilium.mentors.map((mentor) => [mentor.name?.text, mentor.handle?.text, mentor.email?.text]),
    [
      ['Bill Mulligan 😀', '@xmulligan', 'bill@isovalent.com'],
      ['Joe 🧑🏽‍🔧 Kimmel', '@joe-kimmel-vmw', 'jkimmel@vmware.com'],
    ],
  );
  assert.equal(cilium.mentors[1].handle?.span.start, text.indexOf('@joe-kimmel-vmw'));
  assert.equal(cilium.upstream[0].span.start, text.indexOf('https://github.com/cilium'));
  assertSpansExact(document);
});

test('an unclosed code fence swallows the rest of the document without throwing', () => {
  // From 2023_01-Mar-May_README.md (Cilium), then a fence that is never closed.
  const text = `### Cilium

#### Website Use Cases pages

- Description: Cilium would like to have use case pages.
- Mentor(s): Bill Mulligan (@xmulligan, bill@isovalent.com)

\`\`\`yaml
apiVersion: v1

### Cloud Native Buildpacks

#### Pack Performance enhancements

- Description: Pack is the reference implementation.
`;
  const document = parseProposal(text);
  assert.deepEqual(tree(document), [['Cilium', ['Website Use Cases pages']]]);
  assert.deepEqual(
    document.headings.map((heading) => heading.text),
    ['Cilium', 'Website Use Cases pages'],
  );
  assertSpansExact(document);
});

test('a setext (underlined) heading is a heading: the title, with a span over both lines', () => {
  const text = `Term 01 - 2023 March - May
==========================

### Cilium

#### Website Use Cases pages

- Description: Cilium would like to have use case pages.
`;
  const document = parseProposal(text);
  assert.equal(document.title?.level, 1);
  assert.equal(document.title?.text, 'Term 01 - 2023 March - May');
  assert.equal(at(document, document.title!.span), 'Term 01 - 2023 March - May\n==========================');
  assert.equal(at(document, document.title!.textSpan), 'Term 01 - 2023 March - May');
  assert.deepEqual(tree(document), [['Cilium', ['Website Use Cases pages']]]);
});

test('an empty text gives an empty model', () => {
  const document = asTerm(parseProposal(''));
  assert.equal(document.text, '');
  assert.deepEqual(
    [document.headings, document.sections, document.orgs, document.projects, document.orgLevel, document.projectLevel],
    [[], [], [], [], 0, 0],
  );
  assert.equal(document.title, undefined);
  assert.equal(document.toc, undefined);
});

test('headings with no text, a lone #, and a heading of only markers do not throw and have empty text', () => {
  const text = '#\n\n###   \n\n#### \n\n- Description: x\n';
  const document = parseProposal(text);
  assert.deepEqual(
    document.headings.map((heading) => [heading.level, heading.text]),
    [
      [1, ''],
      [3, ''],
      [4, ''],
    ],
  );
  assertSpansExact(document);
});

/** A small deterministic pseudo-random generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  '#', '### ', '#### ', '##### ', '###### ', '\n', '\r\n', '\r', ' ', '  ', '\t', '- ', '  - ', '* ', '> ', '1. ',
  'Description:', 'Mentor(s):', 'Mentors', 'Upstream Issue:', 'LFX URL:', 'Recommended Skills\\*\\*:', '**', '__',
  'Ann (@ann, ann@x.io)', '(@', '@', '(', ')', '[', ']', '](', '<', '>', '<https://', 'https://github.com/a/b/issues/1',
  '[@x](https://github.com/y)', '@[h](https://github.com/h)', ', ', '; ', ' & ', ' - note', '```', '~~~', '---', '===',
  '|', '<!--', '-->', '\\', '`', 'Primary:', '\uFEFF', '\u0000', '\uD800', '\uDC00', '🚀', '👩‍💻', 'é', '\u200B', 'x', 'Org',
];

test('garbage and random markdown-ish text never throws, and every span stays inside the text', () => {
  const next = random(20260805);
  for (let round = 0; round < 300; round++) {
    const length = Math.floor(next() * 80);
    let text = '';
    for (let index = 0; index < length; index++) text += PIECES[Math.floor(next() * PIECES.length)];
    let document: ProposalDocument | undefined;
    assert.doesNotThrow(() => {
      document = parseProposal(text);
    }, `round ${round}: ${JSON.stringify(text)}`);
    const { projects, headings } = document!;
    for (const span of [
      ...headings.flatMap((heading) => [heading.span, heading.textSpan]),
      ...projects.flatMap((each) => [
        each.span,
        ...each.fields.flatMap((one) => [one.span, one.labelSpan, one.valueSpan]),
        ...each.mentors.flatMap((mentor) => [mentor.span, mentor.name?.span, mentor.handle?.span, mentor.email?.span]),
        ...each.upstream.map((url) => url.span),
      ]),
    ]) {
      if (!span) continue;
      assert.ok(0 <= span.start && span.start <= span.end && span.end <= text.length, `round ${round}: ${JSON.stringify(span)} in ${JSON.stringify(text)}`);
    }
  }
});

test('binary-looking text (control characters, lone surrogates, NULs) never throws', () => {
  const next = random(7);
  for (let round = 0; round < 50; round++) {
    let text = '';
    const length = Math.floor(next() * 400);
    for (let index = 0; index < length; index++) text += String.fromCharCode(Math.floor(next() * 0x10000));
    assert.doesNotThrow(() => parseProposal(text), `round ${round}`);
  }
  assert.doesNotThrow(() => parseProposal('\u0000\u0001\u0002#### \u0000\n- Mentor(s): \uD800 (@\uDFFF)\n'));
});

// ---------------------------------------------------------------------------------------
// The real files

test('in the whole real files: Envoy promoted and misplaced, WG Policy a sub-organisation, Terraform Controller a KubeVela project', () => {
  const spring = corpus('2021_01-Spring_project_ideas.md');
  assert.deepEqual([spring.orgLevel, spring.projectLevel], [4, 5]);
  const envoy = spring.orgs.find((org) => org.name === 'Envoy');
  assert.deepEqual(
    [envoy?.misplaced, envoy?.heading.level, envoy?.projects.map((p) => p.title)],
    [true, 3, ['Adaptive Load Control and Distributed Load Testing of Envoy Data Planes']],
  );
  assert.equal(spring.orgs.filter((org) => org.misplaced).length, 1);
  assert.deepEqual([project(spring, 'CIS Benchmarks Policy Report').org?.name, project(spring, 'CIS Benchmarks Policy Report').org?.parent?.name], ['WG Policy', 'Kubernetes']);
  assert.ok(!spring.projects.some((each) => ['WG Policy', 'SIG Usability', 'Refactor the APIs for better readability and less maintenance overhead'].includes(each.title)));
  const fall = corpus('2021_03-Fall_README.md');
  assert.deepEqual([fall.orgLevel, fall.projectLevel], [4, 5]);
  const terraform = project(fall, 'Support remote Terraform HCL (Git repo or ConfigMap) in Terraform Controller');
  assert.deepEqual([terraform.org?.name, terraform.placement], ['KubeVela', 'above']);
  assert.deepEqual(
    fall.sections.map((heading) => heading.text),
    ["Q3 - Fall'2021", 'Timeline', 'Project Instructions', 'Participating Projects'],
  );
});

test('every corpus file parses, with every text of the model equal to the text its span covers', () => {
  for (const name of CORPUS_FILES) {
    const document = corpus(name);
    assert.ok(document.projects.length > 0, name);
    assertSpansExact(document);
  }
});

// An entry being written: its heading has no field yet, but it sits at the project level of an
// organisation, so it is a project (completion offers its fields); under a term section's
// heading at the organisation level it is not.
test('a heading with no field yet at the project level of an organisation is a project, not under the Timeline', () => {
  const document = parseProposal(`### Timeline

#### Term 1: March 3rd - May 30th

### Thanos

#### Query observability

- Description: Trace queries.
- Recommended Skills: Go
- Mentor(s): Ann Lee (@annlee)
- Upstream Issue: https://github.com/thanos-io/thanos/issues/1

#### A new entry
- 
`);
  assert.deepEqual(document.projects.map((each) => [each.title, each.org?.name]), [
    ['Query observability', 'Thanos'],
    ['A new entry', 'Thanos'],
  ]);
  assert.deepEqual(document.sections.map((heading) => heading.text), ['Timeline']);
});
