import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../../src/core/ingest';
import { coverageFaults, unresolvedMarkers } from './helpers';

/** Greedy hard wrap at `width`, as a PDF extraction keeps its line ends. */
const wrap = (text: string, width = 70): string => {
  const lines: string[] = [];
  let cur = '';
  for (const w of text.split(' ')) {
    if (cur && cur.length + 1 + w.length > width) {
      lines.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  lines.push(cur);
  return lines.join('\n');
};
const filler = (topic: string, n = 3): string =>
  Array.from(
    { length: n },
    (_, i) =>
      `The ${topic} programme continued in year ${2019 + i} with several measures for enterprises and public administrations across the regions.`,
  ).join(' ');

describe('the paged segmenter on texts it has never seen', () => {
  it('rebuilds a flattened indicator table for another country and edition, and keeps the rest as text', () => {
    const table = [
      'DESI 2022',
      '',
      '1a1 Internet users',
      '',
      '80%',
      '',
      '82%',
      '',
      '85%',
      '',
      '83%',
      '',
      '% individuals',
      '',
      '2019',
      '',
      '2020',
      '',
      '2021',
      '',
      '2021',
      '',
      'Netherlands',
      '',
      '1a2 Enterprises selling online',
      '',
      '12%',
      '',
      '14%',
      '',
      '% SMEs',
      '',
      '1a3 Cloud use',
      '',
      'NA',
      '',
      'NA',
      '',
      '40%',
      '',
      '34%',
    ].join('\n');
    const text = `${wrap(filler('digital'))}\n\n${table}\n\n${wrap(filler('cloud'))}\n`;
    const doc = ingestText('nl-profile', text);
    const t = doc.blocks.find((b) => b.table)!;
    expect(t.table!.header.slice(3, 7)).toEqual([
      'Netherlands DESI 2020',
      'Netherlands DESI 2021',
      'Netherlands DESI 2022',
      'EU DESI 2022',
    ]);
    expect(t.table!.rows.map((r) => r.slice(0, 7))).toEqual([
      ['1a1', 'Internet users', '% individuals', '80%', '82%', '85%', '83%'],
      ['1a3', 'Cloud use', '', 'NA', 'NA', '40%', '34%'],
    ]);
    // Two values for four columns: not guessed, kept.
    const rest = doc.blocks.find((b) => b.kind === 'table' && !b.table)!;
    expect(rest.text).toContain('1a2 Enterprises selling online · 12% · 14% · % SMEs');
    expect(coverageFaults(text, doc)).toEqual([]);
    expect(doc.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(2);
  });

  it('gives moved columns back to "NA" rows only when the counts agree', () => {
    const lines = (xs: string[]): string => xs.join('\n\n');
    const region = (groups: string[][]): string =>
      lines([
        '4a3 Services for citizens',
        'NA',
        'NA',
        '4a4 Services for businesses',
        'NA',
        'NA',
        ...groups.flatMap((g) => [...g, '2020', '2020']),
      ]);
    const text = (groups: string[][]): string => `${wrap(filler('e-government'))}\n\n${region(groups)}\n\n${wrap(filler('open data'))}\n`;
    const agree = ingestText(
      'x',
      text([
        ['71', '75'],
        ['85', '84'],
      ]),
    );
    expect(agree.blocks.find((b) => b.table)!.table!.rows.map((r) => r.slice(3, 7))).toEqual([
      ['NA', 'NA', '71', '75'],
      ['NA', 'NA', '85', '84'],
    ]);
    const disagree = ingestText(
      'x',
      text([
        ['71', '75'],
        ['85', '84'],
        ['62%', '78%'],
      ]),
    );
    expect(disagree.blocks.some((b) => b.table)).toBe(false);
    expect(disagree.blocks.find((b) => b.kind === 'table')!.text).toContain('62% · 78%');
  });

  it('finds numbered notes, their glued markers, and leaves a URL no marker points to in its paragraph', () => {
    const body = wrap(
      'Flanders adopted its strategy in 2019 with the Digital Leap3 and the Industry 4.04 master plan. ' +
        'More information on the website: https://example.org/strategy. The regions also supported the campaign5 in spring.',
    );
    const text = [
      wrap(filler('skills')),
      '',
      body,
      '',
      '3',
      '',
      'Digital Leap: https://example.org/leap',
      '4',
      'https://example.org/industry',
      '5',
      'Campaign: https://example.org/campaign',
      '',
      wrap(filler('connectivity')),
      '',
    ].join('\n');
    const doc = ingestText('x', text);
    const notes = doc.blocks.filter((b) => b.kind === 'footnote');
    expect(notes.map((n) => [n.marker, n.text])).toEqual([
      ['3', 'Digital Leap: https://example.org/leap'],
      ['4', 'https://example.org/industry'],
      ['5', 'Campaign: https://example.org/campaign'],
    ]);
    const para = doc.blocks.find((b) => b.text.startsWith('Flanders adopted'))!;
    expect(para.text).toContain('the Digital Leap³ and the Industry 4.0⁴ master plan');
    expect(para.text).toContain('More information on the website: https://example.org/strategy.');
    expect(unresolvedMarkers(doc.blocks)).toEqual([]);
    expect(coverageFaults(text, doc)).toEqual([]);
  });

  it('takes running headers and their page numbers out of a paginated text, and re-joins the sentence they cut', () => {
    const page = (n: number, text: string): string => `${text}\n\n${n}\n\nAnnual Report on Digital Policy\n`;
    const text = [
      page(1, `${wrap(filler('fibre', 8))}\n${wrap('The operators announced that they would extend the network to')}`),
      page(2, `${wrap('all the rural areas by 2027, as the regulator had asked them to do.')}\n${wrap(filler('mobile', 8))}`),
      page(3, wrap(filler('spectrum', 8))),
    ].join('\n');
    const doc = ingestText('x', text);
    expect(doc.furniture.map((f) => `${f.kind}:${text.slice(f.start, f.end)}`)).toEqual([
      'running-header:Annual Report on Digital Policy',
      'running-header:Annual Report on Digital Policy',
      'running-header:Annual Report on Digital Policy',
      'page-number:1',
      'page-number:2',
      'page-number:3',
    ]);
    const cut = doc.blocks.find((b) => b.text.includes('extend the network to all the rural areas by 2027'))!;
    expect(cut.origin).toHaveLength(2);
    for (const b of doc.blocks) expect(b.text).not.toMatch(/Annual Report on Digital Policy|^\d+$/);
    expect(coverageFaults(text, doc)).toEqual([]);
  });

  it('reads a web page: trail and tags as metadata, title, one-line headings', () => {
    const text = [
      'Home » News » Digital week in Luxembourg',
      '',
      'Digital, Benelux, Cloud',
      '',
      'Digital week in Luxembourg',
      '',
      '3 March 2024',
      '',
      'The ministers met in Luxembourg to discuss the next steps of their digital cooperation and agreed on a common agenda.',
      '',
      'A common cloud',
      'The three countries will study a shared cloud infrastructure for their administrations before the end of the year.',
    ].join('\n');
    const doc = ingestText('x', text);
    expect(doc.blocks.map((b) => `${b.kind}${b.level ?? ''}`)).toEqual([
      'metadata',
      'metadata',
      'heading1',
      'metadata',
      'paragraph',
      'heading2',
      'paragraph',
    ]);
  });

  it('keeps a numbered document’s unnumbered lead-ins as paragraphs and nests its lists', () => {
    const text = [
      '1 — FIRST CHAPTER',
      '',
      '1.1. FIRST SECTION',
      '',
      'Our priorities',
      '',
      '– Access for all:',
      '',
      '+ Public access points in every town.',
      '',
      '+ Training for every citizen.',
      '',
      '– Skills:',
      '',
      '+ Courses for teachers.',
      '',
      '1.2. SECOND SECTION',
      '',
      '2 — SECOND CHAPTER',
    ].join('\n');
    const doc = ingestText('x', text);
    expect(doc.blocks.map((b) => `${b.kind}${b.level ?? ''}${b.depth ?? ''}${b.marker ? ` ${b.marker}` : ''}`)).toEqual([
      'heading1 1 —',
      'heading2 1.1.',
      'paragraph',
      'list-item0 –',
      'list-item1 +',
      'list-item1 +',
      'list-item0 –',
      'list-item1 +',
      'heading2 1.2.',
      'heading1 2 —',
    ]);
    expect(doc.outline.map((n) => [n.marker, n.children.map((c) => c.marker)])).toEqual([
      ['1 —', ['1.1.', '1.2.']],
      ['2 —', []],
    ]);
  });
});
