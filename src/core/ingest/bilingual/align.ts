import type { DraftBlock } from '../draft';

/** One aligned group: indices into the two streams (1:1, 1:2, 2:1, or 1:0/0:1 when unmatched). */
export interface AlignedGroup {
  readonly a: readonly number[];
  readonly b: readonly number[];
}

/** The groups, and what the reader should know when the alignment could not be searched in full. */
export interface StreamAlignment {
  readonly groups: readonly AlignedGroup[];
  readonly warnings: readonly string[];
}

/** Knobs for tests; the defaults are what ingestion uses. */
export interface AlignOptions {
  /** Half-width of the first band, in blocks; setting it bands even a small document. */
  readonly band?: number;
  /** Most cells one dynamic programme may hold (one byte each for the way back). */
  readonly maxCells?: number;
}

const SKIP_COST = 9;
const MERGE_COST = 1.6;

/**
 * Documents up to this many cells (about 1000 × 1000 paragraphs) are searched in full: the exact
 * optimum, in well under a second. Larger ones are searched in a band around the diagonal.
 */
const FULL_CELLS = 1 << 20;
/** First half-width of the band, in paragraphs; doubled while the best path runs along its edge. */
const INITIAL_BAND = 64;
/** 32 M cells: 32 MB for the way back, a few seconds; past it the streams are aligned in windows. */
const MAX_CELLS = 1 << 25;

/** The moves of the dynamic programme, by code (0 is "none"): [a blocks, b blocks]. */
const MOVES: readonly (readonly [number, number])[] = [
  [0, 0],
  [1, 1],
  [1, 2],
  [2, 1],
  [1, 0],
  [0, 1],
];

/** Length of what a reader sees, without markup. */
function visibleLength(d: DraftBlock): number {
  return d.raw.replace(/\*\*|<\/?sup>|\[|\]\([^)]*\)/g, '').length;
}

function numbersOf(d: DraftBlock): Set<string> {
  return new Set(d.raw.match(/\d+(?:[.,]\d+)?/g) ?? []);
}

/**
 * Aligns two language streams of the same document paragraph by paragraph: a Gale–Church style
 * dynamic programme over lengths (translations keep proportional lengths), steered by the block
 * kinds (a heading answers a heading) and by the numbers both sides cite (years, amounts, points).
 * Allows 1:2 and 2:1 where one language splits a paragraph the other keeps whole.
 *
 * The programme is linear in the streams' length: a document of up to about 1000 paragraphs a side
 * is searched in full; a longer one only near the diagonal that the cumulated lengths draw (a
 * translation keeps in step with its original), in a band that doubles while the best path runs
 * along its edge. Past `MAX_CELLS` the streams are cut into windows aligned one after the other,
 * and a warning says so.
 */
export function alignStreams(a: readonly DraftBlock[], b: readonly DraftBlock[], options: AlignOptions = {}): StreamAlignment {
  const steps = stepCosts(a, b);
  const n = a.length;
  const m = b.length;
  const maxCells = options.maxCells ?? MAX_CELLS;
  if (options.band === undefined && (n + 1) * (m + 1) <= Math.min(FULL_CELLS, maxCells)) {
    return { groups: search(steps, fullBand(0, n, 0, m)).groups, warnings: [] };
  }
  const diagonal = lengthDiagonal(steps.la, steps.lb);
  let best: { groups: AlignedGroup[]; band: number } | undefined;
  for (let band = Math.max(1, options.band ?? INITIAL_BAND); ; band *= 2) {
    const rows = bandAround(diagonal, band, 0, n, 0, m);
    if (rows.cells > maxCells) break;
    const found = search(steps, rows);
    best = { groups: found.groups, band };
    if (!found.alongEdge || band >= Math.max(n, m)) return { groups: found.groups, warnings: [] };
  }
  if (best) {
    return {
      groups: best.groups,
      warnings: [
        `The two language streams (${n} and ${m} paragraphs) drift too far apart to be aligned exactly: they were aligned within ${best.band} paragraphs of each other, so some pairs may be wrong. Splitting the file where the languages meet again gives an exact alignment.`,
      ],
    };
  }
  return { groups: alignInWindows(steps, diagonal, maxCells), warnings: [windowWarning(n, m, maxCells)] };
}

function windowWarning(n: number, m: number, maxCells: number): string {
  return `The two language streams (${n} and ${m} paragraphs) are too long to align in one piece: they were aligned in windows of about ${windowRows(maxCells)} paragraphs, so pairs at the edge of a window may be wrong. Splitting the file gives an exact alignment.`;
}

/** Rows per window: each window's band of `INITIAL_BAND` fits in the cell budget. */
function windowRows(maxCells: number): number {
  return Math.max(1, Math.floor(maxCells / (2 * INITIAL_BAND + 1)) - 1);
}

