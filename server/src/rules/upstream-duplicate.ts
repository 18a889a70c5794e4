// upstream-duplicate: an upstream issue that another project uses too, in this document or
// in another proposal file of the workspace. URLs compare normalised (no scheme, no www,
// no fragment, no trailing slash, host and path lower-cased), so spellings do not hide it.

import type { Project } from '../core/model';
import { normaliseUpstream } from '../core/urls';
import type { Rule } from './rule';

export const upstreamDuplicate: Rule = {
  id: 'upstream-duplicate',
  severity: 'warning',
  description: 'The same upstream issue used by another project in this document or the workspace.',
  check(context) {
    const { document, uri, workspace } = context;
    // Within the document, from the model itself (the workspace may not hold this version yet).
    const local = new Map<string, Project>();
    for (const project of document.projects) {
      for (const key of new Set(project.upstream.map((url) => normaliseUpstream(url.url)))) {
        if (!local.has(key)) local.set(key, project);
      }
    }
    for (const project of document.projects) {
      for (const url of dedupe(project.upstream)) {
        const key = normaliseUpstream(url.url);
        const firstHere = local.get(key);
        if (firstHere && firstHere !== project) {
          const same = firstHere.title === project.title ? ' (another project with the same title)' : '';
          context.report({ message: `"${project.title}" uses the upstream issue of "${firstHere.title}"${same} in this file.`, span: url.span });
          continue;
        }
        const elsewhere = (workspace?.upstreamUses(url.url) ?? []).filter((use) => use.uri !== uri);
        if (elsewhere.length > 0) {
          const other = elsewhere[0];
          const where = [other.term, other.org].filter(Boolean).join(', ');
          context.report({
            message: `"${project.title}" uses the upstream issue of "${other.project}"${where ? ` (${where})` : ''} in ${fileName(other.uri)}.`,
            span: url.span,
          });
        }
      }
    }
  },
};

function dedupe<T extends { url: string }>(urls: T[]): T[] {
  const seen = new Set<string>();
  return urls.filter((url) => {
    const key = normaliseUpstream(url.url);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function fileName(uri: string): string {
  return decodeURIComponent(uri.replace(/^[a-z]+:\/\/[^/]*/i, '')).split('/').slice(-4).join('/');
}
