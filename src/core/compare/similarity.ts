import { dot, type Features } from './features';

/**
 * How alike two commitments are, 0–1, and why. Three signals, each offline and explainable:
 * shared stemmed words (TF-IDF cosine, same language only), shared codebook concepts (which
 * cross languages), and shared character 4-grams (cognates, spelling variants). The weights are
 * data (`SIMILARITY_WEIGHTS`), documented with the thresholds in docs/commitments.md.
 */

export interface SimilarityWeights {
  readonly sameLanguage: { readonly terms: number; readonly concepts: number; readonly grams: number };
  readonly crossLanguage: { readonly concepts: number; readonly grams: number };
  /** Added per shared anchor (number, acronym), at most twice. */
  readonly anchor: number;
  /** Shared concept mass at which the concept signal counts in full (below, proportionally). */
  readonly conceptMass: number;
  /**
   * Factor on the score of two texts that share no specific word or concept (`Features.specific`)
   * and no anchor: the same subject in general words, rarely the same action.
   */
  readonly generic: number;
}

export const SIMILARITY_WEIGHTS: SimilarityWeights = {
  sameLanguage: { terms: 0.4, concepts: 0.3, grams: 0.3 },
  crossLanguage: { concepts: 0.55, grams: 0.45 },
  anchor: 0.05,
  conceptMass: 2,
  generic: 0.6,
};

/** Evidence of a pair scored down by `SimilarityWeights.generic`: it shares nothing specific. */
export const GENERIC_EVIDENCE = 'penalty:generic';

/** Whether two texts share a specific word or concept (`Features.specific`). */
export function shareSpecific(a: Features, b: Features): boolean {
  const [small, large] = a.specific.size <= b.specific.size ? [a.specific, b.specific] : [b.specific, a.specific];
  for (const k of small) if (large.has(k)) return true;
  return false;
}

export interface Similarity {
  readonly score: number;
  readonly terms: number;
  readonly concepts: number;
  readonly grams: number;
  /**
   * `concept:<id>`, `term:<word>`, `anchor:<token>` — what the two texts share, strongest first —
   * and `penalty:generic` last when none of it is specific (the score was scaled down for it).
   */
  readonly evidence: readonly string[];
}

function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): { value: number; shared: [string, number][] } {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  const shared: [string, number][] = [];
  for (const [k, v] of small) {
    const w = large.get(k);
    if (w !== undefined) {
      dot += v * w;
      shared.push([k, v * w]);
    }
  }
  return { value: dot, shared };
}

/** The score alone, from the packed vectors: what the linker computes for every candidate pair. */
export function similarityScore(
  from: Features,
  to: Features,
  weights: SimilarityWeights = SIMILARITY_WEIGHTS,
): Omit<Similarity, 'evidence'> {
  const sameLang = from.lang === to.lang;
  const terms = sameLang ? dot(from.packed.terms, to.packed.terms) : 0;
  const conceptCos = dot(from.packed.concepts, to.packed.concepts);
  let mass = 0;
  if (conceptCos > 0) for (const [k, m] of from.conceptMass) if (to.conceptMass.has(k)) mass += Math.min(m, to.conceptMass.get(k)!);
  const concepts = conceptCos * Math.min(1, mass / weights.conceptMass);
  const grams = dot(from.packed.grams, to.packed.grams);
  let anchors = 0;
  for (const a of from.anchors) if (to.anchors.has(a)) anchors++;
  const specific = anchors > 0 || shareSpecific(from, to);
  return { score: scoreThousandths(sameLang, terms, concepts, grams, anchors, specific, weights) / 1000, terms, concepts, grams };
}

/**
 * The score in thousandths (0–1000) from its signals: the one formula the linker's fast path and
 * `similarityScore` share, so a pair scores the same to the last bit whichever computed it.
 */
export function scoreThousandths(
  sameLang: boolean,
  terms: number,
  concepts: number,
  grams: number,
  anchors: number,
  specific: boolean,
  weights: SimilarityWeights = SIMILARITY_WEIGHTS,
): number {
  const base = sameLang
    ? weights.sameLanguage.terms * terms + weights.sameLanguage.concepts * concepts + weights.sameLanguage.grams * grams
    : weights.crossLanguage.concepts * concepts + weights.crossLanguage.grams * grams;
  const score = Math.min(1, base + weights.anchor * Math.min(2, anchors));
  return Math.round((specific || anchors > 0 ? score : score * weights.generic) * 1000);
}

/** Similarity of two commitments' features; `to` supplies the words quoted as evidence. */
export function similarity(from: Features, to: Features, weights: SimilarityWeights = SIMILARITY_WEIGHTS): Similarity {
  const sameLang = from.lang === to.lang;
  const terms = sameLang ? cosine(from.terms, to.terms) : { value: 0, shared: [] as [string, number][] };
  const conceptCos = cosine(from.concepts, to.concepts);
  const sharedConcepts = conceptCos.shared.sort((x, y) => y[1] - x[1]).map(([k]) => k);
  let mass = 0;
  for (const [k] of conceptCos.shared) mass += Math.min(from.conceptMass.get(k) ?? 0, to.conceptMass.get(k) ?? 0);
  const concepts = conceptCos.value * Math.min(1, mass / weights.conceptMass);
  const grams = cosine(from.grams, to.grams).value;
  const anchors = [...from.anchors].filter((a) => to.anchors.has(a));
  const specific = anchors.length > 0 || shareSpecific(from, to);
  const score = scoreThousandths(sameLang, terms.value, concepts, grams, anchors.length, specific, weights) / 1000;
  const evidence = [
    ...sharedConcepts.map((c) => `concept:${c}`),
    ...terms.shared
      .sort((x, y) => y[1] - x[1])
      .slice(0, 6)
      .map(([stem]) => `term:${to.surface.get(stem) ?? stem}`),
    ...anchors.map((a) => `anchor:${a}`),
    ...(specific ? [] : [GENERIC_EVIDENCE]),
  ];
  return { score, terms: terms.value, concepts, grams, evidence };
}
