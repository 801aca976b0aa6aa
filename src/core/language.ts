import { franc } from 'franc-min';
import type { LangCode } from '../shared/model';

const FROM_ISO3: Readonly<Record<string, LangCode>> = { fra: 'fr', nld: 'nl', eng: 'en' };

/** Below this many letters trigram statistics are noise: the caller should use the neighbours. */
export const MIN_DETECTABLE_LENGTH = 25;

/**
 * Detects French, Dutch or English with franc (trigram statistics, pure JS), restricted to the
 * three languages Synopsis reads so that short texts are not taken for Afrikaans or Scots.
 * Returns `und` when the text is too short to tell.
 */
export function detectLanguage(text: string): LangCode {
  const letters = text
    .replace(/[^\p{L}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (letters.length < MIN_DETECTABLE_LENGTH) return 'und';
  const code = franc(letters, { only: ['fra', 'nld', 'eng'], minLength: MIN_DETECTABLE_LENGTH });
  return FROM_ISO3[code] ?? 'und';
}

/**
 * Gives every undetermined item the language of its nearest determined neighbour (preceding
 * first), so that titles and short list items take the language of the text around them.
 */
export function fillFromNeighbours(langs: readonly LangCode[], fallback: LangCode): LangCode[] {
  const out = [...langs];
  let last: LangCode | undefined;
  for (let i = 0; i < out.length; i++) {
    if (out[i] !== 'und') last = out[i];
    else if (last) out[i] = last;
  }
  let next: LangCode | undefined;
  for (let i = out.length - 1; i >= 0; i--) {
    if (langs[i] !== 'und') next = langs[i];
    else if (out[i] === 'und') out[i] = next ?? fallback;
  }
  return out;
}

/** The most frequent determined language of a text, by weight of its parts. */
export function dominantLanguage(parts: readonly { lang: LangCode; weight: number }[]): LangCode {
  const totals = new Map<LangCode, number>();
  for (const p of parts) if (p.lang !== 'und') totals.set(p.lang, (totals.get(p.lang) ?? 0) + p.weight);
  let best: LangCode = 'und';
  let bestWeight = 0;
  for (const [lang, w] of totals) if (w > bestWeight) [best, bestWeight] = [lang, w];
  return best;
}
