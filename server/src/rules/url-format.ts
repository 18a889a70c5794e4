// url-format: an upstream issue or LFX/Apply value that is not an http(s) URL.

import { isHttpUrl } from '../core/urls';
import type { Rule } from './rule';

export const urlFormat: Rule = {
  id: 'url-format',
  severity: 'error',
  description: 'An upstream issue or LFX/Apply value that is not an http(s) URL.',
  check(context) {
    for (const project of context.document.projects) {
      for (const field of project.fields) {
        if ((field.id !== 'upstreamIssue' && field.id !== 'lfxUrl') || !field.value) continue;
        const urls = field.id === 'upstreamIssue' ? project.upstream.filter((url) => within(url.span, field.valueSpan)) : urlsOf(field.value, field.valueSpan.start);
        const bad = urls.filter((url) => !isHttpUrl(url.url));
        for (const url of bad) context.report({ message: `"${url.url}" is not an http(s) URL.`, span: url.span });
        if (urls.length === 0) {
          context.report({ message: `The ${field.label} value is not an http(s) URL.`, span: field.valueSpan });
        }
      }
    }
  },
};

function within(inner: { start: number; end: number }, outer: { start: number; end: number }): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** URLs in a value: links, `<…>` and bare words with a scheme or `www.`. */
function urlsOf(value: string, offset: number) {
  const urls: Array<{ url: string; span: { start: number; end: number } }> = [];
  for (const match of value.matchAll(/\]\(([^)\s]+)\)|<([^>\s]+)>|((?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s<>()]+)/gi)) {
    const url = match[1] ?? match[2] ?? match[3];
    const start = offset + (match.index ?? 0) + match[0].indexOf(url);
    urls.push({ url, span: { start, end: start + url.length } });
  }
  return urls;
}
