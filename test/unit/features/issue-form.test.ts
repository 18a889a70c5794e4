// The issue-form features on data: reading the form (and a broken one), the prefilled issue
// URL and its round trip to the draft's fields (a draft too long for one URL included),
// converting term-file entries of both eras into drafts, and completion in a draft.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fieldOfLabel, looksLikeDraft } from '../../../server/src/core/draft';
import { BUNDLED_FORM, findIssueForm, readIssueForm } from '../../../server/src/core/issue-form';
import { WorkspaceKnowledge } from '../../../server/src/core/knowledge';
import { parseProposal } from '../../../server/src/core/parse';
import { complete } from '../../../server/src/features/completion';
import { hover } from '../../../server/src/features/hover';
import { projectAsDraft, withoutTerm } from '../../../server/src/features/convert';
import { draftSnippet } from '../../../server/src/features/draft-text';
import { issueUrl, MAX_ISSUE_URL_LENGTH } from '../../../server/src/features/issue-url';
import { lint } from '../../../server/src/rules';
import { readFixture } from '../../helpers/paths';
import { random } from '../../helpers/random';
import { asDraft } from '../../helpers/documents';

const DRAFT = readFixture('drafts', 'apicurio-mcp-tools.proposal.md');
const FORM_TEXT = readFixture('..', '..', 'server', 'data', 'lfx-program-proposal.yml');

/** The query of a URL as field id → value, the way GitHub reads it. */
function query(url: string): Record<string, string> {
  return Object.fromEntries(new URL(url).searchParams);
}

test('the bundled form: every input element of its YAML as a field in order, with ids, options and required flags', () => {
  // Each element of the form's body but the markdown ones has an `id:` line at this indent.
  assert.deepEqual(BUNDLED_FORM.fields.map((field) => field.id), [...FORM_TEXT.matchAll(/^    id: (\S+)$/gm)].map((match) => match[1]));
  assert.deepEqual(BUNDLED_FORM.fields.slice(0, 4).map((field) => [field.id, field.type, field.required]), [
    ['cncf_project', 'dropdown', true],
    ['term', 'dropdown', true],
    ['program_name', 'input', true],
    ['program_description', 'textarea', true],
  ]);
  assert.ok(BUNDLED_FORM.fields[0].options.includes('Apicurio Registry'));
  assert.equal(BUNDLED_FORM.title, '[CNCF LFX Proposal] <project> <program name>');
});

test('a form file that is not valid YAML, or has no fields, is a problem at its place; the bundled copy is used', () => {
  const broken = FORM_TEXT.replace('  - type: dropdown\n    id: term', '  - type: dropdown\n   id: term');
  const { form, problems } = readIssueForm(broken, '/repo/.github/ISSUE_TEMPLATE/lfx-program-proposal.yml');
  assert.equal(form, undefined);
  assert.ok(problems.length > 0);
  assert.match(problems[0].message, /not valid YAML.*bundled with the extension is used instead/);
  assert.ok(problems[0].span.start > broken.indexOf('id: term') - 40 && problems[0].span.start <= broken.indexOf('id: term') + 10, `${problems[0].span.start}`);
  assert.deepEqual(readIssueForm('name: x\nbody: []\n', 'f.yml').problems.map((problem) => problem.span), [{ start: 8, end: 12 }]);
  const files: Record<string, string> = { '/repo/.github/ISSUE_TEMPLATE/lfx-program-proposal.yml': broken };
  const found = findIssueForm('/repo/drafts/a.proposal.md', { readFile: (path) => files[path], isRoot: (folder) => folder === '/repo' });
  assert.equal(found.form, BUNDLED_FORM);
  assert.equal(found.path, '/repo/.github/ISSUE_TEMPLATE/lfx-program-proposal.yml');
  assert.ok(found.problems.length > 0);
});

test("the workspace's form wins: a new Term option is accepted, and the bundled one's is not", () => {
  const files: Record<string, string> = {
    '/repo/.github/ISSUE_TEMPLATE/lfx-program-proposal.yml': FORM_TEXT.replace('- "2026 Term 3 (Sep-Nov)"', '- "2027 Term 1 (Mar-May)"'),
  };
  const { form, problems } = findIssueForm('/repo/a/b/x.proposal.md', { readFile: (path) => files[path], isRoot: (folder) => folder === '/repo' });
  assert.deepEqual(problems, []);
  const next = DRAFT.replace('2026 Term 3 (Sep-Nov)', '2027 Term 1 (Mar-May)');
  assert.deepEqual(lint(parseProposal(next, form)), []);
  assert.deepEqual(lint(parseProposal(next)).map((finding) => finding.rule), ['form-option']);
});

