// Every rule over the real term files of test/fixtures/corpus: the structure read from each
// file, the known problems at their exact lines, no false missing-field, and a snapshot of
// all findings (regenerate with UPDATE_SNAPSHOTS=1 after checking the difference is right).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LineIndex } from '../../server/src/core/lines';
import { parseProposal } from '../../server/src/core/parse';
import { lint } from '../../server/src/rules';
import { assertFindingsSnapshot } from '../helpers/findings-snapshot';
import { CORPUS_FILES, readFixture } from '../helpers/paths';
import { asTerm } from '../helpers/documents';

type CorpusFile = (typeof CORPUS_FILES)[number];

// Counted by hand from the headings of each file: headings that carry a field list, minus the
// Template/Sample entries; organisations are the top-level ones (sub-organisations not counted).
const STRUCTURE: Record<CorpusFile, { era: 'A' | 'B'; orgLevel: number; orgs: number; projects: number; toc: number }> = {
  '2021_01-Spring_project_ideas.md': { era: 'A', orgLevel: 4, orgs: 19, projects: 40, toc: 0 },
  '2021_03-Fall_README.md': { era: 'A', orgLevel: 4, orgs: 16, projects: 34, toc: 0 },
  '2022_01-Spring_project_ideas.md': { era: 'A', orgLevel: 4, orgs: 19, projects: 42, toc: 69 },
  '2023_01-Mar-May_README.md': { era: 'B', orgLevel: 3, orgs: 27, projects: 65, toc: 96 },
  '2025_03-Sep-Nov_README.md': { era: 'B', orgLevel: 3, orgs: 27, projects: 65, toc: 93 },
  '2026_01-Mar-May_README.md': { era: 'B', orgLevel: 3, orgs: 30, projects: 72, toc: 102 },
  '2026_02-Jun-Aug_README.md': { era: 'B', orgLevel: 3, orgs: 27, projects: 65, toc: 96 },
  '2026_03-Sep-Nov_README.md': { era: 'B', orgLevel: 3, orgs: 24, projects: 59, toc: 83 },
};

// Problems known from reading the files (corpus README and by eye): `line rule`.
const KNOWN_PROBLEMS: Record<CorpusFile, string[]> = {
  '2021_01-Spring_project_ideas.md': [
    '201 missing-field', // KubeEdge: the description has no label
    '359 heading-level', // "### Envoy": the organisation one level too high…
    '360 heading-level', // …and its project at the organisation level
    '363 label-variant', // "Recommended Skill(s):"
  ],
  '2021_03-Fall_README.md': [
    '36 label-variant', // "Enhancement :"
    '137 heading-level', // Terraform Controller at the organisation level
    '347 unknown-field', // "Recommended Skills\*\*:"
  ],
  '2022_01-Spring_project_ideas.md': [
    '193 label-variant', // "**Description**:"
    '331 label-variant', // "**Recommended Skills**:"
    '400 label-variant', // "Mentor(-s):"
    '451 unknown-field', // "Recommended Skills**:"
  ],
  '2023_01-Mar-May_README.md': [
    '289 unknown-field', // "Recommend Skills:"
    '550 heading-level', // "#### Meshery", a CNCF project of its own, as a sub-organisation of KubeEdge
    '681 missing-field', // "Adaptive Load Controller II": no Expected Outcome, no LFX URL
    '745 unknown-field', // "Upstraeam Issue:"
  ],
  '2025_03-Sep-Nov_README.md': [
    '165 label-variant', // "- Mentors " without a colon
    '530 label-variant', // "Mentors:" as a paragraph after the field list
    '536 unknown-field', // "Recommended Skills:**"
    '773 unknown-field', // "Metor(s):"
    '798 heading-level', // "##### Convert Kyverno Sample Policies…" under "### Kyverno"
    '861 heading-level', // "#### kube-burner", a CNCF project of its own, as a sub-organisation of Kyverno
    '1190 missing-field', // Krkn: no Recommended Skills
  ],
  '2026_01-Mar-May_README.md': [
    '251 label-variant', // "Description：" with a fullwidth colon
    '1034 missing-field', // DevRel: no Expected Outcome
    '1141 label-variant', // "  Mentor(s): …" lazily inside the Expected Outcome's last item
    '1217 label-variant', // "Issue: …" without its marker, after an unmarked Mentor(s) line
  ],
  '2026_02-Jun-Aug_README.md': [
    '224 label-variant', // "**Description:**"
    '988 label-variant', // "Upstream Issue(s):"
    '1684 heading-level', // a Volcano project beside the sub-organisations AgentCube and kthena (a hint)
    '1766 label-variant', // "Recommended:" for Recommended Skills
  ],
  '2026_03-Sep-Nov_README.md': [],
};

