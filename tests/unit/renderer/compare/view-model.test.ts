import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FILTERS,
  heatLevel,
  linkedToSelection,
  matrixModel,
  statusWords,
  themeDetail,
  visibleSources,
} from '../../../../src/renderer/src/compare/view-model';
import { A, comparison, M, P } from './fixture';

const counts = (m: ReturnType<typeof matrixModel>, theme: string): number[] =>
  m.rows.find((r) => r.theme === theme)!.cells.map((c) => c.count);

describe('the matrix', () => {
  it('counts each theme’s commitments per source, in the comparison’s order, with its links and status', () => {
    const m = matrixModel(comparison(), DEFAULT_FILTERS);
    expect(m.sources).toEqual([A, M, P]);
    expect(m.rows.map((r) => r.theme)).toEqual(['digital-identity', 'digital-inclusion', 'digital-skills', 'e-invoicing']);
    expect(counts(m, 'digital-identity')).toEqual([2, 1, 1]);
    expect(m.rows.find((r) => r.theme === 'digital-identity')).toMatchObject({ status: 'in-all', links: 3, curated: true });
    expect(m.rows.find((r) => r.theme === 'digital-skills')).toMatchObject({ links: 2, curated: false });
    // A commitment under two themes counts once in the totals.
    expect(m.totals).toEqual([
      { sourceId: A, count: 2 },
      { sourceId: M, count: 2 },
      { sourceId: P, count: 2 },
    ]);
    expect(m.links).toBe(3);
    expect(m.max).toBe(2);
  });

  it('shades by a logarithmic level: none is 0, the largest is 4, one is never invisible', () => {
    expect(heatLevel(0, 87)).toBe(0);
    expect(heatLevel(1, 87)).toBe(1);
    expect(heatLevel(87, 87)).toBe(4);
    expect(heatLevel(15, 87)).toBe(3);
    expect(heatLevel(1, 1)).toBe(4);
    const m = matrixModel(comparison(), DEFAULT_FILTERS);
    expect(m.rows[0]!.cells.map((c) => c.level)).toEqual([4, 3, 3]);
    expect(m.rows[3]!.cells.map((c) => c.level)).toEqual([0, 0, 0]);
  });

  it('filters by status, kind, source and curated, keeping the unfiltered total in each cell', () => {
    const cmp = comparison();
    expect(matrixModel(cmp, { ...DEFAULT_FILTERS, status: 'new' }).rows.map((r) => r.theme)).toEqual(['digital-inclusion']);
    const pledges = matrixModel(cmp, { ...DEFAULT_FILTERS, kind: 'pledge' });
    expect(counts(pledges, 'digital-identity')).toEqual([1, 1, 0]);
    expect(pledges.rows[0]!.cells[0]).toMatchObject({ count: 1, total: 2 });
    // Links with a pledge at one end: a2→m1 (m1), m1→p1 (m1), a1→p2 (a1).
    expect(pledges.rows[0]!.links).toBe(3);
    const oneSource = matrixModel(cmp, { ...DEFAULT_FILTERS, source: M });
    expect(oneSource.sources).toEqual([M]);
    expect(counts(oneSource, 'digital-identity')).toEqual([1]);
    const curated = matrixModel(cmp, { ...DEFAULT_FILTERS, curatedOnly: true });
    expect(counts(curated, 'digital-identity')).toEqual([0, 1, 0]);
    // Only the confirmed link, and the link to the curated m1.
    expect(curated.rows[0]!.links).toBe(2);
    expect(visibleSources(cmp, { ...DEFAULT_FILTERS, source: 'nowhere' })).toEqual([A, M, P]);
  });
});

describe('a theme in detail', () => {
  it('puts each source’s commitments side by side and lists the links with an end under the theme', () => {
    const d = themeDetail(comparison(), 'digital-identity', { ...DEFAULT_FILTERS, theme: 'digital-identity' })!;
    expect(d.columns.map((c) => [c.sourceId, c.commitments.map((x) => x.id)])).toEqual([
      [A, ['a1', 'a2']],
      [M, ['m1']],
      [P, ['p1']],
    ]);
    expect(d.links.map((l) => l.link.id)).toEqual(['link:a2>m1', 'link:m1>p1', 'link:a1>p2']);
    expect(d.links[0]!.from.id).toBe('a2');
    expect(themeDetail(comparison(), 'nope', DEFAULT_FILTERS)).toBeUndefined();
  });

  it('with a selected commitment, lists its links — its translation twin’s included — and marks the linked cards', () => {
    const cmp = comparison();
    const viaTwin = themeDetail(cmp, 'digital-identity', DEFAULT_FILTERS, 'a2nl')!;
    expect(viaTwin.links.map((l) => l.link.id)).toEqual(['link:a2>m1']);
    expect(viaTwin.allLinks).toBe(3);
    const linked = linkedToSelection(cmp, 'm1');
    expect([...linked.keys()].sort()).toEqual(['a2', 'p1']);
    expect(linked.get('p1')!.relation).toBe('weakens');
  });

  it('applies the kind filter to the cards and keeps the column’s total', () => {
    const d = themeDetail(comparison(), 'digital-identity', { ...DEFAULT_FILTERS, kind: 'goal' })!;
    expect(d.columns.map((c) => [c.commitments.length, c.total])).toEqual([
      [1, 2],
      [0, 1],
      [0, 1],
    ]);
    expect(d.links.map((l) => l.link.id)).toEqual(['link:a2>m1']);
  });
});

describe('statuses in words', () => {
  const names = (id: string): string => ({ [A]: '2021 answer', [M]: '2025 meeting', [P]: 'Party programme 2024' })[id] ?? id;
  const programme = (id: string): boolean => id === P;
  const sources = [A, M, P];
  it('name the timeline: carried from the first to the later ones, new in, not taken up after', () => {
    expect(statusWords({ status: 'carried', bySource: { [A]: ['x'], [M]: ['y'], [P]: [] } }, sources, names, programme)).toEqual({
      key: 'compare.statusWords.carried',
      values: { first: '2021 answer', later: '2025 meeting' },
      alsoProgramme: false,
    });
    expect(statusWords({ status: 'new', bySource: { [A]: [], [M]: ['y'], [P]: ['z'] } }, sources, names, programme)).toEqual({
      key: 'compare.statusWords.new',
      values: { later: '2025 meeting' },
      alsoProgramme: true,
    });
    expect(statusWords({ status: 'dropped', bySource: { [A]: ['x'], [M]: [], [P]: ['z'] } }, sources, names, programme).values).toEqual({
      first: '2021 answer',
    });
    expect(statusWords({ status: 'in-all', bySource: {} }, sources, names, programme).values).toEqual({ n: 3 });
    expect(statusWords({ status: 'only-programme', bySource: {} }, sources, names, programme).key).toBe(
      'compare.statusWords.onlyProgramme',
    );
  });
});
