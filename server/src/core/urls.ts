// URL helpers shared by rules and the workspace index.

import type { Span, UrlRef } from './model';

/**
 * The form under which two upstream issue URLs count as the same: no scheme, no `www.`,
 * no `#fragment`, no trailing slash, host and path lower-cased, query kept as written.
 */
export function normaliseUpstream(url: string): string {
  let normalised = NORMALISED.get(url);
  if (normalised === undefined) {
    if (NORMALISED.size >= 10_000) NORMALISED.clear();
    NORMALISED.set(url, (normalised = normalise(url)));
  }
  return normalised;
}

/** Every keystroke compares the same URLs with the whole workspace's: normalise each once. */
const NORMALISED = new Map<string, string>();

function normalise(url: string): string {
  const match = /^(?:[a-z][a-z0-9+.-]*:)?\/\/(?:www\.)?([^/?#]*)([^?#]*)(\?[^#]*)?/i.exec(url.trim());
  if (!match) return url.trim().toLowerCase().replace(/#.*$/, '').replace(/\/+$/, '');
  const [, host, path, query = ''] = match;
  return `${host.toLowerCase()}${path.toLowerCase().replace(/\/+$/, '')}${query}`;
}

/** True for an absolute http or https URL with a host. */
export function isHttpUrl(url: string): boolean {
  return /^https?:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$/i.test(url);
}

/** The URLs written in a span of the text: markdown links, `<autolinks>` and bare http(s) URLs. */
export function urlsIn(source: string, span: Span): UrlRef[] {
  const slice = source.slice(span.start, span.end);
  const urls: UrlRef[] = [];
  const taken: Span[] = [];
  const add = (url: string, at: number, length: number, form: UrlRef['form'], urlOffset: number) => {
    const whole = { start: span.start + at, end: span.start + at + length };
    if (taken.some((other) => other.start < whole.end && whole.start < other.end)) return;
    taken.push(whole);
    urls.push({ url, span: { start: whole.start + urlOffset, end: whole.start + urlOffset + url.length }, form });
  };
  for (const match of slice.matchAll(/\[([^\][]*)\]\(\s*<?([^)\s>]+)>?[^)]*\)/g)) {
    add(match[2], match.index ?? 0, match[0].length, 'link', match[0].indexOf(match[2], match[1].length + 2));
  }
  for (const match of slice.matchAll(/<([a-z][a-z0-9+.-]*:[^>\s]+)>/gi)) add(match[1], match.index ?? 0, match[0].length, 'angle', 1);
  for (const match of slice.matchAll(/\bhttps?:\/\/[^\s<>()[\]]+/gi)) {
    const url = match[0].replace(/[.,;:!?*_'"]+$/, '');
    add(url, match.index ?? 0, url.length, 'bare', 0);
  }
  return urls.sort((a, b) => a.span.start - b.span.start);
}
