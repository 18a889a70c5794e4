import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, checkedFindings } from '../../helpers/check';

// From 2021_03-Fall_README.md (Thanos) and 2023_01-Mar-May_README.md (Harbor, Cloud Native
// Buildpacks): two issues in a sub-list, three on one line, two joined by "and".
test('notes a field with several upstream issues once, on the second', () => {
  const findings = checkedFindings(
    `
#### Thanos

##### Add metrics to track the progress for compaction and downsampling

- Description: This project is about improving the observability of the Thanos compactor component.
- Recommended Skills: Go
- Mentor(s): Ben Ye (@yeya24)
- Upstream Issue (URL):
  - <https://github.com/thanos-io/thanos/issues/3985>
  - <https://github.com/thanos-io/thanos/issues/3478>
     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ upstream-multiple
- Apply: <https://mentorship.lfx.linuxfoundation.org/project/4c06915e-8e72-4321-95c5-ed0ee9428a32>

#### Harbor

##### Implement per project and/or for the whole instance vulnerability overview

- Description: Design, plan and implement an and UI and backend to be able to visualize per project and/or for the registry vulnerability overview.
- Recommended Skills: Angular, JavaScript, Golang, UI/UX, Clarity
- Mentor(s): Orlin Vasilev (@OrlinVasilev, ovasilev@vmware.com)
- Upstream Issue (URL): https://github.com/goharbor/harbor/issues/16680 https://github.com/goharbor/harbor/issues/10496 https://dso.docker.com/explore?search=pkgs
                                                                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ upstream-multiple
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/7ea4c506-c830-4a15-be4a-600d2dfe3f44

#### Cloud Native Buildpacks

##### Multi-Architecture Builds Support

- Description: The rise of ARM processors has created new binary targets for pre-compiled executables.
- Recommended Skills: Golang, software development literacy.
- Mentor(s): Aidan Delaney (@AidanDelaney); Jerico Pena (@jpena-r7)
- Upstream Issue (URL): https://github.com/buildpacks/pack/issues/1459 and https://github.com/buildpacks/pack/issues/1460
                                                                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ upstream-multiple
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/ee387e1b-de4e-4c1e-9bef-0239a2e9ca40
`,
    ['upstream-multiple'],
  );
  // Maintainers accept entries that list related issues: a note, not a warning.
  assert.deepEqual([...new Set(findings.map((finding) => finding.severity))], ['information']);
  assert.equal(
    findings[1].message,
    '"Implement per project and/or for the whole instance vulnerability overview" has 3 upstream issues; a tracking issue that links the others gives applicants one place to start.',
  );
});

// From 2025_03-Sep-Nov_README.md (KubeStellar): the URL as both link text and target is one
// issue; so are two spellings of one issue (adapted: with a fragment and a trailing slash).
test('passes one issue, however often it is spelt', () =>
  check(
    `
### KubeStellar

#### Implementing End-to-End Playwright Testing for KubeStellar UI

- Description: Build an end-to-end testing framework for the KubeStellar UI using Playwright.
- Expected Outcome: End-to-end testing setup with Playwright integrated into the KubeStellar frontend
- Recommended Skills: TypeScript / JavaScript
- Mentor(s):
  - Shivam Kumar (@btwshivam, shivam200446@gmail.com)
  - Andy Anderson (@clubanderson, andy@clubanderson.com)
- Upstream Issue:
  [https://github.com/kubestellar/ui/issues/1334](https://github.com/kubestellar/ui/issues/1334)
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/b992256e-ed5f-44f3-8c13-8f3d8726fe00

#### Developer Relations & Community Growth for KubeStellar UI

- Description: This Developer Relations project aims to accelerate KubeStellar UI adoption.
- Expected Outcome: Established social media presence for KubeStellar.
- Recommended Skills: Technical writing for developer content
- Mentor(s):
  - Onkar Shelke (@onkar717, onkarwork2234@gmail.com)
  - Andy Anderson (@clubanderson, andrew.anderson@ibm.com)
- Upstream Issue: https://github.com/kubestellar/ui/issues/1403 (see also http://www.github.com/kubestellar/ui/issues/1403/#issuecomment-1)
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/72839cf1-1b27-4008-aa11-dfea483bd6ee
`,
    ['upstream-multiple'],
  ));

// From 2026_01-Mar-May_README.md (Volcano, line 1686): three related issues as a sub-list, the
// entry maintainers accepted; one note for the field, not one per URL.
test('notes a sub-list of issues once', () =>
  check(
    `
### Volcano

#### E2E Test Suite for Volcano Agent Scheduling

- Description: Volcano has introduced Agent Scheduling feature that supports fast scheduling for AI agent workloads.
- Expected Outcome:
    - A comprehensive e2e test suite using Ginkgo framework covering all agent scheduling scenarios.
- Recommended Skills:
    - Experience with Go programming language.
- Mentor(s):
    - Jesse Stutler (@JesseStutler, jessestutler97@gmail.com)
    - Qi Min (@qi-min, qim_34@163.com)
- Upstream Issue:
    - https://github.com/volcano-sh/volcano/issues/4881
    - https://github.com/volcano-sh/volcano/issues/4882
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ upstream-multiple
    - https://github.com/volcano-sh/volcano/issues/4883
- Background:
    - https://github.com/volcano-sh/volcano/issues/4722
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/b350f84f-3fdd-4062-81a9-d4875044ed7b
`,
    ['upstream-multiple'],
  ));
