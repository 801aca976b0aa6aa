import { describe, expect, it } from 'vitest';
import { buildRows } from '../../../../src/renderer/src/panes/rows';
import {
  explainSearchError,
  groupResults,
  hitLayer,
  hitRanges,
  hitsForPane,
  mergeSpans,
  stepHit,
  visibleResponse,
} from '../../../../src/renderer/src/search/search-view';
import { ApiError } from '../../../../src/shared/errors';
import type { SearchHit, SearchResponse } from '../../../../src/shared/search';
import { block, doc } from '../fixtures/docs';

const hit = (sourceId: string, blockId: string, extra: Partial<SearchHit> = {}): SearchHit => ({
  sourceId,
  blockId,
  lang: 'fr',
  score: 1,
  snippet: { text: 'le 5G ici', highlights: [{ start: 3, end: 5 }] },
  text: '',
  matchedVia: 'direct',
  ...extra,
});

const response = (hits: SearchHit[], groups = [] as { sourceId: string; count: number }[]): SearchResponse => ({
  query: '5G',
  total: hits.length,
  hits,
  groups,
  notices: [],
});

const bi = doc(
  'bi',
  [
    block('n1', 'een', { stream: 'nl', lang: 'nl' }),
    block('n2', 'twee 5G', { stream: 'nl', lang: 'nl' }),
    block('f1', 'un'),
    block('f2', 'deux 5G'),
  ].map((b) => (b.stream ? b : { ...b, stream: 'fr' as const })),
  {
    languages: ['nl', 'fr'],
    pairs: [
      { nl: ['n1'], fr: ['f1'] },
      { nl: ['n2'], fr: ['f2'] },
    ],
  },
);

describe('search in the panes', () => {
  it('explains bad queries in place and tells them from an unavailable engine', () => {
    expect(explainSearchError(new ApiError('bad-input', 'Close the quote'))).toEqual({ kind: 'query', message: 'Close the quote' });
    expect(explainSearchError(Object.assign(new Error('x'), { kind: 'bad-input' })).kind).toBe('query');
    expect(explainSearchError(new ApiError('internal', 'Search is not available')).kind).toBe('unavailable');
    expect(explainSearchError('boom')).toEqual({ kind: 'unavailable', message: 'boom' });
  });

  it('keeps the previous results visible while the next query runs', () => {
    const r = response([]);
    expect(visibleResponse({ kind: 'searching', query: 'x', previous: r })).toBe(r);
    expect(visibleResponse({ kind: 'ready', query: 'x', response: r })).toBe(r);
    expect(visibleResponse({ kind: 'idle' })).toBeUndefined();
  });

  it('counts in each pane only the hits its view shows, in reading order', () => {
    const r = response([hit('bi', 'f2'), hit('bi', 'n2'), hit('other', 'x'), hit('bi', 'n1'), hit('bi', 'n2')]);
    expect(hitsForPane(r, 'bi', buildRows(bi, 'nl')).map((h) => h.hit.blockId)).toEqual(['n1', 'n2']);
    expect(hitsForPane(r, 'bi', buildRows(bi, 'fr')).map((h) => h.hit.blockId)).toEqual(['f2']);
    expect(hitsForPane(r, 'bi', buildRows(bi, 'parallel')).map((h) => h.hit.blockId)).toEqual(['n1', 'n2', 'f2']);
    expect(hitsForPane(undefined, 'bi', buildRows(bi, 'nl'))).toEqual([]);
  });

  it('highlights the engine’s ranges, else the snippet’s words found again, never out of bounds', () => {
    expect(
      hitRanges(
        hit('s', 'b', {
          highlights: [
            { start: 5, end: 7 },
            { start: 0, end: 2 },
            { start: 6, end: 50 },
          ],
        }),
        'abcdefgh',
      ),
    ).toEqual([
      { start: 0, end: 2 },
      { start: 5, end: 7 },
    ]);
    expect(hitRanges(hit('s', 'b'), 'Déploiement de la 5G : la 5g avance')).toEqual([
      { start: 18, end: 20 },
      { start: 26, end: 28 },
    ]);
    expect(hitRanges(hit('s', 'b', { snippet: { text: '', highlights: [] } }), 'text')).toEqual([]);
  });

  it('merges overlapping spans', () => {
    expect(
      mergeSpans([
        { start: 4, end: 6 },
        { start: 0, end: 3 },
        { start: 2, end: 5 },
      ]),
    ).toEqual([{ start: 0, end: 6 }]);
  });

  it('steps through hits from the reading position, wrapping around and saying so', () => {
    const hits = [{ order: 2 }, { order: 5 }, { order: 9 }];
    expect(stepHit(hits, { at: 0 }, 1)).toEqual({ index: 0, wrapped: false });
    expect(stepHit(hits, { at: 5 }, 1)).toEqual({ index: 2, wrapped: false });
    expect(stepHit(hits, { at: 5, current: 1 }, 1)).toEqual({ index: 2, wrapped: false });
    expect(stepHit(hits, { at: 9, current: 2 }, 1)).toEqual({ index: 0, wrapped: true });
    expect(stepHit(hits, { at: 12 }, 1)).toEqual({ index: 0, wrapped: true });
    expect(stepHit(hits, { at: 5 }, -1)).toEqual({ index: 0, wrapped: false });
    expect(stepHit(hits, { at: 2, current: 0 }, -1)).toEqual({ index: 2, wrapped: true });
    // The reader scrolled away from the hit last visited: start from where they are.
    expect(stepHit(hits, { at: 6, current: 0 }, 1)).toEqual({ index: 2, wrapped: false });
    expect(stepHit([], { at: 0 }, 1)).toBeUndefined();
    // At the top of a document, hits above the reading line but on screen come first.
    expect(stepHit(hits, { at: 6, top: 0 }, 1)).toEqual({ index: 0, wrapped: false });
    expect(stepHit(hits, { at: 6, top: 5 }, 1)).toEqual({ index: 1, wrapped: false });
  });

  it('groups results by source with counts, in the engine’s order, losing no hit', () => {
    const r = response(
      [hit('a', '1'), hit('b', '2'), hit('a', '3'), hit('c', '4')],
      [
        { sourceId: 'b', count: 1 },
        { sourceId: 'a', count: 2 },
      ],
    );
    expect(groupResults(r).map((g) => [g.sourceId, g.count, g.hits.length])).toEqual([
      ['b', 1, 1],
      ['a', 2, 2],
      ['c', 1, 1],
    ]);
  });
});

describe('hit decorations', () => {
  it('marks the hit ranges, the current one apart, and whole blocks for hits without ranges', () => {
    const r = response([
      hit('bi', 'n2', { highlights: [{ start: 5, end: 7 }] }),
      hit('bi', 'f1', { snippet: { text: '', highlights: [] } }),
    ]);
    const hits = hitsForPane(r, 'bi', buildRows(bi, 'parallel'));
    const text = (id: string) => bi.blocks.find((b) => b.id === id)!.text;
    // In reading order f1 (first pair) comes before n2 (second pair): f1 is the current hit.
    const layer = hitLayer(hits, text, 0);
    expect(layer.get('n2')).toEqual({ inline: [{ start: 5, end: 7, className: 'hit' }] });
    expect(layer.get('f1')).toEqual({ className: 'hit-block hit-current' });
  });
});
