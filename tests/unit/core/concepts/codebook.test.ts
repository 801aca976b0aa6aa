import { describe, expect, it } from 'vitest';
import { DEFAULT_CODEBOOK, THEME_IDS } from '../../../../src/core/concepts/codebook';
import { CONCEPT_LANGS, conceptSchema } from '../../../../src/shared/codebook';

/**
 * The shipped codebook's translation sets: the search glossary. They must be translations (each
 * set in at least two languages, or synonyms), never a concept's whole list of theme cues.
 */
describe('the default codebook', () => {
  it('describes every theme in French, Dutch and English, the English one being the canonical description', () => {
    for (const c of DEFAULT_CODEBOOK.concepts.filter((x) => x.theme)) {
      expect(c.descriptions?.en, c.id).toBe(c.description);
      for (const lang of CONCEPT_LANGS) expect(c.descriptions?.[lang]?.length ?? 0, `${c.id} ${lang}`).toBeGreaterThan(20);
      expect(c.descriptions?.fr, c.id).not.toBe(c.description);
      expect(c.descriptions?.nl, c.id).not.toBe(c.description);
      expect(conceptSchema.safeParse(c).success, c.id).toBe(true);
    }
  });

  it('gives every theme and glossary concept translation sets, each with terms in two languages or more', () => {
    for (const concept of DEFAULT_CODEBOOK.concepts) {
      expect(concept.translations?.length, concept.id).toBeGreaterThan(0);
      expect(conceptSchema.safeParse(concept).success, concept.id).toBe(true);
      for (const set of concept.translations!) {
        const langs = CONCEPT_LANGS.filter((l) => (set[l]?.length ?? 0) > 0);
        expect(langs.length, `${concept.id}: ${JSON.stringify(set)}`).toBeGreaterThanOrEqual(2);
        for (const l of langs) for (const t of set[l]!) expect(t, concept.id).toBe(t.trim().toLowerCase());
      }
    }
    expect(DEFAULT_CODEBOOK.concepts.filter((c) => c.theme).map((c) => c.id)).toEqual([...THEME_IDS]);
  });

  it('keeps the issue’s examples as translations, and a theme cue that is not one out of the sets', () => {
    const setsOf = (id: string) => DEFAULT_CODEBOOK.concepts.find((c) => c.id === id)!.translations!;
    const withTerm = (id: string, lang: 'fr' | 'nl' | 'en', term: string) => setsOf(id).find((s) => s[lang]?.includes(term));
    expect(withTerm('artificial-intelligence', 'fr', 'intelligence artificielle')).toMatchObject({
      nl: expect.arrayContaining(['artificiële intelligentie']),
      en: expect.arrayContaining(['artificial intelligence']),
    });
    expect(withTerm('connectivity', 'nl', 'glasvezel')).toMatchObject({
      fr: expect.arrayContaining(['fibre optique']),
      en: expect.arrayContaining(['fibre', 'fiber']),
    });
    expect(withTerm('digital-identity', 'nl', 'digitale identiteit')).toMatchObject({ fr: expect.arrayContaining(['identité numérique']) });
    const sme = withTerm('innovation-smes', 'nl', 'kmo')!;
    expect(sme.fr).toContain('pme');
    expect(sme.en).toContain('smes');
    expect([...sme.fr!, ...sme.nl!, ...sme.en!]).not.toEqual(expect.arrayContaining(['entreprises']));
    expect([...sme.fr!, ...sme.nl!, ...sme.en!]).not.toEqual(expect.arrayContaining(['innovation']));
  });
});
