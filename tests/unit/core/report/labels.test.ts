import { describe, expect, it } from 'vitest';
import { REPORT_LABELS } from '../../../../src/core/report';
import { REPORT_LANGS } from '../../../../src/shared/report';

/** Every leaf of a labels object as path → text. */
function leaves(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(prefix, value);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) for (const [p, t] of leaves(v, prefix ? `${prefix}.${k}` : k)) out.set(p, t);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('report labels', () => {
  const en = leaves(REPORT_LABELS.en);

  it('has the same keys in English, French and Dutch', () => {
    for (const lang of REPORT_LANGS) expect([...leaves(REPORT_LABELS[lang]).keys()].sort(), lang).toEqual([...en.keys()].sort());
  });

  it('has the same placeholders in every language and no empty text', () => {
    for (const lang of REPORT_LANGS) {
      for (const [key, text] of leaves(REPORT_LABELS[lang])) {
        expect(text.trim(), `${lang}.${key}`).not.toBe('');
        expect(placeholders(text), `${lang}.${key}`).toEqual(placeholders(en.get(key)!));
      }
    }
  });

  it('translates the headings (French and Dutch are not English left in place)', () => {
    for (const key of ['title', 'sectionThemes', 'sectionCuration', 'legendDiff', 'verifyHashes']) {
      expect(leaves(REPORT_LABELS.fr).get(key)).not.toBe(en.get(key));
      expect(leaves(REPORT_LABELS.nl).get(key)).not.toBe(en.get(key));
    }
  });
});
