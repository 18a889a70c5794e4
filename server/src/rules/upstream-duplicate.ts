// upstream-duplicate: an upstream issue that another project uses too, in this document or
// in another proposal file of the workspace. URLs compare normalised (no scheme, no www,
// no fragment, no trailing slash, host and path lower-cased), so spellings do not hide it.
//
// How much it weighs depends on where the other use is:
// - the same term's other file (its README.md beside its project_ideas.md): the two list the
//   same proposals, so it is no finding at all;
// - another term: a project proposed again, which is common and often intended (information);
// - this document, under the same organisation: usually a tracking issue
//   that sibling projects share, such as Karmada's community issue with one comment a project
//   (information);
// - this document, under an unrelated organisation: most likely a neighbour's entry copied with
//   its issue left in (warning).

import { sameTermFiles } from '../core/knowledge';
import type { Organisation, Project } from '../core/model';
import { normaliseUpstream } from '../core/urls';
import type { Rule, RuleContext } from './rule';

export const upstreamDuplicate: Rule = {
  id: 'upstream-duplicate',
  severity: 'information',
  description: 'The same upstream issue used by another project in this document or the workspace.',
  fixes: '—',
  scope: 'document',
  // A draft's upstream issue is compared with the workspace's as a term entry's is.
  checkTerm: checkUpstreamDuplicates,
  checkDraft: checkUpstreamDuplicates,
};

function checkUpstreamDuplicates(context: RuleContext): void {
  const { document, uri, workspace } = context;
  // Within the document, from the model itself (the workspace may not hold this version yet).
  const local = new Map<string, Project>();
  for (const project of document.projects) {
    for (const url of project.upstream) {
      const key = normaliseUpstream(url.url);
      if (!local.has(key)) local.set(key, project);
    }
  }
  for (const project of document.projects) {
    for (const url of dedupe(project.upstream)) {
      const key = normaliseUpstream(url.url);
      const firstHere = local.get(key);
      if (firstHere && firstHere !== project) {
        const same = firstHere.title === project.title ? ' (another project with the same title)' : '';
        if (relatedOrganisations(firstHere.org, project.org)) {
          context.report({
            message: `"${project.title}" uses the upstream issue of "${firstHere.title}"${same} in this file; fine for a tracking issue the projects share, else link this project's own issue.`,
            span: url.span,
          });
        } else {
          context.report({
            severity: 'warning',
            message: `"${project.title}" (${project.org?.name}) uses the upstream issue of "${firstHere.title}" (${firstHere.org?.name}), a project of another organisation, in this file; link this project's own issue.`,
            span: url.span,
          });
        }
        continue;
      }
      // The same term's README.md and project_ideas.md list the same proposals: not a repeat.
      // The first other use (a repository's history holds each issue in many versions of many files).
      const other = workspace?.upstreamUses(url.url).find((use) => use.uri !== uri && !sameTermFiles(uri, use.uri));
      if (other) {
        const where = [other.term, other.org].filter(Boolean).join(', ');
        context.report({
          message: `"${project.title}" uses the upstream issue of "${other.project}"${where ? ` (${where})` : ''} in ${pathFrom(uri, other.uri)}.`,
          span: url.span,
        });
      }
    }
  }
}

/**
 * Whether two projects of one document sit under the same organisation (sub-projects such as
 * Volcano's `#### AgentCube` belong to the organisation above them); a project outside any
 * organisation is related to every other, since nothing tells them apart.
 */
function relatedOrganisations(first: Organisation | undefined, second: Organisation | undefined): boolean {
  return !first || !second || first === second || first.name.toLowerCase() === second.name.toLowerCase();
}

function dedupe<T extends { url: string }>(urls: readonly T[]): readonly T[] {
  // Most entries link one issue: nothing to drop (this runs for every project on each keystroke).
  if (urls.length < 2) return urls;
  const seen = new Set<string>();
  return urls.filter((url) => {
    const key = normaliseUpstream(url.url);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The other file's path from the deepest folder it shares with this one (`lfx-mentorship/2025/03-Sep-Nov/README.md`
 * from another term, `proposals/b.proposal.md` from a file of its folder), so the message reads the
 * same wherever the repository sits; its last four segments when the two share nothing but the root.
 */
function pathFrom(uri: string | undefined, otherUri: string): string {
  const segments = (each: string) => decodeURIComponent(each.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '')).split('/');
  const other = segments(otherUri);
  const here = uri ? segments(uri) : [];
  let shared = 0;
  while (shared < here.length - 1 && shared < other.length - 1 && here[shared] === other[shared]) shared++;
  return (shared > 1 ? other.slice(shared - 1) : other.slice(-4)).join('/');
}
