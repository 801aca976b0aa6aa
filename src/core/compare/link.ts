import type { Commitment, CommitmentLink } from '../../shared/commitments';
import { hashId } from '../hash';
import { WORD_DIFF, type DiffGranularity } from './diff-strategy';
import { dot, type Features, type SparseVector } from './features';
import { relationOf } from './relation';
import { scoreThousandths, SIMILARITY_WEIGHTS, similarityScore, type Similarity } from './similarity';
import type { Steps } from './steps';

/**
 * Links between commitments of different sources. Many-to-many and blind to order: every pair of
 * commitments from two different sources that shares a word, a concept or an anchor is scored,
 * whatever their places in their documents; the pairs at or above the threshold are kept, at most
 * `perSource` for one commitment towards one other source (a long programme otherwise links one
 * 2021 sentence to every measure that mentions training).
 */

export interface LinkOptions {
  /** Similarity from which two commitments are linked (calibrated: docs/commitments.md). */
  readonly threshold: number;
  /** Most links kept for one commitment towards one other source, best first. */
  readonly perSource: number;
  readonly granularity: DiffGranularity;
}

/** Calibrated on the labelled pairs (tests/fixtures/commitments/pairs.json); see docs/commitments.md. */
export const LINK_THRESHOLD = 0.2;

export const DEFAULT_LINK_OPTIONS: LinkOptions = { threshold: LINK_THRESHOLD, perSource: 5, granularity: WORD_DIFF };

export function linkId(from: string, to: string): string {
  return `link:${hashId(`${from}→${to}`)}`;
}

/** Keys (words, concepts, anchors) shared by more than this share of the commitments propose no pairs. */
export const MAX_KEY_SHARE = 0.12;

/** A scored candidate pair, before capping. */
export interface ScoredPair {
  readonly from: Commitment;
  readonly to: Commitment;
  readonly sim: Omit<Similarity, 'evidence'>;
}

/**
 * Every pair of commitments of different sources that shares something, scored. `order` gives
 * the sources' order: `from` is always the commitment of the earlier source. With `selectPairs`,
 * the plain definition of the links: `linkInSteps` computes the same pairs, much faster and in
 * steps, and a property test holds the two equal.
 */
export function scorePairs(
  order: readonly string[],
  commitments: readonly Commitment[],
  features: ReadonlyMap<string, Features>,
): ScoredPair[] {
  const rank = new Map(order.map((id, i) => [id, i]));
  const index = new Map<string, Commitment[]>();
  const keysOf = (f: Features): string[] => {
    const keys: string[] = [];
    for (const k of f.terms.keys()) keys.push(`t:${f.lang}:${k}`);
    for (const k of f.concepts.keys()) keys.push(`c:${k}`);
    for (const k of f.anchors) keys.push(`a:${k}`);
    return keys;
  };
  for (const c of commitments) {
    for (const key of keysOf(features.get(c.id)!)) {
      const list = index.get(key);
      if (list) list.push(c);
      else index.set(key, [c]);
    }
  }
  // A word or concept that many commitments share proposes no pair on its own: the pairs worth
  // scoring also meet through a rarer word, concept or anchor.
  const common = Math.max(12, Math.ceil(commitments.length * MAX_KEY_SHARE));
  const out: ScoredPair[] = [];
  for (const a of commitments) {
    const ra = rank.get(a.sourceId);
    if (ra === undefined) continue;
    const fa = features.get(a.id)!;
    const seen = new Set<string>();
    for (const key of keysOf(fa)) {
      const list = index.get(key) ?? [];
      if (list.length > common) continue;
      for (const b of list) {
        const rb = rank.get(b.sourceId);
        if (rb === undefined || rb <= ra || seen.has(b.id)) continue;
        seen.add(b.id);
        out.push({ from: a, to: b, sim: similarityScore(fa, features.get(b.id)!) });
      }
    }
  }
  return out;
}

/**
 * Keeps the pairs at or above the threshold, at most `perSource` per commitment and other source:
 * best first, ties by the commitments' ids (`localeCompare`), a pair skipped when either side is
 * full.
 */
