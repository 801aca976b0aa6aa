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
 * Cells one search may take at first (4 M: about a quarter of a second, 4 MB for the way back).
 * Streams whose whole matrix fits (about 2000 paragraphs a side, a bilingual file of a megabyte
 * or so) are searched in full, for the exact optimum; longer ones in a band around the diagonal
 * as wide as this allows.
 */
const SEARCH_CELLS = 1 << 22;
/** The narrowest band, in paragraphs either side of the diagonal. */
const MIN_BAND = 64;
/** 32 M cells (32 MB for the way back, about two seconds): past it, the streams go in windows. */
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
 * Linear in the streams' length: streams of up to about 2000 paragraphs a side are searched in
 * full (the exact optimum); longer ones only near the diagonal that the cumulated lengths draw (a
 * translation keeps in step with its original), in a band as wide as `SEARCH_CELLS` allows (at
 * least `MIN_BAND`), doubled while the best path runs along its edge. When doubling would pass
 * `MAX_CELLS`, or the narrowest band already does, the result says so in a warning.
 */
export function alignStreams(a: readonly DraftBlock[], b: readonly DraftBlock[], options: AlignOptions = {}): StreamAlignment {
  const steps = stepCosts(a, b);
  const n = a.length;
  const m = b.length;
  const maxCells = options.maxCells ?? MAX_CELLS;
  if (options.band === undefined && (n + 1) * (m + 1) <= Math.min(SEARCH_CELLS, maxCells)) {
    return { groups: search(steps, fullBand(0, n, 0, m)).groups, warnings: [] };
  }
  const diagonal = lengthDiagonal(steps.la, steps.lb);
  let last: { groups: AlignedGroup[]; band: number } | undefined;
  const first = options.band ?? Math.max(MIN_BAND, Math.floor(SEARCH_CELLS / (n + 1) / 2));
  for (let band = Math.max(1, first); ; band *= 2) {
    const rows = bandAround(diagonal, band, 0, n, 0, m);
    if (rows.cells > maxCells) break;
    const found = search(steps, rows);
    if (!found.alongEdge || band >= Math.max(n, m)) return { groups: found.groups, warnings: [] };
    last = { groups: found.groups, band };
  }
  if (last) {
    return {
      groups: last.groups,
      warnings: [
        `The two language streams (${n} and ${m} paragraphs) drift too far apart to be aligned exactly: they were aligned within ${last.band} paragraphs of each other, so some pairs may be wrong. Splitting the file where the languages meet again gives an exact alignment.`,
      ],
    };
  }
  const rows = windowRows(maxCells);
  return {
    groups: alignInWindows(steps, diagonal, rows),
    warnings: [
      `The two language streams (${n} and ${m} paragraphs) are too long to align in one piece: they were aligned in windows of about ${rows} paragraphs, so pairs at the edge of a window may be wrong. Splitting the file gives an exact alignment.`,
    ],
  };
}

/** Rows per window: each window's narrowest band fits in the cell budget. */
function windowRows(maxCells: number): number {
  return Math.max(1, Math.floor(maxCells / (2 * MIN_BAND + 1)) - 1);
}

/**
 * Degraded mode for streams too long for one programme: cuts both streams on the length diagonal
 * every `rows` paragraphs and aligns each window on its own, so time and memory stay bounded.
 */
function alignInWindows(steps: StepCosts, diagonal: Int32Array, rows: number): AlignedGroup[] {
  const n = steps.la.length;
  const groups: AlignedGroup[] = [];
  for (let i0 = 0; i0 < n || i0 === 0; i0 += rows) {
    const i1 = Math.min(n, i0 + rows);
    const j0 = i0 === 0 ? 0 : diagonal[i0]!;
    const j1 = i1 === n ? steps.lb.length : diagonal[i1]!;
    for (const g of search(steps, bandAround(diagonal, MIN_BAND, i0, i1, j0, j1)).groups) groups.push(g);
  }
  return groups;
}

