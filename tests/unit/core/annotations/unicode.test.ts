import { describe, expect, it } from 'vitest';
import {
  anchorPassage,
  codePointToUtf16,
  exportJsonLd,
  newAnnotation,
  passageTargetAt,
  planImport,
  utf16ToCodePoint,
} from '../../../../src/core/annotations';
import { docOf } from './helpers';

const TEXT = 'Avant 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🇧🇪 puis « numérique » et 𝔣𝔦𝔫.';

describe('UTF-16 inside, code points in W3C exports', () => {
  it('converts offsets both ways around characters outside the BMP', () => {
    // "Avant " is 6 code units; each fraktur letter is 2 units, 1 code point; the flag is 2 code points, 4 units.
    expect(utf16ToCodePoint(TEXT, 6)).toBe(6);
    expect(utf16ToCodePoint(TEXT, 6 + 14)).toBe(6 + 7);
    expect(codePointToUtf16(TEXT, 6 + 7)).toBe(20);
    expect(codePointToUtf16(TEXT, 6 + 7 + 1 + 2)).toBe(20 + 1 + 4);
    for (let i = 0; i <= TEXT.length; i++) {
      const cp = utf16ToCodePoint(TEXT, i);
      const back = codePointToUtf16(TEXT, cp);
      // Offsets on a character boundary round-trip; one inside a pair maps to the pair's start.
      expect(back === i || back === i - 1).toBe(true);
    }
  });

  it('exports code-point positions and imports them back to the same UTF-16 range', () => {
    const doc = docOf([TEXT], 'belgique', 'b'.repeat(64));
    const start = TEXT.indexOf('🇧🇪');
    const end = TEXT.indexOf('»') + 1;
    const target = passageTargetAt(doc, doc.blocks[0]!.id, start, end);
    expect(target.selector[0].exact).toBe('🇧🇪 puis « numérique »');
    expect(target.selector[1]).toMatchObject({ start: 21, end: 44 });
    expect(target.codePoints).toEqual({ start: 14, end: 35 });

    const a = newAnnotation('urn:uuid:00000000-0000-4000-8000-000000000001', target, { note: 'drapeau' }, new Date('2026-01-01T00:00:00Z'));
    const json = exportJsonLd([a], {
      generated: '2026-01-01T00:00:00Z',
      generator: { name: 'Synopsis', version: 'test' },
      sourceOf: () => ({ id: 'belgique', title: 'T', sha256: 'b'.repeat(64) }),
    });
    const item = JSON.parse(json).items[0];
    const position = item.target.selector.find((s: { type: string }) => s.type === 'TextPositionSelector');
    expect(position).toEqual({ type: 'TextPositionSelector', start: 14, end: 35 });
    // The code points select the same characters as the UTF-16 range inside.
    expect([...TEXT].slice(14, 35).join('')).toBe(target.selector[0].exact);

    const plan = planImport(json, {
      existing: [],
      sources: [{ id: 'belgique', sha256: 'b'.repeat(64) }],
      documentOf: () => doc,
      newId: () => 'urn:uuid:new',
      now: new Date('2026-01-02T00:00:00Z'),
    });
    expect(plan.report.imported).toBe(1);
    const back = plan.annotations[0]!.target;
    expect(back.kind === 'passage' && back.selector[1]).toEqual({ type: 'TextPositionSelector', start: 21, end: 44 });
    expect(back.kind === 'passage' && anchorPassage(back, doc)).toMatchObject({ kind: 'anchored', start: 21, end: 44 });
  });

  it('never cuts a character in half: selections and context are widened to whole characters', () => {
    const doc = docOf([TEXT]);
    const start = TEXT.indexOf('𝔫') + 1; // inside the pair
    const target = passageTargetAt(doc, doc.blocks[0]!.id, start, start + 2);
    expect(target.selector[0].exact).toBe('𝔫𝔦');
    expect(target.selector[0].prefix?.endsWith('𝔘')).toBe(true);
    // No lone surrogate anywhere in what is stored.
    for (const part of [target.selector[0].exact, target.selector[0].prefix ?? '', target.selector[0].suffix ?? '']) {
      expect(part).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
  });
});
