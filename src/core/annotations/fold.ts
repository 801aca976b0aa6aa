/**
 * Folds text for matching as readers expect: "Numérique", "numerique" and "NUMÉRIQUE" are the
 * same word, and so are "œuvre" and "oeuvre". Used by the text filter and tag autocomplete.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/\s+/g, ' ')
    .trim();
}
