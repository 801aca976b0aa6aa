import type { Commitment, CommitmentLink, Comparison, LinkRelation } from '../../../shared/commitments';
import type { Candidate, Passage, RelatedReason, RelatedScorer } from './related-passages';

/**
 * The "linked commitment" scorer: a passage that holds a commitment leads to the commitments the
 * comparison links it with (`compare`'s links, curated), each with the link's relation as the
 * reason ("linked commitment (continues)"). It outweighs shared terms and themes, because a link
 * is a reading of the two texts, not a guess from their words; a link the user confirmed or added
 * counts in full.
 */

/** What the scorer reads of a comparison. */
export type LinkedCommitments = Pick<Comparison, 'commitments' | 'links'>;

export interface LinkedCommitmentOptions {
  /** The comparison in force (undefined when there is none, e.g. no compared source). */
  readonly comparison: () => Promise<LinkedCommitments | undefined>;
  /** The relation in the interface language ("continues", "poursuit", "zet voort"). */
  readonly relationLabel: (relation: LinkRelation) => string;
  /** Commitment ids to put first (the other end of a link the user clicked in the Compare view). */
  readonly preferred?: () => ReadonlySet<string>;
  readonly weight?: number;
}

const words = (text: string): Set<string> =>
  new Set(
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2),
  );

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The longest end of `a` that `b` starts with (a selection ending in the start of a sentence). */
function edgeOverlap(a: string, b: string): number {
  for (let k = Math.min(a.length, b.length); k > 0; k--) if (a.endsWith(b.slice(0, k))) return k;
  return 0;
}

/** Whether a selected text overlaps a commitment's text: one holds the other, or one runs into the other by a few words. */
function overlaps(selected: string, text: string): boolean {
  const sel = squash(selected);
  const c = squash(text);
  if (sel.includes(c) || c.includes(sel)) return true;
  const min = Math.min(12, sel.length, c.length);
  if (edgeOverlap(sel, c) >= min || edgeOverlap(c, sel) >= min) return true;
  const w = words(c);
  const sw = words(sel);
  let shared = 0;
  for (const x of w) if (sw.has(x)) shared++;
  return shared >= Math.max(2, Math.min(w.size, sw.size) * 0.5);
}

/**
 * The commitments of a passage: those of its block (and of its aligned translation), narrowed to
 * those the selected text overlaps when it is a selection within the block.
 */
export function commitmentsOfPassage(passage: Passage, commitments: readonly Commitment[]): readonly Commitment[] {
  const blocks = new Set([passage.blockId, ...(passage.translations ?? []).map((t) => t.blockId)]);
  const inBlocks = commitments.filter((c) => c.sourceId === passage.sourceId && blocks.has(c.blockId));
  const own = inBlocks.filter((c) => c.blockId === passage.blockId);
  const selected = passage.text.trim();
  if (own.length <= 1 || selected.length === 0) return inBlocks;
  const overlapping = own.filter((c) => overlaps(selected, c.text));
  if (overlapping.length === 0 || overlapping.length === own.length) return inBlocks;
  // The twins of the chosen commitments stand for them in links of the other language.
  const twins = new Set(overlapping.flatMap((c) => (c.translationOf ? [c.translationOf] : [])));
  return [...overlapping, ...inBlocks.filter((c) => c.blockId !== passage.blockId && twins.has(c.id))];
}

/** A link's weight within the scorer: 1 when a user confirmed or added it, else rising with its similarity. */
export function linkScore(link: Pick<CommitmentLink, 'origin' | 'similarity'>): number {
  if (link.origin !== 'auto') return 1;
  return Math.min(1, 0.6 + 0.8 * Math.max(0, link.similarity));
}

/** Candidates from a comparison's links: pure, for tests. */
export function linkedCandidates(
  passage: Passage,
  targets: readonly string[],
  data: LinkedCommitments,
  relationLabel: (relation: LinkRelation) => string,
  preferred: ReadonlySet<string> = new Set(),
): readonly Candidate[] {
  const own = commitmentsOfPassage(passage, data.commitments);
  if (own.length === 0) return [];
  const ids = new Set<string>();
  for (const c of own) {
    ids.add(c.id);
    if (c.translationOf) ids.add(c.translationOf);
  }
  const byId = new Map(data.commitments.map((c) => [c.id, c]));
  const twinOf = new Map<string, string>();
  for (const c of data.commitments) if (c.translationOf) twinOf.set(c.id, c.translationOf);
  const wanted = new Set(targets);
  const out: Candidate[] = [];
  for (const link of data.links) {
    const fromOwn = ids.has(link.from);
    if (!fromOwn && !ids.has(link.to)) continue;
    const other = byId.get(fromOwn ? link.to : link.from);
    if (!other || other.sourceId === passage.sourceId || !wanted.has(other.sourceId)) continue;
    const reason: RelatedReason = { kind: 'commitment', commitmentId: other.id, label: relationLabel(link.relation) };
    const score = preferred.has(other.id) ? 1 : linkScore(link) * (preferred.size > 0 ? 0.5 : 1);
    out.push({ sourceId: other.sourceId, blockId: other.blockId, score, reasons: [reason] });
    // A pane showing the other language of a bilingual source finds the twin's block.
    const twin = twinOf.get(other.id);
    const twinC = twin ? byId.get(twin) : undefined;
    if (twinC && twinC.blockId !== other.blockId)
      out.push({ sourceId: twinC.sourceId, blockId: twinC.blockId, score: score * 0.98, reasons: [reason] });
  }
  return out;
}

/** The scorer the app plugs into related passages (see docs/reading-view.md). */
export function linkedCommitmentScorer(options: LinkedCommitmentOptions): RelatedScorer {
  return {
    id: 'commitments',
    weight: options.weight ?? 3,
    find: async ({ passage, targets }) => {
      if (targets.length === 0) return [];
      const data = await options.comparison();
      return data ? linkedCandidates(passage, targets, data, options.relationLabel, options.preferred?.()) : [];
    },
  };
}
