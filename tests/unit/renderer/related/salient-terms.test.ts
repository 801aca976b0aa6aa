import { describe, expect, it } from 'vitest';
import { buildTermStats, contentTokens, lightStem, normalizeWord, salientTerms } from '../../../../src/renderer/src/related/salient-terms';

describe('salient terms', () => {
  it('keeps content words, drops function words, keeps codes like 5G', () => {
    expect(contentTokens("Outre la reconnaissance de l'identité d'entreprise numérique, la 5G").map((t) => t.word)).toEqual([
      'reconnaissance',
      'identité',
      'entreprise',
      'numérique',
      '5G',
    ]);
    expect(contentTokens('de het een en of in op the and of 2021').map((t) => t.word)).toEqual([]);
  });

  it('folds case, accents and plurals together', () => {
    expect(normalizeWord('Numérique')).toBe('numerique');
    expect(lightStem('entreprises')).toBe(lightStem('entreprise'));
    expect(lightStem('identiteiten')).toBe(lightStem('identiteit'));
    expect(lightStem('5g')).toBe('5g');
  });

  it('ranks rare words above the corpus’s everyday vocabulary', () => {
    const corpus = [
      'Le Benelux et le numérique.',
      'Le Benelux soutient le numérique.',
      'Le Benelux, le numérique et la fibre.',
      'Le Benelux et les données.',
      'Une carte d’identité numérique pour les entreprises du Benelux.',
    ];
    const stats = buildTermStats(corpus);
    const terms = salientTerms('Benelux : une identité numérique pour les entreprises', stats, { max: 3 });
    expect(terms.map((t) => t.word)).toEqual(expect.arrayContaining(['identité', 'entreprises']));
    expect(terms.map((t) => t.word)).not.toContain('Benelux');
  });

  it('puts first the words other sources use too: a word only its own source has leads to no other document', () => {
    const stats = buildTermStats([
      { sourceId: 'a', text: 'registres nationaux et mandat' },
      { sourceId: 'a', text: 'registres et mandat encore' },
      { sourceId: 'a', text: 'identité des entreprises' },
      { sourceId: 'b', text: 'une carte d’identité pour les entreprises' },
      { sourceId: 'b', text: 'autre chose' },
    ]);
    const text = 'identité des entreprises, registres et mandat';
    expect(salientTerms(text, stats, { max: 2, maxShare: 0.5, fromSource: 'a' }).map((t) => t.word)).toEqual(
      expect.arrayContaining(['identité', 'entreprises']),
    );
    expect(salientTerms(text, stats, { max: 2, maxShare: 0.5 }).map((t) => t.word)).not.toEqual(
      expect.arrayContaining(['identité', 'entreprises']),
    );
  });
});
