// url-format: an upstream issue or LFX/Apply value that is not an http(s) URL.
//
// How much it weighs depends on what is written:
// - a link or address with another scheme (`ftp://`), a link whose target has none (GitHub
//   makes `[x](github.com/…)` a link into the repository: broken), or no address at all
//   (`TBD`): error, the entry cannot be followed (on a GSoC page, where Google asks for no
//   upstream issue, an upstream issue written as `NA`, `None` or `TBD` is a warning);
// - an address written without its scheme (`github.com/org/repo/issues/1`) or a GitHub
//   short reference (`org/repo#1`, plain text in a file): warning, a reader can still find it;
// - a `www.` address, which GitHub links with http://: hint.
// Adding `https://` keeps the address as written, so that fix is safe; the full URL of a short
// reference is a guess at its form (issue or pull request; GitHub redirects one to the other),
// offered but not applied by Fix All.

import type { Field, Project, Span } from '../core/model';
import { isHttpUrl, urlsIn } from '../core/urls';
import type { Fix, Rule, RuleContext } from './rule';
import { urlFormatDraftCheck } from './form/url-format';

export const urlFormat: Rule = {
  id: 'url-format',
  severity: 'error',
  description: 'An upstream issue or LFX/Apply value that is not an http(s) URL.',
  fixes: 'safe for a missing `https://`, quick fix for a short reference (in drafts: safe)',
  scope: 'project',
  // On a GSoC page an upstream issue written "NA" is a warning (Google asks for none).
  inputs: ({ document }) => [document.programme],
  checkProject(context, project) {
    for (const field of project.fields) {
      if ((field.id === 'upstreamIssue' || field.id === 'lfxUrl') && field.value) checkField(context, project, field);
    }
  },
  checkDraft: urlFormatDraftCheck.checkDraft,
};

function checkField(context: RuleContext, project: Project, field: Field): void {
  const { text } = context.document;
  const written = field.id === 'upstreamIssue' ? project.upstream.filter((url) => within(url.span, field.valueSpan)) : urlsIn(text, field.valueSpan);
  let found = written.some((url) => isHttpUrl(url.url));
  for (const url of written) {
    if (isHttpUrl(url.url)) continue;
    found = true;
    const fix = schemeless(url.url) ? addScheme(url.span) : undefined;
    context.report({ message: `"${url.url}" is not an http(s) URL.`, span: url.span, ...(fix && { fix }) });
  }
  let rest = masked(text, field.valueSpan);
  const schemeUrl = /\b[a-z][a-z0-9+.-]*:\/\/[^\s<>()[\]]+/gi;
  for (const match of rest.matchAll(schemeUrl)) {
    found = true;
    const url = match[0].replace(TRAILING, '');
    context.report({ message: `"${url}" is not an http(s) URL.`, span: spanAt(field.valueSpan.start, match.index, url.length) });
  }
  rest = rest.replace(schemeUrl, (url) => ' '.repeat(url.length));
  for (const match of rest.matchAll(ADDRESS)) {
    found = true;
    const address = match[0].replace(TRAILING, '');
    const span = spanAt(field.valueSpan.start, match.index, address.length);
    if (/^www\./i.test(address)) {
      // GitHub links `www.` addresses (with http://): only the scheme is missing.
      context.report({ severity: 'hint', message: `"${address}" has no scheme; GitHub links it with http://, write https://${address}.`, span, fix: addScheme(span) });
    } else {
      context.report({ severity: 'warning', message: `"${address}" has no scheme, so GitHub shows it as plain text; write https://${address}.`, span, fix: addScheme(span) });
    }
  }
  for (const match of rest.matchAll(SHORT_REFERENCE)) {
    found = true;
    const [reference, owner, repo, number] = match;
    const url = `https://github.com/${owner}/${repo}/issues/${number}`;
    context.report({
      severity: 'warning',
      message: `"${reference}" is a link in a GitHub comment but plain text in a file; write the URL, ${url}.`,
      span: spanAt(field.valueSpan.start, match.index, reference.length),
      fix: { title: `Link ${reference} to ${url}`, edits: [{ span: spanAt(field.valueSpan.start, match.index, reference.length), newText: `[${reference}](${url})` }], safe: false },
    });
  }
  if (found) return;
  if (context.document.programme === 'gsoc' && field.id === 'upstreamIssue' && NO_ISSUE.test(field.value)) {
    // Google asks no upstream issue of an idea: "NA" on a GSoC page is the author saying there is none.
    context.report({
      severity: 'warning',
      message: `"${field.value}" says "${project.title}" has no upstream issue; link the issue the work starts from, if there is one.`,
      span: field.valueSpan,
    });
    return;
  }
  context.report({ message: `The ${field.label} value is not an http(s) URL.`, span: field.valueSpan });
}

/** A value that says there is no issue (yet). */
const NO_ISSUE = /^(?:n\/?a|none|tbd|tba|not yet|-+)\.?$/i;

/** Punctuation that ends a sentence rather than an address. */
const TRAILING = /[.,;:!?*_'"`]+$/;

/** Common top-level domains: `Node.js/TypeScript` is no address, `github.com/org/repo` is. */
const DOMAIN = String.raw`(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:com|org|io|dev|net|sh|ai|app|cloud|co|edu|gov|info|tech|me|us|uk|de|cn|in)\b`;

/** An address without a scheme: `www.` and a host, or a host of a common domain with a path. */
const ADDRESS = new RegExp(String.raw`(?<![\w@/.:-])(?:www\.[^\s<>()[\]]+|${DOMAIN}\/[^\s<>()[\]]*)`, 'gi');

/** `owner/repo#123`, GitHub's short reference to an issue or pull request of another repository. */
const SHORT_REFERENCE = /(?<![\w/.@-])([A-Za-z0-9][\w.-]*)\/([\w.-]+)#(\d+)\b/g;

/**
 * The value's text with links, `<…>`, inline code and emails blanked out (same length, so
 * offsets hold): what is left is where an address written as plain text can be.
 */
function masked(text: string, span: Span): string {
  const blank = (part: string) => ' '.repeat(part.length);
  return text
    .slice(span.start, span.end)
    .replace(/\[[^\]\n]*\]\([^)\n]*\)/g, blank)
    .replace(/<[^>\n]*>/g, blank)
    .replace(/`[^`\n]*`/g, blank)
    .replace(/\bhttps?:\/\/[^\s<>()[\]]+/gi, blank)
    .replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, blank);
}

/** A URL that is an address without its scheme (`github.com/…`, `www.…`), not a relative link. */
function schemeless(url: string): boolean {
  return new RegExp(String.raw`^(?:www\.|${DOMAIN}\/)`, 'i').test(url);
}

function addScheme(span: Span): Fix {
  return { title: 'Add https://', edits: [{ span: { start: span.start, end: span.start }, newText: 'https://' }], safe: true };
}

function spanAt(offset: number, index: number | undefined, length: number): Span {
  const start = offset + (index ?? 0);
  return { start, end: start + length };
}

function within(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}
