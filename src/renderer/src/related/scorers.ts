import type { IngestedDocument } from '../../../shared/model';
import type { SearchRequest, SearchResponse } from '../../../shared/search';
import type { SyncIndex } from '../panes/sync-keys';
import type { Candidate, Passage, RelatedReason, RelatedScorer } from './related-passages';
import { contentTokens, lightStem, normalizeWord, salientTerms, type SalientTerm, type TermStats } from './salient-terms';

/**
 * The default scorers of related passages. Each is a factory taking what it needs (the search
 * API, the documents at hand, a theme lexicon), so tests give them fakes and the app gives them
 * the real thing. Scores are 0–1 within a scorer; the weights here are the defaults the app uses.
 */

/** The aligned paragraph(s) in the other language of a bilingual source: the strongest relation there is. */
export function translationScorer(syncIndexOf: (sourceId: string) => SyncIndex | undefined, weight = 3): RelatedScorer {
  return {
    id: 'translation',
    weight,
    find: ({ passage }) => {
      const index = syncIndexOf(passage.sourceId);
      const ids = index?.translationsOf(passage.blockId) ?? [];
      return Promise.resolve(ids.map((blockId) => ({ sourceId: passage.sourceId, blockId, score: 1, reasons: [{ kind: 'translation' }] })));
    },
  };
}

/** The terms a passage is searched by: its own most telling words and its translation's (so each language finds its own). */
export function passageTerms(passage: Passage, stats: TermStats, perText = 6): readonly SalientTerm[] {
  const texts = [passage.text, ...(passage.translations ?? []).map((t) => t.text)];
  const out: SalientTerm[] = [];
  const seen = new Set<string>();
  for (const text of texts)
    for (const term of salientTerms(text, stats, { max: perText, fromSource: passage.sourceId }))
      if (!seen.has(term.stem)) {
        seen.add(term.stem);
        out.push(term);
      }
  return out;
}

/** What each candidate block matched, turned into scores: the share of the passage's term weight it shares. */
function scoreMatches(
  terms: readonly SalientTerm[],
  matches: ReadonlyMap<string, { sourceId: string; blockId: string; stems: Set<string> }>,
  minShared: number,
): Candidate[] {
  const total = terms.reduce((s, t) => s + t.weight, 0) || 1;
  const byStem = new Map(terms.map((t) => [t.stem, t]));
  const out: Candidate[] = [];
  for (const m of matches.values()) {
    const shared = [...m.stems].map((s) => byStem.get(s)!).filter(Boolean);
    if (shared.length < Math.min(minShared, terms.length)) continue;
    shared.sort((a, b) => b.weight - a.weight);
    const weight = shared.reduce((s, t) => s + t.weight, 0);
    const reason: RelatedReason = { kind: 'terms', terms: shared.slice(0, 4).map((t) => t.word) };
    out.push({ sourceId: m.sourceId, blockId: m.blockId, score: Math.min(1, (weight / total) * 2), reasons: [reason] });
  }
  return out;
}

/**
 * Passages sharing the selected passage's salient terms, found through the search engine (so
 * they are stemmed per language and expanded across languages): one query per term, restricted
 * to the target sources; a block counts when it shares at least `minShared` terms.
 */
export function searchTermsScorer(options: {
  search: (request: SearchRequest) => Promise<SearchResponse>;
  stats: () => TermStats;
  weight?: number;
  minShared?: number;
  perText?: number;
}): RelatedScorer {
  return {
    id: 'terms',
    weight: options.weight ?? 1,
    find: async ({ passage, targets }) => {
      if (targets.length === 0) return [];
      const terms = passageTerms(passage, options.stats(), options.perText);
      const responses = await Promise.all(terms.map((t) => options.search({ query: t.word, sources: targets, limit: 500, expand: true })));
      const matches = new Map<string, { sourceId: string; blockId: string; stems: Set<string> }>();
      responses.forEach((response, i) => {
        for (const hit of response.hits) {
          const key = `${hit.sourceId}\u0000${hit.blockId}`;
          const m = matches.get(key) ?? { sourceId: hit.sourceId, blockId: hit.blockId, stems: new Set<string>() };
          m.stems.add(terms[i]!.stem);
          matches.set(key, m);
        }
      });
      return scoreMatches(terms, matches, options.minShared ?? 2);
    },
  };
}

const tokenCache = new WeakMap<IngestedDocument, ReadonlyMap<string, ReadonlySet<string>>>();

/** Stems of every block of a document, computed once per document. */
function documentStems(doc: IngestedDocument): ReadonlyMap<string, ReadonlySet<string>> {
  let stems = tokenCache.get(doc);
  if (!stems) {
    stems = new Map(doc.blocks.map((b) => [b.id, new Set(contentTokens(b.text).map((t) => t.stem))]));
    tokenCache.set(doc, stems);
  }
  return stems;
}

/**
 * The same comparison without the search engine, over the documents already loaded (used when
 * the engine is unavailable): exact light stems, no cross-language expansion.
 */
