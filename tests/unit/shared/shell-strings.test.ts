import { describe, expect, it } from 'vitest';
import { shellStrings } from '../../../src/shared/shell-strings';

function entries(obj: object, prefix = ''): [string, string][] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? entries(v as object, `${prefix}${k}.`) : [[`${prefix}${k}`, String(v)] as [string, string]],
  );
}

const { en, fr, nl } = shellStrings;
/** Words that are the same in the other language (names, formats, loanwords). */
const SAME: Readonly<Record<'fr' | 'nl', readonly string[]>> = {
  fr: ['view.annotations', 'saveReport.md', 'saveReport.json'],
  nl: ['menuBar.help', 'saveReport.md', 'saveReport.json'],
};

describe('the Electron shell’s strings', () => {
  it('French and Dutch have exactly the English keys, none empty', () => {
    const keys = (o: object) => entries(o).map(([k]) => k);
    expect(keys(fr)).toEqual(keys(en));
    expect(keys(nl)).toEqual(keys(en));
    for (const strings of [en, fr, nl]) for (const [key, value] of entries(strings)) expect(value.trim(), key).not.toBe('');
  });

  it('are translated: no English left in French or Dutch but names and formats', () => {
    const english = new Map(entries(en));
    for (const [locale, strings] of [
      ['fr', fr],
      ['nl', nl],
    ] as const)
      for (const [key, value] of entries(strings))
        if (!SAME[locale].includes(key)) expect(value, `${locale} ${key}`).not.toBe(english.get(key));
  });

  it('give every menu-bar title one access key, different within each language, and none elsewhere', () => {
    for (const strings of [en, fr, nl]) {
      const titles = Object.values(strings.menuBar);
      const accessKeys = titles.map((title) => {
        expect(title.split('&')).toHaveLength(2);
        return title[title.indexOf('&') + 1]!.toLowerCase();
      });
      expect(new Set(accessKeys).size, titles.join(' ')).toBe(titles.length);
      for (const [key, value] of entries(strings)) if (!key.startsWith('menuBar.')) expect(value, key).not.toContain('&');
    }
  });
});
