/**
 * A fast, pure 53-bit string hash (cyrb53) for ids derived from content. Not cryptographic: file
 * integrity uses SHA-256 in the host; block ids only need to be stable and rarely collide within
 * one source (collisions are further disambiguated by occurrence order).
 */
export function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The hash as 11 base-36 characters, for compact ids. */
export function hashId(text: string): string {
  return hash53(text).toString(36).padStart(11, '0');
}