export function localTermsScorer(options: {
  documents: () => ReadonlyMap<string, IngestedDocument>;
  stats: () => TermStats;
  weight?: number;
  minShared?: number;
  perText?: number;
}): RelatedScorer {
  return {
    id: 'terms',
    weight: options.weight ?? 1,
    find: ({ passage, targets }) => {
      const terms = passageTerms(passage, options.stats(), options.perText);
      const wanted = new Set(terms.map((t) => t.stem));
      const matches = new Map<string, { sourceId: string; blockId: string; stems: Set<string> }>();
      const docs = options.documents();
      for (const sourceId of targets) {
        const doc = docs.get(sourceId);
        if (!doc) continue;
        for (const [blockId, stems] of documentStems(doc)) {
          const shared = new Set([...wanted].filter((s) => stems.has(s)));
          if (shared.size > 0) matches.set(`${sourceId}\u0000${blockId}`, { sourceId, blockId, stems: shared });
        }
      }
      return Promise.resolve(scoreMatches(terms, matches, options.minShared ?? 2));
    },
  };
}

/**
 * The hits of the search in progress, in the target sources: following a result lands on that
 * source's best hit. Every hit scores at least half (times the default weight 2.5 that is more
 * than shared terms alone can reach), so the search the reader is running always wins.
 */
export function searchHitsScorer(response: SearchResponse | undefined, weight = 2.5): RelatedScorer {
  return {
    id: 'search',
    weight,
    find: ({ targets }) => {
      if (!response) return Promise.resolve([]);
      const best = new Map<string, number>();
      for (const h of response.hits) best.set(h.sourceId, Math.max(best.get(h.sourceId) ?? 0, h.score));
      const wanted = new Set(targets);
      return Promise.resolve(
        response.hits
          .filter((h) => wanted.has(h.sourceId))
          .map((h) => ({
            sourceId: h.sourceId,
            blockId: h.blockId,
            score: (best.get(h.sourceId) ?? 0) > 0 ? 0.5 + (0.5 * h.score) / best.get(h.sourceId)! : 1,
            reasons: [{ kind: 'search', query: response.query }],
          })),
      );
    },
  };
}

/** A theme as the related-passages logic needs it: its label in the interface language and its terms in every language. */
export interface ThemeTerms {
  readonly id: string;
  readonly label: string;
  readonly terms: readonly string[];
}

/** A text as a sequence of light stems, padded, so a phrase is found as whole words whatever its inflection. */
const stemSequence = (s: string): string =>
  ` ${normalizeWord(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(lightStem)
    .join(' ')} `;

/**
 * The themes whose terms a text contains: as whole words or phrases, case, accents and plural
 * endings ignored ("identités numériques" has the term "identité numérique").
 */
export function themesIn(text: string, lexicon: readonly ThemeTerms[]): readonly ThemeTerms[] {
  return themesInStems(stemSequence(text), lexicon);
}

const compiled = new WeakMap<readonly ThemeTerms[], readonly { theme: ThemeTerms; phrases: readonly string[] }[]>();

function themesInStems(hay: string, lexicon: readonly ThemeTerms[]): readonly ThemeTerms[] {
  let entries = compiled.get(lexicon);
  if (!entries) {
    entries = lexicon.map((theme) => ({ theme, phrases: theme.terms.filter((t) => t.trim() !== '').map(stemSequence) }));
    compiled.set(lexicon, entries);
  }
  return entries.filter((e) => e.phrases.some((p) => hay.includes(p))).map((e) => e.theme);
}

const stemCache = new WeakMap<IngestedDocument, Map<string, string>>();

/** A block's stem sequence, computed once per document. */
function blockStems(doc: IngestedDocument, blockId: string, text: string): string {
  let map = stemCache.get(doc);
  if (!map) stemCache.set(doc, (map = new Map()));
  let seq = map.get(blockId);
  if (seq === undefined) map.set(blockId, (seq = stemSequence(text)));
  return seq;
}

/**
 * Passages on the same themes as the selected one, by a codebook's terms (the app passes the
 * codebook's themes when the contract offers `getCodebook`; see codebook-lexicon.ts). Score:
 * the share of the passage's themes a block shares.
 */
export function themeScorer(options: {
  lexicon: () => readonly ThemeTerms[];
  documents: () => ReadonlyMap<string, IngestedDocument>;
  weight?: number;
}): RelatedScorer {
  return {
    id: 'themes',
    weight: options.weight ?? 1,
    find: ({ passage, targets }) => {
      const lexicon = options.lexicon();
      const own = themesIn([passage.text, ...(passage.translations ?? []).map((t) => t.text)].join(' \n '), lexicon);
      if (own.length === 0) return Promise.resolve([]);
      const docs = options.documents();
      const out: Candidate[] = [];
      for (const sourceId of targets) {
        const doc = docs.get(sourceId);
        if (!doc) continue;
        for (const block of doc.blocks) {
          const shared = themesInStems(blockStems(doc, block.id, block.text), own);
          if (shared.length === 0) continue;
          out.push({
            sourceId,
            blockId: block.id,
            score: shared.length / own.length,
            reasons: shared.map((t) => ({ kind: 'theme', themeId: t.id, label: t.label })),
          });
        }
      }
      return Promise.resolve(out);
    },
  };
}
