import { describe, expect, it } from 'vitest';
import {
  acceptAnchor,
  anchorAnnotation,
  anchorPassage,
  MIN_ANCHOR_SCORE,
  newAnnotation,
  passageTargetAt,
  reattach,
} from '../../../../src/core/annotations';
import { ApiError } from '../../../../src/shared/errors';
import { docOf } from './helpers';

const P1 = 'La Belgique, les Pays-Bas et le Luxembourg collaborent pour un avenir numérique meilleur et plus accessible.';
const P2 = 'Le groupe de travail sur l’IA va explorer comment l’intelligence artificielle peut servir les citoyens.';
const P3 = 'Les pays Benelux organiseront en novembre 2025 une table ronde sur l’inclusion numérique.';
const now = new Date('2026-01-01T00:00:00Z');

function targetOn(texts: string[], block: number, quote: string, occurrence = 0) {
  const doc = docOf(texts);
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = texts[block]!.indexOf(quote, at + 1);
  return passageTargetAt(doc, doc.blocks[block]!.id, at, at + quote.length);
}

describe('passageTargetAt', () => {
  it('keeps the quote with about 32 characters of context and the hash and version of the text', () => {
    const t = targetOn([P1, P2], 0, 'avenir numérique');
    expect(t.selector[0]).toEqual({
      type: 'TextQuoteSelector',
      exact: 'avenir numérique',
      prefix: 'Pays-Bas et le Luxembourg collaborent pour un '.slice(-32),
      suffix: ' meilleur et plus accessible.',
    });
    expect(t.selector[0].prefix).toHaveLength(32);
    expect(t).toMatchObject({ kind: 'passage', source: 'src', sourceSha256: 'a'.repeat(64), ingestVersion: 1, blockIndex: 0 });
  });

  it('refuses empty or out-of-range selections and unknown blocks with a message', () => {
    const doc = docOf([P1]);
    expect(() => passageTargetAt(doc, doc.blocks[0]!.id, 5, 5)).toThrow(/not a non-empty range/);
    expect(() => passageTargetAt(doc, doc.blocks[0]!.id, 0, 10_000)).toThrow(ApiError);
    expect(() => passageTargetAt(doc, 'src:nope', 0, 1)).toThrow(/No block "src:nope"/);
  });
});

