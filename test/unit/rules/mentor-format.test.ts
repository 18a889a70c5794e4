import assert from 'node:assert/strict';
import { test } from 'node:test';
import { WorkspaceKnowledge } from '../../../server/src/core/knowledge';
import { parseProposal } from '../../../server/src/core/parse';
import { applyEdits } from '../../../server/src/features/fix-all';
import { lint } from '../../../server/src/rules';
import { check, checkedFindings, checkFix, readMarkers } from '../../helpers/check';

// From 2021_01-Spring_project_ideas.md (Thanos) and 2021_03-Fall_README.md (Chaos Mesh): handles
// written as profile links, and one whose text names another user than the profile it links to.
test('flags a handle written as a link, and a link whose text is another user', () => {
  const findings = checkedFindings(
    `
#### Thanos

##### Multi-Tenant Instrumentation for Thanos operations

- Description: Thanos can store and serve the data for multiple tenants at once.
- Recommended Skills: Go, Prometheus (basic), Instrumentation (basic)
- Mentor(s): [@yashrsharma44](https://github.com/yashrsharma44), [@kakkoyun](https://github.com/kakkoyun)
             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ mentor-format
                                                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ mentor-format
- Upstream Issue (URL): https://github.com/thanos-io/thanos/issues/3572

#### Chaos Mesh

##### Monitoring Metrics about Chaos Mesh

- Description: Observability is very important for each application.
- Recommended Skills: golang, prometheus, grafana
- Mentor(s): [@ZhiqiangZhou](https://github.com/strrl)
             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ mentor-format
- Issue: <https://github.com/chaos-mesh/chaos-mesh/issues/2198>
`,
    ['mentor-format'],
  );
  assert.equal(
    findings[2].message,
    'Mentor "[@ZhiqiangZhou](https://github.com/strrl)" shows "@ZhiqiangZhou" but links to the GitHub profile of @strrl; write "Name (@handle)".',
  );
  // Without a name there is nothing to rewrite the entry to.
  assert.deepEqual(
    findings.map((finding) => finding.fixes.length),
    [0, 0, 0],
  );
});

// From 2023_01-Mar-May_README.md (CNCF Landscape): no handle, and handles outside parentheses.
test('flags an entry with no handle and entries not in the Name (@handle, email) shape', () =>
  check(
    `
### CNCF Landscape

#### UX UI improvement

- Description: In an effort to better the user experience, the CNCF Landscape is actively seeking ways to improve and enhance its features.
- Expected Outcome: Validated personas.
- Recommended Skills: Design Thinking, UX research methodology.
- Mentors: Andrea Velázquez andrea@buoyant.io, Nate W. @nate-double-u natew@cncf.io, Chris Aniszczyk @caniszczyk caniszczyk@linuxfoundation.org
           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ mentor-format
                                               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ mentor-format
                                                                                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ mentor-format
- Upstream issue: https://github.com/cncf/landscape/issues/2467
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/df011bb8-8ce1-4092-bfc6-1e92ce40a17d
`,
    ['mentor-format'],
  ));

// From 2021_01-Spring_project_ideas.md (Crossplane): handles without names.
test('flags handles without a name', () =>
  check(
    `
#### Crossplane

##### Automated end-to-end testing infrastructure

- Description: Crossplane currently has extensive unit testing, but not much in the way of automated integration/e2e tests.
- Recommended Skills: Go programming, testing best practices.
- Mentor(s): @hasheddan, @negz, @jbw976
             ^^^^^^^^^^ mentor-format
                         ^^^^^ mentor-format
                                ^^^^^^^ mentor-format
- Upstream Issue (URL): https://github.com/crossplane/crossplane/issues/1033
`,
    ['mentor-format'],
  ));

