/**
 * A selection as annotations: one part per block it covers. A selection over several paragraphs
 * becomes one annotation per block (each anchored on its own block, so a later edit of one
 * paragraph never moves the others), undone together. Parts are trimmed of the white space a
 * triple click or a drag past the end picks up, and empty parts (the next block's first offset,
 * a table, a marker) are dropped.
 */

/** A range of a block's text as read off the DOM: UTF-16 offsets into `Block.text`. */
export interface BlockSpan {
  readonly blockId: string;
  /** The block's text, as long as the DOM has it (to trim). */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The block has no annotatable text in the DOM (a table rendered as cells). */
  readonly table?: boolean;
}

export interface SelectionPart {
  readonly blockId: string;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
}

/** More blocks than this in one selection is more likely a slip (Ctrl+A) than a highlight. */
export const MAX_SELECTION_BLOCKS = 25;

export type SelectionParts =
  | { readonly kind: 'ok'; readonly parts: readonly SelectionPart[] }
  | { readonly kind: 'refused'; readonly reason: 'empty' | 'table' | 'too-many'; readonly blocks?: number };

/** The parts to annotate, or why the selection cannot be annotated (the UI says it). */
export function selectionParts(spans: readonly BlockSpan[], max = MAX_SELECTION_BLOCKS): SelectionParts {
  const parts: SelectionPart[] = [];
  let tables = 0;
  for (const span of spans) {
    if (span.table) {
      tables++;
      continue;
    }
    let start = Math.max(0, Math.min(span.start, span.text.length));
    let end = Math.max(start, Math.min(span.end, span.text.length));
    while (start < end && /\s/.test(span.text[start]!)) start++;
    while (end > start && /\s/.test(span.text[end - 1]!)) end--;
    if (end > start) parts.push({ blockId: span.blockId, start, end, quote: span.text.slice(start, end) });
  }
  if (parts.length === 0) return { kind: 'refused', reason: tables > 0 ? 'table' : 'empty' };
  if (parts.length > max) return { kind: 'refused', reason: 'too-many', blocks: parts.length };
  return { kind: 'ok', parts };
}

/**
 * The offset of a point inside a block, given the block's text pieces in document order (each
 * rendered from `text.slice(start, start + length)`) and where the point falls: inside piece `k`
 * at `offset`, or between pieces (before piece `k`; `k = pieces.length` after the last). A point
 * in something that is not the text (a heading number, a footnote's marker or back link) falls
 * between pieces, so it snaps to the nearest text edge.
 */
export function pointOffset(
  pieces: readonly { readonly start: number; readonly length: number }[],
  at: { readonly inside: number; readonly offset: number } | { readonly before: number },
): number {
  if ('inside' in at) {
    const p = pieces[at.inside];
    return p ? p.start + Math.max(0, Math.min(p.length, at.offset)) : 0;
  }
  const next = pieces[at.before];
  if (next) return next.start;
  const last = pieces[pieces.length - 1];
  return last ? last.start + last.length : 0;
}
