// unknown-project: an organisation heading that names no CNCF project (from the bundled
// CNCF project list). A note, since sub-projects and working groups also propose; the fix
// renames to the closest CNCF name when one is close.

import { closestCncfProject, findCncfProject } from '../core/cncf-projects';
import type { Rule } from './rule';

/**
 * A heading that is nothing but a listing's name: on a page of one project's ideas, one level under
 * a "## Ideas" heading, that heading stands where an organisation would, but names none.
 */
const LISTING_ONLY = /^(?:(?:gsoc|project|proposed|mentorship)\s+)?(?:ideas?|proposals?|projects?)(?:\s+list)?\s*:?$/i;

export const unknownProject: Rule = {
  id: 'unknown-project',
  severity: 'information',
  description: 'An organisation heading that is not a CNCF project, with the closest name.',
  fixes: 'quick fix',
  scope: 'document',
  checkTerm(context) {
    for (const org of context.document.orgs) {
      if (findCncfProject(org.name) || LISTING_ONLY.test(org.heading.plain)) continue;
      const closest = closestCncfProject(org.name);
      context.report({
        message: closest
          ? `"${org.name}" is not a CNCF project; did you mean "${closest.name}"?`
          : `"${org.name}" is not in the CNCF project list.`,
        span: org.heading.textSpan,
        fix: closest && {
          title: `Rename to "${closest.name}"`,
          edits: [{ span: org.heading.textSpan, newText: closest.name }],
          safe: false,
        },
      });
    }
  },
};