/**
 * Everything the cost of a step needs, computed once per block (and per two neighbouring blocks).
 * The lengths are stored as the cost's formula uses them (`ratio * x + 30`, `y + 30`), computed
 * in the same order as before, so every step costs exactly what it did: the same sums, the same ties.
 */
interface StepCosts {
  readonly la: Float64Array;
  readonly lb: Float64Array;
  /** `ratio * length + 30` of block i of stream a, and of blocks i and i + 1 together. */
  readonly xa1: Float64Array;
  readonly xa2: Float64Array;
  /** `length + 30` of block j of stream b, and of blocks j and j + 1 together. */
  readonly yb1: Float64Array;
  readonly yb2: Float64Array;
  /** Kind codes (`HEADING` is 0). */
  readonly ka: Uint8Array;
  readonly kb: Uint8Array;
  /** The numbers a block cites, and two neighbouring blocks together (for the 2:1 and 1:2 moves). */
  readonly na: readonly (readonly string[])[];
  readonly nb: readonly Set<string>[];
  readonly na2: readonly (readonly string[])[];
  readonly nb2: readonly Set<string>[];
}

const HEADING = 0;
const KIND_CODES: Readonly<Record<DraftBlock['kind'], number>> = {
  heading: HEADING,
  paragraph: 1,
  'list-item': 2,
  footnote: 3,
  table: 4,
  metadata: 5,
};

function stepCosts(a: readonly DraftBlock[], b: readonly DraftBlock[]): StepCosts {
  const la = Float64Array.from(a, visibleLength);
  const lb = Float64Array.from(b, visibleLength);
  const ratio = (lb.reduce((s, x) => s + x, 0) + 1) / (la.reduce((s, x) => s + x, 0) + 1);
  const na = a.map(numbersOf);
  const nb = b.map(numbersOf);
  const both = (sets: readonly Set<string>[]): Set<string>[] =>
    sets.map((s, k) => (k + 1 < sets.length ? new Set([...s, ...sets[k + 1]!]) : s));
  const pairs = (l: Float64Array): Float64Array => l.map((x, k) => (k + 1 < l.length ? x + l[k + 1]! : x));
  const la2 = pairs(la);
  const lb2 = pairs(lb);
  return {
    la,
    lb,
    xa1: la.map((x) => ratio * x + 30),
    xa2: la2.map((x) => ratio * x + 30),
    yb1: lb.map((y) => y + 30),
    yb2: lb2.map((y) => y + 30),
    ka: Uint8Array.from(a, (d) => KIND_CODES[d.kind]),
    kb: Uint8Array.from(b, (d) => KIND_CODES[d.kind]),
    // Stream a's numbers are walked, stream b's looked up: arrays walk without an iterator.
    na: na.map((s) => [...s]),
    nb,
    na2: both(na).map((s) => [...s]),
    nb2: both(nb),
  };
}

/** Translations keep proportional lengths: `x` and `y` are `ratio * length + 30` and `length + 30`. */
function lengthCost(x: number, y: number): number {
  return Math.abs(Math.log(y / x)) * 5;
}

/** A heading answers a heading; other kinds may differ a little (a paragraph for a list item). */
function kindCost(x: number, y: number): number {
  if (x === y) return 0;
  return x === HEADING || y === HEADING ? 8 : 2.5;
}