// These term sections and their sub-headings are neither organisations nor projects; a heading
// over the list of projects ("Proposed Project ideas") is none itself.
const TERM_SECTION = /timeline|instructions/i;
const LISTING_SECTION = /proposed project ideas|accepted projects|participating projects/i;

// A loose, independent test for a field label at the start of a line (list item or paragraph).
const LABEL_LINE: Record<string, RegExp> = {
  description: /^\W*description\b/i,
  expectedOutcome: /^\W*expected outcome/i,
  recommendedSkills: /^\W*(?:recommended |recommend )?skill/i,
  technologies: /^\W*technolog/i,
  mentors: /^\W*me?n?t?ors?\b|^\W*mentor/i,
  upstreamIssue: /^\W*(?:upstream|issues?\b|enhancement)/i,
  lfxUrl: /^\W*(?:lfx|apply)\b/i,
};

for (const file of CORPUS_FILES) {
  const text = readFixture('corpus', file);
  const document = parseProposal(text);
  const lines = new LineIndex(text);
  const findings = lint(document, { lines });
  const lineOf = (offset: number) => lines.positionAt(offset).line + 1;

  test(`${file}: reads the era, levels, organisations, projects and table of contents`, () => {
    const expected = STRUCTURE[file];
    assert.deepEqual(
      {
        era: document.era,
        orgLevel: document.orgLevel,
        orgs: document.orgs.length,
        projects: document.projects.length,
        toc: asTerm(document).toc?.entries.length ?? 0,
      },
      expected,
    );
    for (const project of document.projects) {
      assert.ok(project.fields.length > 0 || project.placement !== 'ok', `${project.title} has no field`);
    }
  });

  test(`${file}: reports the known problems at their lines`, () => {
    const reported = new Set(findings.map((finding) => `${lineOf(finding.span.start)} ${finding.rule}`));
    for (const problem of KNOWN_PROBLEMS[file]) assert.ok(reported.has(problem), `missing: ${problem}`);
  });

  test(`${file}: the term's sections and their sub-headings get no structure findings`, () => {
    const headings = document.headings;
    for (const [index, heading] of headings.entries()) {
      if (!TERM_SECTION.test(heading.plain) && !LISTING_SECTION.test(heading.plain)) continue;
      const next = headings.slice(index + 1).find((other) => other.level <= heading.level);
      const end = TERM_SECTION.test(heading.plain) ? (next?.span.start ?? text.length) : heading.span.end;
      const inside = findings.filter(
        (finding) => ['empty-org', 'missing-field', 'heading-level'].includes(finding.rule) && finding.span.start >= heading.span.start && finding.span.start < end,
      );
      assert.deepEqual(inside.map((finding) => `${lineOf(finding.span.start)} ${finding.rule}`), [], heading.plain);
    }
  });

  test(`${file}: reports no missing-field for a field that is present`, () => {
    const source = text.split(/\r?\n/);
    for (const finding of findings.filter((candidate) => candidate.rule === 'missing-field')) {
      // On the heading, or on the unlabelled text that stands where the field should.
      const project = document.projects.find((candidate) => candidate.span.start <= finding.span.start && finding.span.start < candidate.span.end);
      assert.ok(project, `missing-field at line ${lineOf(finding.span.start)} is in no project`);
      const fieldId = Object.keys(LABEL_LINE).find((id) => finding.message.includes(`no ${labelName(id)} field`));
      assert.ok(fieldId, finding.message);
      // The project's lines, up to the next heading of its level or above, read without the parser.
      const first = lineOf(project.heading.span.start);
      let last = first;
      while (last < source.length && !new RegExp(`^#{1,${project.heading.level}}\\s`).test(source[last])) last++;
      const labelled = source.slice(first, last).find((line) => LABEL_LINE[fieldId].test(line));
      assert.equal(labelled, undefined, `"${project.title}" has "${labelled}" yet is reported: ${finding.message}`);
    }
  });

  test(`${file}: findings match the snapshot`, () => assertFindingsSnapshot(file, lines, findings));
}

function labelName(id: string): string {
  return (
    {
      description: 'Description',
      expectedOutcome: 'Expected Outcome',
      recommendedSkills: 'Recommended Skills',
      technologies: 'Technologies',
      mentors: 'Mentor(s)',
      upstreamIssue: 'Upstream Issue',
      lfxUrl: 'LFX URL',
    } as Record<string, string>
  )[id];
}
