// The files generated from the rule registry (package.json's settings enum, README's rule table,
// the docs pages) are current: the generator runs in memory and each file on disk must equal its
// output. When this fails, run `npm run generate` and commit what it wrote.

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { docsPageSkeleton, generatedFiles, readme, README_TABLE_END, README_TABLE_START } from '../../../scripts/generated-files';
import { RULE_CATALOGUE } from '../../../server/src/rules';
import { REPO_ROOT } from '../../helpers/paths';

const read = (path: string) => {
  const absolute = join(REPO_ROOT, path);
  return existsSync(absolute) ? readFileSync(absolute, 'utf8') : undefined;
};

test('every generated file is current (npm run generate)', () => {
  for (const file of generatedFiles(read)) assert.equal(read(file.path), file.text, `${file.path} is stale: run npm run generate`);
});

test('a stale README table or settings enum is found, and a missing docs page gets a skeleton', () => {
  const withoutFirstRow = (path: string) => (path === 'README.md' ? read(path)!.replace(/^\| \[missing-field\].*\n/m, '') : path === 'package.json' ? read(path)!.replace('"few-mentors",', '') : read(path));
  const stale = generatedFiles(withoutFirstRow).filter((file) => withoutFirstRow(file.path) !== file.text).map((file) => file.path);
  assert.deepEqual(stale, ['package.json', 'README.md']);
  const missingPage = (path: string) => (path === 'docs/rules/form-skills.md' ? undefined : read(path));
  const page = generatedFiles(missingPage).find((file) => file.path === 'docs/rules/form-skills.md')!;
  const rule = RULE_CATALOGUE.find((candidate) => candidate.id === 'form-skills')!;
  assert.equal(page.text, docsPageSkeleton(rule));
  for (const part of ['# form-skills\n', '**Default severity:** error', '## What it finds', '## Why it matters', '## Example']) assert.ok(page.text.includes(part), part);
});

test('README without its markers is an error, not a silent skip', () => {
  assert.throws(() => readme('# README\n'), /markers/);
  assert.ok(read('README.md')!.includes(README_TABLE_START) && read('README.md')!.includes(README_TABLE_END));
});
