import { claimFurniture, isBlank, type LineBook } from './line-book';
import { NUMBERED_HEADING, type TextShape } from './text-shape';

/** A run of lines that reads as one block, before it is given a kind. */
export interface Unit {
  readonly lines: number[];
  /** The list marker, when the unit is a list item. */
  readonly list?: { readonly marker: string; readonly indent: number };
  /** Seen as a heading from its place among its lines (short, unpunctuated, text follows). */
  readonly heading?: boolean;
  /** Blank lines between this unit and the previous one. */
  readonly gapBefore: number;
  /** Whether lines taken out of the flow (notes, tables, furniture) lie between it and the previous unit. */
  readonly brokenBefore: boolean;
}

export const LIST_MARKER = /^(\s*)(?:[-–—•·]\s+(\+)|([-–—•·+→*▪◦‣]|\d{1,3}[.)]|[a-z][.)]))\s+(?=\S)/;
export const MD_HEADING = /^\s*(#{1,6})\s+(.+?)\s*#*\s*$/;
const SENTENCE_END = /[.!?:;…]["'”»’)\]*]*\s*$/;
const STRONG_END = /[.!?:]["'”»’)\]*]*\s*$/;
const STARTS_BLOCK = /^\s*(?:[\p{Lu}\d"'“«‘(*[]|\p{Lo})/u;
const STARTS_HEADING_FOLLOWER = /^\s*(?:[\p{Lu}\d"“«‘]|\p{Lo})/u;

/**
 * Cuts the body (the lines no pass has claimed) into units: blank lines always separate; inside a
 * run of lines, a list marker starts an item, a short unpunctuated line followed by text is a
 * heading, and a line that ends a sentence ends the paragraph when the next line's first word would
 * have fitted on it (the break was the author's, not the page width's). In a text that is not
 * hard-wrapped every sentence-ending line break is the author's.
 */
export function reflow(book: LineBook, shape: TextShape): Unit[] {
  const units: Unit[] = [];
  let gap = 0;
  let broken = false;
  let group: number[] = [];
  const flush = (): void => {
    if (group.length > 0) units.push(...reflowGroup(book, shape, group, gap, broken));
    group = [];
    gap = 0;
    broken = false;
  };
  for (let i = 0; i < book.texts.length; i++) {
    if (book.claims[i]) {
      if (group.length > 0) flush();
      broken = true;
    } else if (isBlank(book.texts[i]!)) {
      if (group.length > 0) flush();
      gap++;
    } else group.push(i);
  }
  flush();
  return units;
}

function reflowGroup(book: LineBook, shape: TextShape, group: readonly number[], gap: number, broken: boolean): Unit[] {
  const text = (i: number): string => book.texts[i]!;
  const lengths = group.map((i) => text(i).trim().length);
  const width = !shape.wrapped
    ? Infinity
    : group.length >= 8
      ? percentile(lengths, 0.9)
      : group.length >= 3
        ? Math.max(...lengths)
        : shape.lineWidth;
  const out: { lines: number[]; list?: Unit['list']; heading?: boolean }[] = [];
  let skip = 0;
  for (let k = 0; k < group.length; k++) {
    if (skip > 0) {
      skip--;
      continue;
    }
    const i = group[k]!;
    const t = text(i);
    const cur = out[out.length - 1];
    const prevLine = k > 0 ? text(group[k - 1]!) : undefined;
    const nextLine = k + 1 < group.length ? text(group[k + 1]!) : undefined;
    const marker = listMarker(t);
    const afterBreak = prevLine === undefined || STRONG_END.test(prevLine) || (cur?.list !== undefined && !shape.wrapped);
    const firstWord = t.trim().split(/\s/, 1)[0]!.length;
    if (marker && (!shape.wrapped || afterBreak || cur?.list !== undefined)) {
      out.push({ lines: [i], list: marker });
      continue;
    }
    // A heading printed twice (the page's title over the chart's title) keeps one copy.
    const dup = afterBreak ? duplicateAfter(book, group, k) : 0;
    if (MD_HEADING.test(t) || dup > 0 || (afterBreak && nextLine !== undefined && isHeadingLine(t, nextLine, width, shape))) {
      out.push({ lines: [i], heading: true });
      for (let d = 1; d <= dup; d++) claimFurniture(book, group[k + d]!, 'duplicate-heading');
      skip = dup;
      continue;
    }
    if (!cur || cur.heading) {
      out.push({ lines: [i] });
      continue;
    }
    const indent = t.length - t.trimStart().length;
    if (cur.list && indent > cur.list.indent + 1) {
      cur.lines.push(i);
      continue;
    }
    const prevText = prevLine!.trim();
    // In a hard-wrapped text a new text box starts with an indent the previous line did not have.
    const newBox = shape.wrapped && indent > 0 && !/^\s/.test(prevLine!);
    const authorsBreak = STRONG_END.test(prevText) && STARTS_BLOCK.test(t) && (prevText.length + 1 + firstWord <= width || newBox);
    if (authorsBreak) out.push({ lines: [i] });
    else cur.lines.push(i);
  }
  return out.map((u, n) => ({
    lines: u.lines,
    ...(u.list ? { list: u.list } : {}),
    ...(u.heading ? { heading: true } : {}),
    gapBefore: n === 0 ? gap : 0,
    brokenBefore: n === 0 ? broken : false,
  }));
}

/** The list marker a line starts with ("- + x" is a "+" item one step in), if any. */
export function listMarker(text: string): Unit['list'] | undefined {
  const m = LIST_MARKER.exec(text);
  if (!m) return undefined;
  return { marker: m[2] ?? m[3]!, indent: m[1]!.length + (m[2] ? 1 : 0) };
}

/**
 * A heading inside a run of lines: short against the line width, no closing punctuation, starting
 * like a title, with text starting like a new block after it. A document that numbers its headings
 * has only numbered ones.
 */
function isHeadingLine(t: string, next: string, width: number, shape: TextShape): boolean {
  const s = t.trim();
  if (s.length > 150 || SENTENCE_END.test(s) || /,$/.test(s) || !STARTS_BLOCK.test(s) || !STARTS_HEADING_FOLLOWER.test(next)) return false;
  if (listMarker(next) !== undefined) return false;
  if (shape.numberedHeadings) return NUMBERED_HEADING.test(s);
  if (/[.!?]\s+\p{Lu}/u.test(s)) return false;
  // Short, and the next line's first word would have fitted: the line was ended on purpose.
  return s.length <= width * 0.85 && s.length + 1 + next.trim().split(/\s/, 1)[0]!.length <= width;
}

/** How many of the lines after group[k] repeat its text (0, 1 or 2). */
function duplicateAfter(book: LineBook, group: readonly number[], k: number): number {
  const norm = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();
  const head = norm(book.texts[group[k]!]!);
  let joined = '';
  for (let d = 1; d <= 2 && k + d < group.length; d++) {
    joined = norm(`${joined} ${book.texts[group[k + d]!]!}`);
    if (joined === head) return d;
    if (!head.startsWith(joined)) return 0;
  }
  return 0;
}

function percentile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}
