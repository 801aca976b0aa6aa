import { describe, expect, it } from 'vitest';
import { buildSyncIndex } from '../../../../src/renderer/src/panes/sync-keys';
import { answer2021, block, doc } from '../fixtures/docs';

describe('synchronization keys', () => {
  it('gives aligned blocks one key and translations both ways', () => {
    const d = doc(
      'bi',
      [block('n', 'a', { stream: 'nl', lang: 'nl' }), block('f1', 'b', { stream: 'fr' }), block('f2', 'c', { stream: 'fr' })],
      {
        languages: ['nl', 'fr'],
        pairs: [{ nl: ['n'], fr: ['f1', 'f2'] }],
      },
    );
    const index = buildSyncIndex(d);
    expect(index.keyOf('n')).toBe(index.keyOf('f2'));
    expect(index.translationsOf('n')).toEqual(['f1', 'f2']);
    expect(index.translationsOf('f2')).toEqual(['n']);
    expect(index.blocksOf(index.keyOf('n'))).toEqual(['n', 'f1', 'f2']);
  });

  it('keys an unaligned block by its own id', () => {
    const index = buildSyncIndex(doc('one', [block('a', 'x')]));
    expect(index.keyOf('a')).toBe('a');
    expect(index.blocksOf('a')).toEqual(['a']);
    expect(index.translationsOf('a')).toEqual([]);
  });

  it('gives every Dutch block of the 2021 answer a French translation', () => {
    const d = answer2021();
    const index = buildSyncIndex(d);
    const nl = d.blocks.filter((b) => b.stream === 'nl');
    expect(nl.length).toBeGreaterThan(50);
    for (const b of nl) expect(index.translationsOf(b.id).length, b.text).toBeGreaterThan(0);
    const bedrijf = nl.find((b) => b.text.includes('digitale bedrijfsidentiteit'))!;
    const fr = index.translationsOf(bedrijf.id).map((id) => d.blocks.find((b) => b.id === id)!.text);
    expect(fr.join(' ')).toContain('identité d');
  });
});
