// The rule registry is the contract: one definition per id, unique kebab-case, each with a check
// of term files or drafts, and its documentation page saying the same severity (README's table
// and package.json's enum are generated from it: test/unit/build/generated.test.ts).

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { checksTerms, RULE_CATALOGUE, RULE_IDS, RULES, ruleDocsUrl } from '../../../server/src/rules';
import { REPO_ROOT } from '../../helpers/paths';

test('rule ids are unique and kebab-case, and every rule checks term files, drafts or both', () => {
  const ids = RULES.map((rule) => rule.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const id of ids) assert.match(id, /^[a-z]+(?:-[a-z]+)*$/);
  for (const rule of RULES) assert.ok(checksTerms(rule) || rule.checkDraft, `${rule.id} has a check`);
  assert.deepEqual([...RULE_IDS].sort(), [...ids].sort(), 'the catalogue lists every rule once');
});

test('a rule that checks both term files and drafts has a section on drafts in its page', () => {
  for (const rule of RULES) {
    if (!checksTerms(rule) || !rule.checkDraft || (rule.checkTerm as unknown) === rule.checkDraft) continue;
    const page = readFileSync(join(REPO_ROOT, 'docs', 'rules', `${rule.id}.md`), 'utf8');
    assert.ok(page.includes('## In an issue-form draft'), `${rule.id}.md has a section on drafts`);
  }
});

test('every rule has a page in docs/rules naming its id and default severity, and every page a rule', () => {
  const pages = readdirSync(join(REPO_ROOT, 'docs', 'rules')).filter((name) => name.endsWith('.md'));
  assert.deepEqual(pages.sort(), RULE_CATALOGUE.map((rule) => `${rule.id}.md`).sort());
  for (const rule of RULE_CATALOGUE) {
    const page = readFileSync(join(REPO_ROOT, 'docs', 'rules', `${rule.id}.md`), 'utf8');
    assert.ok(page.startsWith(`# ${rule.id}\n`), `${rule.id}.md starts with its id`);
    assert.ok(page.includes(`**Default severity:** ${rule.severity}`), `${rule.id}.md states severity ${rule.severity}`);
    for (const heading of ['## What it finds', '## Why it matters', '## Example']) assert.ok(page.includes(heading), `${rule.id}.md: ${heading}`);
    assert.ok(ruleDocsUrl(rule.id).endsWith(`/docs/rules/${rule.id}.md`));
  }
});
