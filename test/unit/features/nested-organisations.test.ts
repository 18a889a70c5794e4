// Sub-organisations carried through the features: the outline nests them under their
// organisation, the preview's tree gives them as subOrgs, and workspace symbols name their
// organisation as container.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { WorkspaceKnowledge } from '../../../server/src/core/knowledge';
import { parseProposal } from '../../../server/src/core/parse';
import { orgTree } from '../../../server/src/features/org-tree';
import { documentOutline, workspaceSymbols } from '../../../server/src/features/symbols';

// From 2026_02-Jun-Aug_README.md: Volcano's own projects beside the sub-organisation kthena.
const VOLCANO = `# Term 02 - 2026 June - August

### Volcano

#### Support Namespace-scoped Queue in Volcano

- Description: Queues scoped to a namespace.
- Recommended Skills: Go
- Mentor(s): Zhe Jin (@JesseStutler, jesseincomparable@hotmail.com)
- Upstream Issue: https://github.com/volcano-sh/volcano/issues/4620

#### Volcano Documentation & Website Revamp with Docusaurus

- Description: Move the website to Docusaurus.
- Recommended Skills: React
- Mentor(s): Zhe Jin (@JesseStutler, jesseincomparable@hotmail.com)
- Upstream Issue: https://github.com/volcano-sh/website/issues/427

#### kthena

##### Kthena Router Benchmark

- Description: Benchmark the Kthena router.
- Recommended Skills: Go
- Mentor(s): Yifei Wu (@YaoZengzeng, yzzeng@example.com)
- Upstream Issue: https://github.com/volcano-sh/kthena/issues/520
`;

test('the outline nests a sub-organisation and its projects under its organisation', () => {
  const [term] = documentOutline(parseProposal(VOLCANO));
  const shape = (node: { name: string; detail?: string; children: unknown[] }): unknown => [node.name, node.detail, node.children.map((child) => shape(child as typeof node))];
  assert.deepEqual(shape(term.children[0]), [
    'Volcano',
    '3 projects',
    [
      ['Support Namespace-scoped Queue in Volcano', '@JesseStutler · Go', []],
      ['Volcano Documentation & Website Revamp with Docusaurus', '@JesseStutler · React', []],
      ['kthena', '1 project', [['Kthena Router Benchmark', '@YaoZengzeng · Go', []]]],
    ],
  ]);
});

test('the preview tree gives sub-organisations with their own cards', () => {
  const document = parseProposal(VOLCANO);
  const tree = orgTree(document, []);
  assert.deepEqual(
    tree.orgs.map((org) => [org.name, org.projects.length, org.subOrgs.map((sub) => [sub.name, sub.projects.map((card) => card.title), sub.subOrgs])]),
    [['Volcano', 2, [['kthena', ['Kthena Router Benchmark'], []]]]],
  );
});

test('workspace symbols name a sub-organisation\'s organisation as its container', () => {
  const workspace = new WorkspaceKnowledge();
  workspace.update('file:///term/README.md', parseProposal(VOLCANO));
  const symbols = workspaceSymbols(workspace, 'kthena');
  assert.deepEqual(
    symbols.map((symbol) => [symbol.name, symbol.kind, symbol.container]),
    [
      ['kthena', 'organisation', 'Volcano'],
      ['Kthena Router Benchmark', 'project', 'kthena'],
    ],
  );
});
