/// <reference types="mocha" />
// Configuration in the real VS Code: a disable comment silences its finding, and a broken
// .lfx-proposals.json gets the extension's error and the JSON schema's check.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { createDocument, describeDiagnostics, lfxDiagnostics, ruleOf, waitFor, workspaceUri } from '../util';

const ENTRY = `### Cilium

#### Website Use Cases pages

- Description: Use case pages for the Cilium website.
- Expected Outcome: A new use cases section on the website.
- Recommended Skills: Content Writing, Javascript, CSS
<!-- lfx-proposals-disable-next-line few-mentors -->
- Mentors: Bill Mulligan (@xmulligan, bill@isovalent.com)
- Upstream Issue: https://github.com/cilium/cilium.io/issues/9226
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/81a0e506-1c05-45fa-90c4-6bde8bdc0e61
`;

suite('Configuration', () => {
  test('a disable comment silences its rule on the next line, and only that rule', async () => {
    const document = await createDocument('config-draft/project_ideas.md', ENTRY);
    await vscode.window.showTextDocument(document);
    const diagnostics = await waitFor(vscode.languages.onDidChangeDiagnostics, () => {
      const found = lfxDiagnostics(document.uri);
      return found.length > 0 ? found : undefined;
    }, 'diagnostics of the draft');
    assert.deepEqual(diagnostics.map((diagnostic) => `${diagnostic.range.start.line} ${ruleOf(diagnostic)}`), ['8 label-variant'], describeDiagnostics(diagnostics));
  });

  test('a broken .lfx-proposals.json gets the extension\'s error and the schema\'s check', async () => {
    await createDocument('config-broken/project_ideas.md', ENTRY);
    const config = await createDocument('config-broken/.lfx-proposals.json', '{\n  "rules": { "few-mentors": "loud" }\n}\n');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceUri('config-broken/project_ideas.md')));
    await vscode.window.showTextDocument(config);
    const [ours, schema] = await waitFor(vscode.languages.onDidChangeDiagnostics, () => {
      const all = vscode.languages.getDiagnostics(config.uri);
      const fromExtension = all.find((diagnostic) => diagnostic.source === 'lfx-proposals');
      const fromSchema = all.find((diagnostic) => diagnostic.source !== 'lfx-proposals' && /not accepted|loud/i.test(diagnostic.message));
      return fromExtension && fromSchema ? [fromExtension, fromSchema] : undefined;
    }, 'the configuration file\'s diagnostics');
    assert.match(ours.message, /^The severity of "few-mentors" must be one of/);
    assert.deepEqual([ours.range.start.line, ours.range.start.character], [1, 28]);
    assert.equal(schema.range.start.line, 1);
  });
});
