import type { CommitmentKind, Force } from '../../shared/commitments';

/**
 * The force a kind stands for when nothing more specific is known: a curator's correction of
 * the kind, or a passage marked by hand. 0 description · 1 exploration · 2 intent · 3 plan ·
 * 4 obligation (docs/commitments.md).
 */
export const KIND_FORCE: Readonly<Record<CommitmentKind, Force>> = {
  recommendation: 2,
  pledge: 3,
  proposal: 2,
  intention: 2,
  examination: 1,
  ongoing: 3,
  goal: 2,
  call: 2,
  refusal: 3,
};
