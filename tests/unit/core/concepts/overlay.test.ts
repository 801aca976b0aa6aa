import { describe, expect, it } from 'vitest';
import { DEFAULT_CODEBOOK, THEME_IDS } from '../../../../src/core/concepts/codebook';
import { compileCodebook, rankConcepts } from '../../../../src/core/concepts/matcher';
import { applyCodebookEdit, applyOverlay, codebookView } from '../../../../src/core/concepts/overlay';
import { codebookEditSchema, codebookOverlaySchema, conceptDescription, EMPTY_CODEBOOK_OVERLAY } from '../../../../src/shared/codebook';
import { ApiError } from '../../../../src/shared/errors';

describe('codebook overlay', () => {
  it('leaves the default untouched without edits, and names its version', () => {
    const book = applyOverlay(DEFAULT_CODEBOOK, EMPTY_CODEBOOK_OVERLAY);
    expect(book).toEqual(DEFAULT_CODEBOOK);
    expect(book.concepts.filter((c) => c.theme).map((c) => c.id)).toEqual([...THEME_IDS]);
  });

  it('layers renames and terms; adding a term removed earlier brings it back; versions follow the edits', () => {
    let o = applyCodebookEdit(DEFAULT_CODEBOOK, EMPTY_CODEBOOK_OVERLAY, {
      op: 'remove-terms',
      id: 'connectivity',
      lang: 'fr',
      terms: ['Réseau'],
    });
    expect(applyOverlay(DEFAULT_CODEBOOK, o).concepts.find((c) => c.id === 'connectivity')!.terms.fr).not.toContain('réseau');
    const removedVersion = applyOverlay(DEFAULT_CODEBOOK, o).version;
    o = applyCodebookEdit(DEFAULT_CODEBOOK, o, { op: 'add-terms', id: 'connectivity', lang: 'fr', terms: ['réseau', '  câble  '] });
    const terms = applyOverlay(DEFAULT_CODEBOOK, o).concepts.find((c) => c.id === 'connectivity')!.terms.fr;
    expect(terms).toContain('réseau');
    expect(terms).toContain('câble');
    expect(applyOverlay(DEFAULT_CODEBOOK, o).version).not.toBe(removedVersion);
    expect(applyOverlay(DEFAULT_CODEBOOK, o).version.startsWith(DEFAULT_CODEBOOK.version)).toBe(true);
    expect(codebookView(DEFAULT_CODEBOOK, o).edited).toEqual(['connectivity']);
  });

  it('shows a theme’s description in the reader’s language until the user writes their own, which then stands in every language', () => {
    const before = DEFAULT_CODEBOOK.concepts.find((c) => c.id === 'e-invoicing')!;
    expect(conceptDescription(before, 'fr')).toMatch(/^Factures électroniques entre administrations/);
    expect(conceptDescription(before, 'nl')).toMatch(/^Elektronische facturen tussen overheden/);
    expect(conceptDescription(before, 'en')).toBe(before.description);
    const o = applyCodebookEdit(DEFAULT_CODEBOOK, EMPTY_CODEBOOK_OVERLAY, {
      op: 'describe',
      id: 'e-invoicing',
      description: 'Peppol et e-CMR',
    });
    const after = applyOverlay(DEFAULT_CODEBOOK, o).concepts.find((c) => c.id === 'e-invoicing')!;
    for (const lang of ['fr', 'nl', 'en'] as const) expect(conceptDescription(after, lang)).toBe('Peppol et e-CMR');
    // Other themes keep their translations.
    expect(
      conceptDescription(
        applyOverlay(DEFAULT_CODEBOOK, o).concepts.find((c) => c.id === 'connectivity')!,
        'nl',
      ),
    ).toMatch(/^Netwerken/);
  });

  it('finds a term the user added, stemmed and without accents', () => {
    const o = applyCodebookEdit(DEFAULT_CODEBOOK, EMPTY_CODEBOOK_OVERLAY, {
      op: 'add-terms',
      id: 'green-digital',
      lang: 'fr',
      terms: ['sobriété énergétique'],
    });
    const matcher = compileCodebook(applyOverlay(DEFAULT_CODEBOOK, o));
    expect(rankConcepts(matcher.match('Viser la Sobriete energetiques des centres de données.', 'fr'))[0]?.conceptId).toBe('green-digital');
  });

  it('adds and removes translation sets; removal by a term drops default and added sets; reset restores them', () => {
    const sets = (o: typeof EMPTY_CODEBOOK_OVERLAY) =>
      applyOverlay(DEFAULT_CODEBOOK, o).concepts.find((c) => c.id === 'connectivity')!.translations!;
    const fibre = (o: typeof EMPTY_CODEBOOK_OVERLAY) => sets(o).filter((s) => s.nl?.includes('glasvezel'));
    expect(fibre(EMPTY_CODEBOOK_OVERLAY)).toHaveLength(1);
    let o = applyCodebookEdit(DEFAULT_CODEBOOK, EMPTY_CODEBOOK_OVERLAY, {
      op: 'add-translation',
      id: 'connectivity',
      translation: { fr: ['  Câble Sous-Marin '], en: ['submarine cable'], nl: [] },
    });
    expect(sets(o).at(-1)).toEqual({ fr: ['câble sous-marin'], en: ['submarine cable'] });
    o = applyCodebookEdit(DEFAULT_CODEBOOK, o, { op: 'remove-translation', id: 'connectivity', lang: 'nl', term: 'Glasvezel' });
    expect(fibre(o)).toHaveLength(0);
    expect(sets(o).at(-1)).toEqual({ fr: ['câble sous-marin'], en: ['submarine cable'] });
    // Theme cues are untouched by translation edits.
    expect(applyOverlay(DEFAULT_CODEBOOK, o).concepts.find((c) => c.id === 'connectivity')!.terms).toEqual(
      DEFAULT_CODEBOOK.concepts.find((c) => c.id === 'connectivity')!.terms,
    );
    // A set the user adds again after removing its term stays (removal applies to what existed).
    o = applyCodebookEdit(DEFAULT_CODEBOOK, o, {
      op: 'add-translation',
      id: 'connectivity',
      translation: { nl: ['glasvezel'], fr: ['fibre'] },
    });
    expect(fibre(o)).toEqual([{ nl: ['glasvezel'], fr: ['fibre'] }]);
    o = applyCodebookEdit(DEFAULT_CODEBOOK, o, { op: 'remove-translation', id: 'connectivity', lang: 'en', term: 'submarine cable' });
    expect(sets(o).some((s) => s.en?.includes('submarine cable'))).toBe(false);
    expect(codebookOverlaySchema.safeParse(o).success).toBe(true);
    o = applyCodebookEdit(DEFAULT_CODEBOOK, o, { op: 'reset', id: 'connectivity' });
    expect(sets(o)).toEqual(sets(EMPTY_CODEBOOK_OVERLAY));
  });

  it('refuses a translation set of one term, and the removal of a set that does not exist, saying what to do', () => {
    const one = () =>
      applyCodebookEdit(DEFAULT_CODEBOOK, EMPTY_CODEBOOK_OVERLAY, {
        op: 'add-translation',
        id: 'connectivity',
        translation: { fr: ['câble', ' Câble '] },
      });
    expect(one).toThrow(ApiError);
    expect(one).toThrow(/at least two different terms/);
    expect(() =>
      applyCodebookEdit(DEFAULT_CODEBOOK, EMPTY_CODEBOOK_OVERLAY, {
        op: 'remove-translation',
        id: 'connectivity',
        lang: 'fr',
        term: 'zorglub',
      }),
    ).toThrow(/No translation set of "connectivity" has the fr term "zorglub"/);
    expect(() =>
      applyCodebookEdit(DEFAULT_CODEBOOK, EMPTY_CODEBOOK_OVERLAY, {
        op: 'add-translation',
        id: 'nope',
        translation: { fr: ['a'], nl: ['b'] },
      }),
    ).toThrow(/No concept "nope"/);
    // The contract refuses a set of fewer than two terms before it reaches the overlay.
    expect(codebookEditSchema.safeParse({ op: 'add-translation', id: 'connectivity', translation: { fr: ['câble'] } }).success).toBe(false);
    expect(
      codebookEditSchema.safeParse({ op: 'add-translation', id: 'connectivity', translation: { fr: ['câble'], de: ['Kabel'] } }).success,
    ).toBe(false);
  });

  it('a theme the user adds may carry translation sets', () => {
    const o = applyCodebookEdit(DEFAULT_CODEBOOK, EMPTY_CODEBOOK_OVERLAY, {
      op: 'add-theme',
      id: 'quantum',
      labels: { fr: 'Quantique', nl: 'Kwantum', en: 'Quantum' },
      terms: { fr: ['quantique'] },
      translations: [{ fr: ['informatique quantique'], nl: ['kwantumcomputing'], en: ['quantum computing'] }, { fr: ['seul'] }],
    });
    expect(applyOverlay(DEFAULT_CODEBOOK, o).concepts.at(-1)!.translations).toEqual([
      { fr: ['informatique quantique'], nl: ['kwantumcomputing'], en: ['quantum computing'] },
    ]);
  });
});
