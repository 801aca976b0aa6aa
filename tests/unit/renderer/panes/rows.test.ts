import { describe, expect, it } from 'vitest';
import { blockInView, buildRows, effectiveView, viewOptions } from '../../../../src/renderer/src/panes/rows';
import { answer2021, block, doc } from '../fixtures/docs';

const bilingual = doc(
  'bi',
  [
    block('n1', 'Kop', { kind: 'heading', lang: 'nl', stream: 'nl' }),
    block('n2', 'Alinea een', { lang: 'nl', stream: 'nl' }),
    block('n3', 'Losse alinea', { lang: 'nl', stream: 'nl' }),
    block('n4', 'Alinea vier', { lang: 'nl', stream: 'nl' }),
    block('f1', 'Titre', { kind: 'heading', lang: 'fr', stream: 'fr' }),
    block('f2', 'Paragraphe un', { lang: 'fr', stream: 'fr' }),
    block('f3', 'Paragraphe quatre, première moitié', { lang: 'fr', stream: 'fr' }),
    block('f4', 'seconde moitié', { lang: 'fr', stream: 'fr' }),
  ],
  {
    languages: ['nl', 'fr'],
    pairs: [
      { nl: ['n1'], fr: ['f1'] },
      { nl: ['n2'], fr: ['f2'] },
      { nl: ['n4'], fr: ['f3', 'f4'] },
    ],
  },
);

describe('pane rows', () => {
  it('offers parallel and each language for a bilingual source, only all otherwise', () => {
    expect(viewOptions(bilingual)).toEqual(['parallel', 'nl', 'fr', 'all']);
    const single = doc('one', [block('a', 'x')]);
    expect(viewOptions(single)).toEqual(['all']);
    expect(effectiveView(single, 'parallel')).toBe('all');
    expect(effectiveView(bilingual, 'en')).toBe('all');
  });

  it('shows one language stream in a single-language view', () => {
    const m = buildRows(bilingual, 'fr');
    expect(m.order).toEqual(['f1', 'f2', 'f3', 'f4']);
    expect(m.rowOfBlock.has('n1')).toBe(false);
    expect(blockInView(bilingual.blocks[0]!, 'fr')).toBe(false);
  });

  it('puts aligned pairs side by side, 1:2 pairs in one row, unpaired blocks in a row of their own in order', () => {
    const m = buildRows(bilingual, 'parallel');
    const shape = m.rows.map((r) => (r.kind === 'pair' ? r.columns.map((c) => c.map((b) => b.id).join('+')).join('|') : 'blocks'));
    expect(shape).toEqual(['n1|f1', 'n2|f2', 'n3|', 'n4|f3+f4']);
    expect(m.rowOfBlock.get('f4')).toBe(3);
  });

  it('groups consecutive list items into one row', () => {
    const d = doc('l', [
      block('p', 'Intro'),
      block('l1', 'un', { kind: 'list-item' }),
      block('l2', 'deux', { kind: 'list-item', depth: 1 }),
      block('q', 'Fin'),
    ]);
    const m = buildRows(d, 'all');
    expect(m.rows.map((r) => (r.kind === 'blocks' ? r.blocks.map((b) => b.id) : []))).toEqual([['p'], ['l1', 'l2'], ['q']]);
  });

  it('groups short blocks into rows, a heading opening a new one, so large sources have fewer rows', () => {
    const d = doc('g', [
      block('a', 'court'),
      block('b', 'court aussi'),
      block('h', 'Titre', { kind: 'heading' }),
      block('c', 'x'.repeat(1500)),
      block('d', 'après'),
    ]);
    const m = buildRows(d, 'all');
    expect(m.rows.map((r) => (r.kind === 'blocks' ? r.blocks.map((b) => b.id) : []))).toEqual([['a', 'b'], ['h', 'c'], ['d']]);
    expect(m.orderOf.get('d')).toBe(4);
    expect(m.rowOfBlock.get('c')).toBe(1);
  });

  it('shows every block of the 2021 answer exactly once in the parallel view, in stream order', () => {
    const d = answer2021();
    const m = buildRows(d, 'parallel');
    expect([...m.order].sort()).toEqual(d.blocks.map((b) => b.id).sort());
    for (const lang of ['nl', 'fr'] as const) {
      const seen = m.rows.flatMap((r) => (r.kind === 'pair' ? r.columns[r.langs.indexOf(lang)]!.map((b) => b.id) : []));
      expect(seen).toEqual(d.blocks.filter((b) => b.stream === lang).map((b) => b.id));
    }
  });
});
