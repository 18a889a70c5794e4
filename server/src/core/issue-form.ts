// CNCF's GitHub issue form for proposals (`.github/ISSUE_TEMPLATE/lfx-program-proposal.yml`):
// its fields (ids, labels, types, options, which are required) and the issue title pattern.
// The workspace's copy wins when it has one, so the checks follow CNCF when the form changes;
// otherwise the copy bundled at build time (server/data/, see SOURCE.md) is used.

import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import bundledForm from '../../data/lfx-program-proposal.yml';
import type { Span } from './span';

/** The form's file name, as the `template` query parameter of a new-issue URL names it. */
export const ISSUE_FORM_FILE = 'lfx-program-proposal.yml';
/** Where GitHub keeps the form in a repository. */
export const ISSUE_FORM_PATH = `.github/ISSUE_TEMPLATE/${ISSUE_FORM_FILE}`;

/** The input kinds of a GitHub issue form that a proposer fills in. */
export type FormFieldType = 'dropdown' | 'input' | 'textarea' | 'checkboxes';

/** One field of the form, as GitHub renders it in a submitted issue: `### <label>` then the value. */
export interface FormField {
  readonly id: string;
  readonly type: FormFieldType;
  readonly label: string;
  /** Dropdown options, or checkbox labels. */
  readonly options: readonly string[];
  readonly required: boolean;
  readonly placeholder?: string;
  /** What the form says about the field (markdown). */
  readonly description?: string;
}

/** The form, reduced to what drafts are checked and opened with. */
export interface IssueForm {
  /** The issue title pattern, such as `[CNCF LFX Proposal] <project> <program name>`. */
  readonly title: string;
  readonly fields: readonly FormField[];
  /** Where the form came from: `bundled`, or the path of the workspace's file. */
  readonly source: string;
}

/** A problem that keeps a form file from being used, with its place in that file. */
export interface FormProblem {
  message: string;
  span: Span;
}

const INPUT_TYPES = new Set<string>(['dropdown', 'input', 'textarea', 'checkboxes']);

/**
 * Reads a form definition from parsed YAML data. Markdown blocks carry no input and are left out;
 * the problems name what is not a usable form.
 */
export function formFromData(data: unknown, source: string): { form?: IssueForm; problems: string[] } {
  const problems: string[] = [];
  const root = record(data);
  const body = Array.isArray(root?.body) ? root.body : undefined;
  if (!root || !body) return { problems: ['The issue form has no `body` list.'] };
  const fields: FormField[] = [];
  body.forEach((item, index) => {
    const element = record(item);
    const type = typeof element?.type === 'string' ? element.type : '';
    if (!INPUT_TYPES.has(type)) return;
    const attributes = record(element?.attributes) ?? {};
    const label = typeof attributes.label === 'string' ? attributes.label.trim() : '';
    const id = typeof element?.id === 'string' ? element.id : '';
    if (!label) {
      problems.push(`Body item ${index + 1} (${type}) has no label.`);
      return;
    }
    const options = (Array.isArray(attributes.options) ? attributes.options : [])
      .map((option) => (typeof option === 'string' ? option : String(record(option)?.label ?? '')))
      .filter((option) => option !== '');
    const required = record(element?.validations)?.required === true;
    const placeholder = typeof attributes.placeholder === 'string' ? attributes.placeholder : undefined;
    const description = typeof attributes.description === 'string' ? attributes.description.trim() : undefined;
    fields.push({ id: id || label, type: type as FormFieldType, label, options, required, ...(placeholder && { placeholder }), ...(description && { description }) });
  });
  if (fields.length === 0) problems.push('The issue form has no input fields.');
  const title = typeof root.title === 'string' ? root.title : '';
  return fields.length ? { form: { title, fields, source }, problems } : { problems };
}

/**
 * Reads a form file's text. YAML syntax errors come with their place; a form that parses but
 * holds no usable fields is one problem at the top.
 */
export function readIssueForm(text: string, source: string): { form?: IssueForm; problems: FormProblem[] } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  if (document.errors.length > 0) {
    return {
      problems: document.errors.map((error) => ({
        message: `The issue form is not valid YAML: ${error.message.split('\n')[0]}. The copy bundled with the extension is used instead.`,
        span: { start: error.pos[0], end: Math.max(error.pos[1], error.pos[0]) },
      })),
    };
  }
  const { form, problems } = formFromData(document.toJS(), source);
  const top = { start: 0, end: Math.min(text.indexOf('\n') < 0 ? text.length : text.indexOf('\n'), text.length) };
  const bodySpan = spanOfKey(document.contents, 'body') ?? top;
  return {
    ...(form && { form }),
    problems: problems.map((message) => ({ message: `${message}${form ? '' : ' The copy bundled with the extension is used instead.'}`, span: bodySpan })),
  };
}

/** The form bundled with the extension (a copy of CNCF's, see server/data/SOURCE.md). */
export const BUNDLED_FORM: IssueForm = (() => {
  const { form } = formFromData(bundledForm, 'bundled');
  if (!form) throw new Error('The bundled issue form has no fields.');
  return form;
})();

/** The field with an id, if the form has it (none for no id: a draft's section of no field). */
export function formField(form: IssueForm, id: string | undefined): FormField | undefined {
  return id === undefined ? undefined : form.fields.find((field) => field.id === id);
}

function record(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** The span of a top-level key in the YAML document, for a problem about that key. */
function spanOfKey(contents: unknown, key: string): Span | undefined {
  if (!isMap(contents)) return undefined;
  for (const pair of contents.items) {
    if (isScalar(pair.key) && pair.key.value === key && pair.key.range) {
      return { start: pair.key.range[0], end: pair.key.range[1] };
    }
  }
  return undefined;
}

/** How the form lookup reads files and knows where a repository ends. */
export interface FormHost {
  readFile(path: string): string | undefined;
  isRoot(folder: string): boolean;
}

/** The form that applies to a file, where it came from, and the problems of a broken one. */
export interface FoundForm {
  form: IssueForm;
  /** The workspace's form file, when there is one (used or not). */
  path?: string;
  problems: FormProblem[];
}

/**
 * The issue form of the repository a file (absolute path with `/`) is in: the nearest
 * `.github/ISSUE_TEMPLATE/lfx-program-proposal.yml` walking up to a root; the bundled copy when
 * there is none, or when it is broken (its problems are returned to be shown on it).
 */
export function findIssueForm(filePath: string, host: FormHost): FoundForm {
  let folder = filePath.slice(0, filePath.lastIndexOf('/')) || '/';
  for (;;) {
    const path = `${folder === '/' ? '' : folder}/${ISSUE_FORM_PATH}`;
    const text = host.readFile(path);
    if (text !== undefined) {
      const { form, problems } = readIssueForm(text, path);
      return { form: form ?? BUNDLED_FORM, path, problems };
    }
    if (host.isRoot(folder) || folder === '/' || !folder.includes('/')) return { form: BUNDLED_FORM, problems: [] };
    folder = folder.slice(0, folder.lastIndexOf('/')) || '/';
  }
}
