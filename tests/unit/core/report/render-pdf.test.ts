import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { assembleReport, drain, renderJson, renderPdf, runToEnd, type Report } from '../../../../src/core/report';
import type { Codebook } from '../../../../src/core/concepts/codebook';
import { loadReportFonts } from '../../../../src/host/report-fonts';
import schema from '../../../../schemas/report-v1.schema.json';
import { fixtureInput } from '../../../fixtures/report-input';
import { fixtureReport } from './helpers';
import { POPPLER, POPPLER_MISSING, QPDF, tempFile, tool, words } from './pdf-tools';

async function pdfOf(report: Report, codebook?: Codebook): Promise<Uint8Array> {
  return drain(renderPdf(report, codebook ?? (await fixtureInput()).codebook, await loadReportFonts()));
}

let report: Report;
let bytes: Uint8Array;
let file: string;

beforeAll(async () => {
  report = (await fixtureReport()).report;
  bytes = await pdfOf(report);
  file = tempFile('report.pdf', bytes);
});

describe('PDF report (pdf-lib)', () => {
  it('opens, with a title page, contents, and a bookmark per section and theme', async () => {
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(8);
    const outlines = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict);
    const titles: string[] = [];
    const walk = (item: PDFDict | undefined, depth: number): void => {
      for (let it = item; it; it = it.lookupMaybe(PDFName.of('Next'), PDFDict)) {
        titles.push(`${'  '.repeat(depth)}${it.lookup(PDFName.of('Title'), PDFHexString).decodeText()}`);
        walk(it.lookupMaybe(PDFName.of('First'), PDFDict), depth + 1);
      }
    };
    walk(outlines.lookup(PDFName.of('First'), PDFDict), 0);
    expect(titles).toEqual(
      expect.arrayContaining([
        'Sources',
        'Method',
        'Themes across sources',
        'Commitments by theme',
        '  Digital inclusion (new)',
        'How to verify this report',
      ]),
    );
    expect(titles).toContain(
      '  A — Answer of the Benelux Committee of Ministers to Recommendation 909/1 on the Benelux as a digital frontrunner in the EU',
    );
  });

  it('states its PDF/A-3b identity in XMP that agrees with the document information', async () => {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    const meta = doc.catalog.lookup(PDFName.of('Metadata')) as PDFRawStream;
    expect(meta.dict.has(PDFName.of('Filter'))).toBe(false);
    const xmp = new TextDecoder().decode(meta.contents);
    expect(xmp).toContain('<pdfaid:part>3</pdfaid:part>');
    expect(xmp).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(xmp).toContain(`<xmp:CreateDate>2026-01-31T12:00:00Z</xmp:CreateDate>`);
    expect(xmp).toContain(`<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${doc.getTitle()}</rdf:li></rdf:Alt></dc:title>`);
    expect(xmp).toContain(`<xmp:CreatorTool>${doc.getCreator()}</xmp:CreatorTool>`);
    expect(xmp).toContain(`<pdf:Producer>${doc.getProducer()}</pdf:Producer>`);
    expect(doc.getCreationDate()?.toISOString()).toBe('2026-01-31T12:00:00.000Z');
    const intents = doc.catalog.lookup(PDFName.of('OutputIntents'), PDFArray);
    const intent = intents.lookup(0, PDFDict);
    expect(intent.lookup(PDFName.of('S'))).toBe(PDFName.of('GTS_PDFA1'));
    expect(intent.lookup(PDFName.of('OutputConditionIdentifier'), PDFString).decodeText()).toBe('sRGB IEC61966-2.1');
    expect(intent.lookup(PDFName.of('DestOutputProfile'))).toBeInstanceOf(PDFRawStream);
    const text = Buffer.from(bytes).toString('latin1');
    expect(text).toMatch(/^%PDF-1\.7\n%[\x80-\xff]{4}/);
    expect(text).toMatch(/\/ID \[ <[0-9A-F]{32}> <[0-9A-F]{32}> \]/);
    expect(text).not.toMatch(/\/JavaScript|\/JS\b|\/Encrypt|\/Launch/);
  });

  it('carries the JSON report and its schema as associated files', async () => {
    const doc = await PDFDocument.load(bytes);
    const af = doc.catalog.lookup(PDFName.of('AF'), PDFArray);
    expect(af.size()).toBe(2);
    for (let i = 0; i < af.size(); i++) {
      const spec = af.lookup(i, PDFDict);
      expect(['Data', 'Supplement']).toContain(spec.lookup(PDFName.of('AFRelationship'), PDFName).decodeText());
      expect(spec.has(PDFName.of('UF'))).toBe(true);
      const stream = spec.lookup(PDFName.of('EF'), PDFDict).lookup(PDFName.of('F')) as PDFRawStream;
      expect(stream.dict.lookup(PDFName.of('Params'), PDFDict).has(PDFName.of('ModDate'))).toBe(true);
    }
  });

  it('keeps its place in PDF/A’s colour rules: sRGB profile of the right shape', async () => {
    const { srgbIccProfile } = await import('../../../../src/core/report/pdf/icc');
    const icc = srgbIccProfile();
    const view = new DataView(icc.buffer, icc.byteOffset, icc.byteLength);
    const sig = (at: number) => String.fromCharCode(...icc.subarray(at, at + 4));
    expect(view.getUint32(0)).toBe(icc.length);
    expect([sig(12), sig(16), sig(20), sig(36)]).toEqual(['mntr', 'RGB ', 'XYZ ', 'acsp']);
    const tags = view.getUint32(128);
    const seen = new Set<string>();
    for (let i = 0; i < tags; i++) {
      const at = 132 + i * 12;
      seen.add(sig(at));
      const offset = view.getUint32(at + 4);
      const size = view.getUint32(at + 8);
      expect(offset % 4).toBe(0);
      expect(offset + size).toBeLessThanOrEqual(icc.length);
    }
    expect([...seen].sort()).toEqual(['bTRC', 'bXYZ', 'cprt', 'desc', 'gTRC', 'gXYZ', 'rTRC', 'rXYZ', 'wtpt']);
  });

  it('lands each theme page in landscape when more than three sources stand side by side', async () => {
    const wide = await fixtureReport({
      sources: ['benelux-answer-2021', 'engages-digital-plan', 'benelux-dg-meeting-2025', 'desi-2021-belgium'],
    });
    const doc = await PDFDocument.load(await pdfOf(wide.report, wide.input.codebook));
    const sizes = doc.getPages().map((p) => p.getSize());
    expect(sizes.some((s) => s.width > s.height)).toBe(true);
    expect(sizes[0]!.width).toBeLessThan(sizes[0]!.height);
  });

  it('draws characters the font lacks as U+FFFD instead of failing (no .notdef glyph)', async () => {
    const input = await fixtureInput();
    const [first, ...rest] = input.comparison.commitments;
    const odd = { ...first!, text: 'Emoji 😀, Chinese 数字, a tab\there, a bell\u0007 and a very long token ' + 'x'.repeat(400) };
    const r = runToEnd(assembleReport({ ...input, comparison: { ...input.comparison, commitments: [odd, ...rest] } }));
    const pdf = await pdfOf(r, input.codebook);
    expect((await PDFDocument.load(pdf)).getPageCount()).toBeGreaterThan(5);
    // DejaVu has the emoji; it has no Chinese.
    if (POPPLER) expect(tool('pdftotext', [tempFile('odd.pdf', pdf), '-'])).toContain('Emoji 😀, Chinese \ufffd\ufffd, a tab here, a bell');
  });
});

