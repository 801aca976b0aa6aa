import type { Codebook, ConceptLang } from '../concepts/codebook';
import { tokenize, type Analyzer } from './analyzer';

/**
 * The search glossary, read from the codebook's translation sets (the concept map that also
 * classifies commitments, whose theme cues never expand a search): a query word or phrase that is
 * a term of a set, in some language, is expanded to the set's other terms, each searched in its
 * own language. "glasvezel" so finds "fibre optique" in French blocks and "fibre" or "fiber" in
 * English ones; "kmo" finds "pme" and "SMEs", never "entreprises".
 */

export const GLOSSARY_LANGS: readonly ConceptLang[] = ['fr', 'nl', 'en'];

/** A term of the glossary, as words (folded) to find in order in blocks of its language. */
export interface GlossaryTerm {
  readonly conceptId: string;
  readonly lang: ConceptLang;
  /** The term as the codebook writes it. */
  readonly term: string;
  readonly norms: readonly string[];
  /** Its sequence key in its language (see `sequenceKey`): terms with one key are one search. */
  readonly key: string;
}

/** One translation set: terms that mean the same thing, in one or more languages. */
export interface GlossarySet {
  readonly conceptId: string;
  readonly terms: readonly GlossaryTerm[];
}

export interface Glossary {
  readonly version: string;
  /** Longest term, in words: how far the matcher looks ahead. */
  readonly maxWords: number;
  /** The sets that have a term with this key in `lang` (term sequences joined by spaces). */
  lookup(lang: ConceptLang, key: string): readonly GlossarySet[];
}

/** A key for a sequence of folded words in a language: stems, stop words kept as themselves. */
export function sequenceKey(analyzer: Analyzer, lang: ConceptLang, norms: readonly string[]): string {
  return norms.map((n) => analyzer.termFor(lang, n) ?? `~${n}`).join(' ');
}

/** Indexes a codebook's translation sets for matching; the analyzer is shared with the engine. */
export function buildGlossary(codebook: Codebook, analyzer: Analyzer): Glossary {
  const byKey: Record<ConceptLang, Map<string, GlossarySet[]>> = { fr: new Map(), nl: new Map(), en: new Map() };
  let maxWords = 1;
  for (const concept of codebook.concepts) {
    for (const translation of concept.translations ?? []) {
      const terms: GlossaryTerm[] = [];
      for (const lang of GLOSSARY_LANGS) {
        for (const term of translation[lang] ?? []) {
          const norms = tokenize(term).map((t) => t.norm);
          if (norms.length === 0) continue;
          const key = sequenceKey(analyzer, lang, norms);
          // Two spellings with one stem sequence ("identité numérique", "identités numériques") are one search.
          if (terms.some((t) => t.lang === lang && t.key === key)) continue;
          maxWords = Math.max(maxWords, norms.length);
          terms.push({ conceptId: concept.id, lang, term, norms, key });
        }
      }
      if (terms.length < 2) continue;
      const set: GlossarySet = { conceptId: concept.id, terms };
      for (const t of terms) {
        const entries = byKey[t.lang].get(t.key) ?? [];
        if (!entries.includes(set)) entries.push(set);
        byKey[t.lang].set(t.key, entries);
      }
    }
  }
  return {
    version: codebook.version,
    maxWords,
    lookup: (lang, key) => byKey[lang].get(key) ?? [],
  };
}
