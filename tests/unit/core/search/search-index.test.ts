import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../../../src/core/search';
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
});