/**
 * Degraded mode for streams too long for one programme: cuts both streams on the length diagonal
 * every `windowRows` paragraphs and aligns each window on its own, so time and memory stay bounded.
 */
function alignInWindows(steps: StepCosts, diagonal: Int32Array, maxCells: number): AlignedGroup[] {
  const n = steps.la.length;
  const rows = windowRows(maxCells);
  const groups: AlignedGroup[] = [];
  for (let i0 = 0; i0 < n; i0 += rows) {
    const i1 = Math.min(n, i0 + rows);
    const j0 = diagonal[i0]!;
    const j1 = diagonal[i1]!;
    groups.push(...search(steps, bandAround(diagonal, INITIAL_BAND, i0, i1, j0, j1)).groups);
  }
  return groups;
}

/** Everything the cost of a step needs, computed once per block (and per pair of blocks). */
interface StepCosts {
  readonly la: Float64Array;
  readonly lb: Float64Array;
  /** Cost of the move `code` into cell (i, j) (from the cell the move starts at); Infinity if barred. */
  readonly cost: (code: number, i: number, j: number) => number;
}

function stepCosts(a: readonly DraftBlock[], b: readonly DraftBlock[]): StepCosts {
  const la = Float64Array.from(a, visibleLength);
  const lb = Float64Array.from(b, visibleLength);
  const ratio = (lb.reduce((s, x) => s + x, 0) + 1) / (la.reduce((s, x) => s + x, 0) + 1);
  const na = a.map(numbersOf);
  const nb = b.map(numbersOf);
  // The numbers of two neighbouring blocks, for the 2:1 and 1:2 moves.
  const na2 = na.map((s, i) => (i + 1 < na.length ? new Set([...s, ...na[i + 1]!]) : s));
  const nb2 = nb.map((s, j) => (j + 1 < nb.length ? new Set([...s, ...nb[j + 1]!]) : s));
  const headA = a.map((d) => d.kind === 'heading');
  const headB = b.map((d) => d.kind === 'heading');

  const lengthCost = (x: number, y: number): number => Math.abs(Math.log((y + 30) / (ratio * x + 30))) * 5;
  const kindCost = (x: DraftBlock, y: DraftBlock): number => {
    if ((x.kind === 'heading') !== (y.kind === 'heading')) return 8;
    if (x.kind !== y.kind) return 2.5;
    return 0;
  };
  const numberCost = (x: Set<string>, y: Set<string>): number => {
    if (x.size === 0 && y.size === 0) return 0;
    let shared = 0;
    for (const n of x) if (y.has(n)) shared++;
    return 3 * (1 - shared / Math.max(x.size, y.size));
  };
  // The terms are added in one fixed order: the same floating-point sums, so the same ties.
  const cost = (code: number, i: number, j: number): number => {
    switch (code) {
      case 1:
        return lengthCost(la[i]!, lb[j]!) + kindCost(a[i]!, b[j]!) + numberCost(na[i]!, nb[j]!) + 0;
      case 2:
        if (headA[i] || headB[j] || headB[j + 1]) return Infinity;
        return lengthCost(la[i]!, lb[j]! + lb[j + 1]!) + kindCost(a[i]!, b[j]!) + numberCost(na[i]!, nb2[j]!) + MERGE_COST;
      case 3:
        if (headA[i] || headA[i + 1] || headB[j]) return Infinity;
        return lengthCost(la[i]! + la[i + 1]!, lb[j]!) + kindCost(a[i]!, b[j]!) + numberCost(na2[i]!, nb[j]!) + MERGE_COST;
      default:
        return SKIP_COST;
    }
  };
  return { la, lb, cost };
}

/**
 * The cells searched: row i (a block boundary of stream a) spans columns lo[i]..hi[i] of stream
 * b, for rows i0..i1. Both bounds never decrease and each row starts at most one column past the
 * previous row's end, so every cell can be reached from (i0, j0).
 */
interface Band {
  readonly i0: number;
  readonly i1: number;
  readonly j0: number;
  readonly j1: number;
  readonly lo: Int32Array;
  readonly hi: Int32Array;
  /** Offset of each row's first cell in the way-back array. */
  readonly start: Float64Array;
  readonly cells: number;
}

function fullBand(i0: number, i1: number, j0: number, j1: number): Band {
  const rows = i1 - i0 + 1;
  return makeBand(i0, i1, j0, j1, new Int32Array(rows).fill(j0), new Int32Array(rows).fill(j1));
}