// From 2023_01-Mar-May_README.md (Cloud Native Buildpacks), 2025_03-Sep-Nov_README.md (Podman Container Tools,
// Kmesh) and 2021_03-Fall_README.md (Thanos): the canonical shapes and their harmless variants
// (a note after the entry, no space before the parenthesis, ";" between entries).
test('passes Name (@handle) and Name (@handle, email) entries of either era', () =>
  check(
    `
### Cloud Native Buildpacks

#### Pack Performance enhancements

- Description: Pack is the reference implementation of a Cloud Native Buildpacks platform.
- Expected Outcome: A benchmark suite.
- Recommended Skills: Golang, git, software development.
- Mentor(s): Natalie Arellano (@natalieparellano, narellano@vmware.com); Joe Kimmel (@joe-kimmel-vmw, jkimmel@vmware.com)
- Upstream Issue: https://github.com/buildpacks/pack/issues/1610
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/33e0747c-4ab8-4074-aa90-3b908b3a588e

### Podman Container Tools

#### Implement flushing of conntrack entries in Netavark on network changes

- Description: This project will involve implementing conntrack entry clearing into Netavark, Podman's network management tool.
- Expected Outcome: Netavark modified to drop Conntrack entries at appropriate times.
- Recommended Skills: Rust
- Mentor(s):
  - Matthew Heon (@mheon, mheon@redhat.com) - primary
  - Paul Holzinger (@Luap99, pholzing@redhat.com)
- Upstream Issue (URL):
  [containers/netavark#1045](https://github.com/containers/netavark/issues/1045)
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/07efb861-3c5b-4bc2-9986-593656750ffc

### Kmesh

#### Kmesh Orion replace waypopint

- Description: Kmesh is a high-performance service mesh data plane.
- Expected Outcomes: Testing of Orion's key functions for waypoints.
- Recommended Skills: Rust
- Mentor(s):
  - Zengzeng Yao(@yaozengzeng, yaozengzeng@huawei.com)
- Upstream Issue: https://github.com/kmesh-net/kmesh/issues/1450
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/532690f7-802d-488e-a5e6-2e4ba532d189

### Thanos

#### Migrate Thanos to the New Protocol Buffers v2 API

- Description: This project is about updating and optimizing the protocol buffers implementation used in Thanos.
- Expected Outcome: Faster queries.
- Recommended Skills: Go
- Mentor(s): Lucas Servén Marín (@squat), Kemal Akkoyun (@kakkoyun), Giedrius Statkevičius (@GiedriusS)
- Upstream Issue (URL): <https://github.com/thanos-io/thanos/issues/4557>
`,
    ['mentor-format'],
  ));

// From 2021_01-Spring_project_ideas.md (Chaos Mesh): the handle's link goes to its own profile.
// The rewrite drops the profile URL, and a safe fix keeps every URL the author wrote.
test('the fix unwraps a profile link whose text is the handle, as a quick fix to review (never --fix)', () => {
  const fixture = `
#### Chaos Mesh

##### Chaos Mesh Dashboard

- Description: Chaos Mesh is not like Chaos Engineering as a Service now.
- Recommended Skills: Golang
- Mentor(s): Wang Xiang (@[WangXiangUSTC](https://github.com/WangXiangUSTC))
- Upstream Issue (URL): https://github.com/chaos-mesh/chaos-mesh/issues/1462
`;
  checkFix(
    fixture,
    'mentor-format',
    `
#### Chaos Mesh

##### Chaos Mesh Dashboard

- Description: Chaos Mesh is not like Chaos Engineering as a Service now.
- Recommended Skills: Golang
- Mentor(s): Wang Xiang (@WangXiangUSTC)
- Upstream Issue (URL): https://github.com/chaos-mesh/chaos-mesh/issues/1462
`,
  );
  const [finding] = lint(parseProposal(fixture)).filter((candidate) => candidate.rule === 'mentor-format');
  assert.equal(finding.fixes[0].safe, false);
  assert.equal(finding.severity, 'hint');
});

// From 2023_01-Mar-May_README.md (Cluster API Provider AWS): the comma after the handle is missing.
test('the fix adds the comma between handle and email', () =>
  checkFix(
    `
#### Cluster API Provider AWS (CAPA)

##### Reimagining how we handle AWS account preparation

- Description: Cluster API Provider AWS (CAPA) can create and manage the lifecycle of Kubernetes clusters in AWS.
- Expected Outcome: A new approach to handling the prerequisites required for CAPA.
- Recommended Skills: Golang, Kubernetes
- Mentor(s): Richard Case (@richardcase richmcase@gmail.com)
- Upstream Issue: https://github.com/kubernetes-sigs/cluster-api-provider-aws/issues/3715
`,
    'mentor-format',
    `
#### Cluster API Provider AWS (CAPA)

##### Reimagining how we handle AWS account preparation

- Description: Cluster API Provider AWS (CAPA) can create and manage the lifecycle of Kubernetes clusters in AWS.
- Expected Outcome: A new approach to handling the prerequisites required for CAPA.
- Recommended Skills: Golang, Kubernetes
- Mentor(s): Richard Case (@richardcase, richmcase@gmail.com)
- Upstream Issue: https://github.com/kubernetes-sigs/cluster-api-provider-aws/issues/3715
`,
  ));

