import { describe, expect, it } from 'vitest';
import { en } from '../../../src/renderer/src/i18n/en';
import { fr } from '../../../src/renderer/src/i18n/fr';
import { nl } from '../../../src/renderer/src/i18n/nl';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

function placeholders(obj: object): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const walk = (o: object, prefix: string): void => {
    for (const [k, v] of Object.entries(o)) {
      if (typeof v === 'object' && v !== null) walk(v, `${prefix}${k}.`);
      else out[`${prefix}${k}`] = [...String(v).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();
    }
  };
  walk(obj, '');
  return out;
}

describe('interface catalogues', () => {
  it('French and Dutch have exactly the English keys', () => {
    expect(keys(fr).sort()).toEqual(keys(en).sort());
    expect(keys(nl).sort()).toEqual(keys(en).sort());
  });

  it('translations keep the placeholders and are not empty', () => {
    expect(placeholders(fr)).toEqual(placeholders(en));
    expect(placeholders(nl)).toEqual(placeholders(en));
    for (const catalog of [en, fr, nl]) for (const [k, v] of Object.entries(placeholders(catalog))) expect(k && v).toBeDefined();
    for (const catalog of [fr, nl])
      for (const key of keys(catalog))
        expect(key.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], catalog)).not.toBe('');
  });
});
