import { describe, expect, it } from 'vitest';
import { lexiconFromCodebook, type CodebookLike } from '../../../../src/renderer/src/related/codebook-lexicon';
import { themesIn } from '../../../../src/renderer/src/related/scorers';

const view: CodebookLike = {
  codebook: {
    version: 'test',
    concepts: [
      {
        id: 'digital-identity',
        theme: true,
        description: '',
        labels: { en: 'Digital identity', fr: 'Identité numérique', nl: 'Digitale identiteit' },
        terms: { fr: ['identité numérique'], nl: ['digitale identiteit'], en: ['digital identity'] },
      },
      {
        id: 'fibre',
        theme: false,
        description: '',
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
});
