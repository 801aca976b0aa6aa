import { describe, expect, it } from 'vitest';
import { addTag, cleanTag, foldTag, suggestTags } from '../../../../src/renderer/src/annotations/tags';

const inUse = [
  { tag: 'numérique', count: 5 },
  { tag: 'Benelux', count: 3 },
  { tag: 'identité numérique', count: 2 },
  { tag: 'NL', count: 1 },
];

describe('tags', () => {
  it('suggests tags in use by prefix, ignoring case and accents, most used first, word starts after', () => {
    expect(suggestTags('NUME', inUse)).toEqual(['numérique', 'identité numérique']);
    expect(suggestTags('ide', inUse)).toEqual(['identité numérique']);
    expect(suggestTags('', inUse)).toEqual(['numérique', 'Benelux', 'identité numérique', 'NL']);
    expect(suggestTags('num', inUse, ['Numerique'])).toEqual(['identité numérique']);
    expect(suggestTags('#ben', inUse)).toEqual(['Benelux']);
    expect(suggestTags('zzz', inUse)).toEqual([]);
  });

  it('adds a tag once per spelling, tidied as the host stores it', () => {
    expect(cleanTag('  #digital   identity ')).toBe('digital identity');
    expect(addTag(['Numérique'], 'numerique')).toEqual(['Numérique']);
    expect(addTag(['a'], '  ')).toEqual(['a']);
    expect(addTag(['a'], '#b')).toEqual(['a', 'b']);
    expect(foldTag('Élan')).toBe('elan');
  });
});
