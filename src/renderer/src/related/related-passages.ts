import type { LangCode } from '../../../shared/model';

/**
 * Related passages: given a passage the reader selected, the passages of other documents that
 * the linked panes should scroll to, each with the reason it was chosen. The finding is done by
 * scorers, small injectable strategies (translation, shared terms, themes, search hits; later
 * linked commitments) whose candidates are merged here. Nothing in this file knows how a scorer
 * works, so a new one plugs in without touching it.
 */

/** Why a passage was chosen, as the pane shows it ("translation", "same theme: digital identity"). */
export type RelatedReason =
  | { readonly kind: 'translation' }
  | { readonly kind: 'same-passage' }
  | { readonly kind: 'theme'; readonly themeId: string; readonly label: string }
  | { readonly kind: 'terms'; readonly terms: readonly string[] }
  | { readonly kind: 'search'; readonly query: string }
  | { readonly kind: 'commitment'; readonly commitmentId: string; readonly label?: string };

/** The passage the reader selected: a block, or the selected part of one. */
export interface Passage {
  readonly sourceId: string;
  readonly blockId: string;
  readonly lang: LangCode;
  /** The selected text, or the whole block's. */
  readonly text: string;
  /** Its aligned translation(s) in a bilingual source: their words help find passages in that language. */
  readonly translations?: readonly { readonly blockId: string; readonly lang: LangCode; readonly text: string }[];
}

export interface RelatedQuery {
  readonly passage: Passage;
  /** Sources shown in the panes that will follow; scorers may ignore the others. */
  readonly targets: readonly string[];
}

/** A passage a scorer proposes, scored 0–1 within that scorer. */
export interface Candidate {
  readonly sourceId: string;
  readonly blockId: string;
  readonly score: number;
  readonly reasons: readonly RelatedReason[];
}

/**
 * One way of finding related passages. Scores are 0–1 within the scorer; `weight` says how much
 * they count against other scorers' when merged (the translation outweighs everything).
 */
export interface RelatedScorer {
  readonly id: string;
  readonly weight: number;
  find(query: RelatedQuery): Promise<readonly Candidate[]>;
}

export interface RelatedResult {
  /** Candidates per source, best first. */
  readonly bySource: ReadonlyMap<string, readonly Candidate[]>;
  /** Scorers that failed (engine missing, host unreachable): the others' results still count. */
  readonly failures: readonly { readonly scorer: string; readonly message: string }[];
}

const reasonKey = (r: RelatedReason): string => JSON.stringify(r);

/**
 * Runs every scorer and merges their candidates: a passage proposed by several scorers adds up
 * their weighted scores and keeps all their reasons (in scorer order). The selected passage
 * itself is never proposed. Ties go to the earlier block id, so the result is deterministic.
 */
export async function findRelated(query: RelatedQuery, scorers: readonly RelatedScorer[]): Promise<RelatedResult> {
  const settled = await Promise.allSettled(scorers.map((s) => s.find(query)));
  const merged = new Map<string, { sourceId: string; blockId: string; score: number; reasons: RelatedReason[]; keys: Set<string> }>();
  const failures: { scorer: string; message: string }[] = [];
  settled.forEach((result, i) => {
    const scorer = scorers[i]!;
    if (result.status === 'rejected') {
      const err = result.reason as unknown;
      failures.push({ scorer: scorer.id, message: err instanceof Error ? err.message : String(err) });
      return;
    }
    for (const c of result.value) {
      if (c.sourceId === query.passage.sourceId && c.blockId === query.passage.blockId) continue;
      const score = Math.max(0, Math.min(1, c.score)) * scorer.weight;
      if (!(score > 0)) continue;
      const key = `${c.sourceId}\u0000${c.blockId}`;
      const entry = merged.get(key) ?? { sourceId: c.sourceId, blockId: c.blockId, score: 0, reasons: [], keys: new Set<string>() };
      entry.score += score;
      for (const r of c.reasons)
        if (!entry.keys.has(reasonKey(r))) {
          entry.keys.add(reasonKey(r));
          entry.reasons.push(r);
        }
      merged.set(key, entry);
    }
  });
  const bySource = new Map<string, Candidate[]>();
  for (const { sourceId, blockId, score, reasons } of merged.values()) {
    const list = bySource.get(sourceId) ?? [];
    list.push({ sourceId, blockId, score: Math.round(score * 1e6) / 1e6, reasons });
    bySource.set(sourceId, list);
  }
  for (const list of bySource.values())
    list.sort((a, b) => b.score - a.score || (a.blockId < b.blockId ? -1 : a.blockId > b.blockId ? 1 : 0));
  return { bySource, failures };
}

/** The best candidate a pane can show (its view may hide some blocks). */
export function bestShown(candidates: readonly Candidate[] | undefined, shown: (blockId: string) => boolean): Candidate | undefined {
  return candidates?.find((c) => shown(c.blockId));
}

/**
 * Where to land for a candidate: the heading just before it instead, when that heading is a
 * candidate too (the section is about the same thing), so the reader sees what the passage is
 * under. The reasons stay the candidate's.
 */
export function withHeading(
  best: Candidate,
  candidates: readonly Candidate[],
  before: (blockId: string) => { readonly id: string; readonly kind: string } | undefined,
): Candidate {
  const previous = before(best.blockId);
  if (previous?.kind !== 'heading' || !candidates.some((c) => c.blockId === previous.id)) return best;
  return { ...best, blockId: previous.id };
}

/** A scorer that asks `primary`, and `fallback` only if `primary` fails (the search engine is missing). */
export function withFallback(primary: RelatedScorer, fallback: RelatedScorer): RelatedScorer {
  return {
    id: primary.id,
    weight: primary.weight,
    find: (query) => primary.find(query).catch(() => fallback.find(query)),
  };
}
