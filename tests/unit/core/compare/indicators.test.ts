import { describe, expect, it } from 'vitest';
import { indicatorsOf } from '../../../../src/core/compare';
import { DEFAULT_CODEBOOK, THEME_IDS } from '../../../../src/core/concepts/codebook';
import { compileCodebook } from '../../../../src/core/concepts/matcher';
import type { Block } from '../../../../src/shared/model';

const matcher = compileCodebook(DEFAULT_CODEBOOK);

describe('DESI indicators per theme', () => {
  const table: Block = {
    id: 'desi:t1',
    sourceId: 'desi',
    kind: 'table',
    lang: 'en',
    text: '2 Connectivity',
    marks: [],
    origin: [{ start: 0, end: 10 }],
    table: {
      caption: '2 Connectivity',
      header: ['', 'Belgium DESI 2019', 'Belgium DESI 2020', 'Belgium DESI 2021', 'EU DESI 2021'],
      rows: [
        ['2c2 5G readiness', '0%', '3%', '3%', '51%'],
        ['2b2 Fixed Very High Capacity Network (VHCN) coverage', '66%', '68%', '76%', '59%'],
        ['3b4 e-Invoices', '33%', '33%', '33%', '32%'],
        ['4a1 e-Government users', '60%', '62%', '66%', '64%'],
        ['1a9 Percentage of something', '1', '2', '3', '4'],
      ],
    },
  };

  it('maps each row to the theme its label names, else to its DESI dimension, with the values by column', () => {
    const found = indicatorsOf([table, { ...table, id: 'desi:p', kind: 'paragraph', table: undefined }], matcher, new Set(THEME_IDS));
    expect(found.map((i) => [i.code, i.theme])).toEqual([
      ['2c2', 'connectivity'],
      ['2b2', 'connectivity'],
      ['3b4', 'e-invoicing'],
      ['4a1', 'e-government'],
      ['1a9', 'digital-skills'],
    ]);
    expect(found[0]).toMatchObject({
      sourceId: 'desi',
      blockId: 'desi:t1',
      label: '5G readiness',
      values: [
        { label: 'Belgium DESI 2019', value: '0%' },
        { label: 'Belgium DESI 2020', value: '3%' },
        { label: 'Belgium DESI 2021', value: '3%' },
        { label: 'EU DESI 2021', value: '51%' },
      ],
    });
  });

  it('reads the tables the ingestion rebuilds, with their Indicator, Label and Unit columns', () => {
    const rebuilt: Block = {
      ...table,
      id: 'desi:t2',
      table: {
        caption: 'DESI 2021 indicators 2a2–2d1',
        header: [
          'Indicator',
          'Label',
          'Unit',
          'Belgium DESI 2019',
          'Belgium DESI 2020',
          'Belgium DESI 2021',
          'EU DESI 2021',
          'Reference years',
        ],
        rows: [
          [
            '2c2',
            '5G readiness',
            'Assigned spectrum as a % of total harmonised 5G spectrum',
            '0%',
            '3%',
            '3%',
            '51%',
            '2019, 2020, 2021, 2021',
          ],
          ['4a5', 'Open data', '% maximum score', 'NA', 'NA', '62%', '78%', '2021'],
        ],
      },
    };
    const found = indicatorsOf([rebuilt], matcher, new Set(THEME_IDS));
    expect(found.map((i) => [i.code, i.theme, i.label])).toEqual([
      ['2c2', 'connectivity', '5G readiness'],
      ['4a5', 'e-government', 'Open data'],
    ]);
    expect(found[0]!.values.slice(0, 5)).toEqual([
      { label: 'Unit', value: 'Assigned spectrum as a % of total harmonised 5G spectrum' },
      { label: 'Belgium DESI 2019', value: '0%' },
      { label: 'Belgium DESI 2020', value: '3%' },
      { label: 'Belgium DESI 2021', value: '3%' },
      { label: 'EU DESI 2021', value: '51%' },
    ]);
  });

  it('reads nothing from blocks that are not tables', () => {
    expect(indicatorsOf([{ ...table, kind: 'paragraph', table: undefined }], matcher, new Set(THEME_IDS))).toEqual([]);
  });
});
