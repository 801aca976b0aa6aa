/**
 * Offsets inside the program are UTF-16 code units (JavaScript string indices); W3C exports state
 * positions in Unicode code points. These convert between the two against the text the offsets
 * point into, so a character outside the BMP (an emoji, a mathematical letter) counts once in an
 * export and twice inside.
 */

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Code points in `text` before UTF-16 offset `offset` (an offset inside a pair counts the pair's start). */
export function utf16ToCodePoint(text: string, offset: number): number {
  const limit = Math.max(0, Math.min(offset, text.length));
  let count = 0;
  for (let i = 0; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (isHighSurrogate(code) && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) {
      if (i + 1 >= limit) break;
      i++;
    }
    count++;
  }
  return count;
}

/** UTF-16 offset of the code point at index `codePoint` (clamped to the text's end). */
export function codePointToUtf16(text: string, codePoint: number): number {
  let i = 0;
  for (let n = 0; n < codePoint && i < text.length; n++) {
    const code = text.charCodeAt(i);
    i += isHighSurrogate(code) && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
  }
  return i;
}

/** Moves an offset that falls between the halves of a surrogate pair back to the pair's start. */
export function snapBackward(text: string, offset: number): number {
  const o = Math.max(0, Math.min(offset, text.length));
  if (o > 0 && o < text.length && isLowSurrogate(text.charCodeAt(o)) && isHighSurrogate(text.charCodeAt(o - 1))) return o - 1;
  return o;
}

/** Moves an offset that falls between the halves of a surrogate pair forward past the pair. */
export function snapForward(text: string, offset: number): number {
  const o = Math.max(0, Math.min(offset, text.length));
  if (o > 0 && o < text.length && isLowSurrogate(text.charCodeAt(o)) && isHighSurrogate(text.charCodeAt(o - 1))) return o + 1;
  return o;
}

/** The last `count` code points of `text` (never half a pair). */
export function lastCodePoints(text: string, count: number): string {
  const total = utf16ToCodePoint(text, text.length);
  return text.slice(codePointToUtf16(text, Math.max(0, total - count)));
}

/** The first `count` code points of `text` (never half a pair). */
export function firstCodePoints(text: string, count: number): string {
  return text.slice(0, codePointToUtf16(text, count));
}
