import os from 'node:os';
import { mkdtempSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledCorpusDir } from '../../../../src/host/locations';
import { createReaderHost } from '../../../../src/host/reader-host';
import {
  commitmentsOfPassage,
  linkedCandidates,
  linkedCommitmentScorer,
  linkScore,
} from '../../../../src/renderer/src/related/linked-commitments';
import { findRelated, type Passage, type RelatedScorer } from '../../../../src/renderer/src/related/related-passages';
import type { LinkRelation } from '../../../../src/shared/commitments';
import { A, comparison, M, P } from '../compare/fixture';

const label = (r: LinkRelation): string => r;
const passageOf = (blockId: string, extra: Partial<Passage> = {}): Passage => ({ sourceId: A, blockId, lang: 'fr', text: '', ...extra });

describe('the linked-commitment scorer', () => {
  it('leads from a passage holding a commitment to the commitments linked with it, the relation as the reason', () => {
    const cmp = comparison();
    const a2 = cmp.commitments.find((c) => c.id === 'a2')!;
    const found = linkedCandidates(passageOf(a2.blockId), [M, P], cmp, label);
    expect(found).toEqual([
      {
        sourceId: M,
        blockId: `${M}:b-m1`,
        score: linkScore({ origin: 'auto', similarity: 0.3 }),
        reasons: [{ kind: 'commitment', commitmentId: 'm1', label: 'continues' }],
      },
    ]);
    // Only the sources the panes show.
    expect(linkedCandidates(passageOf(a2.blockId), [P], cmp, label)).toEqual([]);
    // A passage without a commitment leads nowhere.
    expect(linkedCandidates(passageOf('elsewhere'), [M, P], cmp, label)).toEqual([]);
  });

  it('goes through the translation twin: the Dutch side of the 2021 answer finds the links of its French twin', () => {
    const cmp = comparison();
    const nl = cmp.commitments.find((c) => c.id === 'a2nl')!;
    const found = linkedCandidates(passageOf(nl.blockId, { lang: 'nl' }), [M], cmp, label);
    expect(found.map((c) => c.blockId)).toEqual([`${M}:b-m1`]);
  });

  it('counts a confirmed link in full, and puts the clicked link’s other end first', () => {
    const cmp = comparison();
    expect(linkScore({ origin: 'confirmed', similarity: 0.2 })).toBe(1);
    expect(linkScore({ origin: 'auto', similarity: 0.2 })).toBeCloseTo(0.76);
    const m1 = cmp.commitments.find((c) => c.id === 'm1')!;
    const plain = linkedCandidates({ ...passageOf(m1.blockId), sourceId: M }, [A, P], cmp, label);
    expect(plain.find((c) => c.sourceId === P)).toMatchObject({ score: 1, reasons: [{ label: 'weakens' }] });
    const preferring = linkedCandidates({ ...passageOf(m1.blockId), sourceId: M }, [A, P], cmp, label, new Set(['a2']));
    expect(preferring.find((c) => c.sourceId === A)!.score).toBe(1);
    expect(preferring.find((c) => c.sourceId === P)!.score).toBe(0.5);
  });

  it('narrows a selection within a block to the commitments it overlaps', () => {
    const base = comparison();
    const blockId = 'shared-block';
    const commitments = base.commitments.map((c) =>
      c.id === 'a1'
        ? { ...c, blockId, text: 'Les pays organiseront une table ronde sur l’inclusion.' }
        : c.id === 'a2'
          ? { ...c, blockId, text: 'Un cadre pour la facturation électronique sera élaboré.' }
          : c,
    );
    const selected = commitmentsOfPassage(passageOf(blockId, { text: 'une table ronde sur l’inclusion' }), commitments);
    expect(selected.map((c) => c.id)).toEqual(['a1']);
    expect(
      commitmentsOfPassage(passageOf(blockId, { text: 'table ronde sur l’inclusion. Un cadre pour la' }), commitments).map((c) => c.id),
    ).toEqual(['a1', 'a2']);
  });

  it('outweighs shared terms when merged with the other scorers', async () => {
    const cmp = comparison();
    const a2 = cmp.commitments.find((c) => c.id === 'a2')!;
    const terms: RelatedScorer = {
      id: 'terms',
      weight: 1,
      find: () => Promise.resolve([{ sourceId: M, blockId: 'other', score: 1, reasons: [{ kind: 'terms', terms: ['identité'] }] }]),
    };
    const scorer = linkedCommitmentScorer({ comparison: () => Promise.resolve(cmp), relationLabel: label });
    const r = await findRelated({ passage: passageOf(a2.blockId), targets: [M] }, [terms, scorer]);
    expect(r.bySource.get(M)![0]!.blockId).toBe(`${M}:b-m1`);
    // Without a comparison it proposes nothing, and never fails the others.
    const none = linkedCommitmentScorer({ comparison: () => Promise.resolve(undefined), relationLabel: label });
    expect(await none.find({ passage: passageOf(a2.blockId), targets: [M] })).toEqual([]);
  });

  it('on the real corpus: the 2021 answer’s business digital identity (Dutch side) leads to the 2025 meeting’s business identity card', async () => {
    const api = createReaderHost({
      corpusDir: bundledCorpusDir(),
      dataDir: mkdtempSync(path.join(os.tmpdir(), 'synopsis-linked-')),
      version: 'test',
    });
    const cmp = await api.compare({ sources: ['benelux-answer-2021', 'benelux-dg-meeting-2025', 'engages-digital-plan'] });
    const nl = cmp.commitments.find((c) => c.lang === 'nl' && c.text.includes('digitale bedrijfsidentiteit'))!;
    expect(nl.themes).toContain('digital-identity');
    const found = linkedCandidates(
      { sourceId: 'benelux-answer-2021', blockId: nl.blockId, lang: 'nl', text: nl.text },
      ['benelux-dg-meeting-2025'],
      cmp,
      label,
    );
    const meeting = await api.getDocument({ sourceId: 'benelux-dg-meeting-2025' });
    const best = [...found].sort((a, b) => b.score - a.score)[0]!;
    expect(meeting.blocks.find((b) => b.id === best.blockId)!.text).toMatch(
      /^Une attention particulière est portée à l’initiative européenne d’une carte d’identité numérique pour les entreprises/,
    );
    expect(best.reasons[0]).toMatchObject({ kind: 'commitment' });
  });
});
