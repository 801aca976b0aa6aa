import type { ReactNode } from 'react';
import type { Commitment, CommitmentLink } from '../../../shared/commitments';

/**
 * Places other views fill in the Compare view's cards and rows, without the Compare view knowing
 * them. The annotations view plugs its "Annotate" action in here (see docs/commitments.md, "The
 * Compare view"): each callback returns the extra controls to render at the end of the actions.
 */
export interface CompareSlots {
  /** Extra actions on each commitment card (after "Show in the text", "Correct", "Link with…"). */
  readonly commitmentActions?: (commitment: Commitment) => ReactNode;
  /** Extra actions on each link row (after the diff, confirm, reject buttons); both ends are given. */
  readonly linkActions?: (link: CommitmentLink, ends: { readonly from: Commitment; readonly to: Commitment }) => ReactNode;
}
