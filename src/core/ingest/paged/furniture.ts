import { claimFurniture, isBlank, nearestFilled, type LineBook } from './line-book';

const PAGE_NUMBER = /^\s*(?:\d{1,3}|[-–—]\s*\d{1,3}\s*[-–—]|page\s+\d{1,3}(?:\s*(?:\/|of|sur|van)\s*\d{1,3})?)\s*$/i;
const SEPARATOR = /^\s*(?:-{3,}|\*{3,}|_{3,}|\f+)\s*$/;
/** How far (in non-blank lines) a page number may sit from the running header it goes with. */
const HEADER_REACH = 2;
/** Lines between two occurrences of a running header: at least a short page. */
const MIN_PAGE_LINES = 20;

/** A bare page number: "12", "– 12 –", "Page 3 of 40". */
export function isPageNumberLike(text: string): boolean {
  return PAGE_NUMBER.test(text);
}

/**
 * Finds the running headers and page numbers of a paginated extraction and claims them. A running
 * header is a short line that comes back on several pages with a bare page number next to it (the
 * line after it is part of the header too when it comes back with it every time). Only that
 * evidence counts: a repeated lead-in such as "De plus :" has no page number beside it.
 */
export function claimRunningFurniture(book: LineBook): void {
  const { texts } = book;
  for (let i = 0; i < texts.length; i++) if (SEPARATOR.test(texts[i]!) && texts[i]!.trim() !== '') claimFurniture(book, i, 'separator');

  const occurrences = new Map<string, number[]>();
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i]!.trim();
    if (t.length < 4 || t.length > 90 || PAGE_NUMBER.test(t) || book.claims[i]) continue;
    const list = occurrences.get(t);
    if (list) list.push(i);
    else occurrences.set(t, [i]);
  }
  for (const [text, at] of occurrences) {
    // A running header comes back page after page, not line after line (table headings do that).
    if (at.length < 2 || at.length > texts.length / 4 || text.split(/\s+/).length < 3) continue;
    if (at.some((line, k) => k > 0 && line - at[k - 1]! < MIN_PAGE_LINES)) continue;
    const numbers = at.map((i) => pageNumbersNear(book, i));
    if (numbers.filter((n) => n.length > 0).length < 2) continue;
    // The header's second line: the same text right after every occurrence.
    const follow = at.map((i) => nearestFilled(book, i, 1));
    const second = follow.every((j) => j > 0 && texts[j]!.trim() === texts[follow[0]!]!.trim() && texts[j]!.trim().length <= 60)
      ? follow
      : [];
    for (const i of at) claimFurniture(book, i, 'running-header');
    for (const j of second) if (!book.claims[j]) claimFurniture(book, j, 'running-header');
    for (const list of numbers) for (const n of list) if (!book.claims[n]) claimFurniture(book, n, 'page-number');
    for (const j of second) for (const n of pageNumbersNear(book, j)) if (!book.claims[n]) claimFurniture(book, n, 'page-number');
  }
}

/** Bare page numbers within reach of line `i`, before and after it. */
function pageNumbersNear(book: LineBook, i: number): number[] {
  const found: number[] = [];
  for (const step of [-1, 1] as const) {
    let at = i;
    for (let k = 0; k < HEADER_REACH; k++) {
      at = nearestFilled(book, at, step);
      if (at < 0) break;
      if (PAGE_NUMBER.test(book.texts[at]!)) {
        found.push(at);
        break;
      }
      if (book.claims[at] !== 'furniture' && !isRepeatedHeaderNeighbour(book.texts[at]!)) break;
    }
  }
  return found;
}

function isRepeatedHeaderNeighbour(text: string): boolean {
  return !isBlank(text) && text.trim().length <= 60;
}
