// Disable comments: next-line and region forms, with and without rule ids; unused-disable for
// the ones that silence nothing; the "Ignore this finding here" fix.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LineIndex } from '../../../server/src/core/lines';
import { parseProposal } from '../../../server/src/core/parse';
import { applyEdits } from '../../../server/src/features/fix-all';
import { ignoreFix } from '../../../server/src/features/ignore';
import { lint } from '../../../server/src/rules';
import { check, checkFix } from '../../helpers/check';

// From 2025_03-Sep-Nov_README.md (Krkn), with one mentor (few-mentors) and "Mentors" (label-variant).
const ENTRY = (before: string) => `
### Krkn

#### Implementing the resiliency score feature

- Description: Define criteria to measure the resiliency score of a cluster.
- Expected Outcome: A page in the documentation explaining the scoring.
- Recommended Skills: Go, Python
${before}- Mentors: Tullio Sebastiani (@tsebastiani, tsebasti@redhat.com)
- Upstream Issue: https://github.com/krkn-chaos/krkn/issues/1
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/1
`;

test('without comments both findings are reported', () =>
  check(
    ENTRY('').replace('tsebasti@redhat.com)\n', 'tsebasti@redhat.com)\n  ^^^^^^^^ few-mentors\n  ^^^^^^^^ label-variant\n'),
  ));

test('disable-next-line with a rule id silences that rule on the next line only', () =>
  check(
    ENTRY('<!-- lfx-proposals-disable-next-line few-mentors -->\n').replace('tsebasti@redhat.com)\n', 'tsebasti@redhat.com)\n  ^^^^^^^^ label-variant\n'),
  ));

test('disable-next-line without a rule id silences every rule on the next line', () =>
  check(ENTRY('<!-- lfx-proposals-disable-next-line -->\n')));

test('a disable … enable region silences the named rules between them', () =>
  check(
    `<!-- lfx-proposals-disable few-mentors label-variant -->
${ENTRY('')}<!-- lfx-proposals-enable -->

#### Second project

- Description: d
- Expected Outcome: o
- Recommended Skills: Go
- Mentors: Ann Example (@ann-example, ann@example.com)
  ^^^^^^^^ few-mentors
  ^^^^^^^^ label-variant
- Upstream Issue: https://github.com/krkn-chaos/krkn/issues/2
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/2
`,
  ));

test('a comment that silences nothing is unused-disable, and its fix removes its line', () => {
  check(
    ENTRY('<!-- lfx-proposals-disable-next-line mentor-count -->\n^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unused-disable\n'),
    ['unused-disable'],
  );
  checkFix(ENTRY('<!-- lfx-proposals-disable-next-line mentor-count -->\n'), 'unused-disable', ENTRY(''));
});

test('"Ignore this finding here" inserts a comment that silences exactly that finding', () => {
  const text = ENTRY('').replace(/^\n/, '');
  const lines = new LineIndex(text);
  const findings = lint(parseProposal(text), { lines });
  const fewMentors = findings.find((finding) => finding.rule === 'few-mentors');
  assert.ok(fewMentors);
  const fix = ignoreFix(text, lines, fewMentors);
  assert.ok(fix && !fix.safe);
  const fixed = applyEdits(text, fix.edits);
  assert.ok(fixed.includes('- Recommended Skills: Go, Python\n<!-- lfx-proposals-disable-next-line few-mentors -->\n- Mentors: Tullio'));
  const after = lint(parseProposal(fixed)).map((finding) => finding.rule);
  assert.deepEqual(after, ['label-variant'], 'the field list is still read whole, only few-mentors is gone');
});

test('a sub-list item gets its comment indented inside the parent item', () => {
  const text = '### Krkn\n\n#### T\n\n- Description: d\n- Expected Outcome: o\n- Recommended Skills: Go\n- Mentor(s):\n  - Tullio Sebastiani (@tsebastiani tsebasti@redhat.com)\n  - Paige Patton (@paigerube14, ppatton@redhat.com)\n- Upstream Issue: https://github.com/krkn-chaos/krkn/issues/1\n- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/1\n';
  const lines = new LineIndex(text);
  const format = lint(parseProposal(text), { lines }).find((finding) => finding.rule === 'mentor-format');
  assert.ok(format);
  const fixed = applyEdits(text, ignoreFix(text, lines, format)!.edits);
  assert.ok(fixed.includes('- Mentor(s):\n  <!-- lfx-proposals-disable-next-line mentor-format -->\n  - Tullio'));
  const document = parseProposal(fixed);
  assert.equal(document.projects[0].mentors.length, 2, 'both mentors are still read');
  assert.deepEqual(lint(document).map((finding) => finding.rule), []);
});
