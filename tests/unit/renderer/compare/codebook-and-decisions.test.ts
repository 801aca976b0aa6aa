import { describe, expect, it } from 'vitest';
import { parseTerms, themeIdFrom } from '../../../../src/renderer/src/compare/codebook-edits';
import { decisionWords } from '../../../../src/renderer/src/compare/decision-words';
import { codebookView } from '../../../../src/core/concepts/overlay';
import { DEFAULT_CODEBOOK } from '../../../../src/core/concepts/codebook';
import { makeNames, type Names } from '../../../../src/renderer/src/compare/names';
import { EMPTY_CODEBOOK_OVERLAY } from '../../../../src/shared/codebook';

describe('codebook editor helpers', () => {
  it('split typed terms on commas and semicolons, trimmed, without repeats', () => {
    expect(parseTerms(' identité numérique, eID ;; eID,\nitsme ')).toEqual(['identité numérique', 'eID', 'itsme']);
    expect(parseTerms(' , ')).toEqual([]);
  });

  it('make a theme id from its English name, as the codebook requires', () => {
    expect(themeIdFrom('Open data & re-use')).toBe('open-data-re-use');
    expect(themeIdFrom('Économie circulaire')).toBe('economie-circulaire');
    expect(themeIdFrom('  !!  ')).toBe('');
  });
});

describe('decisions in words', () => {
  const t = (key: string, values?: Record<string, unknown>): string => `${key}${values ? JSON.stringify(values) : ''}`;
  const names = { kind: (k: string) => `K:${k}`, relation: (r: string) => `R:${r}`, theme: (id: string) => `T:${id}` } as unknown as Names;
  const ref = { id: 'c1', sourceId: 's', text: 'x' };
  it('say what each decision did', () => {
    expect(decisionWords({ type: 'reject-link', from: ref, to: ref }, t, names)).toBe('compare.decisions.rejectLink');
    expect(decisionWords({ type: 'add-link', from: ref, to: ref, relation: 'weakens' }, t, names)).toBe(
      'compare.decisions.addLinkAs{"relation":"R:weakens"}',
    );
    expect(decisionWords({ type: 'set-kind', commitment: ref, kind: 'pledge' }, t, names)).toBe(
      'compare.decisions.setKind{"kind":"K:pledge"}',
    );
    expect(decisionWords({ type: 'set-themes', commitment: ref, themes: ['a', 'b'] }, t, names)).toBe(
      'compare.decisions.setThemes{"themes":"T:a, T:b"}',
    );
    expect(decisionWords({ type: 'mark-commitment', sourceId: 's', blockId: 'b', start: 0, end: 2, text: 'xx' }, t, names)).toBe(
      'compare.decisions.mark',
    );
  });
});

describe('names in the interface language', () => {
  const view = codebookView(DEFAULT_CODEBOOK, EMPTY_CODEBOOK_OVERLAY);
  const t = ((key: string) => key) as never;

  it('give theme descriptions and actors in French and Dutch, English data left for English', () => {
    const fr = makeNames(t, 'fr', [], view);
    const nl = makeNames(t, 'nl', [], view);
    const en = makeNames(t, 'en', [], view);
    expect(fr.themeDescription('e-invoicing')).toMatch(/^Factures électroniques/);
    expect(nl.themeDescription('e-invoicing')).toMatch(/^Elektronische facturen/);
    expect(en.themeDescription('e-invoicing')).toMatch(/^Electronic invoices/);
    expect(fr.actor('Benelux countries')).toBe('pays du Benelux');
    expect(nl.actor('Benelux countries')).toBe('Benelux-landen');
    expect(en.actor('Benelux countries')).toBe('Benelux countries');
    expect(fr.actor('Le cabinet du ministre')).toBe('Le cabinet du ministre');
  });

  it('say an actor correction with the actor’s name in the interface language', () => {
    const say = ((key: string, values?: Record<string, unknown>) => `${key} ${String(values?.actor)}`) as never;
    const ref = { id: 'c1', sourceId: 's', text: 'x' };
    expect(decisionWords({ type: 'set-actor', commitment: ref, actor: 'Belgium' }, say, makeNames(say, 'fr', [], view))).toBe(
      'compare.decisions.setActor Belgique',
    );
  });
});
