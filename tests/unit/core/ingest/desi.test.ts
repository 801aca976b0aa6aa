import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../../src/core/ingest';
import type { Block } from '../../../../src/shared/model';
import { coverageFaults, readSeed, unmarkedSuperscripts, unresolvedMarkers } from './helpers';

const text = readSeed('004');
const doc = ingestText('desi-2021-belgium', text);
const blocks = doc.blocks;
const find = (needle: string): Block => {
  const b = blocks.find((x) => x.text.includes(needle));
  if (!b) throw new Error(`no block with ${needle}`);
  return b;
};
const tables = blocks.filter((b) => b.table);
const rows = tables.flatMap((t) => t.table!.rows.map((r) => ({ table: t, row: r })));
const row = (code: string): readonly string[] => rows.find((r) => r.row[0] === code)!.row;
/** Belgium DESI 2019, 2020, 2021 and EU DESI 2021. */
const values = (code: string): readonly string[] => row(code).slice(3, 7);

describe('the DESI 2021 profile of Belgium (004)', () => {
  it('rebuilds the indicator tables the extraction flattened, with code, label, unit, Belgium by edition and EU', () => {
    expect(tables).toHaveLength(2);
    expect(tables[0]!.table!.header).toEqual([
      'Indicator',
      'Label',
      'Unit',
      'Belgium DESI 2019',
      'Belgium DESI 2020',
      'Belgium DESI 2021',
      'EU DESI 2021',
      'Reference years',
    ]);
    expect(tables.map((t) => t.table!.rows.map((r) => r[0]))).toEqual([
      ['2a2', '2a3', '2b2', '2c1', '2c2', '2c3', '2c4', '2d1'],
      ['4a1', '4a2', '4a3', '4a4', '4a5'],
    ]);
    expect(row('2c2')).toEqual([
      '2c2',
      '5G readiness',
      'Assigned spectrum as a % of total harmonised 5G spectrum',
      '0%',
      '3%',
      '3%',
      '51%',
      '2019, 2020, 2021, 2021',
    ]);
    expect(row('2c3').slice(0, 7)).toEqual(['2c3', '5G coverage', '', 'NA', 'NA', '4%', '14%']);
    expect(row('2c1').slice(0, 7)).toEqual(['2c1', '4G coverage', '% populated areas', '>99.9%', '>99.9%', '>99.9%', '99.7%']);
    expect(row('2a2').slice(0, 7)).toEqual([
      '2a2',
      'At least 100 Mbps fixed broadband take-up',
      '% households',
      '40%',
      '45%',
      '54%',
      '34%',
    ]);
    expect(row('2a3').slice(1, 7)).toEqual(['At least 1 Gbps take-up', '', 'NA', '<0.01%', '<0.01%', '1.3%']);
    expect(row('2b2').slice(1, 7)).toEqual(['Fixed Very High Capacity Network (VHCN) coverage', '% households', '1%', '66%', '68%', '59%']);
    expect(row('2c4').slice(1, 7)).toEqual(['Mobile broadband take-up', '% individuals', '69%', '77%', '77%', '71%']);
    expect(row('2d1').slice(1, 7)).toEqual(['Broadband price index', '', 'NA', '52', '51', '69']);
    expect(row('4a1').slice(1, 7)).toEqual(['e-Government users', '% internet users', '63%', '64%', '66%', '64%']);
    expect(row('4a2').slice(1, 7)).toEqual(['Pre-filled forms', 'Score (0 to 100)', 'NA', 'NA', '70', '63']);
    expect(row('4a3').slice(1, 7)).toEqual(['Digital public services for citizens', 'Score (0 to 100)', 'NA', 'NA', '71', '75']);
    expect(row('4a4').slice(1, 7)).toEqual(['Digital public services for businesses', 'Score (0 to 100)', 'NA', 'NA', '85', '84']);
    expect(row('4a5').slice(1, 7)).toEqual(['Open data', '% maximum score', 'NA', 'NA', '62%', '78%']);
  });

  it('matches the numbers the text states about the same indicators', () => {
    const prose = blocks
      .filter((b) => b.kind === 'paragraph')
      .map((b) => b.text)
      .join('\n');
    const says = (pattern: RegExp): RegExpExecArray => {
      const m = pattern.exec(prose);
      if (!m) throw new Error(`the text does not say ${pattern}`);
      return m;
    };
    // "it lags behind in 5G on both readiness (3% compared to an EU average of 51%) and coverage (4% against 14% at EU level)"
    const g5 = says(/readiness \((\d+%) compared to an EU average of (\d+%)\) and coverage \((\d+%) against (\d+%) at EU level\)/);
    expect([values('2c2')[2], values('2c2')[3]]).toEqual([g5[1], g5[2]]);
    expect([values('2c3')[2], values('2c3')[3]]).toEqual([g5[3], g5[4]]);
    // "At 68%, the country has very good VHCN coverage" … "The 2 percentage point increase in VHCN coverage since 2019"
    expect(values('2b2')[2]).toBe(says(/At (\d+%), the country has very good VHCN coverage/)[1]);
    expect(parseInt(values('2b2')[2]!) - parseInt(values('2b2')[1]!)).toBe(
      Number(says(/The (\d+) percentage point increase in VHCN coverage/)[1]),
    );
    // "take-up of 100 Mbps speeds is 20 pps higher than the EU average"
    expect(parseInt(values('2a2')[2]!) - parseInt(values('2a2')[3]!)).toBe(
      Number(says(/take-up of 100 Mbps speeds is (\d+) pps higher than the EU average/)[1]),
    );
    // "e-government users (66% versus 64%)", "(scoring 85 points out of 100, against the EU average of 84)", …
    const egov = says(/e-government users \((\d+%) versus (\d+%)\)/);
    expect(values('4a1').slice(2)).toEqual([egov[1], egov[2]]);
    const business = says(/businesses \(scoring (\d+) points out of 100, against the EU average of (\d+)\)/);
    expect(values('4a4').slice(2)).toEqual([business[1], business[2]]);
    const forms = says(/pre-filled forms \((\d+) points out of 100, versus (\d+) for the EU\)/);
    expect(values('4a2').slice(2)).toEqual([forms[1], forms[2]]);
    const citizens = says(/services for citizens, Belgium scores lower compared with the EU average \((\d+) against (\d+)\)/);
    expect(values('4a3').slice(2)).toEqual([citizens[1], citizens[2]]);
    const open = says(/with a score of (\d+%) \(EU average (\d+%)\)/);
    expect(values('4a5').slice(2)).toEqual([open[1], open[2]]);
  });

  it('takes every table value from the lines of its own table in the file', () => {
    for (const { table, row: r } of rows) {
      const source = table.origin.map((o) => text.slice(o.start, o.end)).join('\n');
      const lines = new Set(source.split('\n').map((l) => l.trim()));
      expect(lines.has(`${r[0]} ${r[1]}`), r[0]).toBe(true);
      for (const v of r.slice(3, 7)) expect(lines.has(v), `${r[0]} ${v}`).toBe(true);
    }
  });

  it('keeps what it could not rebuild as text, in table blocks without table data', () => {
    const rest = blocks.filter((b) => b.kind === 'table' && !b.table);
    expect(rest).toHaveLength(3);
    const all = rest.map((b) => b.text).join('\n');
    for (const kept of [
      '2a1 Overall fixed broadband take-up',
      '2b1 Fast broadband (NGA) coverage · 99% · 99% · 99%',
      '3b1 Electronic information sharing',
      '3b5 AI',
      '3c2 e-Commerce turnover',
      '87%',
      '36%',
    ])
      expect(all).toContain(kept);
  });

  it('takes the footnotes out of the flow, numbers them 1 to 24 and links every marker', () => {
    const notes = blocks.filter((b) => b.kind === 'footnote');
    expect(notes.map((n) => Number(n.marker))).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(unresolvedMarkers(blocks)).toEqual([]);
    expect(unmarkedSuperscripts(blocks)).toEqual([]);
    const refs = blocks.flatMap((b) => b.marks.flatMap((m) => (m.kind === 'footnote-ref' ? [m.label] : [])));
    expect(refs.map(Number).sort((a, b) => a - b)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    // Markers glued to a year, a version number, a quote or a bracket read as superscripts.
    expect(find('adopted its digital school education strategy in 2018¹, in which the ‘digital schools programme’² offered')).toBeDefined();
    expect(find('master plan Industry 4.0¹⁸ aims')).toBeDefined();
    expect(find('(25% versus 32%)⁽¹⁵⁾')).toBeDefined();
    // A note without a URL, a note whose number was displaced, one cut over two lines.
    expect(notes.find((n) => n.marker === '13')!.text).toBe(
      'The incumbent Proximus plans to cover 70% of households by 2028; other initiatives are also ongoing.',
    );
    expect(notes.find((n) => n.marker === '2')!.text).toBe('Ecole numérique: https://www.ecolenumerique.be/');
    expect(notes.find((n) => n.marker === '8')!.text).toBe(
      'UpSkills Wallonia. Répondre à la pénurie de profils qualifiés : https://www.digitalwallonia.be/fr/publications/upskills-wallonia',
    );
    expect(notes.find((n) => n.marker === '22')!.origin).toHaveLength(2);
    // A URL in the text that no marker points to stays in its paragraph.
    expect(find('For further information, see the DESI website:').kind).toBe('paragraph');
  });

  it('re-joins sentences a note or a page break cut, and makes paragraphs of hard-wrapped lines', () => {
    expect(find('It now aims to cover 50% of households and businesses by 2025').origin).toHaveLength(2);
    expect(find('‘2021-2024 digital appropriation plan’⁴ in 2020, which aims to fight the digital divide').origin).toHaveLength(2);
    const first = find('The European Commission has monitored');
    expect(first.text).toBe(
      'The European Commission has monitored Member States’ progress on digital and published annual Digital Economy and Society Index (DESI) reports since 2014. Each year, the reports include country profiles, which help Member States identify areas for priority action, and thematic chapters providing an EU-level analysis in the key digital policy areas.',
    );
    expect(first.origin).toHaveLength(1);
    for (const b of blocks) if (b.kind !== 'table') expect(b.text, b.text.slice(0, 50)).not.toMatch(/\n/);
  });

  it('leaves page furniture out of the flow: running headers, page numbers, headings printed twice', () => {
    const kinds = doc.furniture.map((f) => `${f.kind}:${text.slice(f.start, f.end)}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'running-header:Digital Economy and Society Index 2021',
        'running-header:Belgium',
        'page-number:12',
        'page-number:14',
        'page-number:15',
        'duplicate-heading:1 Human capital',
      ]),
    );
    expect(doc.furniture.every((f) => ['running-header', 'page-number', 'duplicate-heading'].includes(f.kind))).toBe(true);
    for (const b of blocks) {
      expect(b.text).not.toMatch(/^Digital Economy and Society Index 2021$|^\d{1,3}$/);
      expect(b.text).not.toMatch(/Human capital 1 Human capital/);
    }
    expect(coverageFaults(text, doc)).toEqual([]);
  });

  it('gives the dimensions and boxes their headings, and the lost bullets their list', () => {
    const headings = blocks.filter((b) => b.kind === 'heading').map((b) => `${b.level}${b.marker ? ` ${b.marker}` : ''} ${b.text}`);
    expect(headings).toEqual([
      '2 About the DESI',
      '2 Digital in Belgium’s Recovery and Resilience Plan (RRP)',
      '1 1 Human capital',
      '2 Human capital in Belgium’s Recovery and Resilience Plan',
      '2 Main market & regulatory developments',
      '2 Connectivity in Belgium’s Recovery and Resilience Plan',
      '1 3 Integration of digital technology',
      '2 Highlight 2020-2021: TRAIL (Wallonia)',
      '2 Integration of digital technology in Belgium’s Recovery and Resilience Plan',
      '1 4 Digital public services',
      '2 Digital public services in Belgium’s Recovery and Resilience Plan',
    ]);
    const items = blocks.filter((b) => b.kind === 'list-item');
    expect(items).toHaveLength(8);
    expect(items.every((b) => b.marker === '•' && b.depth === 0)).toBe(true);
    expect(items[0]!.text).toMatch(/^Digitalisation of schools and higher education institutions/);
    for (const b of blocks) if (b.kind !== 'footnote') expect(b.lang, b.text.slice(0, 40)).toBe('en');
    // A note citing a French title is French.
    expect(blocks.find((b) => b.kind === 'footnote' && b.marker === '4')!.lang).toBe('fr');
  });
});