describe.skipIf(!POPPLER)(`PDF report through poppler${POPPLER ? '' : ` (skipped: ${POPPLER_MISSING})`}`, () => {
  it('embeds every font, as subsets with a Unicode map', () => {
    const rows = tool('pdffonts', [file]).trim().split('\n').slice(2);
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row).toMatch(/^[A-Z]{6}\+DejaVuSansCondensed/);
      expect(row).toMatch(/CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
    }
  });

  it('gives its text back: headings, accented excerpts, hashes, page numbers', () => {
    const text = words(tool('pdftotext', [file, '-']));
    const pages = Number(/Pages:\s+(\d+)/.exec(tool('pdfinfo', [file]))![1]);
    for (const expected of [
      'Comparison report',
      'Sources compared',
      'organiseront en novembre 2025',
      'Le Benelux unit ses forces pour un avenir numérique commun et résilient',
      `Page 1 of ${pages}`,
      `Page ${pages} of ${pages}`,
      'How to verify this report',
    ]) {
      expect(text).toContain(expected);
    }
    for (const s of report.sources) expect(text).toMatch(new RegExp(`${s.sha256}\\s+${s.file.replace('.', '\\.')}`));
  });

  it('lets pdfdetach take out the same JSON the JSON export writes, and its schema', () => {
    expect(tool('pdfdetach', ['-list', file])).toMatch(/2 embedded files\n1: report-v1\.schema\.json\n2: report\.json/);
    const out = path.join(path.dirname(file), 'attached.json');
    tool('pdfdetach', ['-save', '2', '-o', out, file]);
    expect(readFileSync(out, 'utf8')).toBe(renderJson(report));
    const schemaOut = path.join(path.dirname(file), 'schema.json');
    tool('pdfdetach', ['-save', '1', '-o', schemaOut, file]);
    expect(JSON.parse(readFileSync(schemaOut, 'utf8'))).toEqual(schema);
  });

  it('renders every page to PNG', () => {
    const prefix = path.join(path.dirname(file), 'page');
    tool('pdftoppm', ['-r', '40', '-png', file, prefix]);
    const pages = Number(/Pages:\s+(\d+)/.exec(tool('pdfinfo', [file]))![1]);
    for (let i = 1; i <= pages; i++) {
      const png = `${prefix}-${String(i).padStart(String(pages).length, '0')}.png`;
      expect(statSync(png).size, png).toBeGreaterThan(1000);
    }
  });

  it.skipIf(!QPDF)('passes qpdf --check (structure, streams, cross-reference table)', () => {
    expect(tool('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors found');
  });
});
