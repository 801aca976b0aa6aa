import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../../src/core/search';

const words = (q: string) =>
  parseQuery(q).required.map((a) => (a.kind === 'item' ? `${a.item.kind}:${a.item.text}` : a.items.map((i) => i.text).join('|')));

describe('query parser', () => {
  it('reads words, quoted phrases, exclusions and prefixes', () => {
    const p = parseQuery('digitale "table ronde" -fibre -"haut débit" numériq* +5g');
    expect(words('digitale "table ronde" -fibre -"haut débit" numériq* +5g')).toEqual([
      'word:digitale',
      'phrase:table ronde',
      'word:numériq',
      'word:5g',
    ]);
    expect(p.required.find((a) => a.kind === 'item' && a.item.kind === 'word' && a.item.prefix)).toBeDefined();
    expect(p.excluded.map((i) => `${i.kind}:${i.text}`)).toEqual(['word:fibre', 'phrase:haut débit']);
    expect(p.notices).toEqual([]);
  });

  it('accepts typographic quotes and guillemets', () => {
    expect(words('“table ronde” « intelligence artificielle »')).toEqual(['phrase:table ronde', 'phrase: intelligence artificielle ']);
  });

  it('reads source: and lang: filters, with quoted values and other spellings', () => {
    const p = parseQuery('5g source:desi-2021-belgium lang:fr Source:"benelux" langue:nl');
    expect(p.sources).toEqual(['desi-2021-belgium', 'benelux']);
    expect(p.langs).toEqual(['fr', 'nl']);
    expect(words('5g source:x')).toEqual(['word:5g']);
  });

  it('joins alternatives with OR and excludes with NOT', () => {
    const p = parseQuery('5g OR glasvezel NOT fibre');
    expect(p.required).toHaveLength(1);
    expect(p.required[0]).toMatchObject({ kind: 'any' });
    expect(p.excluded.map((i) => i.text)).toEqual(['fibre']);
  });

  it('turns what lunr would throw on into notices and a sensible search', () => {
    // lunr's own parser throws on each of these: this is why user input never reaches it.
    const idx = lunr(function () {
      this.ref('id');
      this.field('t');
      this.add({ id: '1', t: 'foo' });
    });
    for (const q of ['foo:', '~', '^2', 'foo~', 'foo^']) expect(() => idx.search(q), q).toThrow();

    expect(parseQuery('foo:')).toMatchObject({ problems: [], notices: [expect.stringMatching(/not a filter/)] });
    expect(words('foo:')).toEqual(['word:foo:']);
    expect(parseQuery('~')).toMatchObject({ required: [], problems: [] });
    expect(parseQuery('~').notices.length).toBeGreaterThan(0);
    expect(parseQuery('^2')).toMatchObject({ required: [], problems: [], notices: [expect.stringMatching(/lunr syntax/)] });
    expect(words('numerique~1 5g^2')).toEqual(['word:numerique', 'word:5g']);
    expect(parseQuery('numerique~1 5g^2').notices).toHaveLength(2);
    const unclosed = parseQuery('"table ronde');
    expect(words('"table ronde')).toEqual(['phrase:table ronde']);
    expect(unclosed.notices[0]).toMatch(/closing quote is missing/);
    expect(parseQuery('*numer').notices[0]).toMatch(/only works at the end/);
    expect(parseQuery('-').notices[0]).toMatch(/lone/);
  });

  it('reports what the user must fix as problems', () => {
    expect(parseQuery('5g source:').problems[0]).toMatch(/needs a source/);
    expect(parseQuery('5g lang:').problems[0]).toMatch(/needs a language/);
    expect(parseQuery('5g -lang:fr').problems[0]).toMatch(/cannot be excluded/);
  });

  it('keeps URLs and times as words without a filter notice', () => {
    expect(parseQuery('https://example.org').notices).toEqual([]);
    expect(words('https://example.org')).toEqual(['word:https://example.org']);
  });

  it('bounds long queries', () => {
    const p = parseQuery('mot '.repeat(1000));
    expect(p.required.length).toBeLessThanOrEqual(64);
    expect(p.notices.length).toBeGreaterThan(0);
  });
});
