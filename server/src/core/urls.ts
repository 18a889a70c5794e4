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

/** An LFX Mentorship project page (`https://mentorship.lfx.linuxfoundation.org/project/<id>`, or its CommunityBridge address of 2020). */
export function isLfxProjectPage(url: string): boolean {
  const parsed = parseHttpUrl(url);
  return (
    parsed !== undefined &&
    /^(?:mentorship\.lfx\.linuxfoundation\.org|(?:people\.|mentorship\.)?communitybridge\.org)$/.test(parsed.host) &&
    /^\/project\/[^/]+\/?$/i.test(parsed.pathname)
  );
}

/** A site of the Linux Foundation's LFX platform (mentorship, crowdfunding, insights…) or its CommunityBridge predecessor. */
export function isLfxSite(url: string): boolean {
  const host = parseHttpUrl(url)?.host;
  return host !== undefined && /(?:^|\.)(?:lfx\.linuxfoundation\.org|communitybridge\.org)$/.test(host);
}

/**
 * What an upstream "issue" URL points at when it is no one issue, pull request or discussion:
 * a list or search of issues, a repository or organisation page, a milestone or project board,
 * a search or report page; undefined for an issue (or anything else, such as a design document,
 * that may well be what the author means). Only the shapes of GitHub and GitLab are known; on
 * other hosts only search and report pages are recognised.
 */
export function nonIssuePage(url: string): string | undefined {
  const parsed = parseHttpUrl(url);
  if (!parsed) return undefined;
  const segments = parsed.pathname.split('/').filter(Boolean);
  const searched = [...parsed.searchParams.keys()].some((key) => /^(?:q|query|search)$/i.test(key));
  if (parsed.host === 'github.com') {
    const [owner, repo, kind, number] = segments.map((segment) => segment.toLowerCase());
    if (!owner) return 'the GitHub home page';
    if (/^(?:search|issues|pulls)$/.test(owner)) return owner === 'search' ? 'a GitHub search' : `a list of ${owner === 'pulls' ? 'pull requests' : 'issues'}`;
    if ((owner === 'orgs' || owner === 'users') && kind === 'projects') return 'a project board';
    if (!repo) return 'an organisation or user page';
    if (!kind) return 'a repository page';
    if (kind === 'issues' || kind === 'pulls' || kind === 'discussions') {
      const list = `a ${searched ? 'search' : 'list'} of ${kind === 'pulls' ? 'pull requests' : kind}`;
      if (number === undefined) return list;
      return /^\d+$/.test(number) ? undefined : number === 'new' ? 'the form for a new issue' : list;
    }
    if (kind === 'milestone' || kind === 'milestones') return 'a milestone (a list of issues)';
    if (kind === 'labels') return 'a label (a list of issues)';
    if (kind === 'projects') return 'a project board';
    return undefined;
  }
  if (parsed.host === 'gitlab.com') {
    const dash = segments.indexOf('-');
    const kind = segments[dash + 1];
    if (dash > 0 && (kind === 'issues' || kind === 'merge_requests') && !/^\d+$/.test(segments[dash + 2] ?? '')) {
      return `a list of ${kind === 'issues' ? 'issues' : 'merge requests'}`;
    }
  }
  if (searched || segments.some((segment) => /^(?:search|explore)$/i.test(segment))) return 'a search page';
  if (segments.some((segment) => /^viewer$/i.test(segment))) return 'a report viewer';
  return undefined;
}

/** The URL parsed, when it is an absolute http(s) URL; host lower-cased without `www.`. */
function parseHttpUrl(url: string): { host: string; pathname: string; searchParams: URLSearchParams } | undefined {
  if (!isHttpUrl(url)) return undefined;
  try {
    const parsed = new URL(url);
    return { host: parsed.hostname.toLowerCase().replace(/^www\./, ''), pathname: parsed.pathname, searchParams: parsed.searchParams };
  } catch {
    return undefined;
  }
}
