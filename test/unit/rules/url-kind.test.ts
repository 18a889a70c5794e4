import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nonIssuePage } from '../../../server/src/core/urls';
import { check, checkedFindings } from '../../helpers/check';

// From 2026_01-Mar-May_README.md (Harbor, line 317), 2025_03-Sep-Nov_README.md (KubeStellar,
// line 321) and 2026_03-Sep-Nov_README.md (Kubernetes, line 979): an issue list, the project's
// own LFX page pasted above its issue, and a search of issues.
test('notes an upstream issue that is a list, a search or an LFX page', () => {
  const findings = checkedFindings(
    `
### Harbor

#### Harbor CLI Enhancements

- Description: Harbor CLI is the official command-line interface for Harbor container registry.
- Recommended Skills: Golang, spf13/cobra
- Mentor(s):
  - Vadim Bauer (@vad1mo, vb@container-registry.com)
  - Orlin Vasilev (@OrlinVasilev, orlin@orlix.org)
- Upstream Issue: https://github.com/goharbor/harbor-cli/issues
                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ url-kind
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/89a4b97d-77c7-4b57-907b-6bc746389b87

### KubeStellar

#### Implement KubeStellar controller logic to map WECs resources status to READY state of corresponding resource definitions in WDSes

- Description:  
  This project aims to enhance the KubeStellar controller to reflect the readiness status of WEC resources in their corresponding WDS resource definitions.
- Recommended Skills:  
  - Golang  
- Mentor(s):  
  - [Franco Stellari] (@francostellari, fstellari@gmail.com)
  - [Rupam Manna] (@Rupam-It, mannarupam3@gmail.com)

- Upstream Issue:  https://mentorship.lfx.linuxfoundation.org/project/7b85c3fc-57ab-451d-a43a-c84251c4bc91
                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ url-kind
  https://github.com/kubestellar/kubestellar/issues/2809
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/7b85c3fc-57ab-451d-a43a-c84251c4bc91

### Kubernetes

#### Expand Declarative Validation (DV) in Kubernetes

- Description:

  > This mentorship project focuses on advancing the Declarative Validation (DV) framework across the Kubernetes codebase.

- Recommended Skills: Go, Kubernetes, API machinery, Code Generation
- Mentor(s):
  - Lalit chauhan (@lalitc375, laitchauhan@google.com)
  - Yongrui Lin (@yongruilin, yongrlin@google.com)
- Upstream Issue: https://github.com/kubernetes/kubernetes/issues?q=is%3Aissue%20state%3Aopen%20label%3Aarea%2Fapi-validation
                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ url-kind
`,
    ['url-kind'],
  );
  assert.deepEqual([...new Set(findings.map((finding) => finding.severity))], ['information']);
  assert.equal(
    findings[1].message,
    '"https://mentorship.lfx.linuxfoundation.org/project/7b85c3fc-57ab-451d-a43a-c84251c4bc91" is an LFX page (the project\'s LFX URL), not an upstream issue; link the issue the mentee\'s work starts from.',
  );
  assert.match(findings[2].message, / is a search of issues, not one issue, pull request or discussion;/);
});

// From 2021_01-Spring_project_ideas.md (OpenTelemetry, line 111): the label asks for a project
// board. Issues, pull requests and discussions, in any spelling, and design documents pass.
test('passes issues, pull requests, discussions, documents, and a board the label asks for', () =>
  check(
    `
#### OpenTelemetry

##### OpenTelemetry PHP Usability Enhancements

- Description: Implement the fixes suggested in the user research documentation to make this project more consumable for end users.
- Recommended Skills: PHP
- Mentor: Bob Strecansky (@bobstrecansky)
- Upstream Issue (Project URL): https://github.com/open-telemetry/opentelemetry-php/projects/5

##### Improve SIG-Node testing using Kubetest2

- Description: Kubernetes currently uses Kubetest as the interface for launching and running e2e tests.
- Recommended Skills: Golang, python, bash, unit and feature testing.
- Mentor(s): Davanum Srinivas (@dims), Amit Watve (@amwat)
- Enhancement : <https://github.com/kubernetes/enhancements/tree/master/keps/sig-testing/2464-kubetest2-ci-migration>
- Apply: <https://mentorship.lfx.linuxfoundation.org/project/1c860c94-b1d3-401c-b2c1-20527cb80391>

##### Pull requests and discussions

- Description: Adapted: several kinds of upstream thread.
- Recommended Skills: Go
- Mentor(s): Davanum Srinivas (@dims), Amit Watve (@amwat)
- Upstream Issue (URL):
  - https://github.com/kubernetes/kubernetes/pull/12345/files
  - https://www.github.com/cncf/toc/discussions/1234#discussioncomment-1
  - https://github.com/kubernetes/kubernetes/issues/1234/
  - https://gitlab.com/gitlab-org/gitlab/-/issues/1234
`,
    ['url-kind'],
  ));

