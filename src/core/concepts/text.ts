import type { LangCode } from '../../shared/model';
// lunr with French and Dutch registered once: a second registration makes lunr print
// "Overwriting existing registered function" on stderr for every language function.
import { lunr } from '../search/lunr-setup';

/**
 * Word-level normalization shared by theming and matching: case and accent folding, tokens with
 * their offsets, stop words and Snowball stems (lunr-languages for French and Dutch, lunr's
 * Porter stemmer for English). Stems are memoized: the same few thousand words recur across the
 * corpus, and a stem costs about a microsecond.
 */

type Pipe = (token: lunr.Token) => lunr.Token | undefined;

interface LangTools {
  readonly stem: Pipe;
  readonly stop: Pipe;
}

const languages = lunr as unknown as { fr: { stemmer: Pipe; stopWordFilter: Pipe }; nl: { stemmer: Pipe; stopWordFilter: Pipe } };

const TOOLS: Readonly<Record<'fr' | 'nl' | 'en', LangTools>> = {
  fr: { stem: languages.fr.stemmer, stop: languages.fr.stopWordFilter },
  nl: { stem: languages.nl.stemmer, stop: languages.nl.stopWordFilter },
  en: { stem: lunr.stemmer as unknown as Pipe, stop: lunr.stopWordFilter as unknown as Pipe },
};

/** A word of a text: its lower-cased form and where it stands (UTF-16, half-open). */
export interface Token {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

// Letters and digits, hyphenated compounds kept whole ("e-commerce", "start-up"); apostrophes
// split ("l'intelligence" → "l", "intelligence"; "kmo's" → "kmo", "s") on both sides of a match.
const WORD = /[\p{L}\p{N}]+(?:[-‐‑][\p{L}\p{N}]+)*/gu;

/** The words of a text with their offsets, lower-cased (accents kept: stemmers need them). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push({ word: m[0].toLowerCase().replace(/[‐‑]/g, '-'), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Lower case without accents: "Numérique" → "numerique". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[œ]/g, 'oe')
    .replace(/[æ]/g, 'ae');
}

function toolsFor(lang: LangCode): LangTools {
  return lang === 'nl' ? TOOLS.nl : lang === 'en' ? TOOLS.en : TOOLS.fr;
}

const stemCaches: Record<string, Map<string, string>> = { fr: new Map(), nl: new Map(), en: new Map() };
const stopCaches: Record<string, Map<string, boolean>> = { fr: new Map(), nl: new Map(), en: new Map() };
const cacheKey = (lang: LangCode): 'fr' | 'nl' | 'en' => (lang === 'nl' || lang === 'en' ? lang : 'fr');

/**
 * The folded stem of a lower-cased word: "numériques" → "numer", "vaardigheden" → "vaardig".
 * Hyphenated words stem as a whole on their last part. Undetermined text is stemmed as French,
 * the corpus' main language (only the consistency of both sides of a match matters).
 */
export function stem(word: string, lang: LangCode): string {
  const stemCache = stemCaches[cacheKey(lang)]!;
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  let out: string;
  if (/^\p{N}/u.test(word) || word.length <= 3) out = fold(word);
  else {
    const token = toolsFor(lang).stem(new lunr.Token(word, {}));
    out = fold(token ? token.toString() : word);
  }
  if (stemCache.size > 200_000) stemCache.clear();
  stemCache.set(word, out);
  return out;
}

/** Whether a lower-cased word is a function word of the language (lunr-languages' lists). */
export function isStopword(word: string, lang: LangCode): boolean {
  const stopCache = stopCaches[cacheKey(lang)]!;
  const cached = stopCache.get(word);
  if (cached !== undefined) return cached;
  const kept = toolsFor(lang).stop(new lunr.Token(word, {}));
  const out = kept === undefined || (word.length === 1 && !/\p{N}/u.test(word));
  if (stopCache.size > 200_000) stopCache.clear();
  stopCache.set(word, out);
  return out;
}

/** A token with its stem and whether it carries content. */
export interface StemmedToken extends Token {
  readonly stem: string;
  readonly stop: boolean;
}

/** Tokens, stems and stop-word flags of a text, in one pass. */
export function analyze(text: string, lang: LangCode): StemmedToken[] {
  const out: StemmedToken[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0].toLowerCase().replace(/[‐‑]/g, '-');
    out.push({ word, start: m.index, end: m.index + m[0].length, stem: stem(word, lang), stop: isStopword(word, lang) });
  }
  return out;
}
