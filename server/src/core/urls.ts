// URL helpers shared by rules and the workspace index.

/**
 * The form under which two upstream issue URLs count as the same: no scheme, no `www.`,
 * no `#fragment`, no trailing slash, host and path lower-cased, query kept as written.
 */
export function normaliseUpstream(url: string): string {
  const match = /^(?:[a-z][a-z0-9+.-]*:)?\/\/(?:www\.)?([^/?#]*)([^?#]*)(\?[^#]*)?/i.exec(url.trim());
  if (!match) return url.trim().toLowerCase().replace(/#.*$/, '').replace(/\/+$/, '');
  const [, host, path, query = ''] = match;
  return `${host.toLowerCase()}${path.toLowerCase().replace(/\/+$/, '')}${query}`;
}

/** True for an absolute http or https URL with a host. */
export function isHttpUrl(url: string): boolean {
  return /^https?:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$/i.test(url);
}