// From 2025_03-Sep-Nov_README.md (Meshery): the handle is written without its @.
test('the fix adds the @ of a handle written without it', () =>
  checkFix(
    `
### Meshery

#### Meshery Models: GCP Relationships

- Description: Develop relationship definitions for GCP services.
- Expected Outcome: A multitude of new relationships defined both intra and inter GCP services.
- Recommended Skills: JSON, YAML
- Mentor(s): James Horton (hortison, james.horton2337@gmail.com), Lee Calcote (@leecalcote, leecalcote@gmail.com)
- Upstream Issue: https://github.com/meshery/meshery/issues/15531
`,
    'mentor-format',
    `
### Meshery

#### Meshery Models: GCP Relationships

- Description: Develop relationship definitions for GCP services.
- Expected Outcome: A multitude of new relationships defined both intra and inter GCP services.
- Recommended Skills: JSON, YAML
- Mentor(s): James Horton (@hortison, james.horton2337@gmail.com), Lee Calcote (@leecalcote, leecalcote@gmail.com)
- Upstream Issue: https://github.com/meshery/meshery/issues/15531
`,
  ));

// From 2021_03-Fall_README.md (Tremor), one of its three mentors: the link shows a name with an @
// and goes to another handle. Taking the handle from the link target is offered, never applied
// by --fix.
test('the fix takes the handle from the profile link, and is not a safe fix', () => {
  const fixture = `
#### Tremor

##### Solidify and generalize error handling code in the runtime

- Description: The runtimes error handling code stems from ancient times where rust was younger.
- Recommended Skills: rust
- Mentor(s): [@Matthias Wahl](https://github.com/mfelsche)
             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ mentor-format
- Issue: <https://github.com/tremor-rs/tremor-runtime/issues/1175>
`;
  const findings = checkedFindings(fixture, ['mentor-format']);
  assert.equal(findings[0].fixes[0].safe, false);
  checkFix(
    readMarkers(fixture).text,
    'mentor-format',
    `
#### Tremor

##### Solidify and generalize error handling code in the runtime

- Description: The runtimes error handling code stems from ancient times where rust was younger.
- Recommended Skills: rust
- Mentor(s): Matthias Wahl (@mfelsche)
- Issue: <https://github.com/tremor-rs/tremor-runtime/issues/1175>
`,
  );
});

// From 2021_01-Spring_project_ideas.md (LitmusChaos), where the mentors are bare handles, and
// 2021_03-Fall_README.md (LitmusChaos), where @gdsoumya is written with a name.
test('the fix takes a missing name from the workspace, and is then not a safe fix', () => {
  const uri = 'file:///mentoring/programs/lfx-mentorship/2021/01-Spring/project_ideas.md';
  const text = `## Projects ideas

#### LitmusChaos

##### Add event & alerts infrastructure to the litmus portal

- Description: The Litmus portal is a dashboard focused on simplifying the chaos-engineering experience for users.
- Recommended Skills: Golang, Typescript
- Mentor(s): @gdsoumya, @ksatchit
- Upstream Issue (URL): https://github.com/litmuschaos/litmus/issues/2429
`;
  const other = `# Q3 - Fall'2021

#### LitmusChaos

##### Develop E2E dashboard with CI/CD pipeline details and enhance litmus e2e website

- Description: This project aims to build an E2E Web dashboard that will display the CI/CD pipeline details.
- Recommended Skills: Golang, JavaScript, ReactJS
- Mentor(s): Udit Gaurav (@uditgaurav), Soumya Ghosh Dastidar (@gdsoumya)
- Upstream Issue (URL): <https://github.com/litmuschaos/litmus/issues/3112>
`;
  const workspace = new WorkspaceKnowledge();
  workspace.update('file:///mentoring/programs/lfx-mentorship/2021/03-Fall/README.md', parseProposal(other));
  workspace.update(uri, parseProposal(text));
  const lintHere = (source: string) =>
    lint(parseProposal(source), { uri, workspace }).filter((finding) => finding.rule === 'mentor-format');

  const findings = lintHere(text);
  assert.deepEqual(
    findings.map((finding) => text.slice(finding.span.start, finding.span.end)),
    ['@gdsoumya', '@ksatchit'],
  );
  // @ksatchit is named nowhere: no fix.
  assert.deepEqual(findings[1].fixes, []);
  const [fix] = findings[0].fixes;
  assert.equal(fix.safe, false);
  const fixed = applyEdits(text, fix.edits);
  assert.equal(fixed, text.replace('- Mentor(s): @gdsoumya, @ksatchit', '- Mentor(s): Soumya Ghosh Dastidar (@gdsoumya), @ksatchit'));

  const after = lintHere(fixed);
  assert.deepEqual(
    after.map((finding) => fixed.slice(finding.span.start, finding.span.end)),
    ['@ksatchit'],
  );
  assert.equal(applyEdits(fixed, after.flatMap((finding) => finding.fixes.flatMap((candidate) => candidate.edits))), fixed);
});

