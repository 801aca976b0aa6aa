import { describe, expect, it } from 'vitest';
import { buildSyncIndex } from '../../../../src/renderer/src/panes/sync-keys';
import {
  bestShown,
  findRelated,
  withFallback,
  type Passage,
  type RelatedScorer,
} from '../../../../src/renderer/src/related/related-passages';
import { buildTermStats } from '../../../../src/renderer/src/related/salient-terms';
import {
  localTermsScorer,
  passageTerms,
  searchHitsScorer,
  searchTermsScorer,
  themeScorer,
  themesIn,
  translationScorer,
} from '../../../../src/renderer/src/related/scorers';
import { ApiError } from '../../../../src/shared/errors';
import type { IngestedDocument } from '../../../../src/shared/model';
import type { SearchRequest, SearchResponse } from '../../../../src/shared/search';
import { answer2021, meeting2025 } from '../fixtures/docs';

const fixed = (id: string, weight: number, candidates: Awaited<ReturnType<RelatedScorer['find']>>): RelatedScorer => ({
  id,
  weight,
  find: () => Promise.resolve(candidates),
});

const passage: Passage = { sourceId: 'a', blockId: 'a1', lang: 'fr', text: 'x' };

describe('related passages: merging scorers', () => {
  it('adds weighted scores of a passage proposed twice and keeps both reasons; never proposes the passage itself', async () => {
    const r = await findRelated({ passage, targets: ['b'] }, [
      fixed('one', 1, [
        { sourceId: 'b', blockId: 'b1', score: 0.5, reasons: [{ kind: 'terms', terms: ['identité'] }] },
        { sourceId: 'b', blockId: 'b2', score: 0.6, reasons: [{ kind: 'terms', terms: ['fibre'] }] },
        { sourceId: 'a', blockId: 'a1', score: 1, reasons: [{ kind: 'same-passage' }] },
      ]),
      fixed('two', 2, [
        { sourceId: 'b', blockId: 'b1', score: 0.5, reasons: [{ kind: 'theme', themeId: 'digital-identity', label: 'Digital identity' }] },
      ]),
    ]);
    const b = r.bySource.get('b')!;
    expect(b.map((c) => [c.blockId, c.score])).toEqual([
      ['b1', 1.5],
      ['b2', 0.6],
    ]);
    expect(b[0]!.reasons.map((x) => x.kind)).toEqual(['terms', 'theme']);
    expect(r.bySource.has('a')).toBe(false);
  });

  it('keeps the other scorers’ results when one fails, and reports it', async () => {
    const failing: RelatedScorer = { id: 'broken', weight: 1, find: () => Promise.reject(new Error('engine missing')) };
    const r = await findRelated({ passage, targets: ['b'] }, [
      failing,
      fixed('ok', 1, [{ sourceId: 'b', blockId: 'b1', score: 1, reasons: [] }]),
    ]);
    expect(r.failures).toEqual([{ scorer: 'broken', message: 'engine missing' }]);
    expect(r.bySource.get('b')).toHaveLength(1);
  });

  it('picks the best candidate a pane can show', () => {
    const list = [
      { sourceId: 'b', blockId: 'hidden', score: 2, reasons: [] },
      { sourceId: 'b', blockId: 'shown', score: 1, reasons: [] },
    ];
    expect(bestShown(list, (id) => id !== 'hidden')?.blockId).toBe('shown');
    expect(bestShown(undefined, () => true)).toBeUndefined();
  });

  it('falls back when the primary scorer fails', async () => {
    const s = withFallback(
      { id: 'terms', weight: 1, find: () => Promise.reject(new ApiError('internal', 'no engine')) },
      fixed('terms', 1, [{ sourceId: 'b', blockId: 'b9', score: 1, reasons: [] }]),
    );
    expect((await s.find({ passage, targets: [] }))[0]!.blockId).toBe('b9');
  });
});

