import { beforeAll, describe, expect, it } from 'vitest';
import { extractCommitments, voiceOf } from '../../../../src/core/commitments';
import type { Commitment } from '../../../../src/shared/commitments';
import { bundledDocuments, defaultMatcher, SOURCE } from './corpus';

describe('commitments of the bilingual 2021 answer', () => {
  let all: Commitment[];
  beforeAll(async () => {
    const doc = (await bundledDocuments()).get(SOURCE.answer)!;
    all = extractCommitments(doc, { matcher: defaultMatcher, defaultActor: voiceOf(doc.source) });
  });

  it('finds the Assembly’s eleven recommendations in each language, asked of the governments', () => {
    for (const lang of ['nl', 'fr'] as const) {
      const recs = all.filter((c) => c.lang === lang && c.kind === 'recommendation');
      expect(recs).toHaveLength(11);
      for (const r of recs) expect(r.actor).toBe('Benelux governments');
    }
  });

  it('links the Dutch and French twins through the alignment, both ways', () => {
    const byId = new Map(all.map((c) => [c.id, c]));
    const linked = all.filter((c) => c.translationOf);
    for (const c of linked) {
      const twin = byId.get(c.translationOf!)!;
      expect(twin.translationOf).toBe(c.id);
      expect(twin.lang).not.toBe(c.lang);
    }
    const nl = all.filter((c) => c.lang === 'nl');
    expect(nl.filter((c) => c.translationOf).length / nl.length).toBeGreaterThanOrEqual(0.85);
    const recs = all.filter((c) => c.kind === 'recommendation' && c.lang === 'nl');
    for (const r of recs) expect(byId.get(r.translationOf!)?.kind).toBe('recommendation');
  });

  it('reads the refusal, the examination and the continued exchange of the answer to recommendation 3', () => {
    const fr = all.filter((c) => c.lang === 'fr');
    expect(fr.find((c) => c.text.startsWith('Le Comité de Ministres Benelux ne voit pas'))?.kind).toBe('refusal');
    const exam = fr.find((c) => c.text.startsWith('Il est actuellement examiné si'))!;
    expect(exam.kind).toBe('examination');
    expect(exam.themes[0]).toBe('connectivity');
    expect(fr.find((c) => c.text.includes('il est utile de poursuivre'))?.kind).toBe('ongoing');
  });

  it('dates the Belgian platform to the autumn of 2021 and sees it as a pledge', () => {
    const platform = all.filter((c) => /Digital Skills and Jobs.{0,5} (?:platform|à l)/.test(c.text));
    expect(platform.map((c) => c.deadline?.value)).toEqual(['2021-H2', '2021-H2']);
    expect(platform.map((c) => c.kind)).toEqual(['pledge', 'pledge']);
  });
});
