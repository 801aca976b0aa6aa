import { describe, expect, it } from 'vitest';
import { formatList, formatReasons } from '../../../../src/renderer/src/related/format-reason';
import type { RelatedReason } from '../../../../src/renderer/src/related/related-passages';
import { withHeading } from '../../../../src/renderer/src/related/related-passages';
import { en } from '../../../../src/renderer/src/i18n/en';

/** A stand-in for i18next's t over the English catalogue (plural: _one/_other on `count`). */
const t = (key: string, values: Record<string, unknown> = {}): string => {
  const get = (k: string): unknown => k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown> | undefined)?.[p], en);
  const template = (get(key) ?? get(`${key}_${values.count === 1 ? 'one' : 'other'}`)) as string;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));
};

const theme = (label: string): RelatedReason => ({ kind: 'theme', themeId: label, label });

describe('reasons as the pane shows them', () => {
  it('names each kind of reason', () => {
    expect(formatReasons([{ kind: 'translation' }], t, 'en')).toBe('translation');
    expect(formatReasons([{ kind: 'terms', terms: ['identité', 'entreprise'] }, theme('Digital identity')], t, 'en')).toBe(
      'shared terms: identité and entreprise · same theme: Digital identity',
    );
    expect(formatReasons([{ kind: 'search', query: '5G' }], t, 'en')).toBe('matches the search “5G”');
    expect(formatReasons([{ kind: 'commitment', commitmentId: 'c1' }], t, 'en')).toBe('linked commitment');
  });

  it('names several themes together, and counts those beyond three', () => {
    expect(formatReasons([theme('A'), theme('B')], t, 'en')).toBe('same themes: A and B');
    expect(formatReasons([theme('A'), theme('B'), theme('C'), theme('D')], t, 'en')).toBe('same themes: A, B, and 2 others');
  });

  it('writes lists as the locale does', () => {
    expect(formatList(['a', 'b', 'c'], 'fr')).toBe('a, b et c');
    expect(formatList(['a', 'b'], 'nl')).toBe('a en b');
  });
});

describe('landing on the heading of a related passage', () => {
  const best = { sourceId: 's', blockId: 'p', score: 1, reasons: [] };
  const before = (id: string) => (id === 'p' ? { id: 'h', kind: 'heading' } : undefined);
  it('goes to the heading above when it is related too', () => {
    expect(withHeading(best, [best, { sourceId: 's', blockId: 'h', score: 0.2, reasons: [] }], before).blockId).toBe('h');
  });
  it('stays on the passage when the heading is not related, or is not a heading', () => {
    expect(withHeading(best, [best], before).blockId).toBe('p');
    expect(
      withHeading(best, [best, { sourceId: 's', blockId: 'h', score: 1, reasons: [] }], () => ({ id: 'h', kind: 'paragraph' })).blockId,
    ).toBe('p');
  });
});
