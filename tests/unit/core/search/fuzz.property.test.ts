import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../../../src/core/search';
import { ApiError } from '../../../../src/shared/errors';
import { docsOf } from './helpers';

/**
 * Thousands of random queries (any UTF-16, lone surrogates and control characters included, and
 * strings made of the query language's own syntax) never make the engine throw anything but a
 * `bad-input` ApiError, and every answer is well formed: ranges inside their texts.
 */
const engine = SearchEngine.build({
  docs: docsOf([
    ['a', 'fr', 'Une table ronde sur l’inclusion numérique, la 5G et la fibre optique.'],
    ['a', 'nl', 'De digitale vaardigheden van burgers en de digitale identiteit.'],
    ['b', 'en', 'Electronic invoices, e-government and artificial intelligence (AI).'],
    ['b', 'und', '2021–2024 ✓ 😀 \u0000'],
  ]),
  alignments: [[['a-0'], ['a-1']]],
});

const SYNTAX = [
  '"',
  '“',
  '”',
  '«',
  '»',
  '-',
  '+',
  '*',
  '~',
  '^',
  ':',
  ' ',
  '\t',
  '\n',
  'OR',
  'NOT',
  'AND',
  'source:',
  'lang:',
  'foo:',
  '^2',
  '~1',
  '(',
  ')',
  '\\',
];
const WORDS = [
  'table',
  'ronde',
  'numérique',
  'numerique',
  '5g',
  'digitale',
  'vaardigheden',
  'de',
  'la',
  'the',
  'a',
  'fr',
  'nl',
  'en',
  'xx',
  '😀',
  '\ud800',
  '\udfff',
  '\u0000',
  '\u200b',
];
const syntaxy = fc.array(fc.constantFrom(...SYNTAX, ...WORDS), { maxLength: 12 }).map((parts) => parts.join(''));

function check(query: string): void {
  let response;
  try {
    response = engine.search({ query, limit: 5 });
  } catch (err) {
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).kind).toBe('bad-input');
    expect((err as ApiError).message.length).toBeGreaterThan(10);
    return;
  }
  expect(response.total).toBeGreaterThanOrEqual(response.hits.length);
  for (const hit of response.hits) {
    for (const h of hit.highlights ?? []) expect(h.end).toBeLessThanOrEqual(hit.text.length);
    for (const h of hit.snippet.highlights) expect(h.end).toBeLessThanOrEqual(hit.snippet.text.length);
  }
  expect(JSON.stringify(response)).toBeTruthy();
}

describe('search never throws on odd queries', () => {
  it('random UTF-16 strings, lone surrogates and control characters included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 80 }), check), { numRuns: 3000 });
  });

  it('random mixtures of the query syntax and words', () => {
    fc.assert(fc.property(syntaxy, check), { numRuns: 3000 });
  });

  it('very long queries', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', minLength: 1500, maxLength: 5000 }), check), { numRuns: 30 });
  });
});