/** Row i spans `half` columns either side of the diagonal, clipped to the window. */
function bandAround(diagonal: Int32Array, half: number, i0: number, i1: number, j0: number, j1: number): Band {
  const rows = i1 - i0 + 1;
  const lo = new Int32Array(rows);
  const hi = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    const centre = Math.min(j1, Math.max(j0, diagonal[i0 + r]!));
    lo[r] = r === 0 ? j0 : Math.min(Math.max(j0, centre - half), hi[r - 1]! + 1);
    hi[r] = r === rows - 1 ? j1 : Math.max(Math.min(j1, centre + half), hi[r - 1] ?? j0);
  }
  return makeBand(i0, i1, j0, j1, lo, hi);
}

function makeBand(i0: number, i1: number, j0: number, j1: number, lo: Int32Array, hi: Int32Array): Band {
  const start = new Float64Array(lo.length + 1);
  for (let r = 0; r < lo.length; r++) start[r + 1] = start[r]! + hi[r]! - lo[r]! + 1;
  return { i0, i1, j0, j1, lo, hi, start, cells: start[lo.length]! };
}

/**
 * For each block boundary of stream a, the boundary of stream b at the same share of the text:
 * where a translation that keeps in step with its original would be.
 */
function lengthDiagonal(la: Float64Array, lb: Float64Array): Int32Array {
  const n = la.length;
  const m = lb.length;
  const totalA = la.reduce((s, x) => s + x, 0);
  const totalB = lb.reduce((s, x) => s + x, 0);
  const diagonal = new Int32Array(n + 1);
  let seenA = 0;
  let j = 0;
  let seenB = 0;
  for (let i = 0; i <= n; i++) {
    const target = totalA > 0 ? (seenA / totalA) * totalB : (i / Math.max(1, n)) * totalB;
    while (j < m && seenB + lb[j]! / 2 < target) seenB += lb[j++]!;
    diagonal[i] = j;
    if (i < n) seenA += la[i]!;
  }
  diagonal[n] = m;
  return diagonal;
}

/**
 * The cheapest path through the band, from its first cell to its last. Each cell takes the
 * cheapest of its five predecessors, tried in the order (i, j) ascending with ties to the first:
 * exactly the choices of the original forward formulation, so a band that holds the whole matrix
 * gives the original pairs. Costs live in three rolling rows; the way back in one byte a cell.
 */
function search(steps: StepCosts, band: Band): { groups: AlignedGroup[]; alongEdge: boolean } {
  const { i0, i1, j0, j1, lo, hi, start } = band;
  const rows = i1 - i0 + 1;
  const back = new Uint8Array(band.cells);
  let width = 0;
  for (let r = 0; r < rows; r++) width = Math.max(width, hi[r]! - lo[r]! + 1);
  const ring = [new Float64Array(width), new Float64Array(width), new Float64Array(width)];
  // Cost of cell (row r, column j), Infinity outside the band.
  const at = (r: number, j: number): number => (r < 0 || j < lo[r]! || j > hi[r]! ? Infinity : ring[r % 3]![j - lo[r]!]!);
  const { cost } = steps;
  let best = Infinity;
  let move = 0;
  const take = (v: number, code: number): void => {
    if (v < best) {
      best = v;
      move = code;
    }
  };
  for (let r = 0; r < rows; r++) {
    const row = ring[r % 3]!;
    const i = i0 + r;
    const rowStart = start[r]!;
    for (let j = lo[r]!; j <= hi[r]!; j++) {
      if (r === 0 && j === j0) {
        row[0] = 0;
        continue;
      }
      best = Infinity;
      move = 0;
      if (r >= 2 && j - 1 >= j0) take(at(r - 2, j - 1) + cost(3, i - 2, j - 1), 3);
      if (r >= 1 && j - 2 >= j0) take(at(r - 1, j - 2) + cost(2, i - 1, j - 2), 2);
      if (r >= 1 && j - 1 >= j0) take(at(r - 1, j - 1) + cost(1, i - 1, j - 1), 1);
      if (r >= 1) take(at(r - 1, j) + SKIP_COST, 4);
      if (j - 1 >= j0) take(at(r, j - 1) + SKIP_COST, 5);
      row[j - lo[r]!] = best;
      back[rowStart + j - lo[r]!] = move;
    }
  }
  const groups: AlignedGroup[] = [];
  let alongEdge = false;
  let r = rows - 1;
  let j = j1;
  while (r > 0 || j > j0) {
    if ((j === lo[r]! && j > j0 && r > 0) || (j === hi[r]! && j < j1)) alongEdge = true;
    const [di, dj] = MOVES[back[start[r]! + j - lo[r]!]!]!;
    groups.push({ a: range(i0 + r - di, i0 + r), b: range(j - dj, j) });
    r -= di;
    j -= dj;
  }
  return { groups: groups.reverse(), alongEdge };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}
