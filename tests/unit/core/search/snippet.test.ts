import { describe, expect, it } from 'vitest';
import { makeSnippet, mergeRanges } from '../../../../src/core/search/snippet';

describe('snippets', () => {
  it('shows a short text whole', () => {
    expect(makeSnippet('Une table ronde.', [{ start: 4, end: 15 }])).toEqual({
      text: 'Une table ronde.',
      highlights: [{ start: 4, end: 15 }],
    });
  });

  it('cuts a long text around the highlights at word boundaries, with ellipses, and moves the ranges', () => {
    const words = Array.from({ length: 200 }, (_, i) => `mot${i}`);
    const text = words.join(' ');
    const at = text.indexOf('mot150');
    const s = makeSnippet(text, [{ start: at, end: at + 6 }]);
    expect(s.text.startsWith('…')).toBe(true);
    expect(s.text.endsWith('…')).toBe(true);
    expect(s.text.length).toBeLessThan(260);
    expect(s.highlights).toHaveLength(1);
    expect(s.text.slice(s.highlights[0]!.start, s.highlights[0]!.end)).toBe('mot150');
    expect(s.text.slice(1)).toMatch(/^mot\d+ /);
  });

  it('centres on the densest run of highlights', () => {
    const text = `${'a '.repeat(20)}first ${'b '.repeat(200)}x y z ${'c '.repeat(200)}`;
    const ranges = ['first', 'x', 'y', 'z'].map((w) => {
      const i = text.indexOf(` ${w} `) + 1;
      return { start: i, end: i + w.length };
    });
    const s = makeSnippet(text, ranges);
    expect(s.highlights.map((h) => s.text.slice(h.start, h.end))).toEqual(['x', 'y', 'z']);
  });

  it('never splits a surrogate pair', () => {
    const text = '😀'.repeat(400);
    const s = makeSnippet(text, [{ start: 400, end: 402 }]);
    expect(s.text.replace(/…/g, '')).toMatch(/^(?:😀)+$/u);
  });

  it('merges overlapping ranges', () => {
    expect(
      mergeRanges([
        { start: 5, end: 9 },
        { start: 0, end: 3 },
        { start: 2, end: 4 },
        { start: 9, end: 10 },
      ]),
    ).toEqual([
      { start: 0, end: 4 },
      { start: 5, end: 10 },
    ]);
  });
});
