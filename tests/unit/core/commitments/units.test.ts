import { describe, expect, it } from 'vitest';
import { classifyUnit, grammarFor, isTitleLike, runInTitleEnd, splitSentences, unitsOf } from '../../../../src/core/commitments';
import type { Block, BlockKind } from '../../../../src/shared/model';

let n = 0;
function block(kind: BlockKind, text: string, extra: Partial<Block> = {}): Block {
  n++;
  return { id: `s:${kind[0]}${n}`, sourceId: 's', kind, lang: 'fr', text, marks: [], origin: [{ start: 0, end: text.length }], ...extra };
}

const classify = (blocks: Block[]) =>
  unitsOf(blocks).map((u) => {
    const c = classifyUnit(u, grammarFor(u.lang));
    return { text: u.text, kind: c.commitment ? c.decisions.map((d) => d.kind).join('+') : null, labels: u.labels, parent: u.parent };
  });

describe('sentences', () => {
  it('cuts with Intl.Segmenter and repairs abbreviations', () => {
    const text = 'M. Dupont viendra. Les trois pays c.q. régions, etc. et ensuite la suite. Fin.';
    expect(splitSentences(text, 'fr').map((s) => text.slice(s.start, s.end))).toEqual([
      'M. Dupont viendra.',
      'Les trois pays c.q. régions, etc. et ensuite la suite.',
      'Fin.',
    ]);
  });

  it('finds a title run into its paragraph, and only one', () => {
    const g = grammarFor('fr');
    const t = 'Personne ne doit être laissé pour compte La numérisation offre des opportunités.';
    expect(t.slice(0, runInTitleEnd(t, g))).toBe('Personne ne doit être laissé pour compte');
    expect(runInTitleEnd('La Belgique, les Pays-Bas et le Luxembourg collaborent.', g)).toBe(0);
    expect(runInTitleEnd('Dans ce cadre, il y a une coopération.', g)).toBe(0);
  });

  it('tells titles from prose', () => {
    expect(isTitleLike('1.2. RENDRE ACCESSIBLE LE NUMÉRIQUE')).toBe(true);
    expect(isTitleLike('2.4.1 Renforcer la protection des citoyens')).toBe(true);
    expect(isTitleLike('La Belgique lancera le programme.')).toBe(false);
  });
});

describe('lead-ins and lists', () => {
  it('gives the items under "Nous voulons :" the proposal kind, labels included, until the next title', () => {
    const out = classify([
      block('paragraph', 'Nous voulons :'),
      block('paragraph', 'Le "Pass Numérique" : une initiative nationale pour tous.'),
      block('list-item', 'Accès universel :', { marker: '–' }),
      block('list-item', 'Points d’accès : création d’espaces publics équipés.', { marker: '+' }),
      block('paragraph', 'De plus :'),
      block('list-item', 'Créer une cellule de cybersécurité.', { marker: '-' }),
      block('heading', '2. RÉGIR AU LIEU DE RÉAGIR', { level: 2 }),
      block('list-item', 'Créer une autre cellule.', { marker: '-' }),
    ]);
    expect(out).toEqual([
      { text: 'Le "Pass Numérique" : une initiative nationale pour tous.', kind: 'proposal', labels: [], parent: undefined },
      { text: 'Points d’accès : création d’espaces publics équipés.', kind: 'proposal', labels: ['Accès universel'], parent: undefined },
      { text: 'Créer une cellule de cybersécurité.', kind: 'proposal', labels: [], parent: undefined },
      { text: 'Créer une autre cellule.', kind: null, labels: [], parent: undefined },
    ]);
  });

  it('reads the items under "Les enjeux … sont multiples :" as questions, and questions as questions', () => {
    const out = classify([
      block('paragraph', 'Nous voulons :'),
      block('paragraph', 'Les enjeux associés à la fracture numérique sont multiples :'),
      block('list-item', 'Protéger les données sensibles des citoyens.', { marker: '-' }),
      block('list-item', 'Accessibilité : Comment garantir un accès équitable ?', { marker: '-' }),
    ]);
    expect(out.map((o) => o.kind)).toEqual([null, null]);
  });

  it('makes a nested item part of its parent item', () => {
    const units = unitsOf([
      block('paragraph', 'De plus :'),
      block('list-item', 'Créer un guichet unique.', { marker: '-', depth: 0 }),
      block('list-item', 'Avec un profil par citoyen.', { marker: '-', depth: 1 }),
    ]);
    expect(units[1]!.parent).toBe(0);
  });

  it('reads the recommendations under the Assembly’s lead-in as recommendations, not the lists in the answers', () => {
    const out = classify([
      block('paragraph', 'Dans cette recommandation, votre Assemblée adresse les demandes suivantes aux gouvernements:'),
      block('heading', 'Établir une liste d’actions.', { marker: '–', level: 2 }),
      block('paragraph', 'Les chambres occupent un rôle de premier plan:'),
      block('list-item', 'Mise en œuvre simultanée d’un système;', { marker: '-' }),
      block('heading', 'D’examiner la possibilité de faciliter le commerce.', { marker: '–', level: 2 }),
    ]);
    expect(out.map((o) => o.kind)).toEqual(['recommendation', null, 'recommendation']);
  });

  it('lets a pledge lead-in ("engage la Belgique à") govern its list', () => {
    const out = classify([
      block('paragraph', 'Cette déclaration engage la Belgique à respecter 6 principes:'),
      block('list-item', 'Créer une image positive des femmes dans les TIC;', { marker: '-' }),
    ]);
    expect(out.map((o) => o.kind)).toEqual(['pledge']);
  });

  it('splits a sentence that holds two commitments into two clauses', () => {
    const [unit] = unitsOf([
      block(
        'paragraph',
        'Dans la seconde moitié de 2025, les pratiques existantes seront échangées et un positionnement commun sera élaboré.',
      ),
    ]);
    const c = classifyUnit(unit!, grammarFor('fr'));
    expect(c.commitment && c.decisions.map((d) => unit!.text.slice(d.start, d.end))).toEqual([
      'Dans la seconde moitié de 2025, les pratiques existantes seront échangées',
      'un positionnement commun sera élaboré.',
    ]);
  });

  it('keeps what a study says out, to the end of the quotation', () => {
    const out = classify([
      block(
        'paragraph',
        'Comme l’indique une étude, “selon Agoria, 310.000 personnes devront se reconvertir. Certaines personnes devront suivre un recyclage.”. Les approches seront favorisées.',
      ),
    ]);
    expect(out.map((o) => o.kind)).toEqual([null, null, 'pledge']);
  });
});

describe('sentence spans (property)', () => {
  it('are ordered, disjoint, trimmed and cover every non-space character', async () => {
    const fc = (await import('fast-check')).default;
    const piece = fc.constantFrom(
      'Le Benelux',
      'lancera',
      'M.',
      'Dupont',
      'etc.',
      'et',
      '2025.',
      'Oui !',
      'Non ?',
      'c.q.',
      'La',
      'fin.',
      '17,7 %',
      '(voir p. 3)',
      '“Bien.”',
      ';',
      'L’IA',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.constantFrom<'fr' | 'nl'>('fr', 'nl'), (words, lang) => {
        const text = words.join(' ');
        const spans = splitSentences(text, lang);
        let last = 0;
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
          expect(text.slice(last, s.start).trim()).toBe('');
          last = s.end;
        }
        expect(text.slice(last).trim()).toBe('');
      }),
      { numRuns: 300 },
    );
  });
});
