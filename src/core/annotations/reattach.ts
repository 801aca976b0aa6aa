import type { Anchor, Annotation, PassageTarget } from '../../shared/annotations';
import { ApiError } from '../../shared/errors';
import { nextStamp } from './operations';
import { passageTargetAt, type AnchorDocument } from './target';

/**
 * Attaches an annotation by hand to a passage of the current text (an orphan the user found
 * again, or a passage they prefer): the target is rebuilt from that text, with its hash and
 * ingestion version, so the annotation is `anchored` there from now on. Body and id are kept.
 */
export function reattach(annotation: Annotation, blockId: string, start: number, end: number, doc: AnchorDocument, now: Date): Annotation {
  const target: PassageTarget = passageTargetAt(doc, blockId, start, end);
  return { ...annotation, target, modified: nextStamp(annotation.modified, now) };
}

/**
 * Accepts where anchoring found a `moved` or `changed` passage: the annotation is re-attached to
 * it, so the proposal becomes its anchor and the old text is no longer looked for.
 */
export function acceptAnchor(annotation: Annotation, anchor: Anchor, doc: AnchorDocument, now: Date): Annotation {
  if (anchor.kind === 'anchored') return annotation;
  if (anchor.kind !== 'moved' && anchor.kind !== 'changed') {
    throw new ApiError(
      'bad-input',
      anchor.kind === 'orphaned'
        ? 'This annotation has no proposed place to accept: its passage was not found. Re-attach it by hand instead.'
        : 'Only passage annotations have an anchoring to accept.',
    );
  }
  return reattach(annotation, anchor.blockId, anchor.start, anchor.end, doc, now);
}
