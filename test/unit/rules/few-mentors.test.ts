import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, checkedFindings } from '../../helpers/check';

// From 2023_01-Mar-May_README.md (Cilium, and CNCF Tag Contributor Strategy with the label
// "Mentor:"): one mentor each.
test('notes a single mentor at the Mentor(s) label', () => {
  const findings = checkedFindings(
    `
### Cilium

#### Website Use Cases pages

- Description: Cilium would like to have use case pages built out on its website.
- Expected Outcome: The mentee will read through relevant docs, blogs, case studies, user stories, and labs.
- Recommended Skills: Content Writing, Javascript, CSS
- Mentor(s): Bill Mulligan (@xmulligan, bill@isovalent.com)
  ^^^^^^^^^^ few-mentors
- Upstream Issue: https://github.com/cilium/cilium.io/issues/226
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/81a0e506-1c05-45fa-90c4-6bde8bdc0e61

### CNCF Tag Contributor Strategy - ii

#### Mentoring Workspaces - GITHUBUSER.PROJECT.cncf.io (w/ VSCode)

- Description: pair.sharing.io is a mentoring / pair environment used by ii.nz.
- Recommended Skills: shell, terminals, VSCode, k8s, System Administration
- Mentor: Hippie Hacker (@hh, hh@cncf.io)
  ^^^^^^^ few-mentors
- Issue: https://github.com/sharingio/pair/issues/173
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/632ab03f-a970-44ce-b451-fac0a7349f71
`,
    ['few-mentors'],
  );
  assert.equal(findings[0].severity, 'information');
  assert.equal(
    findings[0].message,
    '"Website Use Cases pages" has one mentor; CNCF prefers two, so the mentee has support when one is away.',
  );
});

// From 2026_03-Sep-Nov_README.md (Flatcar Container Linux) and 2023_01-Mar-May_README.md (Thanos).
test('passes two mentors, in a sub-list or inline', () =>
  check(
    `
### Flatcar Container Linux

#### Nebraska Reporting & Metrics Uplift

- Description: Nebraska is Flatcar Container Linux's update server.
- Expected Outcome: At least one piece delivered end to end.
- Recommended Skills: SQL, PostgreSQL, Go
- Mentor(s):
  - Jan Bronicki (@John15321, jan.bronicki.flatcar@gmail.com)
  - Ervin Racz (@ervcz, raczervin@microsoft.com)
- Upstream Issue: https://github.com/flatcar/Flatcar/issues/2239
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/7be547a2-488d-493f-ab5b-a0ad32fa17d9

### Thanos

#### Add query observability for new promql engine

- Description: The new Thanos Promql Engine lacks observability down to operator level.
- Expected Outcome: Add a button in Query UI that when enabled will show query tree.
- Recommended Skills: Golang, React
- Mentor: Giedrius Statkevičius (@GiedriusS, giedriuswork@gmail.com), Saswata Mukherjee (@saswatamcode, saswataminsta@yahoo.com)
- Upstream Issue: https://github.com/thanos-community/promql-engine/issues/106
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/a0958ddf-1fd6-4c8e-887f-adb28639a9f4
`,
    ['few-mentors'],
  ));
