import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../../../src/core/search';
import { ApiError } from '../../../../src/shared/errors';
import { docsOf, marked, snippetMarked } from './helpers';

const docs = docsOf([
  ['a', 'fr', 'Une table ronde sur l’inclusion numérique aura lieu en novembre.'],
  ['a', 'fr', 'La ronde des tables de la salle des fêtes.'],
  ['a', 'fr', 'Les compétences numériques des citoyens sont renforcées.'],
  ['b', 'nl', 'De digitale vaardigheden van burgers worden versterkt.'],
  ['b', 'fr', 'Les compétences des enseignants sont évaluées.'],
  ['c', 'en', 'Belgium lags behind on 5G coverage and e-invoices.'],
  ['c', 'en', 'Electronic invoicing is common; an invoice is sent online.'],
  ['d', 'fr', 'La carte d’identité numérique pour les entreprises.'],
  ['d', 'nl', 'Een digitale identiteit voor ondernemingen.'],
]);
// b-3 (nl) and b-4 (fr) are translations of each other.
const engine = SearchEngine.build({ docs, alignments: [[['b-3'], ['b-4']]] });
const ids = (q: string, extra: object = {}) => engine.search({ query: q, ...extra }).hits.map((h) => h.blockId);

describe('search engine', () => {
  it('requires every word, in any order, and ranks the hits', () => {
    expect(ids('numérique table')).toEqual(['a-0']);
    expect(ids('table numérique')).toEqual(['a-0']);
    const r = engine.search({ query: 'numériques' });
    expect(r.hits.map((h) => h.blockId).sort()).toEqual(['a-0', 'a-2', 'd-7']);
    expect(r.total).toBe(3);
    const scores = r.hits.map((h) => h.score);
    expect([...scores].sort((x, y) => y - x)).toEqual(scores);
  });

  it('matches a quoted phrase only in order and adjacent, checked on the text', () => {
    expect(ids('table ronde')).toEqual(expect.arrayContaining(['a-0', 'a-1']));
    expect(ids('"table ronde"')).toEqual(['a-0']);
    expect(ids('"ronde table"')).toEqual([]);
    expect(ids('"tables rondes"')).toEqual(['a-0']); // inflections still match inside a phrase
  });

  it('finds inflected forms and ignores accents and case', () => {
    expect(ids('compétence')).toEqual(expect.arrayContaining(['a-2', 'b-4']));
    expect(ids('COMPETENCES')).toEqual(expect.arrayContaining(['a-2', 'b-4']));
    expect(ids('vaardigheid', { expand: false })).toEqual(['b-3']);
    expect(ids('invoice').sort()).toEqual(['c-5', 'c-6']); // "e-invoices" has the word "invoices"
    expect(ids('e-invoice', { expand: false })).toEqual(['c-5']); // a hyphenated word is a phrase
    // "e-invoices" and "electronic invoicing" are one translation set: the glossary finds the second.
    expect(engine.search({ query: 'e-invoice' }).hits.map((h) => [h.blockId, h.matchedVia])).toEqual([
      ['c-5', 'direct'],
      ['c-6', 'glossary'],
    ]);
  });

  it('excludes words and phrases with -', () => {
    expect(ids('compétences -numériques', { expand: false })).toEqual(['b-4']);
    expect(ids('numérique -"table ronde"', { expand: false }).sort()).toEqual(['a-2', 'd-7']);
    expect(ids('numérique -table', { expand: false }).sort()).toEqual(['a-2', 'd-7']);
    expect(ids('numérique NOT entreprises', { expand: false }).sort()).toEqual(['a-0', 'a-2']);
  });

  it('expands word* to every word that starts so', () => {
    expect(ids('comp*', { expand: false }).sort()).toEqual(['a-2', 'b-4']);
    expect(ids('numériq*', { expand: false }).sort()).toEqual(['a-0', 'a-2', 'd-7']);
    expect(ids('zzz*')).toEqual([]);
  });

  it('offers OR', () => {
    expect(ids('5g OR vaardigheden', { expand: false }).sort()).toEqual(['b-3', 'c-5']);
  });

  it('filters by source and language, in the query or the request', () => {
    expect(ids('numérique source:d')).toEqual(['d-7']);
    expect(ids('numérique', { sources: ['a'] }).sort()).toEqual(['a-0', 'a-2']);
    expect(ids('digitale lang:nl', { expand: false }).sort()).toEqual(['b-3', 'd-8']);
    expect(ids('digitale', { langs: ['nl'], expand: false }).sort()).toEqual(['b-3', 'd-8']);
    expect(ids('numérique source:a source:d').sort()).toEqual(['a-0', 'a-2', 'd-7']);
  });

  it('finds the other side of an aligned translation, and says so', () => {
    const r = engine.search({ query: 'vaardigheden' });
    const viaAlignment = r.hits.find((h) => h.blockId === 'b-4');
    expect(viaAlignment).toMatchObject({ matchedVia: 'alignment', alignedWith: 'b-3', lang: 'fr' });
    expect(r.hits.find((h) => h.blockId === 'b-3')?.matchedVia).toBe('direct');
    expect(viaAlignment!.score).toBeLessThan(r.hits.find((h) => h.blockId === 'b-3')!.score);
    // lang:fr keeps only the French side, still reached through the Dutch words.
    expect(engine.search({ query: 'vaardigheden lang:fr' }).hits.map((h) => [h.blockId, h.matchedVia])).toContainEqual([
      'b-4',
      'alignment',
    ]);
    expect(ids('vaardigheden', { expand: false })).toEqual(['b-3']);
  });

  it('finds the other languages through the glossary, and says so', () => {
    const r = engine.search({ query: 'digitale identiteit' });
    const fr = r.hits.find((h) => h.blockId === 'd-7');
    expect(fr).toMatchObject({ matchedVia: 'glossary', glossary: { conceptId: 'digital-identity' } });
    // Through the set "digitale identiteit" / "identité numérique" / "digital identity".
    expect(marked(fr!)).toEqual(['identité numérique']);
    expect(r.hits.find((h) => h.blockId === 'd-8')?.matchedVia).toBe('direct');
    expect(r.hits[0]!.matchedVia).toBe('direct');
    expect(ids('digitale identiteit', { expand: false })).toEqual(['d-8']);
    const skills = engine.search({ query: 'digitale vaardigheden' });
    expect(skills.hits.find((h) => h.blockId === 'a-2')).toMatchObject({
      matchedVia: 'glossary',
      glossary: { conceptId: 'digital-skills' },
    });
  });

  it('marks the matched words: ranges into the text and into the snippet', () => {
    const hit = engine.search({ query: 'compétences numériques' }).hits.find((h) => h.blockId === 'a-2')!;
    expect(marked(hit)).toEqual(['compétences', 'numériques']);
    expect(snippetMarked(hit)).toEqual(['compétences', 'numériques']);
    const phrase = engine.search({ query: '"table ronde"' }).hits[0]!;
    expect(marked(phrase)).toEqual(['table ronde']);
  });

  it('groups hits by source with counts over all hits, not just the returned ones', () => {
    const r = engine.search({ query: 'numérique', limit: 1 });
    expect(r.hits).toHaveLength(1);
    expect(r.total).toBe(3);
    expect(r.groups).toEqual([
      { sourceId: 'a', count: 2, byVia: { direct: 2, alignment: 0, glossary: 0 } },
      { sourceId: 'd', count: 1, byVia: { direct: 1, alignment: 0, glossary: 0 } },
    ]);
    const across = engine.search({ query: 'vaardigheden' }).groups;
    expect(across).toEqual([{ sourceId: 'b', count: 2, byVia: { direct: 1, alignment: 1, glossary: 0 } }]);
  });

  it('returns nothing, without error, for an empty query or one of punctuation', () => {
    expect(engine.search({ query: '' })).toMatchObject({ total: 0, hits: [], notices: [] });
    expect(engine.search({ query: '   ' })).toMatchObject({ total: 0, hits: [] });
    expect(engine.search({ query: '?!' }).notices.length).toBeGreaterThan(0);
  });

  it('says when the words are too common to search', () => {
    const r = engine.search({ query: 'le la de' });
    expect(r.total).toBe(0);
    expect(r.notices[0]).toMatch(/too common/);
  });

  it('refuses with bad-input what the user must fix', () => {
    const fails = (query: string, message: RegExp) => {
      let error: unknown;
      try {
        engine.search({ query });
      } catch (err) {
        error = err;
      }
      expect(error, query).toBeInstanceOf(ApiError);
      expect((error as ApiError).kind).toBe('bad-input');
      expect((error as ApiError).message).toMatch(message);
    };
    fails('numérique source:nowhere', /No source matches “nowhere”/);
    fails('numérique lang:klingon', /Unknown language/);
    fails('numérique source:', /needs a source/);
    fails('-numérique', /Add a word/);
    fails('lang:fr', /Add a word/);
  });

  it('names sources by file name too', () => {
    const r = engine.search({ query: 'numérique source:004' }, { knownSources: [{ id: 'd', file: '004_x.txt' }, { id: 'a' }] });
    expect(r.hits.map((h) => h.blockId)).toEqual(['d-7']);
  });
});
