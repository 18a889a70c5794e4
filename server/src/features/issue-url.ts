// The new-issue URL of CNCF's form, prefilled from a draft: GitHub fills an issue form's
// fields from query parameters named by field id, and the title from `title`. GitHub answers
// 414 to a URL beyond about 8 KB; past a safe length the longest fields are left out of the
// URL and handed back to be pasted by hand.

import { writtenValue } from '../core/draft';
import { ISSUE_FORM_FILE, type IssueForm } from '../core/issue-form';
import type { DraftDocument } from '../core/model';

/** Well under the length at which GitHub refuses a URL (414 URI Too Long). */
export const MAX_ISSUE_URL_LENGTH = 7000;

/** A field the URL does not carry, to be filled in by hand. */
export interface ManualField {
  id: string;
  label: string;
  value: string;
  /** Why: `too-long` (left out to keep the URL short) or `not-prefillable` (checkboxes). */
  reason: 'too-long' | 'not-prefillable';
}

/** The URL to open and what it leaves to the author. */
export interface IssueUrl {
  url: string;
  title: string;
  /** Fields with a value that are not in the URL. */
  manual: ManualField[];
}

/** Builds the URL for a draft. */
export function issueUrl(document: DraftDocument, repository = 'cncf/mentoring', maxLength = MAX_ISSUE_URL_LENGTH): IssueUrl {
  const { draft } = document;
  const { form } = draft;
  const value = (id: string) => draft.sections.find((section) => section.fieldId === id)?.value ?? '';
  const title = issueTitle(form, value('cncf_project'), value('program_name'));
  const base = `https://github.com/${repository}/issues/new?template=${encodeURIComponent(ISSUE_FORM_FILE)}&title=${encodeURIComponent(title)}`;
  const manual: ManualField[] = [];
  const included: Array<{ id: string; label: string; value: string; encoded: string }> = [];
  for (const field of form.fields) {
    const section = draft.sections.find((candidate) => candidate.fieldId === field.id);
    if (!section) continue;
    if (field.type === 'checkboxes') {
      const checked = section.checkboxes.filter((box) => box.checked).map((box) => `- [X] ${box.label}`);
      if (checked.length) manual.push({ id: field.id, label: field.label, value: checked.join('\n'), reason: 'not-prefillable' });
      continue;
    }
    // A description with its own `### ` sub-heading goes in whole, as the author wrote it (the
    // bot would cut it there: unknown-field says so).
    const written = writtenValue(document.text, draft, section);
    if (!written) continue;
    included.push({ id: field.id, label: field.label, value: written, encoded: `&${encodeURIComponent(field.id)}=${encodeURIComponent(written)}` });
  }
  // Leave out the longest fields until the URL fits.
  const length = () => base.length + included.reduce((sum, field) => sum + field.encoded.length, 0);
  while (length() > maxLength && included.length > 0) {
    const longest = included.reduce((a, b) => (b.encoded.length > a.encoded.length ? b : a));
    included.splice(included.indexOf(longest), 1);
    manual.push({ id: longest.id, label: longest.label, value: longest.value, reason: 'too-long' });
  }
  const order = new Map(form.fields.map((field, index) => [field.id, index]));
  manual.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return { url: base + included.map((field) => field.encoded).join(''), title, manual };
}

/** The issue title in the form's pattern: `[CNCF LFX Proposal] <project> <program name>`. */
export function issueTitle(form: IssueForm, project: string, programName: string): string {
  const pattern = form.title || '[CNCF LFX Proposal] <project> <program name>';
  return pattern.replace(/<project>/i, project || '<project>').replace(/<program name>/i, programName || '<program name>').trim();
}

/** The fields left to the author, as text to paste: `### <label>` and the value. */
export function manualText(manual: readonly ManualField[]): string {
  return manual.map((field) => `### ${field.label}\n\n${field.value}\n`).join('\n');
}
