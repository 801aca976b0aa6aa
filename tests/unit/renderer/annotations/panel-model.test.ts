import { describe, expect, it } from 'vitest';
import type { AnnotationView } from '../../../../src/shared/annotations';
import {
  exportFileName,
  groupBySource,
  highlightSelector,
  orphanCount,
  quoteOf,
} from '../../../../src/renderer/src/annotations/panel-model';

const passage = (id: string, source: string, anchor: AnnotationView['anchor'], deleted?: string): AnnotationView => ({
  annotation: {
    id,
    motivation: 'highlighting',
    body: { note: '', tags: [], color: 'yellow' },
    target: {
      kind: 'passage',
      source,
      blockId: 'b',
      selector: [
        { type: 'TextQuoteSelector', exact: `quote ${id}` },
        { type: 'TextPositionSelector', start: 0, end: 7 },
      ],
    },
    created: '2025-01-01T00:00:00.000Z',
    modified: '2025-01-01T00:00:00.000Z',
    ...(deleted ? { deleted } : {}),
  },
  anchor,
});

describe('annotations panel model', () => {
  it('groups by source in the order listed, leaving deleted ones out; links go to a group of their own', () => {
    const link: AnnotationView = {
      annotation: {
        ...passage('l', 'x', { kind: 'unchecked', reason: '' }).annotation,
        target: { kind: 'link', linkId: 'k', sources: ['a', 'b'], commitmentIds: ['1', '2'] },
      },
      anchor: { kind: 'unchecked', reason: 'links are checked by Compare' },
    };
    const views = [
      passage('1', 'a', { kind: 'anchored', blockId: 'b', start: 0, end: 1 }),
      passage('2', 'b', { kind: 'orphaned', reason: 'gone' }),
      passage('3', 'a', { kind: 'orphaned', reason: 'gone' }, '2025-01-02T00:00:00.000Z'),
      passage('4', 'a', { kind: 'moved', blockId: 'c', start: 0, end: 1, score: 0.9 }),
      link,
    ];
    expect(groupBySource(views).map((g) => [g.sourceId, g.views.map((v) => v.annotation.id)])).toEqual([
      ['a', ['1', '4']],
      ['b', ['2']],
      ['', ['l']],
    ]);
    expect(orphanCount(views)).toBe(1);
    expect(quoteOf(views[0]!)).toBe('quote 1');
    expect(quoteOf(link)).toBe('');
  });

  it('names export files by format and day, and finds a highlight by id whatever its characters', () => {
    expect(exportFileName('jsonld', new Date(2025, 5, 30, 12))).toBe('synopsis-annotations-2025-06-30.jsonld');
    expect(exportFileName('csv', new Date(2025, 0, 2))).toBe('synopsis-annotations-2025-01-02.csv');
    expect(highlightSelector('urn:uuid:1')).toBe('mark[data-decoration-id="urn:uuid:1"]');
    expect(highlightSelector('a"b\\c')).toBe('mark[data-decoration-id="a\\"b\\\\c"]');
  });
});
