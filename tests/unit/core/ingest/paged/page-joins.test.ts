import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hyphenatedIn } from '../../../../../src/core/ingest/paged/page-joins';

/** The definition, read literally: the word occurs in the text (any case) with no letter on either side. */
function occursAsWord(text: string, word: string): boolean {
  const lower = text.toLowerCase();
  const w = word.toLowerCase();
  for (let at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + 1)) {
    const before = lower[at - 1];
    const after = lower[at + w.length];
    if ((before === undefined || !/\p{L}/u.test(before)) && (after === undefined || !/\p{L}/u.test(after))) return true;
  }
  return false;
}

describe('hyphenatedIn', () => {
  it('knows the words a text writes with a hyphen, inside longer compounds too, and no others', () => {
    const has = hyphenatedIn('Les Start-Up et les e-commerce-like; profes-\nsionnels; x2-up, mi-temps.');
    expect(has('start-up')).toBe(true);
    expect(has('e-commerce')).toBe(true);
    expect(has('commerce-like')).toBe(true);
    expect(has('mi-temps')).toBe(true);
    expect(has('profes-sionnels')).toBe(false);
    expect(has('x-up')).toBe(false);
    expect(has('tart-up')).toBe(false);
  });

  it('agrees with searching the text for the word, on random texts', () => {
    const char = fc.constantFrom('a', 'b', 'É', 'é', '-', ' ', '\n', '2', "'");
    const part = fc.string({ unit: fc.constantFrom('a', 'b', 'é', 'É'), minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(fc.string({ unit: char, maxLength: 60 }), part, part, (text, a, b) => {
        const word = `${a}-${b}`;
        expect(hyphenatedIn(text)(word)).toBe(occursAsWord(text, word));
      }),
      { numRuns: 2000 },
    );
  });
});
