// The configuration file: reading (JSONC, problems with their places), finding (walking up to
// the root, nearest wins), merging, and the schema generated from the rule list.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { type ConfigHost, loadConfig, parseConfigFile } from '../../../server/src/core/config';
import { configSchema } from '../../../server/src/config-schema';
import { RULE_CATALOGUE } from '../../../server/src/rules';
import { REPO_ROOT } from '../../helpers/paths';

const IDS = RULE_CATALOGUE.map((rule) => rule.id);

/** A file system in memory: path → text, with `/repo` as the root. */
function host(files: Record<string, string>): ConfigHost {
  return { readFile: (path) => files[path], isRoot: (folder) => folder === '/repo' };
}

test('reads JSON with comments and trailing commas', () => {
  const file = parseConfigFile('/repo/.lfx-proposals.jsonc', '{\n  // quiet\n  "rules": { "few-mentors": "off", },\n  "ignore": ["drafts/**"],\n}\n', IDS);
  assert.deepEqual(file.problems, []);
  assert.deepEqual(file.rules, { 'few-mentors': 'off' });
  assert.deepEqual(file.ignore, ['drafts/**']);
});

test('reports unknown rules, bad severities, unknown settings and broken JSON at their places', () => {
  const text = '{ "rules": { "few-mentor": "off", "few-mentors": "loud" }, "file": [], "files": "x" ';
  const file = parseConfigFile('/repo/.lfx-proposals.json', text, IDS);
  const at = (needle: string) => text.indexOf(needle);
  assert.deepEqual(
    file.problems.map((problem) => [problem.span.start, problem.message]),
    [
      [at('"few-mentor"'), 'Unknown rule "few-mentor".'],
      [at('"loud"'), 'The severity of "few-mentors" must be one of "error", "warning", "information", "hint", "off".'],
      [at('"file"'), 'Unknown setting "file"; the settings are "rules", "files" and "ignore".'],
      [at('"x"'), '"files" must be an array of glob patterns: [ "**/project_ideas.md" ].'],
      [text.length, 'Invalid JSON: close brace expected.'],
    ],
  );
  assert.deepEqual(file.rules, {}, 'nothing invalid is kept');
});

test('walks up from the file to the root; the nearest file wins rule by rule', () => {
  const files = {
    '/.lfx-proposals.json': '{ "rules": { "empty-org": "off" } }',
    '/repo/.lfx-proposals.json': '{ "rules": { "few-mentors": "off", "label-variant": "error" }, "files": ["**/*.md"] }',
    '/repo/programs/.lfx-proposals.jsonc': '{ "rules": { "label-variant": "warning" }, "ignore": ["old/**"] }',
  };
  const { config } = loadConfig('/repo/programs/2026/README.md', host(files), IDS);
  assert.deepEqual(config.rules, { 'few-mentors': 'off', 'label-variant': 'warning' }, 'above the root is not read');
  assert.deepEqual(config.sources, ['/repo/.lfx-proposals.json', '/repo/programs/.lfx-proposals.jsonc']);
  assert.deepEqual(config.files, ['**/*.md']);
  assert.deepEqual(config.ignore, ['old/**']);
  assert.equal(config.filesBase, '/repo', 'globs are relative to the file that set them');
  assert.equal(config.ignoreBase, '/repo/programs');
});

test('one file a folder: .json before .jsonc', () => {
  const files = {
    '/repo/.lfx-proposals.json': '{ "rules": { "few-mentors": "off" } }',
    '/repo/.lfx-proposals.jsonc': '{ "rules": { "few-mentors": "error" } }',
  };
  assert.deepEqual(loadConfig('/repo/a.md', host(files), IDS).config.rules, { 'few-mentors': 'off' });
});

test('the schema lists every rule and severity, and dist/config.schema.json is generated from it', () => {
  const schema = configSchema() as { properties: { rules: { properties: Record<string, { enum: string[] }> } } };
  assert.deepEqual(Object.keys(schema.properties.rules.properties), IDS);
  for (const rule of Object.values(schema.properties.rules.properties)) assert.deepEqual(rule.enum, ['error', 'warning', 'information', 'hint', 'off']);
  const built = JSON.parse(readFileSync(join(REPO_ROOT, 'dist', 'config.schema.json'), 'utf8'));
  assert.deepEqual(built, JSON.parse(JSON.stringify(schema)));
});

test('the lfxProposals.rules setting of package.json names every rule id', () => {
  const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
  const setting = manifest.contributes.configuration.properties['lfxProposals.rules'];
  assert.deepEqual(setting.propertyNames.enum, IDS);
});