/** The numbers both sides cite (years, amounts, points) agree in a translation. */
function numberCost(x: readonly string[], y: Set<string>): number {
  if (x.length === 0 && y.size === 0) return 0;
  let shared = 0;
  for (let k = 0; k < x.length; k++) if (y.has(x[k]!)) shared++;
  return 3 * (1 - shared / Math.max(x.length, y.size));
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
 * where a translation that keeps in step with its original would be. Streams without visible
 * text (bare markup) share by block counts instead.
 */
function lengthDiagonal(la: Float64Array, lb: Float64Array): Int32Array {
  const n = la.length;
  const m = lb.length;
  const byLength = la.some((x) => x > 0) && lb.some((y) => y > 0);
  const wa = byLength ? la : new Float64Array(n).fill(1);
  const wb = byLength ? lb : new Float64Array(m).fill(1);
  const totalA = wa.reduce((s, x) => s + x, 0);
  const totalB = wb.reduce((s, x) => s + x, 0);
  const diagonal = new Int32Array(n + 1);
  let seenA = 0;
  let seenB = 0;
  let j = 0;
  for (let i = 0; i < n; i++) {
    const target = (seenA / totalA) * totalB;
    while (j < m && seenB + wb[j]! / 2 < target) seenB += wb[j++]!;
    diagonal[i] = j;
    seenA += wa[i]!;
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
  const { xa1, xa2, yb1, yb2, ka, kb, na, nb, na2, nb2 } = steps;
  const rows = i1 - i0 + 1;
  const back = new Uint8Array(band.cells);
  let width = 0;
  for (let r = 0; r < rows; r++) width = Math.max(width, hi[r]! - lo[r]! + 1);
  const ring = [new Float64Array(width), new Float64Array(width), new Float64Array(width)];
  for (let r = 0; r < rows; r++) {
    const i = i0 + r;
    const row = ring[r % 3]!;
    const rowLo = lo[r]!;
    // The two rows above (an empty span when there is none), and what their moves into row i share.
    const up1 = ring[(r + 2) % 3]!;
    const lo1 = r >= 1 ? lo[r - 1]! : 0;
    const hi1 = r >= 1 ? hi[r - 1]! : -1;
    const up2 = ring[(r + 1) % 3]!;
    const lo2 = r >= 2 ? lo[r - 2]! : 0;
    const hi2 = r >= 2 ? hi[r - 2]! : -1;
    const split1 = r >= 1 && ka[i - 1] !== HEADING;
    const split2 = r >= 2 && ka[i - 2] !== HEADING && ka[i - 1] !== HEADING;
    for (let j = rowLo; j <= hi[r]!; j++) {
      const cell = j - rowLo;
      if (r === 0 && j === j0) {
        row[0] = 0;
        continue;
      }
      // Predecessors in the order (i, j) ascending, the first of equal costs kept.
      let best = Infinity;
      let move = 0;
      let v: number;
      if (split2 && j - 1 >= lo2 && j - 1 <= hi2 && kb[j - 1] !== HEADING) {
        v =
          up2[j - 1 - lo2]! +
          (lengthCost(xa2[i - 2]!, yb1[j - 1]!) + kindCost(ka[i - 2]!, kb[j - 1]!) + numberCost(na2[i - 2]!, nb[j - 1]!) + MERGE_COST);
        if (v < best) {
          best = v;
          move = 3;
        }
      }
      if (split1 && j - 2 >= lo1 && j - 2 <= hi1 && kb[j - 2] !== HEADING && kb[j - 1] !== HEADING) {
        v =
          up1[j - 2 - lo1]! +
          (lengthCost(xa1[i - 1]!, yb2[j - 2]!) + kindCost(ka[i - 1]!, kb[j - 2]!) + numberCost(na[i - 1]!, nb2[j - 2]!) + MERGE_COST);
        if (v < best) {
          best = v;
          move = 2;
        }
      }
      if (j - 1 >= lo1 && j - 1 <= hi1) {
        v =
          up1[j - 1 - lo1]! +
          (lengthCost(xa1[i - 1]!, yb1[j - 1]!) + kindCost(ka[i - 1]!, kb[j - 1]!) + numberCost(na[i - 1]!, nb[j - 1]!) + 0);
        if (v < best) {
          best = v;
          move = 1;
        }
      }
      if (j >= lo1 && j <= hi1) {
        v = up1[j - lo1]! + SKIP_COST;
        if (v < best) {
          best = v;
          move = 4;
        }
      }
      if (j - 1 >= rowLo) {
        v = row[cell - 1]! + SKIP_COST;
        if (v < best) {
          best = v;
          move = 5;
        }
      }
      row[cell] = best;
      back[start[r]! + cell] = move;
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
