import { describe, expect, it } from 'vitest';
import { pointOffset, selectionParts } from '../../../../src/renderer/src/annotations/selection-parts';

describe('selection parts', () => {
  it('splits a selection over several blocks into one part per block, trimmed', () => {
    const result = selectionParts([
      { blockId: 'a', text: 'First paragraph. ', start: 6, end: 17 },
      { blockId: 'b', text: 'Second one.', start: 0, end: 11 },
      // A triple click ends at the next block's first offset: nothing of it is selected.
      { blockId: 'c', text: 'Third.', start: 0, end: 0 },
    ]);
    expect(result).toEqual({
      kind: 'ok',
      parts: [
        { blockId: 'a', start: 6, end: 16, quote: 'paragraph.' },
        { blockId: 'b', start: 0, end: 11, quote: 'Second one.' },
      ],
    });
  });

  it('refuses white space only, tables, and selections over too many blocks, saying which', () => {
    expect(selectionParts([{ blockId: 'a', text: 'a   b', start: 1, end: 4 }])).toEqual({ kind: 'refused', reason: 'empty' });
    expect(selectionParts([{ blockId: 't', text: '', start: 0, end: 0, table: true }])).toEqual({ kind: 'refused', reason: 'table' });
    const many = Array.from({ length: 30 }, (_, i) => ({ blockId: `b${i}`, text: 'text', start: 0, end: 4 }));
    expect(selectionParts(many)).toEqual({ kind: 'refused', reason: 'too-many', blocks: 30 });
    // Offsets past the text (a stale DOM) are clamped, never thrown.
    expect(selectionParts([{ blockId: 'a', text: 'abc', start: 1, end: 99 }])).toMatchObject({ kind: 'ok', parts: [{ start: 1, end: 3 }] });
  });

  it('maps DOM points to offsets: inside a piece, or snapped to the next text edge from a marker', () => {
    // "Le ⁶² Benelux": pieces "Le ", "⁶²" (a footnote marker in the text), " Benelux".
    const pieces = [
      { start: 0, length: 3 },
      { start: 3, length: 2 },
      { start: 5, length: 8 },
    ];
    expect(pointOffset(pieces, { inside: 2, offset: 3 })).toBe(8);
    expect(pointOffset(pieces, { inside: 1, offset: 9 })).toBe(5);
    // Before the first piece: a heading's number, a footnote's own marker.
    expect(pointOffset(pieces, { before: 0 })).toBe(0);
    // After the last: a footnote's back link.
    expect(pointOffset(pieces, { before: 3 })).toBe(13);
    expect(pointOffset([], { before: 0 })).toBe(0);
  });
});
