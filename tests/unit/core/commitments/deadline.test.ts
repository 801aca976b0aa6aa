import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../../src/core/commitments';

describe('deadline normalization', () => {
  const cases: readonly [string, 'fr' | 'nl' | 'en', string | undefined, string?][] = [
    ['Les pays Benelux organiseront en novembre 2025 une table ronde.', 'fr', '2025-11', 'en novembre 2025'],
    ['Dans la seconde moitié de 2025, les pratiques seront échangées.', 'fr', '2025-H2', 'Dans la seconde moitié de 2025'],
    ['au cours du premier semestre 2026', 'fr', '2026-H1'],
    ["connecter 500 000 foyers d'ici 2028", 'fr', '≤2028', "d'ici 2028"],
    ["devront se reconvertir d'ici à 2030", 'fr', '≤2030'],
    ["d'ici la fin de 2027", 'fr', '≤2027'],
    ['à l’horizon 2030', 'fr', '≤2030'],
    ['la Belgique met en place une plateforme à l’automne 2021', 'fr', '2021-H2'],
    ['au premier trimestre 2026', 'fr', '2026-Q1'],
    ['le 15 novembre 2025', 'fr', '2025-11-15'],
    ['au plus tard le 1er mars 2026', 'fr', '≤2026-03-01'],
    ['début 2022', 'fr', '2022-H1'],
    ['une campagne a lieu tout au long de 2021', 'fr', '2021'],
    ['in het najaar van 2021', 'nl', '2021-H2'],
    ['in de tweede helft van 2025', 'nl', '2025-H2'],
    ['tegen 2030', 'nl', '≤2030'],
    ['in november 2025', 'nl', '2025-11'],
    ['het derde kwartaal van 2025', 'nl', '2025-Q3'],
    ['by the end of 2030', 'en', '≤2030'],
    ['scheduled for early 2022', 'en', '2022-H1'],
    ['in the second half of 2025', 'en', '2025-H2'],
    ['in March 2026', 'en', '2026-03'],
    // names, ranges and the past are not deadlines
    ['le plan d’action 2021-2027', 'fr', undefined],
    ['l’application "Belgique Connectée 2030"', 'fr', undefined],
    ['la déclaration transmise en 2018', 'fr', undefined],
    ['de Regionale Beleidsverklaring 2019-2024', 'nl', undefined],
  ];
  for (const [text, lang, value, printed] of cases) {
    it(`${text} → ${value ?? 'none'}`, () => {
      const d = findDeadline(text, lang, 2021);
      expect(d?.value).toBe(value);
      if (printed) expect(d?.printed).toBe(printed);
      if (d) expect(text).toContain(d.printed);
    });
  }

  it('never returns a date before the document’s year, and its printed words are in the text', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2090 }),
        fc.integer({ min: 1990, max: 2090 }),
        fc.constantFrom('en', 'd’ici', 'dans la seconde moitié de'),
        (year, docYear, prep) => {
          const text = `Les pays agiront ${prep} ${year}.`;
          const d = findDeadline(text, 'fr', docYear);
          if (year < docYear) expect(d).toBeUndefined();
          else {
            expect(d).toBeDefined();
            expect(d!.value).toContain(String(year));
            expect(text).toContain(d!.printed);
          }
        },
      ),
    );
  });
});
