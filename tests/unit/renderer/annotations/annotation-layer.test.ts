import { describe, expect, it } from 'vitest';
import type { Anchor, AnnotationView } from '../../../../src/shared/annotations';
import { annotationLayer, highlightLabel } from '../../../../src/renderer/src/annotations/annotation-layer';

const view = (
  id: string,
  anchor: Anchor,
  extra: { note?: string; tags?: string[]; deleted?: string; source?: string } = {},
): AnnotationView => ({
  annotation: {
    id,
    motivation: 'highlighting',
    body: { note: extra.note ?? '', tags: extra.tags ?? [], color: 'green' },
    target: {
      kind: 'passage',
      source: extra.source ?? 's',
      blockId: 'b1',
      selector: [
        { type: 'TextQuoteSelector', exact: 'quote', prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start: 0, end: 5 },
      ],
    },
    created: '2025-01-01T00:00:00.000Z',
    modified: '2025-01-01T00:00:00.000Z',
    ...(extra.deleted ? { deleted: extra.deleted } : {}),
  },
  anchor,
});

describe('annotation decoration layer', () => {
  it('marks anchored, moved and changed annotations where they are now, with colour, status and id', () => {
    const layer = annotationLayer(
      [
        view('a', { kind: 'anchored', blockId: 'b1', start: 0, end: 5 }, { note: 'Voir **ceci**', tags: ['x'] }),
        view('m', { kind: 'moved', blockId: 'b2', start: 3, end: 8, score: 0.9 }),
        view('c', { kind: 'changed', blockId: 'b2', start: 10, end: 14, score: 0.8, oldText: 'a', newText: 'b' }),
        view('o', { kind: 'orphaned', reason: 'gone' }),
        view('d', { kind: 'anchored', blockId: 'b1', start: 0, end: 5 }, { deleted: '2025-01-02T00:00:00.000Z' }),
        view('other', { kind: 'anchored', blockId: 'b1', start: 0, end: 5 }, { source: 'other' }),
      ],
      's',
      'm',
    );
    expect([...layer.keys()].sort()).toEqual(['b1', 'b2']);
    expect(layer.get('b1')!.inline).toEqual([
      { start: 0, end: 5, className: 'annotation color-green status-anchored', label: 'Voir ceci — #x', id: 'a' },
    ]);
    expect(layer.get('b2')!.inline!.map((d) => d.className)).toEqual([
      'annotation color-green status-moved selected',
      'annotation color-green status-changed',
    ]);
  });

  it('labels a long note shortly', () => {
    const label = highlightLabel(view('a', { kind: 'anchored', blockId: 'b1', start: 0, end: 5 }, { note: 'x'.repeat(500) }), 50);
    expect(label).toHaveLength(50);
    expect(label.endsWith('…')).toBe(true);
  });
});
