// The editor and CI agree: the language server over stdio and the CLI give the same findings
// for the same tree with a configuration file, and a broken configuration file gets its errors.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { startServer } from '../helpers/lsp';
import { fixturePath, REPO_ROOT, temporaryTree } from '../helpers/paths';


test('the server and the CLI report the same findings for a tree with a configuration file', async () => {
  const corpus = readFileSync(fixturePath('corpus', '2025_03-Sep-Nov_README.md'), 'utf8');
  const root = temporaryTree({
    '.lfx-proposals.jsonc': '{\n  "rules": { "few-mentors": "off", "label-variant": "warning", "unknown-project": "off" },\n  "ignore": ["archive/**"]\n}\n',
    'programs/lfx-mentorship/2025/03-Sep-Nov/README.md': corpus.replace('### Krkn\n', '<!-- lfx-proposals-disable-next-line missing-field -->\n### Krkn\n'),
    'archive/lfx-mentorship/README.md': corpus,
  });
  const file = join(root, 'programs/lfx-mentorship/2025/03-Sep-Nov/README.md');
  const cli = spawnSync(process.execPath, [join(REPO_ROOT, 'dist', 'cli.js'), 'check', '--format', 'json', file], { cwd: root, encoding: 'utf8' });
  const fromCli = (JSON.parse(cli.stdout) as Array<{ line: number; column: number; code: string; severity: string }>)
    .map((finding) => `${finding.line}:${finding.column} ${finding.severity} ${finding.code}`)
    .sort();
  assert.ok(fromCli.some((finding) => finding.endsWith('warning label-variant')), 'the configuration applies in the CLI');
  assert.ok(!fromCli.some((finding) => finding.endsWith('few-mentors')));

  const server = await startServer(root);
  try {
    await server.indexed;
    const uri = server.open(file, readFileSync(file, 'utf8'));
    const severities = ['', 'error', 'warning', 'information', 'hint'];
    const fromServer = (await server.diagnostics(uri))
      .map((diagnostic) => `${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1} ${severities[diagnostic.severity ?? 0]} ${diagnostic.code}`)
      .sort();
    assert.deepEqual(fromServer, fromCli);
    const ignored = server.open(join(root, 'archive/lfx-mentorship/README.md'), corpus);
    assert.deepEqual(await server.diagnostics(ignored), [], 'ignore applies in the editor too');
  } finally {
    await server.stop();
  }
});

test('a broken configuration file gets an error at its place in the editor', async () => {
  const root = temporaryTree({
    '.lfx-proposals.json': '{\n  "rules": { "few-mentor": "off" }\n}\n',
    'project_ideas.md': '### Cilium\n\n#### T\n\n- Description: d\n',
  });
  const server = await startServer(root);
  try {
    server.open(join(root, 'project_ideas.md'), readFileSync(join(root, 'project_ideas.md'), 'utf8'));
    const configUri = pathToFileURL(join(root, '.lfx-proposals.json')).toString();
    const diagnostics = await server.diagnostics(configUri);
    assert.deepEqual(
      diagnostics.map((diagnostic) => [diagnostic.range.start, diagnostic.message]),
      [[{ line: 1, character: 13 }, 'Unknown rule "few-mentor".']],
    );
  } finally {
    await server.stop();
  }
});
