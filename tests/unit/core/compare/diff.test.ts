import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIFF_GRANULARITIES, semanticCleanup, senseOf, sidesOf, TOKEN_DIFF, WORD_DIFF } from '../../../../src/core/compare';
import type { DiffOp } from '../../../../src/shared/commitments';

/** A diff as wdiff writes it, to read the expectations at a glance. */
const show = (ops: readonly DiffOp[]): string =>
  ops.map((o) => (o.op === 'equal' ? o.text : o.op === 'delete' ? `[-${o.text}-]` : `{+${o.text}+}`)).join('');

/** Text made of the corpus' kinds of words: stop words, content words and their inflections, elisions, numbers, acronyms, punctuation. */
const VOCAB = [
  'les',
  'la',
  'de',
  'des',
  'et',
  'pour',
  'en',
  'à',
  'du',
  'un',
  'une',
  'sur',
  'le',
  'het',
  'van',
  'the',
  'of',
  'pourra',
  'citoyens',
  'citoyen',
  'numérique',
  'numériques',
  'Numérique',
  'marché',
  'pays',
  'Benelux',
  'formation',
  'données',
  'l’innovation',
  "l'innovation",
  "d'IA",
  'IA',
  '5G',
  '2025',
  '2021',
  'UE',
  'e-gouvernement',
  'transfrontalier',
  ',',
  '.',
  ';',
  '(',
  ')',
  '“',
  '”',
  ' ',
  '  ',
  '\n',
];
const text = fc
  .array(fc.constantFrom(...VOCAB), { maxLength: 40 })
  .map((ws) => ws.reduce((acc, w, i) => acc + (i > 0 && !/^[,.;)” \n]/.test(w) && !/[ \n(“]$/.test(acc) ? ' ' : '') + w, ''));

describe('diff granularities', () => {
  for (const g of Object.values(DIFF_GRANULARITIES)) {
    it(`${g.name}: gives back both texts exactly, and never two ops of the same kind in a row`, () => {
      const check = (a: string, b: string): void => {
        const ops = g.diff(a, b, 'fr');
        expect(sidesOf(ops)).toEqual({ from: a, to: b });
        for (let i = 1; i < ops.length; i++) expect(ops[i]!.op).not.toBe(ops[i - 1]!.op);
        for (const o of ops) expect(o.text).not.toBe('');
      };
      fc.assert(fc.property(fc.string({ maxLength: 80 }), fc.string({ maxLength: 80 }), check), { numRuns: 150 });
      fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), check), {
        numRuns: 100,
      });
      fc.assert(fc.property(text, text, check), { numRuns: 300 });
    });
  }
});

