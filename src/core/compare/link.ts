import type { Commitment, CommitmentLink } from '../../shared/commitments';
import { hashId } from '../hash';
import { WORD_DIFF, type DiffGranularity } from './diff-strategy';
import type { Features } from './features';
import { relationOf } from './relation';
import { similarityScore, type Similarity } from './similarity';

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
 * the sources' order: `from` is always the commitment of the earlier source.
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

/** Keeps the pairs at or above the threshold, at most `perSource` per commitment and other source. */
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
