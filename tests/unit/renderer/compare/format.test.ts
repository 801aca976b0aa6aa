import { describe, expect, it } from 'vitest';
import {
  deadlineWords,
  excerpt,
  forceWord,
  keyIndicatorValues,
  parseEvidence,
  similarityWords,
} from '../../../../src/renderer/src/compare/format';
import { en } from '../../../../src/renderer/src/i18n/en';
import { fr } from '../../../../src/renderer/src/i18n/fr';

/** A translate function over a catalogue, with i18next's {{placeholders}}. */
function translator(catalog: object) {
  return (key: string, values: Record<string, unknown> = {}): string => {
    const raw = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], catalog);
    if (typeof raw !== 'string') throw new Error(`no string ${key}`);
    return raw.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k]));
  };
}

describe('deadlines in words', () => {
  const t = translator(en);
  it('reads every normalized form the extractor writes', () => {
    expect(deadlineWords('2025-11', t, 'en')).toBe('November 2025');
    expect(deadlineWords('2025-H2', t, 'en')).toBe('second half of 2025');
    expect(deadlineWords('2022-H1', t, 'en')).toBe('first half of 2022');
    expect(deadlineWords('2026-Q1', t, 'en')).toBe('Q1 2026');
    expect(deadlineWords('2025', t, 'en')).toBe('2025');
    expect(deadlineWords('≤2028', t, 'en')).toBe('by 2028');
    expect(deadlineWords('2025-11-15', t, 'en')).toBe('November 15, 2025');
    expect(deadlineWords('≤2026-03-01', t, 'en')).toBe('by March 1, 2026');
    expect(deadlineWords('soon', t, 'en')).toBe('soon');
  });

  it('in the interface language', () => {
    const tf = translator(fr);
    expect(deadlineWords('2025-11', tf, 'fr')).toBe('novembre 2025');
    expect(deadlineWords('≤2030', tf, 'fr')).toBe('d’ici 2030');
    expect(deadlineWords('2025-H2', tf, 'fr')).toBe('second semestre 2025');
    expect(forceWord(3, tf)).toBe('plan');
    expect(forceWord(9, t)).toBe('obligation');
  });
});

describe('link evidence and names', () => {
  it('reads the core’s evidence strings', () => {
    expect(parseEvidence('concept:digital-identity')).toEqual({ kind: 'concept', id: 'digital-identity' });
    expect(parseEvidence('term:identité')).toEqual({ kind: 'term', text: 'identité' });
    expect(parseEvidence('anchor:5G')).toEqual({ kind: 'anchor', text: '5G' });
    expect(parseEvidence('penalty:generic')).toEqual({ kind: 'generic' });
    expect(parseEvidence('odd')).toEqual({ kind: 'other', text: 'odd' });
    expect(parseEvidence('term:a:b')).toEqual({ kind: 'term', text: 'a:b' });
  });

  it('cuts names at a word, and prints similarities as percentages of the locale', () => {
    expect(excerpt('short')).toBe('short');
    const long = 'Les pays Benelux organiseront en novembre 2025 une table ronde sur l’inclusion numérique avec les acteurs.';
    expect(excerpt(long, 60)).toBe('Les pays Benelux organiseront en novembre 2025 une table…');
    expect(similarityWords(0.43, 'en')).toBe('43%');
    expect(similarityWords(0.43, 'fr').replace(/\s/g, ' ')).toBe('43 %');
  });
});

describe('DESI indicators at a glance', () => {
  it('take the unit, the country’s latest value and the EU’s', () => {
    const values = [
      { label: 'Unit', value: 'Assigned spectrum as a % of total harmonised 5G spectrum' },
      { label: 'Belgium DESI 2019', value: '0%' },
      { label: 'Belgium DESI 2020', value: '3%' },
      { label: 'Belgium DESI 2021', value: '3%' },
      { label: 'EU DESI 2021', value: '51%' },
      { label: 'Reference years', value: '2019, 2020, 2021, 2021' },
    ];
    expect(keyIndicatorValues(values)).toEqual({
      unit: 'Assigned spectrum as a % of total harmonised 5G spectrum',
      own: { label: 'Belgium DESI 2021', value: '3%' },
      eu: { label: 'EU DESI 2021', value: '51%' },
    });
    expect(keyIndicatorValues([])).toEqual({});
  });
});