test('issue-url: title in the form\'s pattern, each text field and dropdown by id, checkboxes left to the author', () => {
  const document = asDraft(parseProposal(DRAFT));
  const result = issueUrl(document);
  assert.ok(result.url.startsWith('https://github.com/cncf/mentoring/issues/new?template=lfx-program-proposal.yml&title='));
  const fields = query(result.url);
  assert.equal(fields.title, '[CNCF LFX Proposal] Apicurio Registry MCP Tool Validation and Compatibility Checking');
  // Round trip: every field with a value is in the query or in `manual`, with the draft's exact value.
  for (const section of document.draft.sections) {
    const manual = result.manual.find((field) => field.id === section.fieldId);
    if (section.checkboxes.length > 0) assert.equal(manual?.reason, section.checkboxes.some((box) => box.checked) ? 'not-prefillable' : undefined);
    else if (section.value) assert.equal(fields[section.fieldId!], section.value, section.fieldId);
  }
  assert.deepEqual(Object.keys(fields), ['template', 'title', 'cncf_project', 'term', 'program_name', 'program_description', 'technologies', 'mentors', 'upstream_issue_url']);
  assert.deepEqual(result.manual.map((field) => [field.label, field.value]), [
    ['Skills same as Technologies?', '- [X] Yes, the required skills are the same as the technologies listed above.'],
    ['Application Prerequisites', '- [X] Resume'],
  ]);
  assert.ok(issueUrl(document, 'my-fork/mentoring').url.startsWith('https://github.com/my-fork/mentoring/issues/new?'));
});

