import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestFirst, type Match } from '../../../../src/core/search/execute';

describe('bestFirst', () => {
  const byRank = (a: Match, b: Match) => a.tier - b.tier || b.score - a.score || a.doc - b.doc;
  const match = fc.record({
    doc: fc.nat(5000),
    score: fc.oneof(fc.constantFrom(0, 0.5, 1), fc.double({ min: 0, max: 10, noNaN: true })),
    tier: fc.constantFrom(0 as const, 1 as const),
  });

  it('puts the best `limit` first in rank order, and keeps every match', () => {
    fc.assert(
      fc.property(fc.uniqueArray(match, { selector: (m) => m.doc, maxLength: 400 }), fc.nat(60), (rows, limit) => {
        const matches: Match[] = rows.map((r) => ({ ...r, via: 'direct' }));
        const sorted = [...matches].sort(byRank);
        const out = bestFirst([...matches], limit);
        expect(out).toHaveLength(matches.length);
        expect(new Set(out)).toEqual(new Set(matches));
        expect(out.slice(0, limit)).toEqual(sorted.slice(0, limit));
      }),
      { numRuns: 500 },
    );
  });
});
