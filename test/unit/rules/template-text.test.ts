// template-text: placeholder mentors and `# …` comments of an entry template left in place,
// from the real term files and GSoC pages. Placeholders are no mentors for the other rules;
// the comment's safe fix removes only the comment, and a second --fix changes nothing.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseProposal } from '../../../server/src/core/parse';
import { fixAll } from '../../../server/src/features/fix-all';
import { lint } from '../../../server/src/rules';
import { check, checkedFindings, checkFix } from '../../helpers/check';

const RULES = ['template-text', 'mentor-format', 'mentor-email', 'mentor-handle', 'mentor-count', 'few-mentors'];

// From 2026_02-Jun-Aug_README.md (Kuadrant): a second mentor still "TBD".
test('a TBD placeholder is template text, and the project has one mentor', () => {
  const findings = checkedFindings(
    `### Kuadrant

#### MCP Gateway: ecosystem integrations

- Description: Integrate the MCP Gateway with more of the ecosystem.
- Expected Outcome: Tutorials and integrations.
- Recommended Skills: Go, Kubernetes basics (required)
- Mentor(s):
  ^^^^^^^^^^ few-mentors
  - David Martin (@david-martin, davmarti@redhat.com)
  - TBD (@tbd, tbd@email)
    ^^^^^^^^^^^^^^^^^^^^^ template-text
- Upstream Issue: https://github.com/Kuadrant/mcp-gateway/issues/809
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/1acff18b-c4da-4166-9a79-ceb8a8ad112b
`,
    RULES,
  );
  assert.equal(findings.find((finding) => finding.rule === 'template-text')?.severity, 'warning');
  assert.deepEqual(findings.find((finding) => finding.rule === 'template-text')?.fixes, []);
});

// From 2026_01-Mar-May_README.md (Kmesh): the template's "Mentor Name:" line above the mentors.
test('"Mentor Name:" is template text, not a mentor without a handle', () =>
  check(
    `### Kmesh

#### Kmesh e2e tests

- Description: Write e2e tests.
- Expected Outcome: Tests.
- Recommended Skills: go, docker , kind, service mesh
- Mentor(s):
  - Mentor Name:
    ^^^^^^^^^^^^ template-text
  - zhonghu xu(@hzxuzhonghu, zhhxu2011@gmail.com),
  - changye wu(@nlgwcy, wuchangye@huawei.com),
- Upstream Issue: https://github.com/kmesh-net/kmesh/issues/1570
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/78522dca-df54-4fc6-a9f2-1ae05af77789
`,
    RULES,
  ));

test('the template\'s own mentor lines are placeholders: Mentor Name (@mentor_github, …), [Second Mentor\'s Name] (…)', () => {
  const text = `### Kmesh

#### Kmesh e2e tests

- Description: Write e2e tests.
- Expected Outcome: Tests.
- Recommended Skills: go
- Mentor(s):
  - Mentor Name (@mentor_github, mentor@email.addy)
  - [Second Mentor's Name] (@second-mentor-github, second-mentor-email)
- Upstream Issue: https://github.com/kmesh-net/kmesh/issues/1570
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/78522dca-df54-4fc6-a9f2-1ae05af77789
`;
  assert.deepEqual(parseProposal(text).projects[0].mentors, []);
  const findings = lint(parseProposal(text)).filter((finding) => RULES.includes(finding.rule));
  assert.deepEqual(
    findings.map((finding) => [finding.rule, text.slice(finding.span.start, finding.span.end)]),
    [
      ['template-text', 'Mentor Name (@mentor_github, mentor@email.addy)'],
      ['template-text', "[Second Mentor's Name] (@second-mentor-github, second-mentor-email)"],
    ],
  );
});

test('a real name beside a placeholder handle is a mentor, not a placeholder', () => {
  const text = `### Kmesh

#### Kmesh e2e tests

- Description: Write e2e tests.
- Recommended Skills: go
- Mentor(s): Jane Doe (@tbd), Lin Sun (@linsun)
- Upstream Issue: https://github.com/kmesh-net/kmesh/issues/1570
`;
  assert.deepEqual(parseProposal(text).projects[0].mentors.map((mentor) => mentor.name?.text), ['Jane Doe', 'Lin Sun']);
});

// From gsoc_2026.md (KitOps): the template's comment after the label, mentors below it.
const GSOC = `### KitOps

#### Model packaging with KitOps

- Description: Package models as OCI artifacts.
- Expected Outcome: A tutorial.
- Recommended Skills: Python, Golang, Technical Writing
- Expected project size: # one of small (~90 hour projects), medium (~175 hour projects) and large (~350 hour projects)
- Mentor(s): #For GSoC, it is **required** to have at least 2 mentors with 1 being a primary mentor.
  - Gorkem Ercan (@gorkem, gorkem.ercan@gmail.com) - primary
  - Angel Misevski (@amisevsk, amisevsk@gmail.com)
- Upstream Issue (URL): https://github.com/kitops-ml/kitops/issues/858
`;

test('a "# …" comment after a label is template text, and not read as mentors', () => {
  const document = parseProposal(GSOC);
  assert.deepEqual(document.projects[0].mentors.map((mentor) => mentor.handle?.text), ['@gorkem', '@amisevsk']);
  const findings = lint(document).filter((finding) => RULES.includes(finding.rule));
  assert.deepEqual(
    findings.map((finding) => [finding.rule, finding.severity, GSOC.slice(finding.span.start, finding.span.end)]),
    [
      ['template-text', 'warning', '# one of small (~90 hour projects), medium (~175 hour projects) and large (~350 hour projects)'],
      ['template-text', 'warning', '#For GSoC, it is **required** to have at least 2 mentors with 1 being a primary mentor.'],
    ],
  );
});

test('the comment fix removes the comment only, keeps the mentors, and is idempotent', () => {
  checkFix(
    `### KitOps

#### Model packaging with KitOps

- Description: Package models as OCI artifacts.
- Recommended Skills: Python
- Mentor(s): #For GSoC, it is **required** to have at least 2 mentors with 1 being a primary mentor.
  - Gorkem Ercan (@gorkem, gorkem.ercan@gmail.com) - primary
  - Angel Misevski (@amisevsk, amisevsk@gmail.com)
- Upstream Issue (URL): https://github.com/kitops-ml/kitops/issues/858
`,
    'template-text',
    `### KitOps

#### Model packaging with KitOps

- Description: Package models as OCI artifacts.
- Recommended Skills: Python
- Mentor(s):
  - Gorkem Ercan (@gorkem, gorkem.ercan@gmail.com) - primary
  - Angel Misevski (@amisevsk, amisevsk@gmail.com)
- Upstream Issue (URL): https://github.com/kitops-ml/kitops/issues/858
`,
  );
  const once = fixAll(GSOC).text;
  assert.equal(fixAll(once).text, once);
  for (const kept of ['@gorkem', 'gorkem.ercan@gmail.com', '@amisevsk', 'amisevsk@gmail.com', 'https://github.com/kitops-ml/kitops/issues/858']) {
    assert.ok(once.includes(kept), kept);
  }
  assert.ok(!once.includes('#For GSoC') && !once.includes('# one of small'));
});

test('an issue number or a channel after a label is a value, not a comment', () =>
  check(
    `### KitOps

#### Model packaging with KitOps

- Description: #1234
- Recommended Skills: #sig-network
- Mentor(s): Gorkem Ercan (@gorkem, gorkem.ercan@gmail.com), Angel Misevski (@amisevsk, amisevsk@gmail.com)
- Upstream Issue (URL): https://github.com/kitops-ml/kitops/issues/858
`,
    ['template-text'],
  ));
