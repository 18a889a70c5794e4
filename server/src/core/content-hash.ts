// A fast, non-cryptographic digest of a text (cyrb53: two 32-bit multiply-xor lanes folded into
// 53 bits) and its length, for telling whether a file is the one a persisted index read. It runs
// over UTF-16 code units, so it needs no encoding and no Node built-in (the browser server uses it).

/** The digest of a text: its length and a 53-bit hash, in base 36. */
export function contentHash(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return `${text.length.toString(36)}.${hash.toString(36)}`;
}
