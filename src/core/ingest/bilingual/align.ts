import type { DraftBlock } from '../draft';

/** One aligned group: indices into the two streams (1:1, 1:2, 2:1, or 1:0/0:1 when unmatched). */
export interface AlignedGroup {
  readonly a: readonly number[];
  readonly b: readonly number[];
}

const SKIP_COST = 9;
const MERGE_COST = 1.6;

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
 */
export function alignStreams(a: readonly DraftBlock[], b: readonly DraftBlock[]): AlignedGroup[] {
  const la = a.map(visibleLength);
  const lb = b.map(visibleLength);
  const ratio = (lb.reduce((s, x) => s + x, 0) + 1) / (la.reduce((s, x) => s + x, 0) + 1);
  const na = a.map(numbersOf);
  const nb = b.map(numbersOf);

  const lengthCost = (x: number, y: number): number => Math.abs(Math.log((y + 30) / (ratio * x + 30))) * 5;
  const kindCost = (x: DraftBlock, y: DraftBlock): number => {
    if ((x.kind === 'heading') !== (y.kind === 'heading')) return 8;
    if (x.kind !== y.kind) return 2.5;
    return 0;
  };
  // Sets of one block are used as they are: the 1:1 steps (most of them) allocate nothing.
  const union = (sets: readonly Set<string>[], from: number, to: number): Set<string> =>
    to - from === 1 ? sets[from]! : new Set(sets.slice(from, to).flatMap((s) => [...s]));
  const numberCost = (x: Set<string>, y: Set<string>): number => {
    if (x.size === 0 && y.size === 0) return 0;
    let shared = 0;
    for (const n of x) if (y.has(n)) shared++;
    return 3 * (1 - shared / Math.max(x.size, y.size));
  };
  const mergeable = (blocks: readonly DraftBlock[]): boolean => blocks.every((d) => d.kind !== 'heading');

  const n = a.length;
  const m = b.length;
  const cost: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  const back: [number, number][][] = Array.from({ length: n + 1 }, () => new Array<[number, number]>(m + 1));
  cost[0]![0] = 0;
  const moves: readonly [number, number][] = [
    [1, 1],
    [1, 2],
    [2, 1],
    [1, 0],
    [0, 1],
  ];
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const here = cost[i]![j]!;
      if (here === Infinity) continue;
      for (const [di, dj] of moves) {
        const ni = i + di;
        const nj = j + dj;
        if (ni > n || nj > m) continue;
        let step: number;
        if (di === 0 || dj === 0) step = SKIP_COST;
        else {
          if ((di > 1 || dj > 1) && (!mergeable(a.slice(i, ni)) || !mergeable(b.slice(j, nj)))) continue;
          const lx = di === 1 ? la[i]! : la[i]! + la[i + 1]!;
          const ly = dj === 1 ? lb[j]! : lb[j]! + lb[j + 1]!;
          step =
            lengthCost(lx, ly) +
            kindCost(a[i]!, b[j]!) +
            numberCost(union(na, i, ni), union(nb, j, nj)) +
            (di > 1 || dj > 1 ? MERGE_COST : 0);
        }
        if (here + step < cost[ni]![nj]!) {
          cost[ni]![nj] = here + step;
          back[ni]![nj] = [i, j];
        }
      }
    }
  }
  const groups: AlignedGroup[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const [pi, pj] = back[i]![j]!;
    groups.push({ a: range(pi, i), b: range(pj, j) });
    i = pi;
    j = pj;
  }
  return groups.reverse();
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}
