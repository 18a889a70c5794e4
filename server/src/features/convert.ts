// "Write as an issue-form draft": a project entry of a term file (either era) as a draft of
// CNCF's form. Description (and Expected Outcome) → Program Description, Recommended Skills
// → Technologies, Mentor(s) → `Name | @handle | email | ` lines (emails from the entry or the
// workspace; LFIDs are left for the author, and mentor-lfid says so), Upstream Issue →
// Upstream Issue URL, the organisation → the closest CNCF Project option. The title loses a
// trailing term such as `(2025 Term 3)`: the draft is for another term, and LFX's full name
// adds the form's term itself.

import { formField, type IssueForm } from '../core/issue-form';
import type { WorkspaceKnowledge } from '../core/knowledge';
import type { Field, Project, ProposalDocument } from '../core/model';
import { closestOption } from '../core/closest-option';
import { type DraftValues, draftText } from './draft-text';

/** The draft text of one project of a term file. */
export function projectAsDraft(document: ProposalDocument, project: Project, form: IssueForm, workspace?: WorkspaceKnowledge): string {
  const field = (id: Field['id']) => project.fields.find((candidate) => candidate.id === id);
  const text = (id: Field['id']) => {
    const found = field(id);
    return found ? plainValue(document.text.slice(found.valueSpan.start, found.valueSpan.end)) : '';
  };
  const options = (id: string) => formField(form, id)?.options ?? [];
  const orgName = project.org?.heading.plain || project.org?.name || '';
  const description = text('description');
  const outcome = text('expectedOutcome');
  const technologies = text('technologies');
  const skills = text('recommendedSkills');
  const values: DraftValues = {
    cncf_project: closestOption(options('cncf_project'), orgName) ?? orgName,
    term: options('term')[0] ?? '',
    program_name: withoutTerm(project.heading.plain || project.title),
    program_description: outcome && !/^##\s/m.test(description) ? `## Description\n${description}\n\n## Expected outcomes\n${outcome}` : description,
    technologies: oneLine(technologies || skills),
    mentors: project.mentors.map((mentor) => {
      const handle = mentor.handle?.text ?? (mentor.bareHandle ? `@${mentor.bareHandle.text}` : '');
      const email = mentor.email?.text ?? (handle ? workspace?.mentor(handle)?.emails[0] : undefined) ?? '';
      return `${mentor.name?.text ?? ''} | ${handle} | ${email} |`;
    }).join('\n'),
    upstream_issue_url: project.upstream.map((url) => url.url).join(', '),
  };
  // The Technologies are the skills unless the entry lists both and they differ.
  if (technologies && skills && oneLine(technologies).toLowerCase() !== oneLine(skills).toLowerCase()) values.skills = oneLine(skills);
  else values.skills_same = options('skills_same');
  return draftText(form, values);
}

/**
 * A trailing term marker some titles carry: `(2025 Term 3)`, `(2026 Term 3 (Sep-Nov))`,
 * `- 2025 Term 3`. Only at the end, so a title about a term keeps its words.
 */
const TRAILING_TERM = /(?:\s*\(\s*(?:\d{4}\s+)?Term\s*\d+(?:\s+\d{4})?(?:\s*\([^()]*\))?\s*\)|\s+[-–—]\s*(?:\d{4}\s+)?Term\s*\d+(?:\s+\d{4})?(?:\s*\([^()]*\))?)\s*$/i;

/** A program title without its trailing term marker (unchanged when nothing else is left). */
export function withoutTerm(title: string): string {
  return title.replace(TRAILING_TERM, '') || title;
}

/** A field value without list markers, block-quote markers or the indentation of a sub-list. */
function plainValue(value: string): string {
  const lines = value.replace(/^[ \t]*:?[ \t]*/, '').split(/\r?\n/);
  const indents = lines.slice(1).filter((line) => line.trim()).map((line) => /^[ \t]*/.exec(line)![0].length);
  const indent = indents.length ? Math.min(...indents) : 0;
  return lines
    .map((line, index) => (index === 0 ? line : line.slice(Math.min(indent, /^[ \t]*/.exec(line)![0].length))))
    .map((line) => line.replace(/^>[ \t]?/, ''))
    .join('\n')
    .trim();
}

/** A list written over several lines (`- Go`) as one comma-separated line. */
function oneLine(value: string): string {
  return value
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*[-*+]\s+/, '').trim())
    .filter(Boolean)
    .join(', ')
    .replace(/,\s*,/g, ',');
}
