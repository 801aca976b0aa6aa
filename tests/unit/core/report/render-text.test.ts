import { describe, expect, it } from 'vitest';
import { escapeMarkdown, renderCsv, renderMarkdown, REPORT_CSV_COLUMNS, runToEnd } from '../../../../src/core/report';
import { fixtureReport } from './helpers';

/** An RFC 4180 parser, strict: quotes only around whole fields, CRLF between records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') {
        quoted = false;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      i++;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else if (c === '"' || c === '\n' || c === '\r') {
      throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    } else {
      field += c;
      i++;
    }
  }
  if (field !== '' || row.length > 0) throw new Error('last record not ended by CRLF');
  return rows;
}

describe('CSV report', () => {
  it('is one RFC 4180 table: header, then report, source, commitment, link and annotation records of equal width', async () => {
    const { report } = await fixtureReport();
    const text = runToEnd(renderCsv(report));
    expect(text.startsWith('\ufeff')).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual([...REPORT_CSV_COLUMNS]);
    for (const r of rows) expect(r).toHaveLength(REPORT_CSV_COLUMNS.length);
    const count = (kind: string) => rows.filter((r) => r[0] === kind).length;
    expect(count('report')).toBe(1);
    expect(count('source')).toBe(3);
    expect(count('commitment')).toBe(report.commitments.length);
    expect(count('link')).toBe(report.links.length);
    expect(count('annotation')).toBe(report.annotations.length);
    const col = (name: string) => REPORT_CSV_COLUMNS.indexOf(name as (typeof REPORT_CSV_COLUMNS)[number]);
    const c = rows.find((r) => r[0] === 'commitment')!;
    expect(c[col('source_sha256')]).toMatch(/^[0-9a-f]{64}$/);
    expect(Number(c[col('file_byte_end')])).toBeGreaterThan(Number(c[col('file_byte_start')]));
    const link = rows.find((r) => r[0] === 'link')!;
    expect(link[col('text')]).toMatch(/\[\+.+\+\]|\[-.+-\]/);
  });

  it('defuses fields a spreadsheet would run as a formula', async () => {
    const { report } = await fixtureReport();
    const rows = parseCsv(runToEnd(renderCsv(report)).slice(1));
    const tags = rows.filter((r) => r[0] === 'annotation').map((r) => r[REPORT_CSV_COLUMNS.indexOf('tags')]);
    expect(tags).toContain("'=cmd|calc");
    for (const r of rows) for (const f of r) expect(f).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('Markdown report', () => {
  it('has the sections, the matrix as a table and diffs as [+…+] and [-…-]', async () => {
    const { input, report } = await fixtureReport();
    const md = runToEnd(renderMarkdown(report, input.codebook));
    expect(md.startsWith('# Comparison report\n')).toBe(true);
    for (const h of [
      '## Sources',
      '## Method',
      '## Themes across sources',
      '## Commitments by theme',
      '## Annotations',
      '## How to verify this report',
    ]) {
      expect(md).toContain(`\n${h}\n`);
    }
    expect(md).toMatch(/\| Theme \| A \(2021-06-19\) \| B \(2024\) \| C \(2025-06-25\) \| Status \|/);
    expect(md).toMatch(/\[\+[^\]]+\+\]/);
    expect(md).toMatch(/\[-[^\]]+-\]/);
    expect(md).toContain('**✓ curated**');
    for (const s of report.sources) expect(md).toContain(`${s.sha256}  ${s.file}`);
  });

  it('escapes quoted text so it never turns into markup', () => {
    expect(escapeMarkdown('# 5 * 3 = _x_ [link](y) <b> a|b ~~no~~ `code`')).toBe(
      '\\# 5 \\* 3 = \\_x\\_ \\[link\\](y) \\<b\\> a\\|b \\~\\~no\\~\\~ \\`code\\`',
    );
  });
});