export function selectPairs(pairs: readonly ScoredPair[], options: Pick<LinkOptions, 'threshold' | 'perSource'>): ScoredPair[] {
  const kept = pairs
    .filter((p) => p.sim.score >= options.threshold)
    .sort((x, y) => y.sim.score - x.sim.score || x.from.id.localeCompare(y.from.id) || x.to.id.localeCompare(y.to.id));
  const count = new Map<string, number>();
  const out: ScoredPair[] = [];
  for (const p of kept) {
    const a = `${p.from.id}>${p.to.sourceId}`;
    const b = `${p.to.id}<${p.from.sourceId}`;
    if ((count.get(a) ?? 0) >= options.perSource || (count.get(b) ?? 0) >= options.perSource) continue;
    count.set(a, (count.get(a) ?? 0) + 1);
    count.set(b, (count.get(b) ?? 0) + 1);
    out.push(p);
  }
  return out;
}

/** Candidate pairs scored (or kept pairs sorted and capped) between two steps of `linkInSteps`. */
export const PAIRS_PER_STEP = 20_000;

/** Commitments given their numbered keys between two steps, before scoring. */
const COMMITMENTS_PER_STEP = 1_000;

/**
 * One kind of vector of every commitment laid end to end (commitment i's entries from
 * `start[i]` to `start[i + 1]`): scanning the candidates of a commitment, which come in the
 * commitments' order, then reads memory forwards instead of jumping between small arrays.
 */
class VectorRows {
  readonly start: Int32Array;
  readonly ids: Int32Array;
  readonly weights: Float64Array;
  /** One more than the largest id. */
  readonly width: number;

  constructor(vectors: readonly SparseVector[]) {
    this.start = new Int32Array(vectors.length + 1);
    let size = 0;
    let width = 0;
    for (const [i, v] of vectors.entries()) {
      size += v.ids.length;
      this.start[i + 1] = size;
      if (v.ids.length > 0) width = Math.max(width, v.ids[v.ids.length - 1]! + 1);
    }
    this.ids = new Int32Array(size);
    this.weights = new Float64Array(size);
    for (const [i, v] of vectors.entries()) {
      this.ids.set(v.ids, this.start[i]!);
      this.weights.set(v.weights, this.start[i]!);
    }
    this.width = width;
  }

  /**
   * Row i's dot product with a vector spread into a dense array (zero where it has no weight).
   * The shared ids are met in ascending order and the others add exact zeros, so the sum is the
   * one `dot` computes, to the last bit.
   */
  dotDense(i: number, dense: Float64Array): number {
    let sum = 0;
    const ids = this.ids;
    const weights = this.weights;
    for (let j = this.start[i]!, end = this.start[i + 1]!; j < end; j++) sum += dense[ids[j]!]! * weights[j]!;
    return sum;
  }

  /** Spreads row i into `dense` (or clears it again). */
  scatter(i: number, dense: Float64Array, clear: boolean): void {
    for (let j = this.start[i]!, end = this.start[i + 1]!; j < end; j++) dense[this.ids[j]!] = clear ? 0 : this.weights[j]!;
  }
}

/** A growable table of (from, to, score in thousandths) triples, in the order they were found. */
class PairTable {
  from = new Int32Array(1024);
  to = new Int32Array(1024);
  score = new Uint16Array(1024);
  size = 0;

  push(from: number, to: number, score: number): void {
    if (this.size === this.from.length) {
      const grow = <T extends Int32Array | Uint16Array>(a: T, make: (n: number) => T): T => {
        const b = make(a.length * 2);
        b.set(a);
        return b;
      };
      this.from = grow(this.from, (n) => new Int32Array(n));
      this.to = grow(this.to, (n) => new Int32Array(n));
      this.score = grow(this.score, (n) => new Uint16Array(n));
    }
    this.from[this.size] = from;
    this.to[this.size] = to;
    this.score[this.size] = score;
    this.size++;
  }
}

