import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, checkedFindings } from '../../helpers/check';

// Adapted from 2025_03-Sep-Nov_README.md (KubeStellar): the four mentors of the Playwright project
// and a fifth from the project after it.
test('flags more than four mentors at the Mentor(s) label', () => {
  const findings = checkedFindings(
    `
### KubeStellar

#### Implementing End-to-End Playwright Testing for KubeStellar UI

- Description:
  This project focuses on building a robust end-to-end testing framework for the KubeStellar UI using Playwright.
- Expected Outcome:
  - End-to-end testing setup with Playwright integrated into the KubeStellar frontend
- Recommended Skills:
  - TypeScript / JavaScript
- Mentor(s):
  ^^^^^^^^^^ mentor-count
  - Shivam Kumar (@btwshivam, shivam200446@gmail.com)
  - Andy Anderson (@clubanderson, andy@clubanderson.com)
  - Rishi Mondal (@MAVRICK-1, mavrickrishi@gmail.com)
  - Onkar Shelke (@onkar717, onkarwork2234@gmail.com)
  - Aayush Saini (@AayushSaini101, kumaraayush9810@gmail.com)
- Upstream Issue:
  [https://github.com/kubestellar/ui/issues/1334](https://github.com/kubestellar/ui/issues/1334)
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/b992256e-ed5f-44f3-8c13-8f3d8726fe00
`,
    ['mentor-count'],
  );
  assert.equal(
    findings[0].message,
    '"Implementing End-to-End Playwright Testing for KubeStellar UI" has 5 mentors; CNCF allows at most 4.',
  );
});

// Adapted from 2021_01-Spring_project_ideas.md (Thanos): the three mentors of Stateless Ruler,
// named as 2021_03-Fall_README.md and 2025_03-Sep-Nov_README.md name them, and two more Thanos
// mentors of 2021_03-Fall_README.md: five inline mentors.
test('flags five inline mentors', () =>
  check(
    `
#### Thanos

##### Stateless Ruler

- Description: Thanos Ruler is a critical component in Thanos that is responsible for the alert evaluation and recording rules.
- Recommended Skills: Go
- Mentor(s): Bartek Plotka (@bwplotka), Lucas Servén Marín (@squat), Kemal Akkoyun (@kakkoyun), Giedrius Statkevičius (@GiedriusS), Ben Ye (@yeya24)
  ^^^^^^^^^^ mentor-count
- Upstream Issue (URL): https://github.com/thanos-io/thanos/issues/3761
`,
    ['mentor-count'],
  ));

// From 2025_03-Sep-Nov_README.md (KubeStellar) and 2021_03-Fall_README.md (etcd, mentors under
// Primary/Adjunct group labels, which are no mentors): four is the limit, not over it.
test('passes four mentors', () =>
  check(
    `
### KubeStellar

#### Developer Relations & Community Growth for KubeStellar UI

- Description: This Developer Relations project aims to accelerate KubeStellar UI adoption.
- Expected Outcome: Established social media presence for KubeStellar.
- Recommended Skills: Technical writing for developer content
- Mentor(s):
  - Onkar Shelke (@onkar717, onkarwork2234@gmail.com)
  - Andy Anderson (@clubanderson, andrew.anderson@ibm.com)
  - Rishi Mondal (@MAVRICK-1, mavrickrishi@gmail.com)
  - Aayush Saini (@AayushSaini101, kumaraayush9810@gmail.com)
- Upstream Issue: https://github.com/kubestellar/ui/issues/1403
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/72839cf1-1b27-4008-aa11-dfea483bd6ee

### etcd

#### Etcd.io Docs/SEO Improvement Plan Continuation

- Description: This project is the continuation of the etcd.io website docs improvement work.
- Expected Outcome: New pages.
- Recommended Skills: Technical writing
- Mentor(s):
  - Primary
    - [Nate Waddington](https://github.com/nate-double-u)
    - [Celeste Horgan](https://github.com/celestehorgan)
  - Adjunct
    - [Josh Berkus](https://github.com/jberkus)
    - [Sahdev Zala](https://github.com/spzala)
- Upstream Issue (URL):
  - [New IA implementation](https://github.com/etcd-io/website/issues/267)
`,
    ['mentor-count'],
  ));

// Adapted from 2025_03-Sep-Nov_README.md (KubeStellar): four mentors, one of them listed twice,
// which is mentor-duplicate's finding.
test('counts a mentor listed twice once', () =>
  check(
    `
### KubeStellar

#### Model Context Protocol and A2A Communication Framework for KubeStellar UI

- Description: This project focuses on implementing an enhanced Model Context Protocol (MCP) and A2A communication framework.
- Expected Outcome: A fully specified Model Context Protocol with A2A communication extensions.
- Recommended Skills: Knowledge of KubeStellar's component architecture
- Mentor(s):
  - Rishi Mondal (@MAVRICK-1, mavrickrishi@gmail.com)
  - Andy Anderson (@clubanderson, andy@clubanderson.com)
  - Onkar Shelke (@onkar717, onkarwork2234@gmail.com)
  - Shivam Kumar (@btwshivam, shivam200446@gmail.com)
  - Andy Anderson (@ClubAnderson, andrew.anderson@ibm.com)
- Upstream Issue: https://github.com/kubestellar/ui/issues/1481
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/ee612f4c-ddb8-4f80-8692-3c975bc500a3
`,
    ['mentor-count'],
  ));
