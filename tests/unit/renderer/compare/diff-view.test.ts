import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffSegments, diffStats, isWholeReplacement, sharedTermRanges, sideTexts } from '../../../../src/renderer/src/compare/diff-view';
import type { DiffOp } from '../../../../src/shared/commitments';

describe('diff segments', () => {
  it('merge neighbouring operations of a kind and drop empty ones', () => {
    const ops: DiffOp[] = [
      { op: 'equal', text: 'Les pays ' },
      { op: 'equal', text: 'Benelux ' },
      { op: 'delete', text: 'examinent ' },
      { op: 'delete', text: '' },
      { op: 'insert', text: 'organiseront ' },
      { op: 'equal', text: 'une table ronde.' },
    ];
    expect(diffSegments(ops)).toEqual([
      { kind: 'equal', text: 'Les pays Benelux ' },
      { kind: 'delete', text: 'examinent ' },
      { kind: 'insert', text: 'organiseront ' },
      { kind: 'equal', text: 'une table ronde.' },
    ]);
    expect(diffStats(diffSegments(ops))).toEqual({ shared: 6, deleted: 1, inserted: 1 });
    expect(isWholeReplacement(diffSegments(ops))).toBe(false);
  });

  it('tell a whole replacement (no shared word) from a diff', () => {
    expect(
      isWholeReplacement(
        diffSegments([
          { op: 'delete', text: 'Autant que possible unifier.' },
          { op: 'equal', text: ' ' },
          { op: 'insert', text: 'La Belgique doit mettre en œuvre.' },
        ]),
      ),
    ).toBe(true);
    expect(isWholeReplacement(diffSegments([{ op: 'equal', text: 'Même texte.' }]))).toBe(false);
    expect(diffSegments([])).toEqual([]);
  });

  it('give back both texts exactly, whatever the operations (property)', () => {
    const op = fc.record({ op: fc.constantFrom<DiffOp['op']>('equal', 'insert', 'delete'), text: fc.string({ maxLength: 12 }) });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        const before = ops
          .filter((o) => o.op !== 'insert')
          .map((o) => o.text)
          .join('');
        const after = ops
          .filter((o) => o.op !== 'delete')
          .map((o) => o.text)
          .join('');
        const segments = diffSegments(ops);
        expect(sideTexts(segments)).toEqual({ before, after });
        for (let i = 1; i < segments.length; i++) expect(segments[i]!.kind).not.toBe(segments[i - 1]!.kind);
        for (const s of segments) expect(s.text).not.toBe('');
      }),
    );
  });
});

describe('shared terms in two texts too different to diff', () => {
  it('finds the evidence’s terms whatever their inflection, after an elided article too', () => {
    const text = 'Les pays s’informent du déploiement des ambitions numériques européennes et de l’information.';
    const found = sharedTermRanges(text, ['numérique', 'informations', 'Déploiements']).map((r) => text.slice(r.start, r.end));
    expect(found).toEqual(['déploiement', 'numériques', 'information']);
    expect(sharedTermRanges(text, [])).toEqual([]);
    // Words sharing all but their endings, as the matcher's stems do ("connectés", "connectivité")…
    expect(sharedTermRanges('la connectivité', ['connectés'])).toEqual([{ start: 3, end: 15 }]);
    // …but not words that merely contain one another.
    expect(sharedTermRanges('la formation', ['information'])).toEqual([]);
  });
});
