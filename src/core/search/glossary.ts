import type { Codebook, ConceptLang } from '../concepts/codebook';
import { tokenize, type Analyzer } from './analyzer';

/**
 * The search glossary, read from the codebook (the one concept map that also classifies
 * commitments): a query word or phrase that is one of a concept's terms in some language is
 * expanded to that concept's terms in the languages where it is not itself a term. Terms shared
 * by every language ("5g", "eid", "peppol") therefore expand to nothing: they are found as typed.
 */

export const GLOSSARY_LANGS: readonly ConceptLang[] = ['fr', 'nl', 'en'];

/** A term of the glossary, as words (folded) to find in order in blocks of its language. */
export interface GlossaryTerm {
  readonly conceptId: string;
  readonly lang: ConceptLang;
  /** The term as the codebook writes it. */
  readonly term: string;
  readonly norms: readonly string[];
}

interface ConceptEntry {
  readonly conceptId: string;
  readonly lang: ConceptLang;
}

export interface Glossary {
  readonly version: string;
  /** Longest term, in words: how far the matcher looks ahead. */
  readonly maxWords: number;
  /** The concepts whose terms in `lang` have these keys (term sequences joined by spaces). */
  lookup(lang: ConceptLang, key: string): readonly ConceptEntry[];
  /** The terms of a concept in one language. */
  termsOf(conceptId: string, lang: ConceptLang): readonly GlossaryTerm[];
}

/** A key for a sequence of folded words in a language: stems, stop words kept as themselves. */
export function sequenceKey(analyzer: Analyzer, lang: ConceptLang, norms: readonly string[]): string {
  return norms.map((n) => analyzer.termFor(lang, n) ?? `~${n}`).join(' ');
}

/** Indexes a codebook's terms for matching; the analyzer is shared with the engine. */
export function buildGlossary(codebook: Codebook, analyzer: Analyzer): Glossary {
  const byKey: Record<ConceptLang, Map<string, ConceptEntry[]>> = { fr: new Map(), nl: new Map(), en: new Map() };
  const terms = new Map<string, GlossaryTerm[]>();
  let maxWords = 1;
  for (const concept of codebook.concepts) {
    for (const lang of GLOSSARY_LANGS) {
      const list: GlossaryTerm[] = [];
      for (const term of concept.terms[lang]) {
        const norms = tokenize(term).map((t) => t.norm);
        if (norms.length === 0) continue;
        maxWords = Math.max(maxWords, norms.length);
        list.push({ conceptId: concept.id, lang, term, norms });
        const key = sequenceKey(analyzer, lang, norms);
        const entries = byKey[lang].get(key) ?? [];
        if (!entries.some((e) => e.conceptId === concept.id)) entries.push({ conceptId: concept.id, lang });
        byKey[lang].set(key, entries);
      }
      terms.set(`${concept.id}/${lang}`, list);
    }
  }
  return {
    version: codebook.version,
    maxWords,
    lookup: (lang, key) => byKey[lang].get(key) ?? [],
    termsOf: (conceptId, lang) => terms.get(`${conceptId}/${lang}`) ?? [],
  };
}
