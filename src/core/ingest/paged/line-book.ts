import type { TextRange } from '../../../shared/model';
import { contentRange, type SourceLine } from '../lines';

/** What a line was taken out of the text flow as. */
export type Claim = 'furniture' | 'note' | 'table';

/** Page furniture: text of the page layout, not of the document, left out of every block. */
export type FurnitureKind = 'running-header' | 'page-number' | 'separator' | 'duplicate-heading' | 'noise';

export interface Furniture extends TextRange {
  readonly kind: FurnitureKind;
}

/**
 * The working state of one document's segmentation: its lines, their current text (footnote
 * markers rewritten in place, same length, so offsets hold) and which lines a pass has claimed.
 * Each pass claims lines; the body is whatever is left.
 */
export interface LineBook {
  readonly lines: readonly SourceLine[];
  readonly texts: string[];
  readonly claims: (Claim | undefined)[];
  readonly furniture: Furniture[];
}

/** A book where nothing is claimed yet. */
export function openBook(lines: readonly SourceLine[]): LineBook {
  return { lines, texts: lines.map((l) => l.text), claims: lines.map(() => undefined), furniture: [] };
}

/** Empty or white space only (a non-breaking space counts as white space). */
export function isBlank(text: string): boolean {
  return text.trim() === '';
}

/** Claims a line as page furniture of the given kind. */
export function claimFurniture(book: LineBook, index: number, kind: FurnitureKind): void {
  book.claims[index] = 'furniture';
  const range = contentRange(book.lines[index]!);
  if (range.end > range.start) book.furniture.push({ kind, ...range });
}

/** Index of the nearest non-blank line before (step -1) or after (step 1) `index`, or -1. */
export function nearestFilled(book: LineBook, index: number, step: 1 | -1): number {
  for (let i = index + step; i >= 0 && i < book.lines.length; i += step) if (!isBlank(book.texts[i]!)) return i;
  return -1;
}

/** The origin of a run of lines: one range per stretch of consecutive lines. */
export function originOf(book: LineBook, indices: readonly number[]): TextRange[] {
  const sorted = [...indices].sort((a, b) => a - b);
  const out: TextRange[] = [];
  let prev = -2;
  for (const i of sorted) {
    const r = contentRange(book.lines[i]!);
    if (r.end <= r.start) continue;
    const last = out[out.length - 1];
    if (last && i === prev + 1) out[out.length - 1] = { start: last.start, end: r.end };
    else out.push(r);
    prev = i;
  }
  return out;
}
