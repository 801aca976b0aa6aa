import { QUOTE_CONTEXT_LENGTH, type PassageTarget } from '../../shared/annotations';
import { ApiError } from '../../shared/errors';
import { firstCodePoints, lastCodePoints, snapBackward, snapForward, utf16ToCodePoint } from './unicode';

/** The part of a document anchoring needs; an `IngestedDocument` is one. */
export interface AnchorDocument {
  readonly source: { readonly id: string; readonly sha256: string };
  readonly ingestVersion: number;
  readonly blocks: readonly AnchorBlock[];
}

export interface AnchorBlock {
  readonly id: string;
  readonly text: string;
}

/**
 * The target for a selection in a block: the quote with about 32 characters of context on each
 * side, its position (UTF-16 inside, code points for exports), and the hash and ingestion version
 * of the text it was made on, so a later re-anchoring knows what it is looking for. Offsets that
 * split a character are widened to whole characters; an empty or out-of-range selection is
 * refused with a message the UI can show.
 */
export function passageTargetAt(doc: AnchorDocument, blockId: string, start: number, end: number): PassageTarget {
  const blockIndex = doc.blocks.findIndex((b) => b.id === blockId);
  const block = doc.blocks[blockIndex];
  if (!block) {
    throw new ApiError(
      'not-found',
      `No block "${blockId}" in source "${doc.source.id}" as it is now. Reload the source and select the passage again.`,
    );
  }
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > block.text.length || start >= end) {
    throw new ApiError(
      'bad-input',
      `The selection ${start}–${end} is not a non-empty range inside block "${blockId}" (length ${block.text.length}). Select some text and try again.`,
    );
  }
  const s = snapBackward(block.text, start);
  const e = snapForward(block.text, end);
  return {
    kind: 'passage',
    source: doc.source.id,
    sourceSha256: doc.source.sha256,
    ingestVersion: doc.ingestVersion,
    blockId,
    blockIndex,
    selector: [
      {
        type: 'TextQuoteSelector',
        exact: block.text.slice(s, e),
        prefix: lastCodePoints(block.text.slice(0, s), QUOTE_CONTEXT_LENGTH),
        suffix: firstCodePoints(block.text.slice(e), QUOTE_CONTEXT_LENGTH),
      },
      { type: 'TextPositionSelector', start: s, end: e },
    ],
    codePoints: { start: utf16ToCodePoint(block.text, s), end: utf16ToCodePoint(block.text, e) },
  };
}

/** The quoted text of a passage target. */
export function quoteOf(target: PassageTarget): string {
  return target.selector[0].exact;
}
