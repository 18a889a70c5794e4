// upstream-multiple: several URLs in one upstream issue field. A proposal tracks one
// upstream issue; a list of issues belongs in the description or in that issue.

import { normaliseUpstream } from '../core/urls';
import type { Rule } from './rule';

export const upstreamMultiple: Rule = {
  id: 'upstream-multiple',
  severity: 'warning',
  description: 'Several URLs in one upstream issue field.',
  check(context) {
    for (const project of context.document.projects) {
      const distinct = new Map<string, (typeof project.upstream)[number]>();
      for (const url of project.upstream) if (!distinct.has(normaliseUpstream(url.url))) distinct.set(normaliseUpstream(url.url), url);
      const urls = [...distinct.values()];
      for (const url of urls.slice(1)) {
        context.report({
          message: `"${project.title}" has ${urls.length} upstream issues; name one, and list the others in it or in the description.`,
          span: url.span,
        });
      }
    }
  },
};
