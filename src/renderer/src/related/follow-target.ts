import type { IngestedDocument } from '../../../shared/model';
import type { PaneView } from '../../../shared/workspace';
import { blockIndexFor, rowModelFor, syncIndexFor } from '../panes/document-caches';
import { bestShown, withHeading, type Passage, type RelatedReason, type RelatedResult } from './related-passages';

/** Where a following pane goes, and why (shown under its header). */
export interface FollowTarget {
  readonly blockId: string;
  readonly reasons: readonly RelatedReason[];
}

/**
 * Where one linked pane goes when a passage is followed, or undefined when it has nothing to show
 * for it. A pane of the passage's own source goes to the aligned passage: its translation when the
 * pane's view shows the other language, else the same passage (anchored on the alignment, never on
 * scroll positions). A pane of another source goes to the best candidate its view shows, landing
 * on the heading above it when that heading is a candidate too — unless the candidate came from the
 * search, whose hit the reader wants to see itself.
 */
export function followTargetFor(
  pane: { readonly sourceId: string; readonly view: PaneView },
  passage: Passage,
  result: RelatedResult,
  doc: IngestedDocument,
): FollowTarget | undefined {
  const model = rowModelFor(doc, pane.view);
  if (pane.sourceId === passage.sourceId) {
    const index = syncIndexFor(doc);
    const own = index.streamOf(passage.blockId);
    const shown = index.blocksOf(index.keyOf(passage.blockId)).filter((id) => model.rowOfBlock.has(id));
    const blockId = shown.find((id) => index.streamOf(id) !== own) ?? shown[0];
    return blockId ? { blockId, reasons: [{ kind: index.streamOf(blockId) !== own ? 'translation' : 'same-passage' }] } : undefined;
  }
  const candidates = result.bySource.get(pane.sourceId) ?? [];
  const best = bestShown(candidates, (id) => model.rowOfBlock.has(id));
  if (!best) return undefined;
  if (best.reasons.some((r) => r.kind === 'search')) return { blockId: best.blockId, reasons: best.reasons };
  const blocks = blockIndexFor(doc);
  const before = (id: string) => {
    const at = model.orderOf.get(id);
    const prev = at ? model.order[at - 1] : undefined;
    const block = prev ? blocks.get(prev) : undefined;
    return block ? { id: block.id, kind: block.kind } : undefined;
  };
  const c = withHeading(best, candidates, before);
  return { blockId: c.blockId, reasons: c.reasons };
}
