// The rule list is the contract: ids are unique kebab-case, and every rule has its
// documentation page and its row in README.md, saying the same severity and description.

import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { FORM_RULES, RULE_CATALOGUE, RULES, ruleDocsUrl } from '../../../server/src/rules';
import { REPO_ROOT } from '../../helpers/paths';

test('rule ids are unique and kebab-case in each list', () => {
  for (const list of [RULES, FORM_RULES]) {
    const ids = list.map((rule) => rule.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z]+(?:-[a-z]+)*$/);
  }
});

test('a form rule that shares a term rule\'s id shares its default severity and description, and its page covers drafts', () => {
  for (const formRule of FORM_RULES) {
    const termRule = RULES.find((rule) => rule.id === formRule.id);
    if (!termRule || termRule === formRule) continue;
    assert.equal(formRule.severity, termRule.severity, formRule.id);
    assert.equal(formRule.description, termRule.description, formRule.id);
    const page = readFileSync(join(REPO_ROOT, 'docs', 'rules', `${formRule.id}.md`), 'utf8');
    assert.ok(page.includes('## In an issue-form draft'), `${formRule.id}.md has a section on drafts`);
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

test('README.md lists every rule with its severity and description', () => {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  for (const rule of RULE_CATALOGUE) {
    const row = `| [${rule.id}](docs/rules/${rule.id}.md) | ${rule.severity} | ${rule.description} |`;
    assert.ok(readme.includes(row), `README row for ${rule.id}: ${row}`);
  }
  assert.ok(existsSync(join(REPO_ROOT, 'ARCHITECTURE.md')));
});
