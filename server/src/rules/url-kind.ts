// url-kind: a URL that is not what its field's label says. An upstream "issue" that is a list
// or search of issues, a repository, a milestone, a project board, a report viewer or an LFX
// page; an LFX URL that is no LFX Mentorship project page. Such an entry still works for a
// reviewer who knows the project, so it is a note: an applicant looks for the one issue the
// work starts from, and LFX's own listing links the project page.
// A URL that is no http(s) URL at all is url-format's finding.

import type { Field, Project } from '../core/model';
import { isHttpUrl, isLfxProjectPage, isLfxSite, nonIssuePage, normaliseUpstream, urlsIn } from '../core/urls';
import type { Rule, RuleContext } from './rule';

export const urlKind: Rule = {
  id: 'url-kind',
  severity: 'information',
  description: 'A URL that is not what its label says: an upstream issue that is a list, search or other page, an LFX URL that is no mentorship project page.',
  fixes: '—',
  scope: 'project',
  inputs: () => [],
  checkProject(context, project) {
    for (const field of project.fields) {
      if (field.id === 'upstreamIssue') checkUpstream(context, project, field);
      else if (field.id === 'lfxUrl') checkLfx(context, field);
    }
  },
};

function checkUpstream(context: RuleContext, project: Project, field: Field): void {
  const seen = new Set<string>();
  // The project's LFX URLs, read only for an upstream URL on an LFX site (rare; this runs per keystroke).
  let lfxUrls: Set<string> | undefined;
  const projectLfxUrls = () =>
    (lfxUrls ??= new Set(
      project.fields.filter((other) => other.id === 'lfxUrl').flatMap((other) => urlsIn(context.document.text, other.valueSpan).map((url) => normaliseUpstream(url.url))),
    ));
  for (const url of project.upstream) {
    if (url.span.start < field.valueSpan.start || url.span.end > field.valueSpan.end || !isHttpUrl(url.url)) continue;
    const key = normaliseUpstream(url.url);
    if (seen.has(key)) continue;
    seen.add(key);
    if (isLfxSite(url.url)) {
      const also = projectLfxUrls().has(key) ? ' (the project\'s LFX URL)' : '';
      context.report({ message: `"${url.url}" is an LFX page${also}, not an upstream issue; link the issue the mentee's work starts from.`, span: url.span });
      continue;
    }
    const kind = nonIssuePage(url.url);
    // A label that asks for a project board ("Upstream Issue (Project URL)", era A) gets one.
    if (!kind || (kind === 'a project board' && /project/i.test(field.label))) continue;
    context.report({
      message: `"${url.url}" is ${kind}, not one issue, pull request or discussion; link the issue the mentee's work starts from (an umbrella issue can list the others).`,
      span: url.span,
    });
  }
}

function checkLfx(context: RuleContext, field: Field): void {
  for (const url of urlsIn(context.document.text, field.valueSpan)) {
    if (!isHttpUrl(url.url) || isLfxProjectPage(url.url)) continue;
    const what = isLfxSite(url.url) ? 'an LFX page but not a mentorship project page' : 'not an LFX page';
    context.report({
      message: `"${url.url}" is ${what}; ${field.label} takes the project's page, https://mentorship.lfx.linuxfoundation.org/project/<id>.`,
      span: url.span,
    });
  }
}
