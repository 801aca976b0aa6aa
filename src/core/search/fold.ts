const NOT_WORD_CHAR = /[^\p{L}\p{N}]/gu;
const MARKS = /\p{M}/gu;
const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };
const LIGATURE = /[œæßøłđðþı]/g;

/**
 * Lower case, compatibility decomposition ("ﬁ" → "fi"), accents and other marks removed,
 * ligatures spelled out: the form every comparison of words uses. May return an empty string.
 */
export function fold(word: string): string {
  return word
    .toLowerCase()
    .replace(LIGATURE, (c) => LIGATURES[c] ?? c)
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(NOT_WORD_CHAR, '');
}