/**
 * The links' pairs in steps: exactly what `selectPairs(scorePairs(…), options)` returns, computed
 * so that a long corpus neither holds the caller for long nor fills the memory with objects. The
 * commitments and their keys are numbered once; candidates come from an inverted index of the
 * informative keys (the same rule as `scorePairs`: a key more than `MAX_KEY_SHARE` of the
 * commitments share proposes nothing); the earlier commitment's word and 4-gram vectors are
 * spread into dense arrays, so each candidate costs one pass over the other's vectors; only the
 * pairs at or above the threshold are kept, as numbers. They are then bucketed by score (in
 * thousandths), sorted within a bucket by the commitments' ids in `localeCompare` order, and
 * capped per commitment and other source in that order, as `selectPairs` does. Yields after about
 * `perStep` pairs.
 */
export function* linkInSteps(
  order: readonly string[],
  commitments: readonly Commitment[],
  features: ReadonlyMap<string, Features>,
  options: Pick<LinkOptions, 'threshold' | 'perSource'>,
  perStep: number = PAIRS_PER_STEP,
): Steps<ScoredPair[]> {
  const n = commitments.length;
  const rank = new Map(order.map((id, i) => [id, i]));
  const sourceRank = new Int32Array(n);
  const feats: Features[] = new Array<Features>(n);
  // Keys (word, concept, anchor) numbered; each commitment's keys in the order `scorePairs` reads them.
  const keyIds = new Map<string, number>();
  const keyStart = new Int32Array(n + 1);
  const keys: number[] = [];
  // Concepts and anchors numbered for the pair's concept mass and shared anchors.
  const conceptIds = new Map<string, number>();
  const anchorIds = new Map<string, number>();
  const massStart = new Int32Array(n + 1);
  const massConcept: number[] = [];
  const massValue: number[] = [];
  const anchorStart = new Int32Array(n + 1);
  const anchors: number[] = [];
  // Each commitment's specific words and concepts, numbered as keys (`Features.specific`).
  const specificStart = new Int32Array(n + 1);
  const specificKeys: number[] = [];
  const intern = (map: Map<string, number>, key: string): number => {
    let id = map.get(key);
    if (id === undefined) {
      id = map.size;
      map.set(key, id);
    }
    return id;
  };
  for (let i = 0; i < n; i++) {
    if (i > 0 && i % COMMITMENTS_PER_STEP === 0) yield { phase: 'scoring', done: 0, total: n };
    const c = commitments[i]!;
    const f = features.get(c.id)!;
    feats[i] = f;
    sourceRank[i] = rank.get(c.sourceId) ?? -1;
    for (const k of f.terms.keys()) keys.push(intern(keyIds, `t:${f.lang}:${k}`));
    for (const k of f.concepts.keys()) keys.push(intern(keyIds, `c:${k}`));
    for (const k of f.anchors) keys.push(intern(keyIds, `a:${k}`));
    keyStart[i + 1] = keys.length;
    for (const [k, m] of f.conceptMass) {
      massConcept.push(intern(conceptIds, k));
      massValue.push(m);
    }
    massStart[i + 1] = massConcept.length;
    for (const k of f.anchors) anchors.push(intern(anchorIds, k));
    anchorStart[i + 1] = anchors.length;
    for (const k of f.specific) specificKeys.push(intern(keyIds, k));
    specificStart[i + 1] = specificKeys.length;
  }
  yield { phase: 'scoring', done: 0, total: n };
  const termRows = new VectorRows(feats.map((f) => f.packed.terms));
  const gramRows = new VectorRows(feats.map((f) => f.packed.grams));
  yield { phase: 'scoring', done: 0, total: n };
  // The inverted index: for each key, the commitments that have it, in the commitments' order.
  const postingStart = new Int32Array(keyIds.size + 1);
  for (const k of keys) postingStart[k + 1]!++;
  for (let k = 0; k < keyIds.size; k++) postingStart[k + 1]! += postingStart[k]!;
  const postings = new Int32Array(keys.length);
  const fill = postingStart.slice(0, keyIds.size);
  for (let i = 0; i < n; i++) for (let j = keyStart[i]!; j < keyStart[i + 1]!; j++) postings[fill[keys[j]!]!++] = i;

  const common = Math.max(12, Math.ceil(n * MAX_KEY_SHARE));
  const weights = SIMILARITY_WEIGHTS;
  const terms = new Float64Array(termRows.width);
  const grams = new Float64Array(gramRows.width);
  const anchorOf = new Int32Array(anchorIds.size).fill(-1);
  const specificOf = new Int32Array(keyIds.size).fill(-1);
  const seen = new Int32Array(n).fill(-1);
  const kept = new PairTable();
  let work = 0;
  for (let a = 0; a < n; a++) {
    const ra = sourceRank[a]!;
    if (ra < 0) continue;
    const fa = feats[a]!;
    termRows.scatter(a, terms, false);
    gramRows.scatter(a, grams, false);
    for (let j = anchorStart[a]!; j < anchorStart[a + 1]!; j++) anchorOf[anchors[j]!] = a;
    for (let j = specificStart[a]!; j < specificStart[a + 1]!; j++) specificOf[specificKeys[j]!] = a;
    for (let kj = keyStart[a]!; kj < keyStart[a + 1]!; kj++) {
      const key = keys[kj]!;
      const from = postingStart[key]!;
      const to = postingStart[key + 1]!;
      if (to - from > common) continue;
      for (let p = from; p < to; p++) {
        const b = postings[p]!;
        const rb = sourceRank[b]!;
        if (rb < 0 || rb <= ra || seen[b] === a) continue;
        seen[b] = a;
        work++;
        const fb = feats[b]!;
        // As `similarityScore(fa, fb)`, step by step, with a's vectors spread out.
        const sameLang = fa.lang === fb.lang;
        const t = sameLang ? termRows.dotDense(b, terms) : 0;
        const conceptCos = dot(fa.packed.concepts, fb.packed.concepts);
        let mass = 0;
        if (conceptCos > 0) {
          for (let x = massStart[a]!; x < massStart[a + 1]!; x++) {
            for (let y = massStart[b]!; y < massStart[b + 1]!; y++) {
              if (massConcept[y] === massConcept[x]) {
                mass += Math.min(massValue[x]!, massValue[y]!);
                break;
              }
            }
          }
        }
        const concepts = conceptCos * Math.min(1, mass / weights.conceptMass);
        const g = gramRows.dotDense(b, grams);
        let shared = 0;
        for (let y = anchorStart[b]!; y < anchorStart[b + 1]!; y++) if (anchorOf[anchors[y]!] === a) shared++;
        let specific = shared > 0;
        for (let y = specificStart[b]!; !specific && y < specificStart[b + 1]!; y++) specific = specificOf[specificKeys[y]!] === a;
        const score = scoreThousandths(sameLang, t, concepts, g, shared, specific, weights);
        if (score / 1000 >= options.threshold) kept.push(a, b, score);
      }
    }
    termRows.scatter(a, terms, true);
    gramRows.scatter(a, grams, true);
    if (work >= perStep) {
      work = 0;
      yield { phase: 'scoring', done: a + 1, total: n };
    }
  }
  return yield* selectInSteps(commitments, feats, sourceRank, order.length, kept, options, perStep);
}

