import { franc } from 'franc-min';
import type { LangCode } from '../shared/model';

const FROM_ISO3: Readonly<Record<string, LangCode>> = { fra: 'fr', nld: 'nl', eng: 'en' };

/** Below this many letters trigram statistics are noise: the caller should use the neighbours. */
export const MIN_DETECTABLE_LENGTH = 25;

/** How much of a text is looked at. */
const SAMPLE_LENGTH = 360;

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

const STOPWORDS: Readonly<Record<'fr' | 'nl' | 'en', ReadonlySet<string>>> = {
  fr: new Set(
    'le la les des du un une et pour avec dans sur par au aux est sont qui que ce cette ces pas ne à où leur leurs nous vous il elle ils été être'.split(
      ' ',
    ),
  ),
  nl: new Set(
    'het een van voor met op te zijn die dat dit deze niet wordt worden ook bij aan naar om hun wij zij er als tot uit'.split(' '),
  ),
  en: new Set('the a an of and for with on to is are that this these not be by from at as it its which was were their our'.split(' ')),
};

/**
 * A second opinion for short texts, where trigram statistics are unreliable: counts function
 * words of each language (the words that differ most between French, Dutch and English). Returns
 * `und` on a tie or when no function word is present.
 */
export function guessByFunctionWords(text: string, among: readonly ('fr' | 'nl' | 'en')[] = ['fr', 'nl', 'en']): LangCode {
  const scores = functionWordScores(text, among);
  const [best, second] = scores;
  if (!best || best.score === 0 || (second && second.score === best.score)) return 'und';
  return best.lang;
}

function functionWordScores(text: string, among: readonly ('fr' | 'nl' | 'en')[]): { lang: 'fr' | 'nl' | 'en'; score: number }[] {
  const lower = text.toLowerCase();
  const words = (lower.match(/[\p{L}’']+/gu) ?? []).map((w) =>
    w.length > 2 && (w[1] === '’' || w[1] === "'") && 'ldjmnst'.includes(w[0]!) ? w.slice(2) : w,
  );
  const scores = among.map((lang) => ({
    lang,
    score:
      count(words, STOPWORDS[lang]) +
      // Letters each language writes and the others hardly do.
      (lang === 'fr'
        ? (lower.match(/[àâçèêîôûœ]|[ldjnst][’']\p{L}|eaux?\b|aux\b/gu) ?? []).length + (lower.match(/é/g) ?? []).length / 2
        : 0) +
      (lang === 'nl' ? (lower.match(/ij|ë|aa|oe/g) ?? []).length / 2 : 0),
  }));
  return scores.sort((a, b) => b.score - a.score);
}

function count(words: readonly string[], set: ReadonlySet<string>): number {
  let n = 0;
  for (const w of words) if (set.has(w)) n++;
  return n;
}

/**
 * The language of a block: function words decide when they are clear (most paragraphs, and
 * cheaply); trigram statistics decide the rest. Returns `und` for text too short for either.
 */
export function classifyLanguage(text: string, among: readonly ('fr' | 'nl' | 'en')[] = ['fr', 'nl', 'en']): LangCode {
  const sample = text.slice(0, SAMPLE_LENGTH);
  const scores = functionWordScores(sample, among);
  const [best, second] = scores;
  if (best && best.score >= 3 && best.score >= 2 * (second?.score ?? 0)) return best.lang;
  const detected = detectLanguage(sample);
  if (detected !== 'und' && among.includes(detected as 'fr' | 'nl' | 'en')) return detected;
  return guessByFunctionWords(sample, among);
}

/**
 * Text with its web addresses taken out: a URL says nothing about the language of the sentence
 * around it ("…/fr/strategie/" in a note is not French, "digital-strategy…/en/" not English).
 */
export function withoutLinks(text: string): string {
  return text.replace(/(?:https?:\/\/|www\.)\S+/g, ' ');
}

/** Below this length a block is judged by its function words first: trigrams mislead on titles. */
const SHORT_BLOCK = 120;

/**
 * The language of one block of a document: web addresses set aside; a short block (a title, a
 * note's label) by its function words, by trigrams only from a few words on, else `und` so that
 * the caller gives it its neighbours' language; a longer one by `classifyLanguage`.
 */
export function blockLanguage(text: string): LangCode {
  const plain = withoutLinks(text).replace(/\s+/g, ' ').trim();
  if (plain.length >= SHORT_BLOCK) return classifyLanguage(plain);
  const guess = guessByFunctionWords(plain);
  if (guess !== 'und') return guess;
  return plain.replace(/[^\p{L}]/gu, '').length >= 40 ? detectLanguage(plain) : 'und';
}
