/**
 * The text as the grammars read it, same length as the original so offsets carry over:
 * lower case, typographic apostrophes and quotes made plain, non-breaking spaces made spaces.
 */
export function plainForMatching(text: string): string {
  const mapped = text
    .replace(/[’‘ʼ`´]/g, "'")
    .replace(/[“”«»„‟]/g, '"')
    .replace(/[\u00a0\u202f\u2009]/g, ' ');
  const lower = mapped.toLowerCase();
  if (lower.length === mapped.length) return lower;
  // Rare characters change length when lower-cased: do it one code unit at a time.
  let out = '';
  for (const ch of mapped) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}
