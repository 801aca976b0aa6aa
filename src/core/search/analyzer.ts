import type { LangCode } from '../../shared/model';
import { fold } from './fold';
import { isStopWord, stemmers, type StemLang } from './lunr-setup';

/**
 * Text analysis shared by the indexer, the query planner, the phrase check and the highlighter,
 * so the four always agree on what a word is. A word is a run of letters, decimal digits and combining
 * marks; everything else (spaces, punctuation, apostrophes, hyphens, superscript footnote
 * numbers, control characters, lone
 * surrogates) separates words. "l’identité" gives "l" + "identité", "5G-technologie" gives
 * "5g" + "technologie".
 *
 * Each word is folded first (lower case, compatibility decomposition, accents and other marks
 * removed, ligatures spelled out) and stemmed after, in the block's own language. Folding before
 * stemming is what makes accents optional: "numérique" and "numerique" fold to the same string
 * and so get the same stem (stemming the accented form would give "ident" for "identité" but
 * "identit" for "identite").
 */

/** One word of a text: where it is (UTF-16 offsets into the text) and its folded form. */
export interface TextToken {
  readonly start: number;
  readonly end: number;
  readonly norm: string;
}

/** Bumped whenever tokenizing, folding, stop words or stemming change: cached indexes are rebuilt. */
export const ANALYZER_VERSION = 1;

/** Words longer than this are kept whole but not stemmed (URLs, hashes, run-together debris). */
const MAX_STEM_LENGTH = 40;

const WORD = /[\p{L}\p{Nd}][\p{L}\p{Nd}\p{M}]*/gu;
/** Folded forms of the words seen, so each distinct spelling is folded once. */
const folded = new Map<string, string>();
const MAX_FOLDED = 200_000;
const PLAIN = /^[a-z0-9]+$/;

function foldWord(word: string): string {
  if (PLAIN.test(word)) return word;
  let norm = folded.get(word);
  if (norm === undefined) {
    norm = fold(word);
    if (folded.size >= MAX_FOLDED) folded.clear();
    folded.set(word, norm);
  }
  return norm;
}

/**
 * The folded words of a text, in order, without their offsets: what a phrase check compares.
 * Same words as `tokenize` (the two must agree), without an object per word.
 */
export function forEachWord(text: string, visit: (norm: string) => void): void {
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const norm = foldWord(m[0]);
    if (norm.length > 0) visit(norm);
  }
}

const SEPARATORS = /[^\p{L}\p{Nd}]*/uy;
const WORD_AT = /[\p{L}\p{Nd}][\p{L}\p{Nd}\p{M}]*/uy;

/**
 * Where the words of a text are, as `[start, end, start, end, …]` (UTF-16 offsets): the runs
 * `tokenize` finds, without an object or a match array per word (highlights need only offsets).
 * A word that folds to nothing is counted here but not by `tokenize`; a caller that pairs these
 * with word keys compares the counts.
 */
export function wordOffsets(text: string): Int32Array {
  // Words are separated, so there are at most (length + 1) / 2 of them: two numbers each.
  const out = new Int32Array(text.length + 1);
  let n = 0;
  let i = 0;
  while (i < text.length) {
    SEPARATORS.lastIndex = i;
    SEPARATORS.test(text);
    i = SEPARATORS.lastIndex;
    WORD_AT.lastIndex = i;
    if (i >= text.length || !WORD_AT.test(text)) break;
    out[n++] = i;
    out[n++] = i = WORD_AT.lastIndex;
  }
  return out.slice(0, n);
}

/** The words of a text with their offsets; never throws, whatever the input. */
export function tokenize(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const norm = foldWord(m[0]);
    if (norm.length > 0) tokens.push({ start: m.index, end: m.index + m[0].length, norm });
  }
  return tokens;
}

/** The languages with their own term space in the index; `und` words are folded only. */
export type IndexLang = LangCode;
export const INDEX_LANGS: readonly IndexLang[] = ['fr', 'nl', 'en', 'und'];

/**
 * Index terms carry their language ("fr:numer", "nl:vaardig", "und:2021"): one lunr field, one
 * term space per language. See docs/search.md for why this beats one field per language.
 */
export function termOf(lang: IndexLang, stem: string): string {
  return `${lang}:${stem}`;
}

/** The folded word behind a term's stem is not recoverable; the language is. */
export function langOfTerm(term: string): IndexLang {
  return term.slice(0, term.indexOf(':')) as IndexLang;
}

/**
 * Maps folded words to index terms in a given language, remembering what it computed: a corpus
 * has a few tens of thousands of distinct words, so each is stemmed once.
 */
export class Analyzer {
  private readonly memo: Record<IndexLang, Map<string, string | null>> = {
    fr: new Map(),
    nl: new Map(),
    en: new Map(),
    und: new Map(),
  };

  /** The index term of a folded word in a language, or null for a stop word of that language. */
  termFor(lang: IndexLang, norm: string): string | null {
    const memo = this.memo[lang];
    const known = memo.get(norm);
    if (known !== undefined) return known;
    const term = computeTerm(lang, norm);
    memo.set(norm, term);
    return term;
  }

  /** The terms of a text in its language, stop words left out, in order. */
  termsOf(lang: IndexLang, text: string): string[] {
    const out: string[] = [];
    for (const t of tokenize(text)) {
      const term = this.termFor(lang, t.norm);
      if (term !== null) out.push(term);
    }
    return out;
  }

  /** Every folded word seen so far with its term, per language: the vocabulary for prefixes. */
  vocabulary(lang: IndexLang): ReadonlyMap<string, string | null> {
    return this.memo[lang];
  }
}

function computeTerm(lang: IndexLang, norm: string): string | null {
  if (lang === 'und') return termOf('und', norm);
  const l: StemLang = lang;
  if (isStopWord[l](norm)) return null;
  if (norm.length > MAX_STEM_LENGTH) return termOf(l, norm);
  const stem = stemmers[l](norm);
  return termOf(l, stem.length > 0 ? stem : norm);
}
