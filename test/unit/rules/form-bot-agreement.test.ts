// Drafts pass here exactly when CNCF's bot passes them (issue 18). Drafts are generated from the
// draft fixtures, each mutated against one check of the bot, then in pairs; every draft is judged
// by a model of the bot (test/helpers/cncf-bot.ts) and by the rules. A check of the bot gives an
// error here, by the rule named for it; a form the bot accepts (an email link, a trailing `|`)
// gives none; a check stricter than the bot gives at most a warning; whitespace changes nothing.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { BUNDLED_FORM } from '../../../server/src/core/issue-form';
import { parseProposal } from '../../../server/src/core/parse';
import { lint } from '../../../server/src/rules';
import { botErrors } from '../../helpers/cncf-bot';
import { readFixture, REPO_ROOT } from '../../helpers/paths';

const LABELS = BUNDLED_FORM.fields.map((field) => field.label);

const BASES: Record<string, string> = {
  'test/fixtures/drafts/apicurio-mcp-tools.proposal.md': readFixture('drafts', 'apicurio-mcp-tools.proposal.md'),
  'examples/apicurio-webhooks.proposal.md': readFileSync(join(REPO_ROOT, 'examples', 'apicurio-webhooks.proposal.md'), 'utf8'),
};

/** A mutation: what it breaks (or writes in another accepted form), the sections it touches, and what it should get here. */
interface Mutation {
  name: string;
  sections: string[];
  apply(text: string): string | undefined;
  /** The rule and severity expected; severity 'none' for no finding of that rule (a form the bot accepts). */
  expect: { rule: string; severity: 'error' | 'warning' | 'none' };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const sectionPattern = (label: string) => new RegExp(`(^### ${escape(label)}\\n)([^]*?)(?=^### |(?![^]))`, 'm');

/** The value of a section as written (trimmed). */
function valueOf(text: string, label: string): string | undefined {
  return sectionPattern(label).exec(text)?.[2].trim();
}

/** The text with a section's value replaced. */
function withValue(text: string, label: string, value: string): string | undefined {
  if (valueOf(text, label) === undefined) return undefined;
  return text.replace(sectionPattern(label), (_, heading: string) => `${heading}\n${value}\n\n`);
}

/** The text with a section's value changed by a function. */
function changed(text: string, label: string, change: (value: string) => string | undefined): string | undefined {
  const value = valueOf(text, label);
  const next = value === undefined ? undefined : change(value);
  return next === undefined ? undefined : withValue(text, label, next);
}

/** The mentor lines of a text, each split into its trimmed parts. */
function mentorsOf(text: string): string[][] {
  return (valueOf(text, 'Mentors') ?? '').split('\n').filter((line) => line.trim()).map((line) => line.split('|').map((part) => part.trim()));
}

/** The text with its mentor lines rewritten from their parts. */
function withMentors(text: string, change: (mentors: string[][]) => string[][] | undefined): string | undefined {
  const mentors = mentorsOf(text);
  if (mentors.length < 2 || mentors.some((parts) => parts.length !== 4)) return undefined;
  const next = change(mentors.map((parts) => [...parts]));
  return next && withValue(text, 'Mentors', next.map((parts) => parts.join(' | ')).join('\n'));
}

const toggle = (label: string, box: string, on: boolean) => (text: string) =>
  changed(text, label, (value) => (value.includes(`] ${box}`) ? value.replace(new RegExp(`- \\[[ xX]\\] ${escape(box)}`), `- [${on ? 'X' : ' '}] ${box}`) : undefined));

const error = (rule: string) => ({ rule, severity: 'error' as const });
const warning = (rule: string) => ({ rule, severity: 'warning' as const });
const accepted = (rule: string) => ({ rule, severity: 'none' as const });

const MUTATIONS: Mutation[] = [
  ...['CNCF Project', 'Term', 'Program Name', 'Program Description', 'Technologies', 'Mentors', 'Upstream Issue URL'].map((label) => ({
    name: `${label} empty`,
    sections: [label],
    apply: (text: string) => withValue(text, label, '_No response_'),
    expect: error('empty-field'),
  })),
  { name: 'section missing', sections: ['Technologies'], apply: (text) => text.replace(sectionPattern('Technologies'), ''), expect: error('missing-field') },
  { name: 'heading in another case', sections: ['Technologies'], apply: (text) => text.replace('### Technologies\n', '### technologies\n'), expect: error('missing-field') },
  { name: 'Program Name too long', sections: ['Program Name'], apply: (text) => withValue(text, 'Program Name', 'x'.repeat(90)), expect: error('field-length') },
  { name: 'Program Description too long', sections: ['Program Description'], apply: (text) => withValue(text, 'Program Description', 'y'.repeat(3001)), expect: error('field-length') },
  {
    name: 'no skills',
    sections: ['Skills same as Technologies?', 'Required/Desirable Skills'],
    apply: (text) => {
      const unchecked = toggle('Skills same as Technologies?', 'Yes, the required skills are the same as the technologies listed above.', false)(text);
      return unchecked && withValue(unchecked, 'Required/Desirable Skills', '_No response_');
    },
    expect: error('form-skills'),
  },
  { name: 'five mentors', sections: ['Mentors'], apply: (text) => withMentors(text, (m) => [...m, ...[1, 2, 3].map((n) => [`Extra ${n}`, `@extra-${n}`, `extra${n}@example.com`, `extra${n}`])]), expect: error('mentor-count') },
  { name: 'mentor line of two parts', sections: ['Mentors'], apply: (text) => withMentors(text, (m) => [m[0], m[1].slice(0, 2)]), expect: error('mentor-format') },
  { name: 'mentor line of five parts', sections: ['Mentors'], apply: (text) => withMentors(text, (m) => [m[0], [...m[1], 'extra']]), expect: error('mentor-format') },
  { name: 'mentor name empty', sections: ['Mentors'], apply: (text) => withMentors(text, (m) => [m[0], ['', ...m[1].slice(1)]]), expect: error('mentor-format') },
  { name: 'handle without its @', sections: ['Mentors'], apply: (text) => withMentors(text, (m) => [m[0], [m[1][0], m[1][1].replace(/^@/, ''), m[1][2], m[1][3]]]), expect: error('mentor-handle') },
  { name: 'handle with a space', sections: ['Mentors'], apply: (text) => withMentors(text, (m) => [m[0], [m[1][0], '@Mike Spreitzer', m[1][2], m[1][3]]]), expect: error('mentor-handle') },
  { name: 'email not an address', sections: ['Mentors'], apply: (text) => withMentors(text, (m) => [m[0], [m[1][0], m[1][1], 'mspreitz-at-ibm', m[1][3]]]), expect: error('mentor-email') },
  { name: 'handle twice', sections: ['Mentors'], apply: (text) => withMentors(text, (m) => [m[0], [m[1][0], m[0][1].toUpperCase(), m[1][2], m[1][3]]]), expect: error('mentor-duplicate') },
  { name: 'email twice, once as an autolink', sections: ['Mentors'], apply: (text) => withMentors(text, (m) => [m[0], [m[1][0], m[1][1], `<${m[0][2]}>`, m[1][3]]]), expect: error('mentor-duplicate') },
  { name: 'LFID twice', sections: ['Mentors'], apply: (text) => withMentors(text, (m) => [m[0], [m[1][0], m[1][1], m[1][2], m[0][3]]]), expect: error('mentor-duplicate') },
  { name: 'LFID missing', sections: ['Mentors'], apply: (text) => withMentors(text, (m) => [m[0], m[1].slice(0, 3)]), expect: error('mentor-lfid') },
  { name: 'LFID empty after a |', sections: ['Mentors'], apply: (text) => withMentors(text, (m) => [m[0], [...m[1].slice(0, 3), '']]), expect: error('mentor-lfid') },
  { name: 'LFID a profile URL', sections: ['Mentors'], apply: (text) => withMentors(text, (m) => [m[0], [...m[1].slice(0, 3), `https://openprofile.dev/profile/${m[1][3]}`]]), expect: error('mentor-lfid') },
  { name: 'upstream not a URL', sections: ['Upstream Issue URL'], apply: (text) => withValue(text, 'Upstream Issue URL', 'apicurio-registry#8427'), expect: error('url-format') },
  { name: 'upstream in <…>', sections: ['Upstream Issue URL'], apply: (text) => changed(text, 'Upstream Issue URL', (url) => `<${url}>`), expect: error('url-format') },
  { name: 'upstream in capitals', sections: ['Upstream Issue URL'], apply: (text) => changed(text, 'Upstream Issue URL', (url) => url.replace('https', 'HTTPS')), expect: error('url-format') },
  { name: 'two upstream URLs', sections: ['Upstream Issue URL'], apply: (text) => changed(text, 'Upstream Issue URL', (url) => `${url}, ${url}0`), expect: error('upstream-multiple') },
  { name: 'upstream URL and a comma', sections: ['Upstream Issue URL'], apply: (text) => changed(text, 'Upstream Issue URL', (url) => `${url},`), expect: error('upstream-multiple') },
  {
    name: 'Coding Challenge checked, no URL',
    sections: ['Application Prerequisites', 'Coding Challenge URL'],
    apply: (text) => {
      const box = toggle('Application Prerequisites', 'Coding Challenge', true)(text);
      return box && withValue(box, 'Coding Challenge URL', '_No response_');
    },
    expect: error('coding-challenge-url'),
  },
  {
    name: 'Coding Challenge URL without its box',
    sections: ['Application Prerequisites', 'Coding Challenge URL'],
    apply: (text) => {
      const box = toggle('Application Prerequisites', 'Coding Challenge', false)(text);
      return box && withValue(box, 'Coding Challenge URL', 'https://github.com/Apicurio/apicurio-registry/issues/1');
    },
    expect: error('coding-challenge-url'),
  },
  {
    name: 'Coding Challenge URL not a URL',
    sections: ['Application Prerequisites', 'Coding Challenge URL'],
    apply: (text) => {
      const box = toggle('Application Prerequisites', 'Coding Challenge', true)(text);
      return box && withValue(box, 'Coding Challenge URL', 'see the issue tracker');
    },
    expect: error('url-format'),
  },
  ...[
    { name: 'custom prerequisite checked, no name', box: true, title: '_No response_', description: 'Please share a short writing sample.' },
    { name: 'custom prerequisite checked, no description', box: true, title: 'Writing Sample', description: '_No response_' },
    { name: 'custom prerequisite without its box', box: false, title: 'Writing Sample', description: 'Please share a short writing sample.' },
    { name: 'custom prerequisite name without its box', box: false, title: 'Writing Sample', description: '_No response_' },
    { name: 'custom prerequisite name too long', box: true, title: 'A Very Long Writing Sample', description: 'Please share a short writing sample.' },
    { name: 'custom prerequisite name too long in UTF-16', box: true, title: `Writing sample ${'🙂'.repeat(3)}`, description: 'Please share a short writing sample.' },
    { name: 'custom prerequisite description too long', box: true, title: 'Writing Sample', description: 'z'.repeat(501) },
  ].map(({ name, box, title: prerequisite, description }) => ({
    name,
    sections: ['Custom Prerequisites', 'Custom Prerequisite Name', 'Custom Prerequisite Description'],
    apply: (text: string) => {
      const boxed = toggle('Custom Prerequisites', 'Custom Prerequisite (fill in details below)', box)(text);
      const named = boxed && withValue(boxed, 'Custom Prerequisite Name', prerequisite);
      return named && withValue(named, 'Custom Prerequisite Description', description);
    },
    expect: error('custom-prerequisite'),
  })),
  // The bot splits the body at every line starting with `### `, a long text's own sub-heading
  // included: on the description's first line it leaves the description empty.
  { name: 'Program Description opening with a ### heading', sections: ['Program Description'], apply: (text) => changed(text, 'Program Description', (value) => `### Overview\n\n${value}`), expect: error('empty-field') },
  // Forms of a value the bot accepts: no finding of the rule.
  { name: 'email as a mailto link', sections: ['Mentors'], apply: (text) => withMentors(text, (m) => [m[0], [m[1][0], m[1][1], `[${m[1][2]}](mailto:${m[1][2]})`, m[1][3]]]), expect: accepted('mentor-email') },
  { name: 'email as an autolink', sections: ['Mentors'], apply: (text) => withMentors(text, (m) => [[m[0][0], m[0][1], `<${m[0][2]}>`, m[0][3]], m[1]]), expect: accepted('mentor-email') },
  { name: 'a trailing | after the LFID', sections: ['Mentors'], apply: (text) => withMentors(text, (m) => [m[0], [...m[1], '']]), expect: accepted('mentor-format') },
  { name: 'custom prerequisite checked and written', sections: ['Custom Prerequisites', 'Custom Prerequisite Name', 'Custom Prerequisite Description'], apply: (text) => {
    const boxed = toggle('Custom Prerequisites', 'Custom Prerequisite (fill in details below)', true)(text);
    const named = boxed && withValue(boxed, 'Custom Prerequisite Name', `Sample ${'🙂'.repeat(2)}`);
    return named && withValue(named, 'Custom Prerequisite Description', 'Please share a short writing sample.');
  }, expect: accepted('custom-prerequisite') },
  // Checks stricter than the bot: a warning at most.
  { name: 'CNCF Project not an option', sections: ['CNCF Project'], apply: (text) => withValue(text, 'CNCF Project', 'Apicurio'), expect: warning('form-option') },
  { name: 'Term not an option', sections: ['Term'], apply: (text) => withValue(text, 'Term', '2026 Term 3'), expect: warning('form-option') },
  {
    name: 'sections out of order',
    sections: ['Program Name', 'Program Description'],
    apply: (text) => {
      const name = /^### Program Name\n[^]*?(?=^### )/m.exec(text)?.[0];
      return name && text.replace(name, '').replace(/^### Technologies\n/m, `${name}### Technologies\n`);
    },
    expect: warning('form-section-order'),
  },
  { name: 'a section the form does not have', sections: ['Notes'], apply: (text) => `${text.trimEnd()}\n\n### Notes\n\nAsk in #apicurio on Slack.\n`, expect: warning('unknown-field') },
  { name: 'a ### sub-heading in Program Description', sections: ['Program Description'], apply: (text) => changed(text, 'Program Description', (value) => `${value}\n\n### Expected outcomes\n\nA validated MCP tool catalogue.`), expect: warning('unknown-field') },
  { name: 'a ### line in a code block of Program Description', sections: ['Program Description'], apply: (text) => changed(text, 'Program Description', (value) => `${value}\n\n\`\`\`markdown\n### Example\n\`\`\``), expect: warning('unknown-field') },
  { name: 'a box the form does not have', sections: ['Application Prerequisites'], apply: (text) => changed(text, 'Application Prerequisites', (value) => value.replace('] Cover Letter', '] Cover Letter / CV')), expect: warning('form-checkbox') },
  {
    name: 'skills box checked and skills filled in',
    sections: ['Skills same as Technologies?', 'Required/Desirable Skills'],
    apply: (text) => {
      const box = toggle('Skills same as Technologies?', 'Yes, the required skills are the same as the technologies listed above.', true)(text);
      return box && withValue(box, 'Required/Desirable Skills', 'Java, technical writing');
    },
    expect: warning('form-skills'),
  },
  { name: 'a list marker before a mentor line', sections: ['Mentors'], apply: (text) => withMentors(text, (m) => [m[0], [`- ${m[1][0]}`, ...m[1].slice(1)]]), expect: warning('mentor-format') },
  { name: 'an email with a one-letter domain end', sections: ['Mentors'], apply: (text) => withMentors(text, (m) => [m[0], [m[1][0], m[1][1], 'jane@example.c', m[1][3]]]), expect: warning('mentor-email') },
  { name: 'an upstream host without a dot', sections: ['Upstream Issue URL'], apply: (text) => withValue(text, 'Upstream Issue URL', 'https://localhost/issues/1'), expect: warning('url-format') },
  { name: 'file upload without a custom prerequisite', sections: ['Custom Prerequisites', 'Custom Prerequisite — File Upload'], apply: (text) => {
    const boxed = toggle('Custom Prerequisites', 'Custom Prerequisite (fill in details below)', false)(text);
    return boxed && toggle('Custom Prerequisite — File Upload', 'Yes — completion of this task requires the mentee to submit a file.', true)(boxed);
  }, expect: warning('custom-prerequisite') },
];

/** Whitespace-only changes: CRLF line ends, trailing spaces, more blank lines. */
const WHITESPACE: Record<string, (text: string) => string> = {
  'CRLF line ends': (text) => text.replace(/\n/g, '\r\n'),
  'trailing spaces': (text) => text.replace(/\n/g, '  \n'),
  'blank lines between sections and mentors': (text) => text.replace(/\n(?=### )/g, '\n\n\n').replace(/(^### Mentors\n\n[^\n]+\n)/m, '$1\n'),
};

/** Our findings of error or warning severity, as `rule severity`. */
function ours(text: string): Array<{ rule: string; severity: string }> {
  return lint(parseProposal(text)).map((finding) => ({ rule: finding.rule, severity: finding.severity }));
}

const fails = (findings: Array<{ severity: string }>) => findings.some((finding) => finding.severity === 'error');

function assertAgreement(text: string, what: string): Array<{ rule: string; severity: string }> {
  const findings = ours(text);
  const bot = botErrors(text.replace(/\r\n/g, '\n'), LABELS);
  assert.equal(fails(findings), bot.length > 0, `${what}: the bot ${bot.length ? `fails it (${bot.join('; ')})` : 'passes it'}, here: ${JSON.stringify(findings.filter((f) => f.severity === 'error'))}`);
  return findings;
}

function assertExpectation(findings: Array<{ rule: string; severity: string }>, mutation: Mutation, what: string): void {
  const { rule, severity } = mutation.expect;
  const ofRule = findings.filter((finding) => finding.rule === rule);
  if (severity === 'none') assert.deepEqual(ofRule.filter((finding) => finding.severity === 'error' || finding.severity === 'warning'), [], `${what}: no ${rule}`);
  else assert.ok(ofRule.some((finding) => finding.severity === severity), `${what}: ${rule} ${severity}, got ${JSON.stringify(findings)}`);
}

test('the draft fixtures, untouched and with whitespace-only changes, get the bot\'s verdict (the clean one: no error)', () => {
  for (const [name, base] of Object.entries(BASES)) {
    const findings = assertAgreement(base, name);
    for (const [change, apply] of Object.entries(WHITESPACE)) {
      assert.deepEqual(ours(apply(base)), findings, `${name}, ${change}: the same findings`);
    }
  }
  assert.deepEqual(ours(BASES['test/fixtures/drafts/apicurio-mcp-tools.proposal.md']).filter((f) => f.severity === 'error'), []);
});

test('each mutation against a check of the bot: the rule and severity named for it, and the bot\'s verdict', () => {
  let applied = 0;
  for (const [name, base] of Object.entries(BASES)) {
    for (const mutation of MUTATIONS) {
      const text = mutation.apply(base);
      if (text === undefined) continue;
      applied++;
      const what = `${name}: ${mutation.name}`;
      const findings = assertAgreement(text, what);
      assertExpectation(findings, mutation, what);
      for (const [change, apply] of Object.entries(WHITESPACE)) {
        assert.equal(fails(ours(apply(text))), fails(findings), `${what}, ${change}: the same verdict`);
      }
    }
  }
  // Every mutation applies to the clean fixture; most to the example too.
  assert.ok(applied >= MUTATIONS.length + MUTATIONS.length / 2, `${applied} mutations applied`);
});

test('mutations in pairs: the bot\'s verdict, and both rules when they touch different sections', () => {
  let pairs = 0;
  for (const [name, base] of Object.entries(BASES)) {
    for (const [index, first] of MUTATIONS.entries()) {
      for (const second of MUTATIONS.slice(index + 1)) {
        const once = first.apply(base);
        const text = once && second.apply(once);
        if (text === undefined) continue;
        pairs++;
        const what = `${name}: ${first.name} + ${second.name}`;
        const findings = assertAgreement(text, what);
        const apart = !first.sections.some((section) => second.sections.includes(section));
        // A missing or renamed section hides what the other mutation did in it, here as for the bot.
        const hides = [first, second].some((mutation) => mutation.expect.rule === 'missing-field');
        if (apart && !hides) {
          for (const mutation of [first, second]) if (mutation.expect.severity === 'error') assertExpectation(findings, mutation, what);
        }
      }
    }
  }
  assert.ok(pairs > 1000, `${pairs} pairs`);
});