// From 2023_01-Mar-May_README.md (Harbor): three mentors run together with spaces, the first an
// email glued to a handle. Whatever the entries are read as, a safe fix keeps every handle, and
// what it writes is not reported again.
test('a safe fix keeps every handle of the entry and leaves nothing to fix', () => {
  const text = `
### Harbor

#### Regex replication rules

- Description: Add more versatile replication filters
- Expected Outcome: Implement regex capability when defining relication rules
- Recommended Skills: Angular, JavaScript, Golang
- Mentor(s): vb@container-registry.com@Vad1mo @wy65701436 @OrlinVasilev
- Upstream Issue (URL): https://github.com/goharbor/harbor/issues/8614
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/49749be9-5a67-4b2b-9312-7def13ae98b8
`;
  const safeFixes = (source: string) =>
    lint(parseProposal(source))
      .filter((finding) => finding.rule === 'mentor-format')
      .flatMap((finding) => finding.fixes.filter((fix) => fix.safe));
  const fixed = applyEdits(text, safeFixes(text).flatMap((fix) => fix.edits));
  for (const handle of ['@Vad1mo', '@wy65701436', '@OrlinVasilev']) assert.ok(fixed.includes(handle), `a safe fix drops ${handle}`);
  assert.deepEqual(safeFixes(fixed), []);
});

// From 2022_01-Spring_project_ideas.md (Gateway API): linked names under role prefixes.
test('the fix keeps a role prefix the author wrote', () => {
  const text = `
#### Kubernetes

##### Documentation assessment (SIG-Network Gateway API)

- Description: Assess the Gateway API documentation.
- Recommended Skills: Technical Writing
- Mentor(s):
  - Primary: [Nick Young](https://github.com/youngnick)
  - Adjunct: [Nate Waddington](https://github.com/nate-double-u)
- Upstream Issue (URL): <https://github.com/kubernetes-sigs/gateway-api/issues/1003>
`;
  const findings = lint(parseProposal(text)).filter((finding) => finding.rule === 'mentor-format');
  assert.equal(findings.length, 2);
  // A linked name gives the handle from its link target: a fix to review.
  assert.deepEqual(
    findings.map((finding) => finding.fixes[0]?.safe),
    [false, false],
  );
  const fixed = applyEdits(text, findings.flatMap((finding) => finding.fixes[0]?.edits ?? []));
  assert.equal(
    fixed,
    text
      .replace('Primary: [Nick Young](https://github.com/youngnick)', 'Primary: Nick Young (@youngnick)')
      .replace('Adjunct: [Nate Waddington](https://github.com/nate-double-u)', 'Adjunct: Nate Waddington (@nate-double-u)'),
  );
});

// From 2023_01-Mar-May_README.md (Harbor, "An official Golang API client and CLI for Harbor"),
// one of its mentors: the name after the handle, glued to the parenthesis with the email.
test(
  'the fix keeps the whole name written after the handle',
  () =>
    checkFix(
      `
### Harbor

#### An official Golang API client and CLI for Harbor

- Description: Design, plan and implement an Golang API client for Harbor
- Expected Outcome: Working golang harbor API client which can be used in the CI/CD implementations
- Recommended Skills: Golang, spf13/cobra
- Mentor(s): @wy65701436 - Yan Wang(wangyan@vmware.com)
- Upstream Issue (URL): https://github.com/search?q=Harbor%20CLI&type=repositories
`,
      'mentor-format',
      `
### Harbor

#### An official Golang API client and CLI for Harbor

- Description: Design, plan and implement an Golang API client for Harbor
- Expected Outcome: Working golang harbor API client which can be used in the CI/CD implementations
- Recommended Skills: Golang, spf13/cobra
- Mentor(s): Yan Wang (@wy65701436, wangyan@vmware.com)
- Upstream Issue (URL): https://github.com/search?q=Harbor%20CLI&type=repositories
`,
    ),
);
