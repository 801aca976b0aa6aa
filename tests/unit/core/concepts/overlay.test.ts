import { describe, expect, it } from 'vitest';
import { DEFAULT_CODEBOOK, THEME_IDS } from '../../../../src/core/concepts/codebook';
import { compileCodebook, rankConcepts } from '../../../../src/core/concepts/matcher';
import { applyCodebookEdit, applyOverlay, codebookView } from '../../../../src/core/concepts/overlay';
import { EMPTY_CODEBOOK_OVERLAY } from '../../../../src/shared/codebook';

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
});
