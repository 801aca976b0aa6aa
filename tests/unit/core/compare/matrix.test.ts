import { describe, expect, it } from 'vitest';
import { comparisonOrder, isPartyProgramme, themeMatrix, themeStatus } from '../../../../src/core/compare';
import type { SourceMeta } from '../../../../src/shared/model';
import { commitment } from './fixtures';

const sources = [
  { id: 'a2021', programme: false },
  { id: 'prog', programme: true },
  { id: 'm2025', programme: false },
];
const status = (a: boolean, p: boolean, m: boolean) => themeStatus([a, p, m], sources);

describe('theme statuses', () => {
  it('reads the governments’ timeline with the programme beside it', () => {
    expect(status(true, true, true)).toBe('in-all');
    expect(status(true, false, true)).toBe('carried');
    expect(status(false, false, true)).toBe('new');
    expect(status(false, true, true)).toBe('new');
    expect(status(true, false, false)).toBe('dropped');
    expect(status(true, true, false)).toBe('dropped');
    expect(status(false, true, false)).toBe('only-programme');
    expect(status(false, false, false)).toBe('absent');
  });

  it('counts a commitment under each of its themes, per source', () => {
    const rows = themeMatrix(['connectivity', 'e-invoicing'], sources, [
      commitment({ id: 'x', sourceId: 'a2021', text: 'fibre', themes: ['connectivity'] }),
      commitment({ id: 'y', sourceId: 'm2025', text: 'fibre et factures', themes: ['e-invoicing', 'connectivity'] }),
    ]);
    expect(rows).toEqual([
      { theme: 'connectivity', bySource: { a2021: ['x'], prog: [], m2025: ['y'] }, status: 'carried' },
      { theme: 'e-invoicing', bySource: { a2021: [], prog: [], m2025: ['y'] }, status: 'new' },
    ]);
  });
});

describe('comparison order', () => {
  const meta = (id: string, date: string, role: SourceMeta['role'], genre = 'report'): SourceMeta => ({
    id,
    file: `${id}.txt`,
    title: id,
    publisher: 'p',
    date,
    languages: ['fr'],
    genre,
    role,
  });
  it('takes the compared sources in time order, or the caller’s order', () => {
    const list = [
      meta('m', '2025-06-25', 'compared'),
      meta('p', '2024', 'compared', 'Party election programme'),
      meta('a', '2021-06-19', 'compared'),
      meta('d', '2021', 'evidence'),
    ];
    expect(comparisonOrder(list)).toEqual(['a', 'p', 'm']);
    expect(comparisonOrder(list, ['m', 'a'])).toEqual(['m', 'a']);
  });
  it('tells a party programme from the Benelux work programme', () => {
    expect(
      isPartyProgramme({
        genre: 'Party election programme, digital chapter (extracted from PDF)',
        publisher: 'Les Engagés (Belgian political party)',
      }),
    ).toBe(true);
    expect(isPartyProgramme({ genre: 'Multi-annual joint work programme (web page)', publisher: 'Union Benelux' })).toBe(false);
  });
});
