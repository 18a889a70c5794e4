// The rules of an issue-form draft (CNCF's bot's checks), on a draft written from a real
// entry of the 2026 term 3 README (test/fixtures/drafts/SOURCE.md), broken one way at a time.
// Each test names what it breaks and asserts the exact rule and the exact text it points at.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BUNDLED_FORM } from '../../../server/src/core/issue-form';
import { parseProposal } from '../../../server/src/core/parse';
import { applyEdits, fixAll } from '../../../server/src/features/fix-all';
import { lint } from '../../../server/src/rules';
import { lfxFullName } from '../../../server/src/rules/form/field-length';
import { readFixture } from '../../helpers/paths';
import { asDraft } from '../../helpers/documents';

const DRAFT = readFixture('drafts', 'apicurio-mcp-tools.proposal.md');

/** How many sections a draft cut before `### Technologies` misses: Technologies and every field after it. */
const FIELDS_FROM_TECHNOLOGIES = BUNDLED_FORM.fields.length - BUNDLED_FORM.fields.findIndex((field) => field.id === 'technologies');

/** The draft with each `[from, to]` replaced once (each `from` must occur). */
function edited(...replacements: Array<[string, string]>): string {
  let text = DRAFT;
  for (const [from, to] of replacements) {
    assert.ok(text.includes(from), `the draft contains ${JSON.stringify(from)}`);
    text = text.replace(from, to);
  }
  return text;
}

/** Each finding as `[rule, severity, the text it points at]`, in document order. */
function found(text: string) {
  return lint(parseProposal(text)).map((finding) => [finding.rule, finding.severity, text.slice(finding.span.start, finding.span.end)]);
}

/** Applies the first fix of the only finding of `rule`, then asserts that the rule is silent. */
function fixed(text: string, rule: string): string {
  const findings = lint(parseProposal(text)).filter((finding) => finding.rule === rule);
  assert.equal(findings.length, 1, `one ${rule} finding`);
  const result = applyEdits(text, findings[0].fixes[0].edits);
  assert.deepEqual(lint(parseProposal(result)).filter((finding) => finding.rule === rule), [], `${rule} is silent after its fix`);
  return result;
}

