// Which fields a project of this document must have. Description, skills, mentors and an
// upstream issue are always required; the fields that came later (Expected Outcome, the
// LFX/Apply link, Technologies) are required only where most of the document's own
// entries use them, so a 2021 file is not held to 2025's template. A Google Summer of Code page
// is asked for an upstream issue only where its own template lists one (Google asks for none;
// the 2017 and 2018 pages have no template and link an issue for about half their ideas).

import { type FieldId, FIELDS } from './fields';
import type { ProposalDocument } from './model';

/** The fields every project must have, whatever its document's entries use. */
export const ALWAYS_REQUIRED: readonly FieldId[] = ['description', 'recommendedSkills', 'mentors', 'upstreamIssue'];
const BY_USAGE: readonly FieldId[] = ['expectedOutcome', 'technologies', 'lfxUrl'];
const GSOC_WITHOUT_ISSUE: readonly FieldId[] = ALWAYS_REQUIRED.filter((id) => id !== 'upstreamIssue');

/** The fields every project of `document` must have (an error when missing), whatever its entries use. */
export function alwaysRequired(document: ProposalDocument): readonly FieldId[] {
  if (document.programme !== 'gsoc' || (document.kind === 'term' && document.template?.fields.includes('upstreamIssue'))) return ALWAYS_REQUIRED;
  return GSOC_WITHOUT_ISSUE;
}

const cache = new WeakMap<ProposalDocument, FieldId[]>();

/** The required fields of every project of `document`, in canonical order. */
export function requiredFields(document: ProposalDocument): FieldId[] {
  let required = cache.get(document);
  if (!required) {
    const used = (id: FieldId) =>
      document.projects.filter((project) => project.fields.some((field) => field.id === id)).length;
    const needed = new Set<FieldId>(alwaysRequired(document));
    for (const id of BY_USAGE) if (used(id) * 2 > document.projects.length) needed.add(id);
    required = FIELDS.map((spec) => spec.id).filter((id) => needed.has(id));
    cache.set(document, required);
  }
  return required;
}
