import type { Commitment, CommitmentLink } from '../../shared/commitments';
import type { CurationDecision } from '../../shared/curation';
import { inOrder, resolveRef } from '../commitments/curation';
import type { Features } from './features';
import { linkId, makeLink, type LinkOptions } from './link';
import { similarity } from './similarity';

/**
 * The user's decisions about links, over the matcher's: a rejected link disappears, a confirmed
 * one is marked `confirmed` (and kept even if a later matcher would score it lower), an added one
 * appears as `added` with the relation the user gave (else the computed one). The latest decision
 * about a pair wins. A pair is the same whichever way round the user named it.
 */
export function applyLinkCurations(
  links: readonly CommitmentLink[],
  decisions: readonly CurationDecision[],
  order: readonly string[],
  commitments: readonly Commitment[],
  features: ReadonlyMap<string, Features>,
  options: Pick<LinkOptions, 'granularity'>,
): { links: CommitmentLink[]; orphaned: Set<string> } {
  const rank = new Map(order.map((id, i) => [id, i]));
  const byId = new Map(commitments.map((c) => [c.id, c]));
  const out = new Map(links.map((l) => [pairKey(l.from, l.to), l]));
  const orphaned = new Set<string>();
  for (const d of inOrder(decisions)) {
    const a = d.action;
    if (a.type !== 'confirm-link' && a.type !== 'reject-link' && a.type !== 'add-link') continue;
    // Only pairs between two compared sources belong to this comparison.
    if (!rank.has(a.from.sourceId) || !rank.has(a.to.sourceId)) continue;
    let from = resolveRef(a.from, commitments);
    let to = resolveRef(a.to, commitments);
    if (!from || !to) {
      orphaned.add(d.id);
      continue;
    }
    if (from.sourceId === to.sourceId) continue;
    if (rank.get(from.sourceId)! > rank.get(to.sourceId)!) [from, to] = [to, from];
    const key = pairKey(from.id, to.id);
    if (a.type === 'reject-link') {
      out.delete(key);
      continue;
    }
    const fa = features.get(from.id);
    const fb = features.get(to.id);
    const sim = fa && fb ? similarity(fa, fb) : { score: 0, terms: 0, concepts: 0, grams: 0, evidence: [] };
    const base = out.get(key) ?? makeLink(from, to, sim, byId, options.granularity);
    const relation = a.type === 'add-link' && a.relation ? a.relation : base.relation;
    out.set(key, { ...base, id: linkId(from.id, to.id), relation, origin: a.type === 'add-link' ? 'added' : 'confirmed' });
  }
  return { links: [...out.values()], orphaned };
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
