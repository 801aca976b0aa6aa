import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../../../src/core/ingest';
import { segmentBilingual } from '../../../../../src/core/ingest/bilingual';

const seeds = path.resolve('seeds');
const read = (file: string): string => readFileSync(path.join(seeds, file), 'utf8');
const answer = read('000_fd0fc3ddeb706b51.txt');
const doc = ingestText('benelux-answer-2021', answer);
const byId = new Map(doc.blocks.map((b) => [b.id, b]));

describe('the bilingual 2021 answer', () => {
  it('is recognized and split into a Dutch and a French stream', () => {
    expect(doc.alignment?.languages).toEqual(['nl', 'fr']);
    const nl = doc.blocks.filter((b) => b.stream === 'nl');
    const fr = doc.blocks.filter((b) => b.stream === 'fr');
    expect(nl.length).toBe(94);
    expect(fr.length).toBe(93);
    for (const b of doc.blocks) expect(b.lang).toBe(b.stream);
  });

  it('pairs every Dutch block with French and the reverse, 93 groups checked by reading', () => {
    const pairs = doc.alignment!.pairs;
    expect(pairs).toHaveLength(93);
    const seen = new Map<string, number>();
    for (const p of pairs) {
      expect(p.nl!.length, JSON.stringify(p)).toBeGreaterThan(0);
      expect(p.fr!.length, JSON.stringify(p)).toBeGreaterThan(0);
      for (const id of [...p.nl!, ...p.fr!]) seen.set(id, (seen.get(id) ?? 0) + 1);
    }
    expect(seen.size).toBe(doc.blocks.length);
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
    // The one place where French keeps as one paragraph what Dutch splits in two.
    const multi = pairs.filter((p) => p.nl!.length + p.fr!.length > 2);
    expect(multi).toHaveLength(1);
    expect(byId.get(multi[0]!.nl![1]!)!.text).toMatch(/^Ook ondersteunen de Startup Liaison Officers/);
  });

  const pairOf = (needle: RegExp) => {
    const block = doc.blocks.find((b) => needle.test(b.text))!;
    const pair = doc.alignment!.pairs.find((p) => p.nl!.includes(block.id) || p.fr!.includes(block.id))!;
    return { nl: pair.nl!.map((id) => byId.get(id)!.text).join(' '), fr: pair.fr!.map((id) => byId.get(id)!.text).join(' ') };
  };

  it('re-joins the paragraph a page break cut and pairs it with its translation', () => {
    const cut = doc.blocks.find((b) =>
      b.text.includes('Voor 29 voorstellen is inmiddels via de gewone wetgevingsprocedure een akkoord bereikt.'),
    );
    expect(cut).toBeDefined();
    expect(cut!.origin.length).toBe(2);
    expect(pairOf(/Voor 29 voorstellen/).fr).toMatch(/Un accord a entre-temps été trouvé pour 29 propositions/);
  });

  it('pairs known translations', () => {
    expect(pairOf(/^Slechts 17,7 %/).fr).toMatch(/^Seuls 17,7 %/);
    expect(pairOf(/^Lijn 4 - Delen/).fr).toMatch(/^Axe 4 - Partager/);
    expect(pairOf(/^Docking industriel/).nl).toMatch(/^Industrial docking/);
    expect(pairOf(/^Een plan te maken voor samenwerking op het gebied van artificiële/).fr).toMatch(/^D'élaborer un plan/);
    expect(pairOf(/^19 juin 2021$/).fr).toBe('19 juni 2020');
    expect(pairOf(/^ANTWOORD/).fr).toMatch(/^RÉPONSE — du Comité de Ministres Benelux/);
  });

  it('makes the Assembly recommendations headings of the answers that follow them', () => {
    for (const lang of ['nl', 'fr'] as const) {
      const headings = doc.blocks.filter((b) => b.stream === lang && b.kind === 'heading');
      expect(headings.filter((h) => h.level === 2 && h.marker).length).toBe(5);
      expect(headings.filter((h) => h.level === 3).map((h) => h.marker)).toEqual(['1.', '2.', '3.', '4.', '5.', '6.']);
      expect(headings.filter((h) => h.level === 1)).toHaveLength(1);
    }
    for (const b of doc.blocks) expect(b.text).not.toMatch(/\*\*/);
  });

  it('leaves no block starting with the lower-case continuation of a cut paragraph', () => {
    for (const b of doc.blocks) if (b.kind !== 'metadata') expect(b.text, b.text.slice(0, 60)).toMatch(/^[^\p{Ll}]/u);
  });

  it('covers every non-space character of the file exactly once, separators aside', () => {
    const owner = new Array<number>(answer.length).fill(0);
    for (const b of doc.blocks) for (const r of b.origin) for (let i = r.start; i < r.end; i++) owner[i]!++;
    const separators = new Set<number>();
    for (const m of answer.matchAll(/^-{3,}\s*$/gm)) for (let i = m.index!; i < m.index! + m[0].length; i++) separators.add(i);
    for (let i = 0; i < answer.length; i++) {
      if (/\s/.test(answer[i]!) || separators.has(i)) continue;
      expect(owner[i], `char ${i} ${JSON.stringify(answer.slice(i, i + 20))}`).toBe(1);
    }
  });

  it('gives the same blocks, ids and pairs every time', () => {
    expect(ingestText('benelux-answer-2021', answer)).toEqual(doc);
  });

  it('does not take the other sources for bilingual ones', () => {
    for (const f of ['001_aec3841ec0ea2de1.txt', '002_7f76d4edf5b7c3e8.txt', '003_79442407aceeb27f.txt', '004_8fb8aae5865e09b1.txt']) {
      expect(segmentBilingual(read(f)), f).toBeUndefined();
    }
    expect(segmentBilingual('Une seule phrase en français.')).toBeUndefined();
  });
});

// Real sentence pairs from the answer, used to build synthetic interleaved documents.
const PAIRS: readonly [string, string][] = [
  [
    'Het Benelux Comité van Ministers heeft met belangstelling kennisgenomen van de aanbeveling van uw Assemblee over de digitale samenwerking tussen de drie landen en de verdere stappen die daarvoor nodig zijn.',
    'Le Comité de Ministres Benelux a pris connaissance avec intérêt de la recommandation de votre Assemblée sur la coopération numérique entre les trois pays et les prochaines étapes nécessaires à cette fin.',
  ],
  [
    'In een Benelux-werkgroep wordt informatie uitgewisseld over de stand van de voortgang van de technologie en het is de bedoeling om deze uitwisseling in de komende jaren voort te zetten met alle partners.',
    'Au sein d’un groupe de travail Benelux, des informations sont échangées sur l’état d’avancement de la technologie et il est prévu de poursuivre cet échange dans les années à venir avec tous les partenaires.',
  ],
  [
    'Luxemburg heeft ook een zeer actieve coalitie voor digitale vaardigheden en banen, waarin de overheid, het bedrijfsleven en het onderwijs samenwerken om de vaardigheden van de bevolking te verbeteren.',
    'Le Luxembourg dispose aussi d’une coalition très active pour les compétences et les emplois numériques, dans laquelle les pouvoirs publics, les entreprises et l’enseignement coopèrent pour améliorer les compétences de la population.',
  ],
  [
    'Er is een goede onderlinge samenwerking tussen de Kamers van Koophandel en regelmatig wordt informatie uitgewisseld over de digitalisering van hun diensten voor de ondernemingen in de regio.',
    'Il existe une bonne coopération mutuelle entre les chambres de commerce et des informations sont régulièrement échangées sur la numérisation de leurs services pour les entreprises de la région.',
  ],
  [
    'Het Benelux Secretariaat-Generaal heeft het afgelopen jaar gewerkt aan de ontwikkeling van een virtueel informatiepunt voor de detailhandel dat binnenkort voor het publiek beschikbaar wordt gesteld.',
    'L’année dernière, le Secrétariat général Benelux a travaillé au développement d’un point d’information virtuel pour le commerce de détail qui sera bientôt mis à la disposition du public.',
  ],
  [
    'Belangrijk hier is het ontwikkelen van een gemeenschappelijk juridisch kader voor de elektronische handel, zodat ondernemingen en consumenten aan beide zijden van de grens dezelfde regels kennen.',
    'Le plus important ici est l’élaboration d’un cadre juridique commun pour le commerce électronique, afin que les entreprises et les consommateurs des deux côtés de la frontière connaissent les mêmes règles.',
  ],
];

describe('bilingual splitting on synthetic interleaved documents', () => {
  it('re-joins paragraphs cut across pages and aligns them', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...PAIRS.keys()], { minLength: 6, maxLength: 6 }),
        fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
        (order, cuts) => {
          // Pages of two paragraphs; a cut splits the page's last paragraph onto the next page.
          const nlPages: string[][] = [];
          const frPages: string[][] = [];
          let carryNl = '';
          let carryFr = '';
          for (let p = 0; p < 3; p++) {
            const nl: string[] = [];
            const fr: string[] = [];
            if (carryNl) nl.push(carryNl);
            if (carryFr) fr.push(carryFr);
            carryNl = carryFr = '';
            for (let k = 0; k < 2; k++) {
              const [n, f] = PAIRS[order[p * 2 + k]!]!;
              const cut = cuts[p * 2 + k]! && k === 1 && p < 2;
              if (cut) {
                const nw = n.split(' ');
                const fw = f.split(' ');
                nl.push(nw.slice(0, 8).join(' '));
                fr.push(fw.slice(0, 8).join(' '));
                carryNl = nw.slice(8).join(' ');
                carryFr = fw.slice(8).join(' ');
              } else {
                nl.push(n);
                fr.push(f);
              }
            }
            nlPages.push(nl);
            frPages.push(fr);
          }
          const text = nlPages.map((nl, p) => [...nl, ...frPages[p]!].join('\n\n')).join('\n\n');
          const seg = segmentBilingual(text);
          expect(seg).toBeDefined();
          const nlBlocks = seg!.drafts.filter((d) => d.stream === 'nl');
          expect(nlBlocks.map((d) => d.raw)).toEqual(order.map((i) => PAIRS[i]![0]));
          expect(seg!.pairs).toHaveLength(6);
          for (const pair of seg!.pairs) {
            const nl = pair.nl!.map((i) => seg!.drafts[i]!.raw).join(' ');
            const fr = pair.fr!.map((i) => seg!.drafts[i]!.raw).join(' ');
            expect(PAIRS.find(([n]) => n === nl)?.[1]).toBe(fr);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