test('the draft is read as a draft and a complete one has no finding', () => {
  const document = parseProposal(DRAFT);
  assert.ok(document.kind === 'draft');
  assert.equal(document.draft.sections.length, BUNDLED_FORM.fields.length);
  assert.deepEqual(document.draft.sections.map((section) => section.fieldId), document.draft.form.fields.map((field) => field.id));
  assert.equal(document.projects[0].title, 'MCP Tool Validation and Compatibility Checking');
  assert.equal(document.orgs[0].name, 'Apicurio Registry');
  assert.deepEqual(document.projects[0].mentors.map((mentor) => mentor.handle?.text), ['@vandanayadav7', '@carlesarnal']);
  assert.deepEqual(document.projects[0].upstream.map((url) => url.url), ['https://github.com/Apicurio/apicurio-registry/issues/8427']);
  // The description's own `## Description` headings stay part of its value.
  assert.match(document.draft.sections[3].value, /^## Description\n[^]*## Expected outcomes\n/);
  assert.deepEqual(found(DRAFT), []);
});

test('a term file is never read as a draft, and a draft with a BOM and CRLF line ends is', () => {
  for (const term of ['2025_03-Sep-Nov_README.md', '2026_03-Sep-Nov_README.md']) assert.equal(parseProposal(readFixture('corpus', term)).kind, 'term');
  const crlf = `\uFEFF${DRAFT.replace(/\n/g, '\r\n')}`;
  assert.deepEqual(found(crlf), []);
  assert.equal(asDraft(parseProposal(crlf)).draft.mentorLines[1].parts[3].text, 'carlesarnal');
});

test('missing-field: an absent section, inserted at its place in the form by the fix', () => {
  const text = edited(['### Upstream Issue URL\n\nhttps://github.com/Apicurio/apicurio-registry/issues/8427\n\n', '']);
  assert.deepEqual(found(text), [['missing-field', 'error', 'Application Prerequisites']]);
  assert.equal(fixed(text, 'missing-field'), edited(['https://github.com/Apicurio/apicurio-registry/issues/8427\n\n', '\n']));
});

test('empty-field: a required field with `_No response_` or nothing', () => {
  const text = edited(['Java, Quarkus, JSON Schema, React, TypeScript, REST', '_No response_'], ['MCP Tool Validation and Compatibility Checking\n', '']);
  assert.deepEqual(found(text), [
    ['empty-field', 'error', 'Program Name'],
    ['empty-field', 'error', '_No response_'],
  ]);
});

test('unknown-field: a misspelt section heading, renamed by the fix', () => {
  const text = edited(['### Upstream Issue URL', '### Upstream Issue Url:']);
  assert.deepEqual(found(text), [
    ['unknown-field', 'warning', 'Upstream Issue Url:'],
    ['missing-field', 'error', 'Application Prerequisites'],
  ]);
  assert.equal(fixed(text, 'unknown-field'), DRAFT);
});

test('unknown-field: a `### ` sub-heading inside Program Description ends it, as for CNCF\'s bot (which splits the body at every such line)', () => {
  const subHeading = edited(['## Expected outcomes\n', '### Expected outcomes\n']);
  const description = asDraft(parseProposal(subHeading)).draft.sections[3];
  assert.equal(description.fieldId, 'program_description');
  assert.ok(!description.value.includes('Expected outcomes'), 'the bot\'s Program Description stops above the line');
  const cut = asDraft(parseProposal(subHeading)).draft.sections[4];
  assert.deepEqual([cut.fieldId, cut.cuts, cut.heading.text], [undefined, { fieldId: 'program_description', inCode: false }, 'Expected outcomes']);
  assert.deepEqual(found(subHeading), [['unknown-field', 'warning', '### Expected outcomes']]);
  assert.match(lint(parseProposal(subHeading))[0].message, /^"### Expected outcomes" ends Program Description for CNCF's bot, [^]* Make it a level-4 heading/);
  // The quick fix makes it `####`, which the bot does not split at; GitHub shows it as a heading still.
  assert.equal(fixed(subHeading, 'unknown-field'), edited(['## Expected outcomes\n', '#### Expected outcomes\n']));
  // On the description's first line, the bot reads the description as empty: an error, as for the bot.
  const first = edited(['## Description\n', '### Description\n']);
  assert.deepEqual(found(first).map(([rule, severity]) => `${rule} ${severity}`), ['empty-field error', 'unknown-field warning']);
  // Inside a code block too (GitHub shows no heading there, the bot splits all the same), and with CRLF.
  const fenced = edited(['## Expected outcomes\n', '```markdown\n### Expected outcomes\n```\n']);
  assert.deepEqual(found(fenced), [['unknown-field', 'warning', '### Expected outcomes']]);
  assert.deepEqual(found(fenced.replace(/\n/g, '\r\n')), found(fenced));
  assert.equal(lint(parseProposal(fenced))[0].fixes.length, 0);
  // The bot splits only at `### ` from the line's start: `####`, an indented `###` or a tab after it stay in the text.
  for (const kept of ['#### Expected outcomes\n', '  ### Expected outcomes\n', '###\tExpected outcomes\n']) {
    assert.deepEqual(found(edited(['## Expected outcomes\n', kept])), [], JSON.stringify(kept));
  }
});

test('form-section-order: sections out of order, put back by the fix without losing a character', () => {
  const mentors = '### Mentors\n\nVandana Yadav | @vandanayadav7 | vandana.yadav.vs@gmail.com | vandanayadav7\nCarles Arnal | @carlesarnal | carnalca@ibm.com | carlesarnal\n\n';
  const text = edited([mentors, ''], ['### Technologies', `${mentors}### Technologies`]);
  assert.deepEqual(found(text), [
    ['form-section-order', 'warning', 'Technologies'],
    ['form-section-order', 'warning', 'Skills same as Technologies?'],
    ['form-section-order', 'warning', 'Required/Desirable Skills'],
  ]);
  const findings = lint(parseProposal(text)).filter((finding) => finding.rule === 'form-section-order');
  assert.equal(applyEdits(text, findings[0].fixes[0].edits), DRAFT);
});

test('form-option: a CNCF Project or Term that is no option, with the closest one (a warning: the bot checks only that it is not empty)', () => {
  const text = edited(['Apicurio Registry', 'apicurio registry'], ['2026 Term 3 (Sep-Nov)', '2026 Term 3']);
  assert.deepEqual(found(text), [
    ['form-option', 'warning', 'apicurio registry'],
    ['form-option', 'warning', '2026 Term 3'],
  ]);
  const [caseOnly, term] = lint(parseProposal(text));
  assert.deepEqual([caseOnly.fixes[0].safe, caseOnly.fixes[0].edits[0].newText], [true, 'Apicurio Registry']);
  assert.deepEqual([term.fixes[0].safe, term.fixes[0].edits[0].newText], [false, '2026 Term 3 (Sep-Nov)']);
  assert.deepEqual(found(edited(['Apicurio Registry', 'Not A Project At All'])), [['form-option', 'warning', 'Not A Project At All']]);
});

test('mentor lines: parts, name, handle, email, LFID, each at its part', () => {
  const text = edited([
    'Carles Arnal | @carlesarnal | carnalca@ibm.com | carlesarnal',
    [
      'Carles Arnal | carlesarnal | carnalca@ibm.com | carlesarnal',
      ' | @someone | someone@example.com | someone',
      'Mike Spreitzer | @Mike Spreitzer | mspreitz-at-ibm | mike spreitzer',
      'Only A Name, @handle',
      '- Ann Lee | @annlee | ann@example.com',
    ].join('\n'),
  ]);
  assert.deepEqual(found(text), [
    ['mentor-handle', 'error', 'carlesarnal'],
    ['mentor-format', 'error', '|'],
    ['mentor-handle', 'error', '@Mike Spreitzer'],
    ['mentor-email', 'error', 'mspreitz-at-ibm'],
    ['mentor-lfid', 'error', 'mike spreitzer'],
    ['mentor-format', 'error', 'Only A Name, @handle'],
    ['mentor-count', 'error', 'Only A Name, @handle\n- Ann Lee | @annlee | ann@example.com'],
    ['mentor-format', 'warning', '- '],
    ['mentor-lfid', 'error', '- Ann Lee | @annlee | ann@example.com'],
  ]);
});

test('mentor-handle: the fix adds a missing @', () => {
  const text = edited(['| @carlesarnal |', '| carlesarnal |']);
  assert.equal(fixed(text, 'mentor-handle'), DRAFT);
});

test('mentor-format: the fix drops a list marker before a mentor line', () => {
  const text = edited(['Carles Arnal |', '- Carles Arnal |']);
  assert.equal(fixed(text, 'mentor-format'), DRAFT);
});

test('mentor-duplicate: a handle, email or LFID twice (any case); a repeated line is dropped by the fix', () => {
  const line = 'Carles Arnal | @carlesarnal | carnalca@ibm.com | carlesarnal';
  const text = edited([line, `${line}\nC. Arnal | @CarlesArnal | other@ibm.com | CARNAL\nSomeone | @someone | CARNALCA@ibm.com | carlesArnal`]);
  assert.deepEqual(found(text), [
    ['mentor-duplicate', 'error', '@CarlesArnal'],
    ['mentor-duplicate', 'error', 'CARNALCA@ibm.com'],
    ['mentor-duplicate', 'error', 'carlesArnal'],
  ]);
  assert.equal(fixed(edited([line, `${line}\n${line}`]), 'mentor-duplicate'), DRAFT);
});

test('mentor-count: more than four mentor lines; few-mentors: exactly one valid line', () => {
  const extra = ['A One | @a-one | a@example.com | aone', 'B Two | @b-two | b@example.com | btwo', 'C Three | @c-three | c@example.com | cthree'];
  const text = edited(['carlesarnal\n', `carlesarnal\n${extra.join('\n')}\n`]);
  assert.deepEqual(found(text), [['mentor-count', 'error', extra[2]]]);
  const one = edited(['Carles Arnal | @carlesarnal | carnalca@ibm.com | carlesarnal\n', '']);
  assert.deepEqual(found(one), [['few-mentors', 'information', 'Mentors']]);
  // A broken single line has its own finding and no note.
  assert.deepEqual(found(edited(['Carles Arnal | @carlesarnal | carnalca@ibm.com | carlesarnal\n', ''], ['vandana.yadav.vs@gmail.com', 'nope'])), [['mentor-email', 'error', 'nope']]);
});

test('few-mentors: no note on a single line whose LFID is missing or not an LFID, as the bot nudges only a valid Mentors field', () => {
  const one = (lfid: string) => edited(['Carles Arnal | @carlesarnal | carnalca@ibm.com | carlesarnal\n', ''], ['| vandanayadav7\n', lfid]);
  assert.deepEqual(found(one('|\n')), [['mentor-lfid', 'error', 'Vandana Yadav | @vandanayadav7 | vandana.yadav.vs@gmail.com |']]);
  assert.deepEqual(found(one('\n')), [['mentor-lfid', 'error', 'Vandana Yadav | @vandanayadav7 | vandana.yadav.vs@gmail.com']]);
  assert.deepEqual(found(one('| vandana yadav\n')), [['mentor-lfid', 'error', 'vandana yadav']]);
  assert.deepEqual(found(one('| @vandanayadav7\n')), [['mentor-lfid', 'error', '@vandanayadav7']]);
  assert.deepEqual(found(one('| vandanayadav7\n')), [['few-mentors', 'information', 'Mentors']]);
});

test('url-format and upstream-multiple: one plain http(s) URL', () => {
  const url = 'https://github.com/Apicurio/apicurio-registry/issues/8427';
  assert.deepEqual(found(edited([url, 'apicurio-registry#8427'])), [['url-format', 'error', 'apicurio-registry#8427']]);
  const wrapped = edited([url, `<${url}>`]);
  assert.deepEqual(found(wrapped), [['url-format', 'error', `<${url}>`]]);
  assert.equal(fixed(wrapped, 'url-format'), DRAFT);
  assert.deepEqual(found(edited([url, `${url}, ${url.replace('8427', '8426')}`])), [['upstream-multiple', 'error', `${url}, ${url.replace('8427', '8426')}`]]);
  assert.deepEqual(found(edited([url, `${url},`])), [['upstream-multiple', 'error', `${url},`]]);
});

test('coding-challenge-url: required exactly when its box is checked', () => {
  const checked = edited(['- [ ] Coding Challenge', '- [X] Coding Challenge']);
  assert.deepEqual(found(checked), [['coding-challenge-url', 'error', '_No response_']]);
  const withUrl = (text: string) => text.replace('### Coding Challenge URL\n\n_No response_', '### Coding Challenge URL\n\nhttps://example.com/challenge');
  assert.deepEqual(found(withUrl(checked)), []);
  assert.deepEqual(found(withUrl(DRAFT)), [['coding-challenge-url', 'error', 'https://example.com/challenge']]);
  assert.deepEqual(found(withUrl(checked).replace('https://example.com/challenge', 'example dot com')), [['url-format', 'error', 'example dot com']]);
});

test('custom-prerequisite: name and description required when checked, at most 20 and 500 characters, none without the box', () => {
  const checked = edited(['- [ ] Custom Prerequisite', '- [x] Custom Prerequisite']);
  assert.deepEqual(found(checked), [
    ['custom-prerequisite', 'error', '_No response_'],
    ['custom-prerequisite', 'error', '_No response_'],
  ]);
  const filled = (text: string, name: string, description: string) =>
    text
      .replace('### Custom Prerequisite Name\n\n_No response_', `### Custom Prerequisite Name\n\n${name}`)
      .replace('### Custom Prerequisite Description\n\n_No response_', `### Custom Prerequisite Description\n\n${description}`);
  assert.deepEqual(found(filled(checked, 'Writing Sample', 'Please upload a writing sample.')), []);
  const long = 'x'.repeat(501);
  assert.deepEqual(found(filled(checked, 'A Very Long Writing Sample', long)), [
    ['custom-prerequisite', 'error', 'A Very Long Writing Sample'],
    ['custom-prerequisite', 'error', long],
  ]);
  // Filled in without the box: CNCF's export would drop it, so the bot fails it; and with only a
  // name, the bot still asks for the description.
  assert.deepEqual(found(filled(DRAFT, 'Writing Sample', 'Please upload a writing sample.')), [
    ['custom-prerequisite', 'error', 'Writing Sample'],
    ['custom-prerequisite', 'error', 'Please upload a writing sample.'],
  ]);
  assert.deepEqual(found(filled(DRAFT, 'Writing Sample', '_No response_')), [
    ['custom-prerequisite', 'error', 'Writing Sample'],
    ['custom-prerequisite', 'error', '_No response_'],
  ]);
  assert.deepEqual(found(edited(['- [ ] Yes —', '- [X] Yes —'])), [['custom-prerequisite', 'warning', 'Yes — completion of this task requires the mentee to submit a file.']]);
});

test('form-checkbox: a box that is none of the form\'s, a box not written as GitHub writes it, text that is no box (beyond the bot)', () => {
  // A label in another case: the export matches "Cover Letter" exactly, so the fix is safe.
  const lower = edited(['- [ ] Cover Letter', '- [X] cover letter']);
  assert.deepEqual(found(lower), [['form-checkbox', 'warning', 'cover letter']]);
  assert.equal(fixed(lower, 'form-checkbox'), edited(['- [ ] Cover Letter', '- [X] Cover Letter']));
  // A label of the author's own: the closest option is offered, but not applied by --fix.
  const own = edited(['- [X] Resume', '- [X] Resume / CV']);
  assert.deepEqual(found(own), [['form-checkbox', 'warning', 'Resume / CV']]);
  const [finding] = lint(parseProposal(own)).filter((candidate) => candidate.rule === 'form-checkbox');
  assert.deepEqual(finding.fixes.map((fix) => [fix.title, fix.safe]), [['Change to "Resume"', false]]);
  assert.match(finding.message, /would be lost/);
  // A box written with another marker or indented: the export reads only `- [X] ` at the start.
  const marker = edited(['- [X] Resume', '* [X] Resume'], ['- [ ] Cover Letter', '  - [ ] Cover Letter']);
  assert.deepEqual(found(marker), [
    ['form-checkbox', 'warning', '* [X] '],
    ['form-checkbox', 'warning', '  - [ ] '],
  ]);
  assert.equal(fixAll(marker).text, DRAFT);
  // Free text, one finding a paragraph; a disable comment is no text.
  const text = edited(['- [X] Resume\n', '- [X] Resume\nApplicants should also\nsend a short video.\n\n<!-- lfx-proposals-disable-next-line few-mentors -->\n']);
  assert.deepEqual(found(text).filter(([rule]) => rule === 'form-checkbox'), [['form-checkbox', 'warning', 'Applicants should also\nsend a short video.']]);
  assert.deepEqual(found(edited(['- [X] Yes, the required skills are the same as the technologies listed above.', 'Yes'])), [
    ['form-checkbox', 'warning', 'Yes'],
    ['form-skills', 'error', '_No response_'],
  ]);
});

test('form-skills: either the box checked or Required/Desirable Skills filled in', () => {
  const unchecked = edited(['- [X] Yes, the required', '- [ ] Yes, the required']);
  assert.deepEqual(found(unchecked), [['form-skills', 'error', '_No response_']]);
  const skills = (text: string) => text.replace('### Required/Desirable Skills\n\n_No response_', '### Required/Desirable Skills\n\nJava, technical writing');
  assert.deepEqual(found(skills(unchecked)), []);
  // The bot warns (the export uses the Technologies for both), without failing the proposal.
  assert.deepEqual(found(skills(DRAFT)), [['form-skills', 'warning', 'Java, technical writing']]);
});

test('field-length: the full program name at most 100 characters, the description at most 3000', () => {
  const name = 'MCP Tool Validation and Compatibility Checking';
  const longer = `${name} across Registries and Gateways`;
  assert.deepEqual(found(edited([name, longer])), [['field-length', 'error', longer]]);
  const [message] = lint(parseProposal(edited([name, longer]))).map((finding) => finding.message);
  assert.match(message, /"CNCF - Apicurio Registry: MCP Tool Validation and Compatibility Checking across Registries and Gateways \(2026 Term 3\)" has 117 characters; LFX takes at most 100\. Shorten the Program Name by 17\./);
  // The bot's limit exactly: a full name of 100 characters passes, 101 does not.
  const budget = 100 - lfxFullName('Apicurio Registry', '', '2026 Term 3 (Sep-Nov)').length;
  assert.deepEqual(found(edited([name, 'x'.repeat(budget)])), []);
  assert.deepEqual(found(edited([name, 'x'.repeat(budget + 1)])), [['field-length', 'error', 'x'.repeat(budget + 1)]]);
  const description = edited(['## Expected outcomes', `${'word '.repeat(600)}\n\n## Expected outcomes`]);
  assert.deepEqual(found(description), [['field-length', 'error', 'Program Description']]);
});

test('field-length: none of the 59 programs accepted for 2026 term 3 is too long, measured as the export wrote their full names', () => {
  // Each entry of the export: `### <project>`, `#### <program name>`, then the full name on LFX.
  const exported = readFixture('corpus', '2026_03-Sep-Nov_README.md');
  const entries = [...exported.matchAll(/^#### (.+)\n\n(CNCF - .+)$/gm)].map((match) => {
    const project = [...exported.slice(0, match.index).matchAll(/^### (.+)$/gm)].pop()![1];
    return { project, programName: match[1], fullName: match[2] };
  });
  assert.equal(entries.length, 59);
  for (const { project, programName, fullName } of entries) {
    assert.equal(lfxFullName(project, programName, '2026 Term 3 (Sep-Nov)'), fullName);
    const text = edited(['Apicurio Registry\n\n### Term', `${project}\n\n### Term`], ['MCP Tool Validation and Compatibility Checking\n\n###', `${programName}\n\n###`]);
    assert.deepEqual(found(text).filter(([rule]) => rule === 'field-length'), [], fullName);
  }
  // The longest is close to the limit, so the test would see a rule that measured more.
  assert.equal(Math.max(...entries.map((entry) => entry.fullName.length)), 98);
});

test('a rule set to off or to another severity in the settings applies to drafts too', () => {
  const text = edited(['Carles Arnal | @carlesarnal | carnalca@ibm.com | carlesarnal\n', '']);
  assert.deepEqual(lint(parseProposal(text), { settings: { 'few-mentors': 'off' } }), []);
  assert.deepEqual(lint(parseProposal(text), { settings: { 'few-mentors': 'warning' } }).map((finding) => finding.severity), ['warning']);
});

test('missing-field: sections missing at one place are inserted by one edit, so one --fix adds them all (fuzz seed 5, case 3)', () => {
  const cut = DRAFT.slice(0, DRAFT.indexOf('### Technologies'));
  const findings = lint(parseProposal(cut)).filter((finding) => finding.rule === 'missing-field');
  assert.equal(findings.length, FIELDS_FROM_TECHNOLOGIES);
  assert.equal(findings[0].fixes[0].title, `Add the ${FIELDS_FROM_TECHNOLOGIES} missing sections at the end`);
  const once = fixAll(cut).text;
  assert.deepEqual(lint(parseProposal(once)).filter((finding) => finding.rule === 'missing-field'), []);
  assert.equal(fixAll(once).text, once);
  assert.deepEqual(asDraft(parseProposal(once)).draft.sections.map((section) => section.fieldId), asDraft(parseProposal(DRAFT)).draft.sections.map((section) => section.fieldId));
});

test('missing-field: no fix at the end of a draft left inside an unclosed code fence (fuzz seed 131234, cases 16 and 35)', () => {
  const cut = `${DRAFT.slice(0, DRAFT.indexOf('### Technologies'))}\`\`\`\nunclosed\n`;
  const findings = lint(parseProposal(cut)).filter((finding) => finding.rule === 'missing-field');
  assert.equal(findings.length, FIELDS_FROM_TECHNOLOGIES);
  assert.ok(findings.every((finding) => finding.fixes.length === 0));
  assert.equal(fixAll(cut).text, cut);
});
