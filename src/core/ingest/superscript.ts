const SUPER_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** "62" → "⁶²", "(15)" → "⁽¹⁵⁾": the same number of UTF-16 units, so offsets into a line hold. */
export function toSuperscript(text: string): string {
  return text.replace(/[0-9()]/g, (c) => (c === '(' ? '⁽' : c === ')' ? '⁾' : SUPER_DIGITS[Number(c)]!));
}

/** "⁶²" → "62"; other characters pass through. */
export function fromSuperscript(text: string): string {
  let out = '';
  for (const c of text) {
    const d = SUPER_DIGITS.indexOf(c);
    out += d >= 0 ? String(d) : c === '⁽' || c === '⁾' ? '' : c;
  }
  return out;
}

/** A footnote marker written in superscript characters, optionally in superscript parentheses. */
export const SUPERSCRIPT_MARKER = /⁽?[⁰¹²³⁴⁵⁶⁷⁸⁹]+⁾?/g;
