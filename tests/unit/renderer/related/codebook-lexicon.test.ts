import { describe, expect, it } from 'vitest';
import { codebookSource, lexiconFromCodebook, type CodebookLike } from '../../../../src/renderer/src/related/codebook-lexicon';
import { themesIn } from '../../../../src/renderer/src/related/scorers';

const view: CodebookLike = {
  codebook: {
    concepts: [
      {
        id: 'digital-identity',
        theme: true,
        labels: { en: 'Digital identity', fr: 'Identité numérique', nl: 'Digitale identiteit' },
        terms: { fr: ['identité numérique'], nl: ['digitale identiteit'], en: ['digital identity'] },
      },
      {
        id: 'fibre',
        theme: false,
        labels: { en: 'Fibre', fr: 'Fibre', nl: 'Glasvezel' },
        terms: { fr: ['fibre'], nl: ['glasvezel'], en: ['fibre'] },
      },
    ],
  },
};

describe('themes from the codebook', () => {
  it('takes the themes (not the glossary-only concepts), labelled in the interface language, with every language’s terms', () => {
    const fr = lexiconFromCodebook(view, 'fr');
    expect(fr).toEqual([
      { id: 'digital-identity', label: 'Identité numérique', terms: ['identité numérique', 'digitale identiteit', 'digital identity'] },
    ]);
    expect(lexiconFromCodebook(view, 'nl')[0]!.label).toBe('Digitale identiteit');
  });

  it('finds a theme’s terms whatever their inflection, as whole words', () => {
    const lexicon = lexiconFromCodebook(view, 'en');
    expect(themesIn('reconnaissent leurs identités numériques respectives', lexicon).map((t) => t.id)).toEqual(['digital-identity']);
    expect(themesIn('elkaars digitale identiteiten', lexicon).map((t) => t.id)).toEqual(['digital-identity']);
    expect(themesIn('une identité, puis numérique', lexicon)).toEqual([]);
  });

  it('uses getCodebook only when the contract has it', async () => {
    expect(codebookSource({})).toBeUndefined();
    const api = { getCodebook: () => Promise.resolve(view) };
    expect(await codebookSource(api)!()).toBe(view);
  });
});
