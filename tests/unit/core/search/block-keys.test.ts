import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Analyzer, tokenize } from '../../../../src/core/search';
import { forEachWord, wordOffsets } from '../../../../src/core/search/analyzer';
import { fold } from '../../../../src/core/search/fold';
import { BlockKeysCache, KeyTable } from '../../../../src/core/search/block-keys';

describe('block keys', () => {
  it('are the words tokenize finds, in order, for any text (highlights rely on it)', () => {
    const table = new KeyTable(new Analyzer());
    const sample = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 120 }),
      fc
        .array(fc.constantFrom('Les ', 'l’', 'IDENTITÉ', 'numériques', ' 5G-technologie ', 'ﬁbre', '\u0301', '\ud800', '²', ' de '), {
          maxLength: 20,
        })
        .map((p) => p.join('')),
    );
    fc.assert(
      fc.property(sample, fc.constantFrom('fr', 'nl', 'en', 'und' as const), (text, lang) => {
        const norms: string[] = [];
        forEachWord(text, (n) => norms.push(n));
        expect(norms).toEqual(tokenize(text).map((t) => t.norm));
        const keys = table.keysOf(lang, text);
        expect([...keys]).toEqual(norms.map((n) => table.wordId(lang, n)));
      }),
      { numRuns: 2000 },
    );
  });

  it('word offsets are tokenize’s, plus the words that fold to nothing', () => {
    const sample = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 120 }),
      fc.string({ unit: 'grapheme', maxLength: 60 }),
      fc
        .array(fc.constantFrom('l’', 'IDENTITÉ', ' 5G-', 'ﬁ', '\u0301', 'a\u0301', '\ud83d\ude00', '\ud800', '²', '𝐀𝐁', ' '), {
          maxLength: 20,
        })
        .map((p) => p.join('')),
    );
    fc.assert(
      fc.property(sample, (text) => {
        const offsets = wordOffsets(text);
        const pairs: [number, number][] = [];
        for (let i = 0; i < offsets.length; i += 2) pairs.push([offsets[i]!, offsets[i + 1]!]);
        const kept = pairs.filter(([s, e]) => fold(text.slice(s, e)).length > 0);
        expect(kept).toEqual(tokenize(text).map((t) => [t.start, t.end]));
      }),
      { numRuns: 3000 },
    );
  });

  it('give a word and a stop word different ids, and one id to the inflections of a term', () => {
    const table = new KeyTable(new Analyzer());
    const [a, b, the, fibre] = table.keysOf('en', 'invoice invoices the fibre');
    expect(a).toBe(b);
    expect(new Set([a, the, fibre]).size).toBe(3);
    expect(table.keysOf('fr', 'la')[0]).not.toBe(table.keysOf('en', 'la')[0]); // a French stop word, an English word
  });

  it('keep the cache within its budget, dropping the oldest blocks', () => {
    const texts = ['un deux trois', 'quatre cinq', 'six sept huit neuf'];
    const computed: number[] = [];
    const cache = new BlockKeysCache(
      new KeyTable(new Analyzer()),
      (doc) => {
        computed.push(doc);
        return { lang: 'fr', text: texts[doc]! };
      },
      6,
    );
    expect(cache.get(0)).toHaveLength(3);
    cache.get(1);
    cache.get(0);
    expect(computed).toEqual([0, 1]);
    cache.get(2); // 4 more words: the oldest block (0) is dropped to stay within 6
    cache.get(0);
    expect(computed).toEqual([0, 1, 2, 0]);
  });
});
