import type { Codebook, ConceptLang } from '../../shared/codebook';
import type { LangCode } from '../../shared/model';
import { analyze, type StemmedToken } from './text';

/**
 * Finds the codebook's concepts in a text: every term is compiled once into its sequence of
 * folded stems, and a text matches a term where its content words (stop words skipped on both
 * sides) follow in the same order. So "protection des données personnelles" matches the term
 * "protection des données", "numériques" matches "numérique", and "IA" matches "ia".
 */

/** One place where a concept's term was found. */
export interface ConceptHit {
  readonly conceptId: string;
  /** The term as the codebook writes it. */
  readonly term: string;
  /** Offsets of the matched words in the text (UTF-16, half-open). */
  readonly start: number;
  readonly end: number;
  /** Longer terms say more: 1 for one word, +0.5 per further word. */
  readonly weight: number;
}

interface CompiledTerm {
  readonly conceptId: string;
  readonly term: string;
  readonly stems: readonly string[];
  readonly weight: number;
}

export interface ConceptMatcher {
  readonly codebook: Codebook;
  /** Every term occurrence, longest match first at each position, no overlaps within a concept. */
  match(text: string, lang: LangCode): ConceptHit[];
  /** Same on text already analyzed (saves a second tokenization when the caller has one). */
  matchTokens(tokens: readonly StemmedToken[], lang: LangCode): ConceptHit[];
}

function termLang(lang: LangCode): ConceptLang {
  return lang === 'nl' || lang === 'en' ? lang : 'fr';
}

function compileTerm(conceptId: string, term: string, lang: ConceptLang): CompiledTerm | undefined {
  const tokens = analyze(term, lang);
  const content = tokens.filter((t) => !t.stop);
  const used = content.length > 0 ? content : tokens;
  if (used.length === 0) return undefined;
  return { conceptId, term, stems: used.map((t) => t.stem), weight: 1 + 0.5 * (used.length - 1) };
}

/** Compiles a codebook for matching in French, Dutch and English. */
export function compileCodebook(codebook: Codebook): ConceptMatcher {
  const byLang = new Map<ConceptLang, Map<string, CompiledTerm[]>>();
  for (const lang of ['fr', 'nl', 'en'] as const) {
    const index = new Map<string, CompiledTerm[]>();
    for (const concept of codebook.concepts) {
      for (const term of concept.terms[lang]) {
        const compiled = compileTerm(concept.id, term, lang);
        if (!compiled) continue;
        const first = compiled.stems[0]!;
        const list = index.get(first) ?? [];
        list.push(compiled);
        index.set(first, list);
      }
    }
    // Longest first, so "intelligence artificielle" wins over a shorter term at the same place.
    for (const list of index.values()) list.sort((a, b) => b.stems.length - a.stems.length);
    byLang.set(lang, index);
  }

  function matchTokens(tokens: readonly StemmedToken[], lang: LangCode): ConceptHit[] {
    const index = byLang.get(termLang(lang))!;
    const content = tokens.filter((t) => !t.stop);
    const hits: ConceptHit[] = [];
    const coveredUntil = new Map<string, number>();
    for (let i = 0; i < content.length; i++) {
      const candidates = index.get(content[i]!.stem);
      if (!candidates) continue;
      for (const c of candidates) {
        if ((coveredUntil.get(c.conceptId) ?? -1) >= i) continue;
        let ok = i + c.stems.length <= content.length;
        for (let k = 1; ok && k < c.stems.length; k++) ok = content[i + k]!.stem === c.stems[k];
        if (!ok) continue;
        const last = content[i + c.stems.length - 1]!;
        hits.push({ conceptId: c.conceptId, term: c.term, start: content[i]!.start, end: last.end, weight: c.weight });
        coveredUntil.set(c.conceptId, i + c.stems.length - 1);
      }
    }
    // A word inside a longer term of another concept belongs to that term: "entreprises" in
    // "grandes entreprises technologiques" is sovereignty, not SMEs.
    return hits.filter(
      (h) => !hits.some((o) => o !== h && o.conceptId !== h.conceptId && o.weight > h.weight && o.start <= h.start && h.end <= o.end),
    );
  }

  // The same sentences are matched by the extractor (themes) and the comparison (concepts).
  const memo = new Map<string, ConceptHit[]>();
  return {
    codebook,
    matchTokens,
    match: (text, lang) => {
      const key = `${termLang(lang)}\u0000${text}`;
      const cached = memo.get(key);
      if (cached) return cached;
      const hits = matchTokens(analyze(text, termLang(lang)), lang);
      if (memo.size > 20_000) memo.clear();
      memo.set(key, hits);
      return hits;
    },
  };
}

/** Summed weight per concept, highest first (ties: the concept found earlier in the text). */
export function rankConcepts(hits: readonly ConceptHit[]): { conceptId: string; score: number; first: number }[] {
  const totals = new Map<string, { score: number; first: number }>();
  for (const h of hits) {
    const t = totals.get(h.conceptId);
    if (t) t.score += h.weight;
    else totals.set(h.conceptId, { score: h.weight, first: h.start });
  }
  return [...totals]
    .map(([conceptId, t]) => ({ conceptId, ...t }))
    .sort((a, b) => b.score - a.score || a.first - b.first || a.conceptId.localeCompare(b.conceptId));
}
