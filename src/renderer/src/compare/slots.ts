import type { ReactNode } from 'react';
import type { Commitment, CommitmentLink } from '../../../shared/commitments';

/**
 * Places other views fill in the Compare view's cards and rows, without the Compare view knowing
 * them. The annotations view plugs in here (`annotation-slots.tsx`, see docs/commitments.md, "The
 * Compare view"): its "Annotate" action at the end of the actions, and the notes already made
 * under them.
 */
export interface CompareSlots {
  /** Extra actions on each commitment card (after "Show in the text", "Correct", "Link with…"). */
  readonly commitmentActions?: (commitment: Commitment) => ReactNode;
  /** Extra actions on each link row (after the diff, confirm, reject buttons); both ends are given. */
  readonly linkActions?: (link: CommitmentLink, ends: LinkEnds) => ReactNode;
  /** What other views say about a commitment, under its card's actions (its annotations). */
  readonly commitmentFooter?: (commitment: Commitment) => ReactNode;
  /** What other views say about a link, under its row's actions. */
  readonly linkFooter?: (link: CommitmentLink, ends: LinkEnds) => ReactNode;
}

/** The two commitments a link joins, in the comparison's source order. */
export interface LinkEnds {
  readonly from: Commitment;
  readonly to: Commitment;
}
