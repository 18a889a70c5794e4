// upstream-multiple: several URLs in one upstream issue field of a term file. Maintainers
// accept entries that list a few related issues (a sub-list under `Upstream Issues:`), so it
// is a note, once a field: a tracking issue that links the others gives applicants one place
// to start. An issue-form draft is another matter (the form takes exactly one URL): that is
// form/upstream-multiple.ts, under the same id.

import type { Field, Project, UrlRef } from '../core/model';
import { normaliseUpstream } from '../core/urls';
import type { Rule } from './rule';
import { upstreamMultipleDraftCheck } from './form/upstream-multiple';

export const upstreamMultiple: Rule = {
  id: 'upstream-multiple',
  severity: 'information',
  description: 'Several URLs in one upstream issue field.',
  fixes: '—',
  scope: 'project',
  inputs: () => [],
  checkProject(context, project) {
    for (const field of project.fields) {
      if (field.id !== 'upstreamIssue') continue;
      const urls = distinct(urlsOfField(project, field));
      if (urls.length < 2) continue;
      context.report({
        message: `"${project.title}" has ${urls.length} upstream issues; a tracking issue that links the others gives applicants one place to start.`,
        // On the first URL past the first: the field's one finding, on text that shows why.
        span: urls[1].span,
      });
    }
  },
  checkDraft: upstreamMultipleDraftCheck.checkDraft,
};

function urlsOfField(project: Project, field: Field): UrlRef[] {
  return project.upstream.filter((url) => url.span.start >= field.valueSpan.start && url.span.end <= field.valueSpan.end);
}

/** One URL per issue: spellings that normalise alike (a link whose text is its URL, a fragment) count once. */
function distinct(urls: UrlRef[]): UrlRef[] {
  const seen = new Map<string, UrlRef>();
  for (const url of urls) if (!seen.has(normaliseUpstream(url.url))) seen.set(normaliseUpstream(url.url), url);
  return [...seen.values()];
}