/** `selectPairs` over the kept pairs of `linkInSteps`: bucketed by score, then sorted and capped. */
function* selectInSteps(
  commitments: readonly Commitment[],
  feats: readonly Features[],
  sourceRank: Int32Array,
  sources: number,
  kept: PairTable,
  options: Pick<LinkOptions, 'perSource'>,
  perStep: number,
): Steps<ScoredPair[]> {
  const n = commitments.length;
  const total = kept.size;
  // The ids' places in `localeCompare` order (the collator it uses), equal ids sharing a place.
  const collator = new Intl.Collator();
  const byId = Array.from({ length: n }, (_, i) => i).sort((x, y) => collator.compare(commitments[x]!.id, commitments[y]!.id));
  const place = new Int32Array(n);
  let distinct = true;
  for (let i = 1; i < n; i++) {
    const same = collator.compare(commitments[byId[i - 1]!]!.id, commitments[byId[i]!]!.id) === 0;
    place[byId[i]!] = same ? place[byId[i - 1]!]! : i;
    if (same) distinct = false;
  }
  yield { phase: 'selecting', done: 0, total };
  // Buckets by score, best first; within a bucket the pairs stay in the order they were found.
  const bucketStart = new Int32Array(1002);
  for (let i = 0; i < kept.size; i++) bucketStart[1000 - kept.score[i]! + 1]!++;
  for (let s = 0; s <= 1000; s++) bucketStart[s + 1]! += bucketStart[s]!;
  const sorted = new Int32Array(kept.size);
  const fill = bucketStart.slice(0, 1001);
  for (let i = 0; i < kept.size; i++) sorted[fill[1000 - kept.score[i]!]!++] = i;

  const outCount = new Int32Array(n * sources);
  const inCount = new Int32Array(n * sources);
  const out: ScoredPair[] = [];
  let work = 0;
  for (let s = 0; s <= 1000; s++) {
    const start = bucketStart[s]!;
    const end = bucketStart[s + 1]!;
    if (start === end) continue;
    const bucket = sorted.subarray(start, end);
    if (distinct && n * n < 2 ** 52) {
      // Every id has its own place, so (from's place, to's place) orders the bucket on its own:
      // one number per pair, sorted as numbers.
      const order = new Float64Array(bucket.length);
      for (let i = 0; i < bucket.length; i++) order[i] = place[kept.from[bucket[i]!]!]! * n + place[kept.to[bucket[i]!]!]!;
      order.sort();
      for (let i = 0; i < bucket.length; i++) {
        const f = order[i]!;
        const toPlace = f % n;
        const fromPlace = (f - toPlace) / n;
        accept(byId[fromPlace]!, byId[toPlace]!);
      }
    } else {
      // Ids that `localeCompare` finds equal: their pairs keep the order they were found in.
      const pairs = Array.from(bucket).sort(
        (x, y) => place[kept.from[x]!]! - place[kept.from[y]!]! || place[kept.to[x]!]! - place[kept.to[y]!]! || x - y,
      );
      for (const i of pairs) accept(kept.from[i]!, kept.to[i]!);
    }
    work += end - start;
    if (work >= perStep) {
      work = 0;
      yield { phase: 'selecting', done: end, total };
    }
  }
  return out;

  function accept(a: number, b: number): void {
    const x = a * sources + sourceRank[b]!;
    const y = b * sources + sourceRank[a]!;
    if (outCount[x]! >= options.perSource || inCount[y]! >= options.perSource) return;
    outCount[x]!++;
    inCount[y]!++;
    out.push({ from: commitments[a]!, to: commitments[b]!, sim: similarityScore(feats[a]!, feats[b]!) });
  }
}

/**
 * A link with its relation and word diff. The diff compares texts in the same language: the
 * earlier commitment's own text, or its translation twin in the later one's language; when
 * there is none the diff is empty (the UI shows both texts side by side).
 */
export function makeLink(
  from: Commitment,
  to: Commitment,
  sim: Similarity,
  byId: ReadonlyMap<string, Commitment>,
  granularity: DiffGranularity,
  origin: CommitmentLink['origin'] = 'auto',
): CommitmentLink {
  const twin = from.lang !== to.lang && from.translationOf ? byId.get(from.translationOf) : undefined;
  const base = from.lang === to.lang ? from : twin && twin.lang === to.lang ? twin : undefined;
  return {
    id: linkId(from.id, to.id),
    from: from.id,
    to: to.id,
    similarity: sim.score,
    relation: relationOf(from, to, sim),
    evidence: sim.evidence,
    diff: base ? granularity.diff(base.text, to.text, to.lang) : [],
    origin,
    ...(base && base !== from ? { diffBase: base.id } : {}),
  };
}