describe('related passages on the corpus', () => {
  const answer = answer2021();
  const meeting = meeting2025();
  const docs = new Map<string, IngestedDocument>([
    [answer.source.id, answer],
    [meeting.source.id, meeting],
  ]);
  const stats = buildTermStats([...docs.values()].flatMap((d) => d.blocks.map((b) => ({ sourceId: b.sourceId, text: b.text }))));
  const index = buildSyncIndex(answer);
  const nl = answer.blocks.find((b) => b.text.includes('digitale bedrijfsidentiteit'))!;
  const fr = answer.blocks.find((b) => b.text.includes('identité d'))!;
  const selected: Passage = {
    sourceId: answer.source.id,
    blockId: nl.id,
    lang: 'nl',
    text: nl.text,
    translations: index.translationsOf(nl.id).map((id) => {
      const b = answer.blocks.find((x) => x.id === id)!;
      return { blockId: id, lang: b.lang, text: b.text };
    }),
  };
  const business = meeting.blocks.find((b) => b.text.startsWith('Une carte d’identité numérique pour les entreprises'))!;

  it('finds the translation through the alignment', async () => {
    const r = await findRelated({ passage: selected, targets: [answer.source.id] }, [translationScorer(() => index)]);
    expect(r.bySource.get(answer.source.id)![0]).toMatchObject({ blockId: fr.id, reasons: [{ kind: 'translation' }] });
  });

  it('searches by the passage’s terms and its translation’s, one query per term in the target sources', async () => {
    expect(passageTerms(selected, stats).map((t) => t.word)).toEqual(expect.arrayContaining(['entreprise']));
    const requests: SearchRequest[] = [];
    // A fake engine: plain word containment over the meeting, as the real one would find them.
    const search = (request: SearchRequest): Promise<SearchResponse> => {
      requests.push(request);
      const word = request.query.toLowerCase();
      const hits = meeting.blocks
        .filter((b) => b.text.toLowerCase().includes(word))
        .map((b) => ({
          sourceId: meeting.source.id,
          blockId: b.id,
          lang: b.lang,
          score: 1,
          snippet: { text: '', highlights: [] },
          text: b.text,
          matchedVia: 'direct' as const,
        }));
      return Promise.resolve({ query: request.query, total: hits.length, hits, groups: [], notices: [] });
    };
    const r = await findRelated({ passage: selected, targets: [meeting.source.id] }, [searchTermsScorer({ search, stats: () => stats })]);
    expect(requests.every((q) => q.sources?.join() === meeting.source.id)).toBe(true);
    const best = r.bySource.get(meeting.source.id)![0]!;
    expect(best.blockId).toBe(business.id);
    expect(best.reasons[0]).toMatchObject({ kind: 'terms', terms: expect.arrayContaining(['identité']) });
  });

  it('without the engine, the local comparison finds the same business digital identity passage', async () => {
    const r = await findRelated({ passage: selected, targets: [meeting.source.id] }, [
      withFallback(
        searchTermsScorer({ search: () => Promise.reject(new ApiError('internal', 'Search is not available')), stats: () => stats }),
        localTermsScorer({ documents: () => docs, stats: () => stats }),
      ),
    ]);
    expect(r.failures).toEqual([]);
    expect(r.bySource.get(meeting.source.id)![0]!.blockId).toBe(business.id);
  });

  it('a codebook’s themes name the relation', async () => {
    const lexicon = [
      {
        id: 'digital-identity',
        label: 'digital identity',
        terms: [
          'identité numérique',
          'digitale identiteit',
          'identité d’entreprise',
          "identité d'entreprise",
          'carte d’identité numérique',
        ],
      },
      { id: 'connectivity', label: 'connectivity', terms: ['5G', 'fibre optique'] },
    ];
    expect(themesIn(selected.translations![0]!.text, lexicon).map((t) => t.id)).toEqual(['digital-identity']);
    const r = await findRelated({ passage: selected, targets: [meeting.source.id] }, [
      themeScorer({ lexicon: () => lexicon, documents: () => docs }),
    ]);
    const best = r.bySource.get(meeting.source.id)![0]!;
    expect(best.blockId).toBe(business.id);
    expect(best.reasons).toEqual([{ kind: 'theme', themeId: 'digital-identity', label: 'digital identity' }]);
  });

  it('the hits of the current search lead each target source to its best hit', async () => {
    const hits = [0.5, 2].map((score, i) => ({
      sourceId: meeting.source.id,
      blockId: meeting.blocks[i + 4]!.id,
      lang: 'fr' as const,
      score,
      snippet: { text: '', highlights: [] },
      text: '',
      matchedVia: 'direct' as const,
    }));
    const r = await findRelated({ passage: selected, targets: [meeting.source.id] }, [
      searchHitsScorer({ query: '5G', total: 2, hits, groups: [], notices: [] }),
    ]);
    expect(r.bySource.get(meeting.source.id)![0]).toMatchObject({
      blockId: meeting.blocks[5]!.id,
      reasons: [{ kind: 'search', query: '5G' }],
    });
  });
});
