// upstream-multiple, in an issue-form draft: the Upstream Issue URL field holds more than one
// URL (a comma means several). The form takes exactly one: an umbrella issue for several.
// CNCF's bot fails a value with a comma or blank space in it, so those are errors; two URLs
// run together with neither (`https://a.io/1https://b.io/2`) pass the bot and are a warning.

import { urlsIn } from '../../core/urls';
import type { DraftCheck } from '../rule';
import { sectionOf } from './draft-sections';

export const upstreamMultipleDraftCheck: DraftCheck = {
  // The rule's default is the term rule's (information); every finding here says error, as the bot does.
  checkDraft(context) {
    const section = sectionOf(context.document.draft, 'upstream_issue_url');
    if (!section?.value) return;
    const urls = urlsIn(context.document.text, section.valueTextSpan);
    if (urls.length < 2 && !section.value.includes(',')) return;
    context.report({
      severity: /[\s,]/.test(section.value) ? 'error' : 'warning',
      message: `The Upstream Issue URL takes exactly one URL${urls.length > 1 ? `, not ${urls.length}` : ' (a comma means several)'}; link an umbrella issue for a program that covers several.`,
      span: section.valueTextSpan,
    });
  },
};