// From 2026_02-Jun-Aug_README.md (Koordinator, lines 401-443): a milestone as the upstream issue;
// adapted: the LFX URL fields hold another LFX site's page and the mentorship site's home page.
test('notes an LFX URL that is no mentorship project page', () => {
  const findings = checkedFindings(
    `
### Koordinator

#### End-to-End Performance and Scalability Test Harness for Koordinator Scheduler

- Description: As the Koordinator scheduler grows additional plugins (NUMA, Device Sharing, Reservation, Coscheduling, ElasticQuota), the project needs a continuous, lightweight way to measure scheduling performance.
- Recommended Skills:
  - Go programming
- Mentor(s):
  - Jianyu Wang (@ZiMengSheng, zmsjianyu@gmail.com)
  - Rougang Han (@saintube, saintube@foxmail.com)
- Upstream Issue: https://github.com/koordinator-sh/koordinator/milestone/19
                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ url-kind
- LFX URL: https://crowdfunding.lfx.linuxfoundation.org/projects/koordinator
           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ url-kind

#### Plugin-level Cache and Nominator Shared Across Scheduler Profiles

- Description: Today most Koordinator scheduler plugins (DeviceShare, NodeNUMAResource, Reservation, etc.) keep their own private cache per scheduling framework/profile.
- Recommended Skills:
  - Go programming
- Mentor(s):
  - Rougang Han (@saintube, saintube@foxmail.com)
  - Jianyu Wang (@ZiMengSheng, zmsjianyu@gmail.com)
- Upstream Issue: https://github.com/koordinator-sh/koordinator/issues/2749
- LFX URL: <https://mentorship.lfx.linuxfoundation.org/>
            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ url-kind
`,
    ['url-kind'],
  );
  assert.match(findings[1].message, /^"https:\/\/crowdfunding\.lfx\.linuxfoundation\.org\/projects\/koordinator" is an LFX page but not a mentorship project page; LFX URL takes the project's page/);
});

test('names what a URL that is no issue points at', () => {
  const cases: Array<[string, string | undefined]> = [
    ['https://github.com/kube-burner/kube-burner/issues', 'a list of issues'],
    ['https://github.com/kubearmor/KubeArmor', 'a repository page'],
    ['https://github.com/kubearmor', 'an organisation or user page'],
    ['https://github.com/kubernetes/kubernetes/pulls?q=is%3Aopen', 'a search of pull requests'],
    ['https://github.com/kubernetes/kubernetes/issues/new', 'the form for a new issue'],
    ['https://github.com/orgs/kubestellar/projects/5', 'a project board'],
    ['https://github.com/kubernetes/kubernetes/labels/good%20first%20issue', 'a label (a list of issues)'],
    ['https://github.com/search?q=Harbor%20CLI&type=repositories', 'a GitHub search'],
    ['https://securityscorecards.dev/viewer/?uri=github.com/kubearmor/KubeArmor', 'a report viewer'],
    ['https://dso.docker.com/explore?search=pkgs', 'a search page'],
    ['https://gitlab.com/gitlab-org/gitlab/-/issues', 'a list of issues'],
    ['https://github.com/kubernetes/kubernetes/issues/1234', undefined],
    ['https://github.com/cncf/toc/discussions/1234', undefined],
    ['https://docs.google.com/document/d/1HtTI0rJEGP_MSf6eO87aCmx_tzpovPAAg7U2Zxwm8FE/edit?ts=5c9d0a4c#heading=h.8phgvuqrxjsg', undefined],
    ['https://issues.apache.org/jira/browse/KAFKA-1234', undefined],
  ];
  for (const [url, kind] of cases) assert.equal(nonIssuePage(url), kind, url);
});