describe('anchorPassage', () => {
  it('is anchored when the block and the text at the position are unchanged', () => {
    const t = targetOn([P1, P2, P3], 1, 'intelligence artificielle');
    const doc = docOf([P1, P2, P3]);
    expect(anchorPassage(t, doc)).toEqual({
      kind: 'anchored',
      blockId: doc.blocks[1]!.id,
      start: t.selector[1].start,
      end: t.selector[1].end,
    });
  });

  it('stays anchored when other blocks are added, removed or edited', () => {
    const t = targetOn([P1, P2, P3], 1, 'intelligence artificielle');
    const doc = docOf(['Un nouveau titre', P2, P3.replace('2025', '2026')]);
    expect(anchorPassage(t, doc).kind).toBe('anchored');
  });

  it('is moved when its block was edited elsewhere, at the new position', () => {
    const t = targetOn([P1, P2, P3], 1, 'intelligence artificielle');
    const edited = 'Nouveau : ' + P2;
    const doc = docOf([P1, edited, P3]);
    const anchor = anchorPassage(t, doc);
    expect(anchor).toMatchObject({ kind: 'moved', blockId: doc.blocks[1]!.id, start: edited.indexOf('intelligence artificielle') });
    if (anchor.kind === 'moved') expect(anchor.score).toBeGreaterThanOrEqual(MIN_ANCHOR_SCORE);
  });

  it('among repeats of the quote, takes the one whose context agrees, then the nearest', () => {
    const twice = 'numérique';
    const a = 'Le plan numérique du gouvernement fédéral sera publié au printemps.';
    const b = 'La stratégie numérique des régions reste à écrire pour la Wallonie.';
    const t = targetOn([a, b], 1, twice);
    // Both blocks edited (ids change); the context of the second still agrees.
    const doc = docOf(['Edit. ' + a, 'Edit. ' + b]);
    expect(anchorPassage(t, doc)).toMatchObject({ kind: 'moved', blockId: doc.blocks[1]!.id });

    // Same context on both sides: the nearest to the old position wins.
    const same = 'voir le numérique ici. voir le numérique ici. voir le numérique ici.';
    const t2 = targetOn([same], 0, 'numérique', 2);
    const moved = anchorPassage(t2, docOf(['X ' + same]));
    expect(moved).toMatchObject({ kind: 'moved', start: 2 + same.lastIndexOf('numérique') });
  });

  it('is changed when the quote itself was lightly edited, with the old and new text', () => {
    const t = targetOn([P1, P2, P3], 2, 'une table ronde sur l’inclusion numérique');
    const doc = docOf([P1, P2, P3.replace('table ronde', 'table-ronde')]);
    const anchor = anchorPassage(t, doc);
    expect(anchor).toMatchObject({
      kind: 'changed',
      blockId: doc.blocks[2]!.id,
      oldText: 'une table ronde sur l’inclusion numérique',
      newText: 'une table-ronde sur l’inclusion numérique',
    });
  });

  it('is orphaned, with a reason, when the passage is gone; never attached to unrelated text', () => {
    const t = targetOn([P1, P2, P3], 2, 'une table ronde sur l’inclusion numérique');
    const anchor = anchorPassage(t, docOf([P1, P2, 'Texte entièrement réécrit sans rapport aucun avec le précédent.']));
    expect(anchor.kind).toBe('orphaned');
    if (anchor.kind === 'orphaned') expect(anchor.reason).toMatch(/not found/);
    expect(anchorPassage(t, undefined)).toMatchObject({ kind: 'orphaned', reason: expect.stringMatching(/not in the open corpus/) });
  });

  it('searches short quotes exactly only', () => {
    const t = targetOn(['Le mot IA apparaît ici.'], 0, 'IA');
    expect(anchorPassage(t, docOf(['Le mot AI apparaît ici.'])).kind).toBe('orphaned');
  });

  it('leaves commitment and link targets to their own modules', () => {
    const a = newAnnotation('urn:uuid:1', { kind: 'commitment', source: 's', commitmentId: 'c1' }, {}, now);
    expect(anchorAnnotation(a, () => undefined).kind).toBe('unchecked');
  });
});

describe('reattach and acceptAnchor', () => {
  it('re-attaches an orphan by hand to a passage of the current text', () => {
    const t = targetOn([P1, P2, P3], 2, 'une table ronde');
    const a = newAnnotation('urn:uuid:1', t, { note: 'à suivre' }, now);
    const doc = docOf([P1, P2, 'Une conférence sur l’inclusion aura lieu.']);
    expect(anchorAnnotation(a, () => doc).kind).toBe('orphaned');
    const fixed = reattach(a, doc.blocks[2]!.id, 4, 14, doc, new Date('2026-01-02T00:00:00Z'));
    expect(fixed.body.note).toBe('à suivre');
    expect(fixed.id).toBe(a.id);
    expect(anchorAnnotation(fixed, () => doc)).toMatchObject({ kind: 'anchored', blockId: doc.blocks[2]!.id, start: 4, end: 14 });
    expect(fixed.modified > a.modified).toBe(true);
  });

  it('accepts a changed anchoring as the new target', () => {
    const t = targetOn([P1, P2, P3], 2, 'une table ronde sur l’inclusion numérique');
    const a = newAnnotation('urn:uuid:1', t, {}, now);
    const doc = docOf([P1, P2, P3.replace('table ronde', 'table-ronde')]);
    const anchor = anchorAnnotation(a, () => doc);
    const accepted = acceptAnchor(a, anchor, doc, now);
    expect(anchorAnnotation(accepted, () => doc).kind).toBe('anchored');
    expect(accepted.target.kind === 'passage' && accepted.target.selector[0].exact).toBe('une table-ronde sur l’inclusion numérique');
    expect(() => acceptAnchor(a, { kind: 'orphaned', reason: 'x' }, doc, now)).toThrow(/Re-attach it by hand/);
  });
});
