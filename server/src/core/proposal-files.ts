// Which files are proposal files: the glob patterns of `lfxProposals.files`, matched
// against a path relative to its workspace folder (or the whole path outside any folder).

// The POSIX matcher: paths here always have `/` separators, on Windows and in a browser alike.
import picomatch from 'picomatch/posix';

/** The default of `lfxProposals.files`. */
export const DEFAULT_PROPOSAL_FILES: readonly string[] = ['**/project_ideas.md', '**/lfx-mentorship/**/README.md', '**/summerofcode/*.md', '**/*.proposal.md'];

/** A test for paths with `/` separators, relative to a workspace folder or absolute. */
export type ProposalFileMatcher = (path: string) => boolean;

/** Builds a matcher from glob patterns; an empty list matches nothing. */
export function proposalFileMatcher(patterns: readonly string[]): ProposalFileMatcher {
  const valid = patterns.filter((pattern) => typeof pattern === 'string' && pattern.trim() !== '');
  const test = valid.length > 0 ? picomatch(valid, { dot: true }) : () => false;
  return (path) => test(path.replace(/^\/+/, ''));
}
