// Writes an issue-form draft in the shape GitHub gives a submitted form: `### <label>`, a
// blank line, the value (`_No response_` when empty, `- [X] <label>` for checkboxes), in the
// form's order. The "convert" code action and the new-draft command write drafts with it.

import { NO_RESPONSE } from '../core/draft';
import type { IssueForm } from '../core/issue-form';

/** A value per field id: text, or for checkboxes the labels to check. */
export type DraftValues = Record<string, string | readonly string[]>;

/** The draft text of `values`, every section of the form in order. */
export function draftText(form: IssueForm, values: DraftValues, eol = '\n'): string {
  const blocks = form.fields.map((field) => {
    const value = values[field.id];
    let body: string;
    if (field.type === 'checkboxes') {
      const checked = new Set((Array.isArray(value) ? value : []).map((label) => label.toLowerCase()));
      body = field.options.map((option) => `- [${checked.has(option.toLowerCase()) ? 'X' : ' '}] ${option}`).join(eol);
    } else {
      const text = typeof value === 'string' ? value.trim() : '';
      body = text ? text.replace(/\r?\n/g, eol) : NO_RESPONSE;
    }
    return `### ${field.label}${eol}${eol}${body}`;
  });
  return blocks.join(`${eol}${eol}`) + eol;
}

/**
 * A new draft as a snippet: each text field a tab stop with the form's placeholder as its hint,
 * each dropdown its first option to change, checkboxes unchecked.
 */
export function draftSnippet(form: IssueForm): string {
  let stop = 0;
  const escape = (text: string) => text.replace(/[$}\\]/g, (char) => `\\${char}`);
  const blocks = form.fields.map((field) => {
    let body: string;
    if (field.type === 'checkboxes') {
      body = field.options.map((option) => `- [ ] ${escape(option)}`).join('\n');
    } else if (field.type === 'dropdown') {
      body = `\${${++stop}:${escape(field.options.length === 1 ? field.options[0] : `${field.label}: one of the form's options`)}}`;
    } else if (field.id === 'mentors') {
      body = `\${${++stop}:Full Name} | @\${${++stop}:github-handle} | \${${++stop}:email@example.com} | \${${++stop}:LFID}`;
    } else if (!field.required) {
      body = NO_RESPONSE;
    } else {
      const hint = (field.placeholder ?? field.label).split('\n')[0].replace(/^e\.g\.\s*/i, '').trim();
      body = `\${${++stop}:${escape(hint || field.label)}}`;
    }
    return `### ${escape(field.label)}\n\n${body}`;
  });
  return `${blocks.join('\n\n')}\n$0`;
}
