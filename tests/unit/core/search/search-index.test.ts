import { describe, expect, it } from 'vitest';
import { Analyzer, fold, SearchEngine } from '../../../../src/core/search';
import { lunr } from '../../../../src/core/search/lunr-setup';
import { seedEngine } from './helpers';

describe('search index serialization', () => {
  const { engine } = seedEngine();
  const json = JSON.parse(JSON.stringify(engine.index.toJSON())) as Record<string, unknown>;

  it('a loaded index answers exactly like the built one', () => {
    const loaded = SearchEngine.load(json);
    for (const query of ['5G', 'digitale vaardigheden', '"table ronde"', 'numériq* -fibre', 'identité numérique lang:fr']) {
      expect(loaded.search({ query, limit: 1000 }), query).toEqual(engine.search({ query, limit: 1000 }));
    }
  });

  it('refuses a damaged or foreign index, saying what is wrong', () => {
    const damaged: [string, unknown][] = [
      ['null', null],
      ['other schema', { ...json, schemaVersion: 999 }],
      ['other analyzer', { ...json, analyzerVersion: 0 }],
      ['no docs', { ...json, docs: undefined }],
      ['texts cut', { ...json, docs: { ...(json.docs as object), texts: [] } }],
      ['pairs out of range', { ...json, pairs: [[[1e9], [0]]] }],
      ['vocabulary', { ...json, vocabulary: { fr: [[], ['x']] } }],
      ['lunr', { ...json, lunr: { version: '2.3.9', fields: 3 } }],
    ];
    for (const [name, data] of damaged) expect(() => SearchEngine.load(data), name).toThrow();
  });

  it('reads lunr as lunr scores: the blocks and scores of its own query, from its inverted index and weights', () => {
    // The engine evaluates queries on lunr's inverted index and term vectors itself; a lunr
    // release that stored them otherwise would show here.
    const analyzer = new Analyzer();
    for (const [query, lang] of [
      ['vaardigheden', 'nl'],
      ['cybersécurité', 'fr'],
      ['broadband', 'en'],
    ] as const) {
      const term = analyzer.termFor(lang, fold(query))!;
      const ours = engine.search({ query, expand: false, limit: 10_000 }).hits;
      const theirs = engine.index.lunrIndex.query((q) => {
        q.term(term, { usePipeline: false, wildcard: lunr.Query.wildcard.NONE, presence: lunr.Query.presence.OPTIONAL });
      });
      expect(theirs.length, query).toBeGreaterThan(0);
      const round = (n: number) => Math.round(n * 10_000) / 10_000;
      expect(
        ours.map((h) => [h.blockId, h.score]),
        query,
      ).toEqual(theirs.map((r) => [engine.index.docs[Number(r.ref)]!.id, round(r.score)]));
    }
  });
});
