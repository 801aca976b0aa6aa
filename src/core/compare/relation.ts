import type { Commitment, LinkRelation } from '../../shared/commitments';
import type { Similarity } from './similarity';

/**
 * How the later commitment of a link relates to the earlier one. Read in this order: a refusal
 * against anything else contradicts; more force (examination → pledge, recommendation → pledge)
 * strengthens and less weakens; at equal force a deadline added strengthens and one dropped
 * weakens, as does a clear change of specificity; what is left rewords when most words are
 * shared and continues otherwise.
 */

/** Shared-word cosine from which two equally firm commitments are the same one reworded. */
export const REWORD_TERMS = 0.45;
/** A change of specificity this large, at equal force, counts as firmer or vaguer. */
export const SPECIFICITY_STEP = 2;

export function relationOf(from: Commitment, to: Commitment, sim: Pick<Similarity, 'terms'>): LinkRelation {
  if ((from.kind === 'refusal') !== (to.kind === 'refusal')) return 'contradicts';
  if (to.force > from.force) return 'strengthens';
  if (to.force < from.force) return 'weakens';
  if (to.deadline && !from.deadline) return 'strengthens';
  if (from.deadline && !to.deadline) return 'weakens';
  if (to.specificity - from.specificity >= SPECIFICITY_STEP) return 'strengthens';
  if (from.specificity - to.specificity >= SPECIFICITY_STEP) return 'weakens';
  return sim.terms >= REWORD_TERMS ? 'rewords' : 'continues';
}
