import { describe, expect, it } from 'vitest';
import { Analyzer, fold, tokenize } from '../../../../src/core/search';

describe('search analyzer', () => {
  const a = new Analyzer();
  const term = (lang: 'fr' | 'nl' | 'en' | 'und', word: string) => a.termFor(lang, fold(word));

  it('gives inflected forms one term in their language', () => {
    expect(term('fr', 'compétence')).toBe(term('fr', 'compétences'));
    expect(term('nl', 'vaardigheid')).toBe(term('nl', 'vaardigheden'));
    expect(term('en', 'invoice')).toBe(term('en', 'invoices'));
    expect(term('fr', 'numérique')).toBe(term('fr', 'numériques'));
    expect(term('nl', 'aanbeveling')).toBe(term('nl', 'aanbevelingen'));
  });

  it('makes accents and case optional (folded before stemming)', () => {
    expect(term('fr', 'numerique')).toBe(term('fr', 'numérique'));
    expect(term('fr', 'IDENTITE')).toBe(term('fr', 'identité'));
    expect(term('fr', 'Données')).toBe(term('fr', 'donnees'));
    expect(term('nl', 'artificiele')).toBe(term('nl', 'Artificiële'));
    expect(fold('Œuvre')).toBe('oeuvre');
    expect(fold('ﬁbre')).toBe('fibre');
  });

  it('tags terms with their language so vocabularies never collide', () => {
    expect(term('fr', 'digitale')).toMatch(/^fr:/);
    expect(term('nl', 'digitale')).toMatch(/^nl:/);
    expect(term('und', 'Digitale')).toBe('und:digitale');
  });

  it("drops each language's stop words, accented ones too", () => {
    for (const w of ['de', 'la', 'à', 'été', 'des']) expect(term('fr', w), w).toBeNull();
    for (const w of ['de', 'het', 'een', 'van']) expect(term('nl', w), w).toBeNull();
    for (const w of ['the', 'of', 'and']) expect(term('en', w), w).toBeNull();
    expect(term('en', 'de')).not.toBeNull();
  });

  it('splits on apostrophes, hyphens and superscript footnote numbers, with offsets into the text', () => {
    const text = "L’identité numérique⁶⁶ et la 5G-technologie d'aujourd'hui";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.norm)).toEqual(['l', 'identite', 'numerique', 'et', 'la', '5g', 'technologie', 'd', 'aujourd', 'hui']);
    for (const t of tokens) expect(fold(text.slice(t.start, t.end))).toBe(t.norm);
  });

  it('never throws on control characters, lone surrogates or astral characters', () => {
    const nasty = 'a\u0000b\u0007\ud800c\udfffd 😀e\u200bf \u0301g';
    expect(() => tokenize(nasty)).not.toThrow();
    for (const t of tokenize(nasty)) expect(t.norm).toMatch(/^[\p{L}\p{N}]+$/u);
    expect(a.termsOf('fr', nasty).length).toBeGreaterThan(0);
  });
});
