import type { SearchSnippet } from '../../shared/search';

/** A half-open range of UTF-16 code units. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/** Snippets are about this long (in UTF-16 units) plus the ellipses. */
export const SNIPPET_LENGTH = 200;
/** Text shown before the first highlighted word of a snippet. */
const LEAD = 50;
const ELLIPSIS = '…';

/** Sorted, overlapping ranges merged. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].filter((r) => r.end > r.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) out[out.length - 1] = { start: last.start, end: Math.max(last.end, r.end) };
    else out.push(r);
  }
  return out;
}

/**
 * A window of the text around the densest run of highlights, cut at spaces, with ellipses where
 * the text goes on, and the highlights moved into it. Short texts are shown whole. Never cuts a
 * surrogate pair.
 */
export function makeSnippet(text: string, highlights: readonly Range[], length: number = SNIPPET_LENGTH): SearchSnippet {
  if (text.length <= length + LEAD) return { text, highlights: [...highlights] };
  let anchor = 0;
  let bestCount = 0;
  for (const h of highlights) {
    const count = highlights.filter((o) => o.start >= h.start && o.end <= h.start + length - LEAD).length;
    if (count > bestCount) {
      bestCount = count;
      anchor = h.start;
    }
  }
  let start = Math.max(0, anchor - LEAD);
  let end = Math.min(text.length, start + length);
  if (end === text.length) start = Math.max(0, end - length);
  start = wordBoundaryAfter(text, start, anchor);
  end = wordBoundaryBefore(text, end, start);
  const prefix = start > 0 ? ELLIPSIS : '';
  const suffix = end < text.length ? ELLIPSIS : '';
  const shift = prefix.length - start;
  const inside = highlights
    .filter((h) => h.end > start && h.start < end)
    .map((h) => ({ start: Math.max(h.start, start) + shift, end: Math.min(h.end, end) + shift }));
  return { text: `${prefix}${text.slice(start, end)}${suffix}`, highlights: inside };
}

/** Moves a cut forward to the next word start (not past `limit`), off a surrogate pair. */
function wordBoundaryAfter(text: string, at: number, limit: number): number {
  if (at === 0) return 0;
  let i = at;
  while (i < limit && i < text.length && !/\s/u.test(text[i - 1]!)) i++;
  if (i >= limit) i = at;
  return offSurrogate(text, i);
}

/** Moves a cut back to the end of a word (not before `limit`), off a surrogate pair. */
function wordBoundaryBefore(text: string, at: number, limit: number): number {
  if (at >= text.length) return text.length;
  let i = at;
  while (i > limit + 1 && !/\s/u.test(text[i]!)) i--;
  if (i <= limit + 1) i = at;
  return offSurrogate(text, i);
}

function offSurrogate(text: string, i: number): number {
  const c = text.charCodeAt(i - 1);
  return c >= 0xd800 && c <= 0xdbff && i < text.length ? i + 1 : i;
}
