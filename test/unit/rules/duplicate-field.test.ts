import { test } from 'node:test';
import { checkedFindings } from '../../helpers/check';
import assert from 'node:assert/strict';

// From 2023_01-Mar-May_README.md (Harbor): the Mentor(s) line written twice.
test('flags a field given twice, once, with no fix', () => {
  const findings = checkedFindings(
    `
### Harbor

#### Regex replication rules

- Description: Add more versatile replication filters
- Recommended Skills: Angular, JavaScript, Golang
- Mentor(s): vb@container-registry.com@Vad1mo @wy65701436 @OrlinVasilev
- Mentor(s): @Vad1mo - Vadim Bauer, vb@container-registry.com); @wy65701436 - Yan Wang(wangyan@vmware.com)
  ^^^^^^^^^^ duplicate-field
- Upstream Issue (URL): https://github.com/goharbor/harbor/issues/8614
`,
    ['duplicate-field'],
  );
  assert.match(findings[0].message, /gives the Mentor\(s\) field twice/);
  assert.deepEqual(findings[0].fixes, []);
});

// A project heading lost between two entries: the second entry's fields land in the first.
test('a second set of fields is one finding, on its first repeated field', () => {
  const findings = checkedFindings(
    `
### Meshery

#### Adapter for AI and LLMs

- Description: An AI adapter for Meshery.
- Recommended Skills: Golang
- Mentor(s): Lee Calcote (@leecalcote, leecalcote@gmail.com)
- Upstream Issue: https://github.com/meshery/meshery/issues/17097

- Description: Integrate a graph database into MeshSync.
  ^^^^^^^^^^^^ duplicate-field
- Recommended Skills: Golang, openCypher
- Mentor(s): James Horton (@hortison, james.horton2337@gmail.com)
- Upstream Issue: https://github.com/meshery/meshery/issues/17098
`,
    ['duplicate-field'],
  );
  assert.match(findings[0].message, /needs its own project heading/);
});
