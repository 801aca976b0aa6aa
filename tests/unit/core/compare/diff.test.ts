import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIFF_GRANULARITIES, sidesOf, WORD_DIFF } from '../../../../src/core/compare';

describe('diff granularities', () => {
  it('diffs words, marking insertions and deletions', () => {
    const ops = WORD_DIFF.diff('les pays organiseront une table ronde', 'les pays Benelux organiseront en novembre 2025 une table ronde');
    expect(ops.filter((o) => o.op === 'insert').map((o) => o.text.trim())).toEqual(['Benelux', 'en novembre 2025']);
    expect(ops.some((o) => o.op === 'delete')).toBe(false);
  });

  for (const g of Object.values(DIFF_GRANULARITIES)) {
    it(`${g.name}: gives back both texts exactly, and never two ops of the same kind in a row`, () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 80 }), fc.string({ maxLength: 80 }), (a, b) => {
          const ops = g.diff(a, b);
          expect(sidesOf(ops)).toEqual({ from: a, to: b });
          for (let i = 1; i < ops.length; i++) expect(ops[i]!.op).not.toBe(ops[i - 1]!.op);
        }),
        { numRuns: 150 },
      );
    });
  }
});