test('issue-url: a description with its own `### ` sub-heading goes in whole, as written (the bot would cut it there)', () => {
  const text = DRAFT.replace('## Expected outcomes\n', '### Expected outcomes\n');
  const document = asDraft(parseProposal(text));
  assert.ok(!document.draft.sections[3].value.includes('Expected outcomes'), 'the bot\'s description ends above the line');
  const description = query(issueUrl(document).url).program_description;
  assert.equal(description, /### Program Description\n\n([^]*?)\n\n### Technologies/.exec(text)![1]);
  assert.match(description, /\n### Expected outcomes\n- MCP spec validation/);
});

test('issue-url: a draft too long for one URL keeps the short fields and hands back the longest', () => {
  const long = DRAFT.replace('## Expected outcomes', `${'Schema governance for MCP tools: details. '.repeat(160)}\n\n## Expected outcomes`);
  const document = asDraft(parseProposal(long));
  const result = issueUrl(document);
  assert.ok(result.url.length <= MAX_ISSUE_URL_LENGTH, `${result.url.length}`);
  const fields = query(result.url);
  assert.equal(fields.program_description, undefined);
  assert.equal(fields.program_name, 'MCP Tool Validation and Compatibility Checking');
  assert.equal(fields.mentors, 'Vandana Yadav | @vandanayadav7 | vandana.yadav.vs@gmail.com | vandanayadav7\nCarles Arnal | @carlesarnal | carnalca@ibm.com | carlesarnal');
  const description = result.manual.find((field) => field.id === 'program_description');
  assert.equal(description?.reason, 'too-long');
  assert.equal(description?.value, document.draft.sections[3].value);
});

test('convert: an era-B entry becomes a draft with description and outcomes, mentor lines without LFIDs, the upstream URL, the title without its old term', () => {
  const term = parseProposal(readFixture('corpus', '2025_03-Sep-Nov_README.md'));
  const project = term.projects.find((candidate) => candidate.title.startsWith('Next-Generation Jaeger Demo'))!;
  const text = projectAsDraft(term, project, BUNDLED_FORM);
  const draft = asDraft(parseProposal(text));
  assert.ok(draft.draft);
  const value = (id: string) => draft.draft.sections.find((section) => section.fieldId === id)?.value;
  assert.equal(value('cncf_project'), 'Jaeger');
  assert.equal(value('term'), '2026 Term 3 (Sep-Nov)');
  // The heading ends in "(2025 Term 3)"; the draft is for the form's term, which LFX's full name adds.
  assert.equal(project.heading.plain, 'Next-Generation Jaeger Demo with OpenTelemetry and OpenSearch (2025 Term 3)');
  assert.equal(value('program_name'), 'Next-Generation Jaeger Demo with OpenTelemetry and OpenSearch');
  assert.match(value('program_description')!, /^## Description\nThis project will create a Kubernetes deployment[^]*\n\n## Expected outcomes\n- A working, publicly accessible Jaeger demo/);
  assert.equal(value('technologies'), 'Kubernetes, Cloud, Security, Monitoring');
  assert.equal(value('mentors'), 'Jonah Kowall | @jkowall | jkowall@kowall.net |\nYuri Shkuro | @yurishkuro | github@ysh.us |');
  assert.equal(value('upstream_issue_url'), 'https://github.com/jaegertracing/jaeger/issues/7327');
  // The missing LFIDs are flagged, not invented; without the old term the name fits LFX's 100 characters.
  assert.deepEqual(lint(draft).map((finding) => [finding.rule, finding.severity]), [
    ['mentor-lfid', 'error'],
    ['mentor-lfid', 'error'],
  ]);
});

test('convert: a trailing term marker leaves the program name, in the ways titles write it; a term inside the title stays', () => {
  assert.equal(withoutTerm('Relationships for AWS services (2025 Term 3)'), 'Relationships for AWS services');
  assert.equal(withoutTerm('Relationships for AWS services (2026 Term 3 (Sep-Nov))'), 'Relationships for AWS services');
  assert.equal(withoutTerm('Relationships for AWS services - 2025 Term 3 '), 'Relationships for AWS services');
  assert.equal(withoutTerm('Relationships for AWS services (term 1)'), 'Relationships for AWS services');
  assert.equal(withoutTerm('Finish the Term 2 design system'), 'Finish the Term 2 design system');
  assert.equal(withoutTerm('Long-Term 3'), 'Long-Term 3');
  assert.equal(withoutTerm('(2025 Term 3)'), '(2025 Term 3)');
  // A heading that ends like the 2025 file's full-name lines ("CNCF - Meshery: Relationships for AWS services (2025 Term 3)").
  const term = parseProposal('### Meshery\n\n#### Relationships for AWS services (2025 Term 3)\n\n- Description: d\n- Recommended Skills: Go\n- Mentor(s): Lee Calcote (@leecalcote, leecalcote@gmail.com)\n- Upstream Issue: https://github.com/meshery/meshery/issues/15518\n');
  const draft = asDraft(parseProposal(projectAsDraft(term, term.projects[0], BUNDLED_FORM)));
  assert.equal(draft.draft.sections.find((section) => section.fieldId === 'program_name')?.value, 'Relationships for AWS services');
});

test('convert: an era-A entry takes emails from the workspace, and the 2026 export\'s block quotes are unwrapped', () => {
  const eraA = parseProposal(readFixture('corpus', '2021_03-Fall_README.md'));
  const workspace = new WorkspaceKnowledge();
  workspace.update('other.md', parseProposal('### Kubernetes\n\n#### T\n\n- Description: d\n- Recommended Skills: Go\n- Mentor(s):\n  - Davanum Srinivas (@dims, davanum@example.com)\n- Upstream Issue: https://github.com/a/b/issues/1\n'));
  const capg = eraA.projects.find((candidate) => candidate.title.startsWith('Improvements to Cluster API provider'))!;
  const draft = asDraft(parseProposal(projectAsDraft(eraA, capg, BUNDLED_FORM, workspace)));
  const value = (id: string) => draft.draft.sections.find((section) => section.fieldId === id)?.value;
  assert.equal(value('cncf_project'), 'Kubernetes');
  assert.equal(value('mentors'), 'Davanum Srinivas | @dims | davanum@example.com |\nCarlos Tadeu Panato Junior | @cpanato |  |');
  assert.equal(value('upstream_issue_url'), 'https://github.com/kubernetes-sigs/cluster-api-provider-gcp/issues');
  // Era A gives no LFIDs: each mentor line leaves its LFID empty and mentor-lfid asks for it.
  assert.deepEqual(draft.draft.mentorLines.map((line) => line.parts[3]?.text ?? ''), ['', '']);
  const lfidFindings = lint(draft).filter((finding) => finding.rule === 'mentor-lfid');
  assert.deepEqual(lfidFindings.map((finding) => draft.text.slice(finding.span.start, finding.span.end)), draft.draft.mentorLines.map((line) => line.text));
  assert.deepEqual(lfidFindings.map((finding) => /^(@\S+) has no LFID/.exec(finding.message)?.[1]), ['@dims', '@cpanato']);

  const export2026 = parseProposal(readFixture('corpus', '2026_03-Sep-Nov_README.md'));
  const mcp = export2026.projects.find((candidate) => candidate.title === 'MCP Tool Validation and Compatibility Checking')!;
  const converted = asDraft(parseProposal(projectAsDraft(export2026, mcp, BUNDLED_FORM)));
  const fixture = asDraft(parseProposal(DRAFT));
  for (const id of ['cncf_project', 'program_name', 'program_description', 'technologies', 'upstream_issue_url']) {
    assert.equal(converted.draft.sections.find((section) => section.fieldId === id)?.value, fixture.draft.sections.find((section) => section.fieldId === id)?.value, id);
  }
});

test('convert: an organisation heading that is a near name becomes the form\'s option, which form-option accepts', () => {
  const near = (file: string, org: string) => {
    const term = parseProposal(readFixture('corpus', file));
    const project = term.projects.find((candidate) => candidate.org?.name === org)!;
    const draft = asDraft(parseProposal(projectAsDraft(term, project, BUNDLED_FORM)));
    assert.deepEqual(lint(draft).filter((finding) => finding.rule === 'form-option'), [], org);
    return draft.draft.sections.find((section) => section.fieldId === 'cncf_project')?.value;
  };
  // Real headings that are not the form's names.
  assert.equal(near('2023_01-Mar-May_README.md', 'Cloud Native Buildpacks'), 'Buildpacks');
  assert.equal(near('2023_01-Mar-May_README.md', 'LitmusChaos'), 'Litmus');
  assert.equal(near('2023_01-Mar-May_README.md', 'Notary'), 'Notary Project');
  assert.equal(near('2025_03-Sep-Nov_README.md', 'WasmEdge'), 'WasmEdge Runtime');
  assert.equal(near('2025_03-Sep-Nov_README.md', 'kgateway'), 'Kgateway');
  // The form names OPA with its abbreviation, and has another "Open Policy …" option.
  assert.ok(BUNDLED_FORM.fields[0].options.includes('Open Policy Containers'));
  const opa = parseProposal('### Open Policy Agent\n\n#### Rego playground\n\n- Description: d\n- Recommended Skills: Go\n- Mentor(s): Anders Eknert (@anderseknert, anders@example.com)\n- Upstream Issue: https://github.com/open-policy-agent/opa/issues/1\n');
  const draft = asDraft(parseProposal(projectAsDraft(opa, opa.projects[0], BUNDLED_FORM)));
  assert.equal(draft.draft.sections.find((section) => section.fieldId === 'cncf_project')?.value, 'Open Policy Agent (OPA)');
  // "Project Rekor" (2021 Spring) holds the option "ko" only inside a word: no option, so the
  // heading stays and form-option asks for one, rather than a wrong project passing silently.
  const rekor = parseProposal(readFixture('corpus', '2021_01-Spring_project_ideas.md'));
  const signing = rekor.projects.find((candidate) => candidate.org?.name === 'Project Rekor')!;
  const rekorDraft = asDraft(parseProposal(projectAsDraft(rekor, signing, BUNDLED_FORM)));
  assert.equal(rekorDraft.draft.sections.find((section) => section.fieldId === 'cncf_project')?.value, 'Project Rekor');
  assert.deepEqual(lint(rekorDraft).filter((finding) => finding.rule === 'form-option').length, 1);
  assert.equal(near('2021_01-Spring_project_ideas.md', 'SPIFFE/SPIRE'), 'SPIFFE');
});

test('completion in a draft: options, whole mentor lines with the LFID left empty, handles, skills and missing sections', () => {
  const workspace = new WorkspaceKnowledge();
  workspace.update('term.md', parseProposal(readFixture('corpus', '2025_03-Sep-Nov_README.md')));
  const text = DRAFT.replace('Carles Arnal | @carlesarnal | carnalca@ibm.com | carlesarnal', 'Yuri').replace('Java, Quarkus', 'Java, Kube').replace('Apicurio Registry\n', 'Apicur\n');
  const document = parseProposal(text);
  const labels = (offset: number) => complete(document, offset, workspace).map((suggestion) => suggestion.label);
  assert.ok(labels(text.indexOf('Apicur\n') + 6).includes('Apicurio Registry'));
  const mentor = complete(document, text.indexOf('Yuri') + 4, workspace).find((suggestion) => suggestion.label.startsWith('Yuri Shkuro'));
  assert.equal(mentor?.insertText, 'Yuri Shkuro | @yurishkuro | github@ysh.us | ');
  assert.deepEqual(mentor?.replace, { start: text.indexOf('Yuri'), end: text.indexOf('Yuri') + 4 });
  const handleLine = text.replace('Yuri', 'Yuri Shkuro | @yuri');
  const handles = complete(parseProposal(handleLine), handleLine.indexOf('@yuri') + 5, workspace).map((suggestion) => suggestion.label);
  assert.ok(handles.includes('@yurishkuro'));
  assert.ok(labels(text.indexOf('Java, Kube') + 10).includes('Kubernetes'));
  const withoutTerm = text.replace('### Term\n\n2026 Term 3 (Sep-Nov)\n\n', '### \n\n');
  assert.deepEqual(complete(parseProposal(withoutTerm), withoutTerm.indexOf('### \n') + 4, workspace).map((suggestion) => suggestion.label), ['Term']);
});

test('the new-draft snippet has every section in order, and left as it is, it is a draft whose findings ask for the choices', () => {
  const snippet = draftSnippet(BUNDLED_FORM);
  const labels = [...snippet.matchAll(/^### (.*)$/gm)].map((match) => match[1]);
  assert.deepEqual(labels, BUNDLED_FORM.fields.map((field) => field.label));
  // Each placeholder as the user would leave it: the snippet's text without tab-stop syntax.
  const text = snippet.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$0/, '').replace(/\\(.)/g, '$1');
  const document = asDraft(parseProposal(text));
  assert.ok(document.draft);
  // Left as written, the placeholders that cannot pass say so: the CNCF project, the skills
  // (a choice to make), and the full name grown by the project placeholder.
  assert.deepEqual(lint(document).map((finding) => finding.rule).sort(), ['few-mentors', 'field-length', 'form-option', 'form-skills']);
});

test('hover in a draft: on a section heading, what the form says; on a handle, the mentor as in a term file', () => {
  const document = parseProposal(DRAFT);
  const mentors = hover(document, DRAFT.indexOf('### Mentors') + 6);
  assert.equal(mentors?.markdown.split('\n\n')[0], '**Mentors** (required, text; `mentors` in the issue URL)');
  assert.match(mentors!.markdown, /One mentor per line\. Format: `Full Name \| @github-handle \| email \| LFID`/);
  const workspace = new WorkspaceKnowledge();
  workspace.update('draft.md', document);
  const handle = hover(document, DRAFT.indexOf('@carlesarnal') + 3, workspace);
  assert.match(handle!.markdown, /Carles Arnal/);
  assert.equal(DRAFT.slice(handle!.span.start, handle!.span.end), '@carlesarnal');
});

test('a draft is told by three `### <form label>` lines, found as the regular expression over the lines found them', () => {
  // The reference: what looksLikeDraft was before it scanned with indexOf.
  const byExpression = (text: string) => {
    const found = new Set<string>();
    for (const match of text.matchAll(/^ {0,3}###[ \t]+(.+?)[ \t]*\r?$/gm)) {
      const field = fieldOfLabel(BUNDLED_FORM, match[1]);
      if (field) found.add(field.id);
      if (found.size >= 3) return true;
    }
    return false;
  };
  const labels = BUNDLED_FORM.fields.map((field) => field.label);
  const next = random(20261126);
  const pick = (choices: string[]) => choices[Math.floor(next() * choices.length)];
  let drafts = 0;
  for (let run = 0; run < 3000; run++) {
    // Lines with and without heading marks, labels or not, with the spacing and line ends text has.
    let text = '';
    for (let line = 3 + Math.floor(next() * 8); line > 0; line--) {
      text += pick(['', '', '', ' ', '   ', '    ', '\t']) + pick(['###', '###', '###', '####', '#', '']) + pick([' ', '\t', '  ', '']);
      text += pick([...labels.slice(0, 5), ...labels.slice(0, 5), 'x', '', ' ']) + pick(['', ' ', '\t ']) + pick(['\n', '\r\n', '\r', '\u2028', '\n\n']);
    }
    assert.equal(looksLikeDraft(text, BUNDLED_FORM), byExpression(text), JSON.stringify(text));
    if (byExpression(text)) drafts++;
  }
  assert.ok(drafts > 30, `${drafts} drafts among the random texts`);
  const draft = readFixture('drafts', 'apicurio-mcp-tools.proposal.md');
  assert.equal(looksLikeDraft(draft, BUNDLED_FORM), true);
  assert.equal(looksLikeDraft(readFixture('corpus', '2026_03-Sep-Nov_README.md'), BUNDLED_FORM), false);
});
