import { describe, expect, it } from 'vitest';
import { marked, seedEngine, sourcesOf } from './helpers';

/**
 * The engine on the bundled corpus. Block counts change as ingestion improves, so these tests
 * name sources and words, never how many blocks there are.
 */
const { engine, input } = seedEngine();
const knownSources = input.files;
const search = (query: string, extra: object = {}) => engine.search({ query, limit: 10_000, ...extra }, { knownSources });

describe('search on the seeds', () => {
  it('"5G" is found in every source that has it: the 2021 answer (both sides), the Engagés plan, DESI', () => {
    const r = search('5G');
    expect(sourcesOf(r)).toEqual(['benelux-answer-2021', 'engages-digital-plan', 'desi-2021-belgium']);
    expect(r.hits.every((h) => h.matchedVia === 'direct' || h.matchedVia === 'alignment')).toBe(true);
    const answer = r.hits.filter((h) => h.sourceId === 'benelux-answer-2021' && h.matchedVia === 'direct');
    expect(new Set(answer.map((h) => h.lang))).toEqual(new Set(['nl', 'fr']));
    for (const h of r.hits.filter((x) => x.matchedVia === 'direct')) expect(marked(h).map((m) => m.toLowerCase())).toContain('5g');
    // The 2025 meeting report (001) does not mention 5G.
    expect(r.groups.find((g) => g.sourceId === 'benelux-dg-meeting-2025')).toBeUndefined();
  });

  it('"identité numérique" finds the 2025 meeting report (001), the Engagés plan and the 2021 answer', () => {
    const r = search('identité numérique');
    const meeting = r.hits.filter((h) => h.sourceId === 'benelux-dg-meeting-2025');
    expect(meeting.length).toBeGreaterThan(0);
    expect(meeting[0]!.matchedVia).toBe('direct');
    expect(marked(meeting[0]!)).toEqual(expect.arrayContaining(['identité', 'numérique']));
    expect(sourcesOf(r)).toEqual(expect.arrayContaining(['benelux-answer-2021', 'engages-digital-plan']));
    // Through the glossary, the Dutch side of the answer ("elektronische identiteit", "eIDAS").
    expect(r.hits.some((h) => h.lang === 'nl' && h.matchedVia !== 'direct')).toBe(true);
  });

  it('"digitale vaardigheden" finds the Dutch text, the French side by alignment, French and English by the glossary', () => {
    const r = search('digitale vaardigheden');
    const direct = r.hits.filter((h) => h.matchedVia === 'direct');
    expect(direct.length).toBeGreaterThan(5);
    expect(direct.every((h) => h.sourceId === 'benelux-answer-2021' && h.lang === 'nl')).toBe(true);
    const aligned = r.hits.filter((h) => h.matchedVia === 'alignment');
    const matchedIds = new Set(r.hits.filter((h) => h.matchedVia !== 'alignment').map((h) => h.blockId));
    for (const h of aligned) expect(matchedIds.has(h.alignedWith!)).toBe(true);
    // The French side of Dutch blocks that say "digitale vaardigheden".
    const directIds = new Set(direct.map((d) => d.blockId));
    expect(aligned.filter((h) => h.lang === 'fr' && directIds.has(h.alignedWith!)).length).toBeGreaterThan(0);
    const glossary = r.hits.filter((h) => h.matchedVia === 'glossary');
    // French and English translations, and the Dutch synonym "digitale competenties".
    expect(new Set(glossary.map((h) => h.lang))).toEqual(new Set(['fr', 'en', 'nl']));
    expect(glossary.filter((h) => h.lang === 'nl').every((h) => marked(h).some((m) => /digitale competenties/i.test(m)))).toBe(true);
    expect(glossary.some((h) => marked(h).some((m) => /compétences numériques/i.test(m)))).toBe(true);
    expect(glossary.some((h) => h.sourceId === 'desi-2021-belgium' && marked(h).some((m) => /digital skills/i.test(m)))).toBe(true);
    // Direct hits rank above the others.
    expect(r.hits[0]!.matchedVia).toBe('direct');
    // Without expansion, only the Dutch text.
    const plain = search('digitale vaardigheden', { expand: false });
    expect(plain.hits.every((h) => h.matchedVia === 'direct' && h.lang === 'nl')).toBe(true);
    expect(plain.total).toBe(direct.length);
  });

  it('"digitale identiteit" finds "identité numérique" (the glossary)', () => {
    const r = search('digitale identiteit');
    // What the words typed found comes first, the glossary's hits after.
    const vias = r.hits.map((h) => h.matchedVia);
    expect(vias[0]).toBe('direct');
    expect(vias.lastIndexOf('direct')).toBeLessThan(vias.indexOf('glossary'));
    const fr = r.hits.filter((h) => h.lang === 'fr' && h.matchedVia === 'glossary');
    expect(fr.some((h) => h.sourceId === 'benelux-dg-meeting-2025' && marked(h).some((m) => /identité numérique/.test(m)))).toBe(true);
  });

  it('"kmo" finds its translations (PME, SMEs, mkb), not the theme\'s other cues ("entreprises", "innovation")', () => {
    const r = search('kmo');
    const glossary = r.hits.filter((h) => h.matchedVia === 'glossary');
    expect(glossary.length).toBeGreaterThan(0);
    const marks = glossary.flatMap((h) => marked(h).map((m) => m.toLowerCase()));
    expect(marks).toEqual(expect.arrayContaining(['pme', 'smes', 'mkb']));
    for (const m of marks)
      expect(m).toMatch(
        /^(pmes?|smes?|mkb|kmo|petites et moyennes entreprises|small and medium-sized enterprises|kleine en middelgrote ondernemingen)$/,
      );
    expect(new Set(glossary.map((h) => h.glossary?.conceptId))).toEqual(new Set(['innovation-smes']));
    expect(sourcesOf(r)).toEqual(expect.arrayContaining(['benelux-answer-2021', 'engages-digital-plan', 'desi-2021-belgium']));
    // The theme cues "entreprises" and "innovation" used to bring in some 200 blocks.
    expect(r.total).toBeLessThan(60);
  });

  it('"glasvezel" (absent from the seeds) finds "fibre optique" and DESI\'s "fibre" through the glossary', () => {
    const r = search('glasvezel');
    expect(r.hits.length).toBeGreaterThan(0);
    expect(r.hits.every((h) => h.matchedVia === 'glossary' && h.glossary?.conceptId === 'connectivity')).toBe(true);
    expect(r.hits.some((h) => h.lang === 'fr' && marked(h).some((m) => /fibre optique/i.test(m)))).toBe(true);
    expect(r.hits.some((h) => h.sourceId === 'desi-2021-belgium' && marked(h).some((m) => /fibre/i.test(m)))).toBe(true);
  });

  it('"numerique" without accent finds "numérique" in every French source', () => {
    const r = search('numerique');
    expect(sourcesOf(r)).toEqual(
      expect.arrayContaining([
        'benelux-answer-2021',
        'benelux-dg-meeting-2025',
        'engages-digital-plan',
        'benelux-work-programme-2021-2024',
      ]),
    );
    expect(r.hits.slice(0, 20).every((h) => marked(h).some((m) => /num[ée]rique/i.test(m)))).toBe(true);
  });

  it('"table ronde" in quotes finds exactly the round table of the 2025 meeting (001)', () => {
    const r = search('"table ronde"');
    expect(r.total).toBe(1);
    expect(r.hits[0]).toMatchObject({ sourceId: 'benelux-dg-meeting-2025', matchedVia: 'direct' });
    expect(marked(r.hits[0]!)).toEqual(['table ronde']);
    expect(r.hits[0]!.snippet.text).toContain('table ronde');
  });

  it('-word excludes, word* expands, source: and lang: filter', () => {
    const all = search('fibre', { expand: false });
    const without5g = search('fibre -5g', { expand: false });
    expect(without5g.total).toBeGreaterThan(0);
    expect(without5g.total).toBeLessThan(all.total);
    for (const h of without5g.hits) expect(h.text.toLowerCase()).not.toContain('5g');

    const prefix = search('numériq*', { expand: false });
    expect(prefix.total).toBeGreaterThanOrEqual(search('numérique', { expand: false }).total);

    const desi = search('5g source:desi');
    expect(sourcesOf(desi)).toEqual(['desi-2021-belgium']);
    const byFile = search('5g source:004');
    expect(byFile.total).toBe(desi.total);
    const nl = search('5g lang:nl');
    expect(nl.hits.every((h) => h.lang === 'nl')).toBe(true);
    expect(nl.total).toBeGreaterThan(0);
  });

  it('compétence/compétences, vaardigheid/vaardigheden, invoice/invoices match each other', () => {
    const same = (a: string, b: string) => {
      const x = search(a, { expand: false });
      expect(x.total, a).toBeGreaterThan(0);
      expect(search(b, { expand: false }).hits.map((h) => h.blockId)).toEqual(x.hits.map((h) => h.blockId));
    };
    same('compétence', 'compétences');
    same('vaardigheid', 'vaardigheden');
    same('invoice', 'invoices');
  });
});