describe('the semantic clean-up', () => {
  it('gives back both texts of any diff, whatever its shape (edits in any order, empty texts)', () => {
    const op = fc.record({
      op: fc.constantFrom('equal' as const, 'insert' as const, 'delete' as const),
      text: fc.oneof(text, fc.string({ maxLength: 6 })),
    });
    const sense = senseOf('fr');
    fc.assert(
      fc.property(fc.array(op, { maxLength: 12 }), (ops) => {
        const out = semanticCleanup(ops, sense.meaningful);
        expect(sidesOf(out)).toEqual(sidesOf(ops));
        for (let i = 1; i < out.length; i++) expect(out[i]!.op).not.toBe(out[i - 1]!.op);
        // Each change is one deletion then one insertion.
        for (let i = 1; i < out.length; i++) expect(out[i - 1]!.op === 'insert' && out[i]!.op === 'delete').toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the word diff (aligned on meaningful words, then cleaned up)', () => {
  it('marks a rewording’s small changes apart', () => {
    expect(
      show(WORD_DIFF.diff('les pays organiseront une table ronde', 'les pays Benelux organiseront en novembre 2025 une table ronde', 'fr')),
    ).toBe('les pays {+Benelux +}organiseront {+en novembre 2025 +}une table ronde');
    expect(
      show(
        WORD_DIFF.diff(
          'Les trois pays échangent leurs bonnes pratiques sur le roaming national.',
          'Les trois pays échangeront leurs bonnes pratiques sur le roaming transfrontalier et la 5G.',
          'fr',
        ),
      ),
    ).toBe('Les trois pays [-échangent-]{+échangeront+} leurs bonnes pratiques sur le roaming [-national-]{+transfrontalier et la 5G+}.');
  });

  it('keeps the one content word two rewritten sentences share, where a token diff matches articles and spaces', () => {
    const a =
      'Autant que possible unifier le Benelux en tant que marché numérique pour les entreprises et se montrer attentif aux citoyens.';
    const b = 'En appliquant les règles de la même manière, plus de clarté sera apportée pour les citoyens et les entreprises.';
    // The token diff: a confetti of one-word edits around "les", "de", "et" and spaces.
    const tokens = TOKEN_DIFF.diff(a, b);
    expect(tokens.filter((o) => o.op === 'equal').length).toBeGreaterThan(5);
    expect(show(WORD_DIFF.diff(a, b, 'fr'))).toBe(
      '[-Autant que possible unifier le Benelux en tant que marché numérique pour les entreprises et se montrer attentif aux -]' +
        '{+En appliquant les règles de la même manière, plus de clarté sera apportée pour les +}citoyens{+ et les entreprises+}.',
    );
  });

  it('folds shared stop words between edits into them: each change reads as one deletion and one insertion', () => {
    expect(
      show(
        WORD_DIFF.diff('renforcer la coopération entre les administrations', 'développer la collaboration entre les administrations', 'fr'),
      ),
    ).toBe('[-renforcer la coopération-]{+développer la collaboration+} entre les administrations');
    // As diff-match-patch's rule: an equality no longer than the edits on both sides goes.
    expect(show(WORD_DIFF.diff('Le plan national de 2021 sera mis en œuvre.', 'Le plan régional de 2023 sera mis en œuvre.', 'fr'))).toBe(
      'Le plan [-national de 2021-]{+régional de 2023+} sera mis en œuvre.',
    );
  });

  it('shares a word written in two forms by its beginning, and an elided article apart', () => {
    expect(show(WORD_DIFF.diff('des solutions numériques durables', 'des solutions numérique durables', 'fr'))).toBe(
      'des solutions numérique[-s-] durables',
    );
    expect(show(WORD_DIFF.diff('favoriser l’innovation ouverte', "favoriser l'innovation ouverte", 'fr'))).toBe(
      "favoriser [-l’-]{+l'+}innovation ouverte",
    );
  });

  it('keeps numbers and acronyms as meaningful, whatever their length', () => {
    expect(show(WORD_DIFF.diff('Déployer la 5G dans toutes les zones rurales', 'Étudier la 5G pour les entreprises', 'fr'))).toBe(
      '[-Déployer-]{+Étudier+} la 5G [-dans toutes les zones rurales-]{+pour les entreprises+}',
    );
    expect(
      WORD_DIFF.diff("un plan national d'IA", 'le règlement sur l’IA', 'fr').some((o) => o.op === 'equal' && o.text.includes('IA')),
    ).toBe(true);
  });

  it('reads Dutch and English stop words in their own language', () => {
    // " van de " is folded in Dutch; in French "van" would be a word.
    expect(show(WORD_DIFF.diff('Wij steunen de uitrol van de glasvezel', 'Wij bestuderen de kosten van de 5G', 'nl'))).toBe(
      'Wij [-steunen de uitrol van de glasvezel-]{+bestuderen de kosten van de 5G+}',
    );
    expect(show(WORD_DIFF.diff('the share of households with broadband', 'the share of enterprises with broadband', 'en'))).toBe(
      'the share of [-households-]{+enterprises+} with broadband',
    );
  });

  it('gives two texts with no meaningful word in common as one replaced by the other', () => {
    expect(WORD_DIFF.diff('Les pays se concerteront.', 'Un comité sera créé.', 'fr')).toEqual([
      { op: 'delete', text: 'Les pays se concerteront' },
      { op: 'insert', text: 'Un comité sera créé' },
      { op: 'equal', text: '.' },
    ]);
  });

  it('every shared run between two edits says something, or is longer than an edit beside it', () => {
    const stop = /^[\s\p{P}]*(?:(?:les|la|de|des|et|pour|en|à|du|un|une|sur|le|pourra)[\s\p{P}]*)*$/iu;
    fc.assert(
      fc.property(text, text, (a, b) => {
        const ops = WORD_DIFF.diff(a, b, 'fr');
        for (let i = 1; i < ops.length - 1; i++) {
          const o = ops[i]!;
          if (o.op !== 'equal' || ops[i - 1]!.op === 'equal' || ops[i + 1]!.op === 'equal' || !stop.test(o.text)) continue;
          // An equality of stop words only survives beside an edit shorter than itself.
          const edits = (j: number, step: number): number => {
            let n = 0;
            for (let k = j; k >= 0 && k < ops.length && ops[k]!.op !== 'equal'; k += step) n = Math.max(n, ops[k]!.text.length);
            return n;
          };
          expect(Math.min(edits(i - 1, -1), edits(i + 1, 1))).toBeLessThan(o.text.length);
        }
      }),
      { numRuns: 300 },
    );
  });
});
