// The snippets: every one, with its placeholders filled by their defaults, gives an entry
// the rules accept; their prefixes never collide with the field completions at "- ".

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseProposal } from '../../../server/src/core/parse';
import { complete } from '../../../server/src/features/completion';
import { lint } from '../../../server/src/rules';
import { REPO_ROOT } from '../../helpers/paths';
import { asDraft } from '../../helpers/documents';

interface Snippet {
  prefix: string | string[];
  description: string;
  body: string[];
}

const snippets = JSON.parse(readFileSync(join(REPO_ROOT, 'snippets', 'markdown.json'), 'utf8')) as Record<string, Snippet>;

/** The text a snippet inserts when every placeholder keeps its default. */
function expand(snippet: Snippet): string {
  return snippet.body
    .join('\n')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1')
    .replace(/\$\d+/g, '');
}

test('the project and organisation snippets expand to entries without errors or warnings', () => {
  const entries: Array<[string, string]> = [
    ['LFX project entry (2022–2026)', '### Cilium\n\n'],
    ['LFX project entry (2020–2022)', '#### Cilium\n\n'],
    ['LFX organisation section', ''],
    // A GSoC page: its template (as gsoc_2026.md has it) makes it one.
    ['GSoC idea entry', '## Google Summer of Code 2027\n\n### Template\n\n```\n#### CNCF Project Name\n\n##### Project Title\n\n- Description:\n- Expected Outcome:\n- Recommended Skills:\n- Expected project size:\n- Mentor(s):\n- Upstream Issue (URL):\n```\n\n#### Cilium\n\n'],
  ];
  for (const [name, before] of entries) {
    const text = before + expand(snippets[name]);
    // The mentor defaults ("Full Name (@github-handle, …)") are placeholders by design, to be typed
    // over: template-text reports them if left, and no other rule sees them.
    const findings = lint(parseProposal(text)).filter(
      (finding) => (finding.severity === 'error' || finding.severity === 'warning') && finding.rule !== 'template-text',
    );
    assert.deepEqual(findings.map((finding) => `${finding.rule}: ${finding.message}`), [], name);
  }
});

test('the mentor snippet is a valid mentor sub-list item once typed over, and a placeholder until then', () => {
  const entry = (line: string) =>
    `### Cilium\n\n#### T\n\n- Description: d\n- Expected Outcome: o\n- Recommended Skills: s\n- Mentor(s):\n  ${line}\n  - Second Mentor (@second, second@example.com)\n- Upstream Issue: https://github.com/a/b/issues/1\n- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/1\n`;
  const typed = expand(snippets['LFX mentor line']).replace('Full Name', 'Jane Doe').replace('github-handle', 'jane-doe').replace('email@example.com', 'jane@cncf.io');
  const project = parseProposal(entry(typed)).projects[0];
  assert.deepEqual(project.mentors.map((mentor) => [mentor.name?.text, mentor.handle?.text, mentor.email?.text, mentor.problems]), [
    ['Jane Doe', '@jane-doe', 'jane@cncf.io', []],
    ['Second Mentor', '@second', 'second@example.com', []],
  ]);
  const untouched = parseProposal(entry(expand(snippets['LFX mentor line'])));
  assert.deepEqual(untouched.projects[0].mentors.map((mentor) => mentor.handle?.text), ['@second']);
  assert.deepEqual(lint(untouched).filter((finding) => finding.rule === 'template-text').length, 1);
});

test('snippet prefixes start with "lfx-" (or "gsoc-" for GSoC pages) and never equal a field completion', () => {
  const text = '### Cilium\n\n#### T\n\n- ';
  const fieldLabels = complete(parseProposal(text), text.length).map((suggestion) => suggestion.label.toLowerCase());
  assert.ok(fieldLabels.length > 0);
  for (const [name, snippet] of Object.entries(snippets)) {
    for (const prefix of [snippet.prefix].flat()) {
      assert.match(prefix, /^(?:lfx|gsoc)-/, name);
      assert.ok(!fieldLabels.some((label) => label.startsWith(prefix.toLowerCase())), `${name}: ${prefix}`);
    }
    assert.ok(snippet.description.length > 20, `${name} has a description`);
  }
});

test('the issue-form mentor snippet is a valid Mentors line of a draft', () => {
  const draft = readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'drafts', 'apicurio-mcp-tools.proposal.md'), 'utf8');
  const text = draft.replace('Carles Arnal | @carlesarnal | carnalca@ibm.com | carlesarnal', expand(snippets['LFX issue-form mentor line']));
  const document = parseProposal(text);
  assert.deepEqual(asDraft(document).draft.mentorLines[1].parts.map((part) => part.text), ['Full Name', '@github-handle', 'email@example.com', 'lfid']);
  assert.deepEqual(lint(document), []);
});
