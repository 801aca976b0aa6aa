import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledCorpusDir } from '../../../src/host/locations';
import { createReaderHost, type ReaderHost } from '../../../src/host/reader-host';
import type { ReportFile, ReportFormat } from '../../../src/shared/report';
import schema from '../../../schemas/report-v1.schema.json';
import { POPPLER, tempFile, tool, words } from '../core/report/pdf-tools';
import { elements, markedContentOf, pageContent, readStructure } from '../core/report/pdf-structure';
import { waitForJob } from '../../fixtures/report-host';

/**
 * Reports of the bundled corpus as the app, the browser shell and the CLI make them: through the
 * host, with the comparison of the commitments extractor (not a fixture). The fixture tests in
 * tests/unit/core/report keep the edge cases real data lacks (word diffs, curation, annotations
 * of every kind, characters outside the font).
 */

const validate = new Ajv2020({ strict: true }).compile(schema);
const EPOCH = '1769860800';
const MEETING_EXCERPT =
  'Une attention particulière est portée à l’initiative européenne d’une carte d’identité numérique pour les entreprises';

interface JsonReport {
  sources: { id: string; file: string; key: string }[];
  themes: { id: string; bySource: Record<string, string[]> }[];
  commitments: {
    id: string;
    sourceId: string;
    lang: string;
    text: string;
    translationOf: string | null;
    citation: { match: string; file: { byteStart: number; byteEnd: number } | null };
  }[];
  links: { from: string; to: string; evidence: string[] }[];
}

let host: ReaderHost;
const files = new Map<string, ReportFile>();

async function make(format: ReportFormat): Promise<ReportFile> {
  const { final } = await waitForJob(host, await host.startReport({ format }), 5);
  expect(final.state, `${format}: ${final.message}`).toBe('done');
  return host.getReportFile({ jobId: final.jobId });
}

beforeAll(async () => {
  process.env.SOURCE_DATE_EPOCH = EPOCH;
  host = createReaderHost({
    corpusDir: bundledCorpusDir(),
    dataDir: mkdtempSync(path.join(os.tmpdir(), 'synopsis-real-')),
    version: '0.1.0',
  });
  for (const format of ['json', 'html', 'md', 'csv', 'pdf'] as const) files.set(format, await make(format));
}, 120_000);

afterAll(() => {
  delete process.env.SOURCE_DATE_EPOCH;
});

describe('reports with the real comparison of the bundled corpus', () => {
  it('JSON: valid against the schema; every id it names is in it', () => {
    const json = JSON.parse(files.get('json')!.content) as JsonReport;
    expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(json.sources.map((s) => s.id)).toEqual(['benelux-answer-2021', 'engages-digital-plan', 'benelux-dg-meeting-2025']);
    const ids = new Set(json.commitments.map((c) => c.id));
    expect(json.commitments.length).toBeGreaterThan(100);
    for (const t of json.themes) for (const list of Object.values(t.bySource)) for (const id of list) expect(ids.has(id), id).toBe(true);
    for (const l of json.links) expect(ids.has(l.from) && ids.has(l.to), `${l.from} → ${l.to}`).toBe(true);
    // The bilingual answer's commitments come with their other-language twin, quoted and cited.
    const twins = json.commitments.filter((c) => c.translationOf);
    expect(twins.length).toBeGreaterThan(20);
    for (const c of twins) expect(ids.has(c.translationOf!), c.id).toBe(true);
    expect(json.commitments.some((c) => c.sourceId === 'benelux-answer-2021' && c.lang === 'nl')).toBe(true);
  });

  it('JSON: the bytes each citation names give back the excerpt (exact) or its words (loose)', () => {
    const json = JSON.parse(files.get('json')!.content) as JsonReport;
    const bytes = new Map(json.sources.map((s) => [s.id, readFileSync(path.join(bundledCorpusDir(), s.file))] as const));
    const squeeze = (t: string): string => t.replace(/[\s*_-]|<\/?[a-z]+>/gi, '');
    let found = 0;
    for (const c of json.commitments) {
      const f = c.citation.file;
      if (!f) continue;
      found++;
      const text = bytes.get(c.sourceId)!.subarray(f.byteStart, f.byteEnd).toString('utf8');
      if (c.citation.match === 'exact') expect(text, c.id).toBe(c.text);
      else expect(squeeze(text), c.id).toBe(squeeze(c.text));
    }
    // Only excerpts that run across the two-column page break of the bilingual answer are not found word for word.
    expect(found / json.commitments.length).toBeGreaterThan(0.98);
  });

  it('HTML: unique ids, every link has its target, refs and twins shown, nothing external', () => {
    const html = files.get('html')!.content;
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!);
    expect(new Set(ids).size).toBe(ids.length);
    const targets = new Set(ids);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
    expect(hrefs.length).toBeGreaterThan(100);
    for (const h of hrefs) expect(h.startsWith('#') && targets.has(h.slice(1)), h).toBe(true);
    expect(html).not.toMatch(/<(script|link|img)\b|\ssrc=|url\(/i);
    expect(html).toContain(MEETING_EXCERPT);
    expect(html).toMatch(/<strong class="ref">A\d+<\/strong>/);
    expect(html).toMatch(/<q lang="nl">[^<]+<\/q>/);
    // Real links carry readable word diffs (deletions and insertions around what the texts share); only links whose
    // texts share no meaningful word say so in one line (33 of 269 when measured).
    const diffs = [...html.matchAll(/<p class="diff"[^>]*>(.*?)<\/p>/g)].map((m) => m[1]!);
    const none = html.split('No word diff (too few words in common)').length - 1;
    expect(diffs.length).toBeGreaterThan(4 * none);
    expect(
      diffs.filter((d) => /<del>/.test(d) && /<ins>/.test(d) && /<\/(?:del|ins)>[^<]*\p{L}{3,}[^<]*<(?:del|ins)>/u.test(d)).length,
    ).toBeGreaterThan(diffs.length / 2);
    expect(none).toBeGreaterThan(0);
  });

  it('Markdown and CSV: links by their refs; one flat table of equal rows', () => {
    const md = files.get('md')!.content;
    expect(md).toMatch(/^- \*\*[A-C]\d+ → [A-C]\d+\*\*/m);
    expect(md).toContain('Other language (nl):');
    const csv = files.get('csv')!.content;
    const header = csv.slice(1).split('\r\n')[0]!.split(',');
    expect(header.slice(-2)).toEqual(['ref', 'translation_of']);
    expect(csv).toMatch(/\r\ncommitment,benelux-dg-meeting-2025:[^\r]*,C\d+,\r\n/);
  });

  it.skipIf(!POPPLER)('PDF: its text holds the 2025 meeting’s commitment and the Dutch of the 2021 answer', () => {
    const file = tempFile('real.pdf', Buffer.from(files.get('pdf')!.content, 'base64'));
    const text = words(tool('pdftotext', ['-enc', 'UTF-8', file, '-']));
    expect(text).toContain(MEETING_EXCERPT);
    expect(text).toContain('Other language (nl):');
    expect(text).toMatch(/A\d+ → [BC]\d+/);
    expect(
      tool('pdffonts', [file])
        .split('\n')
        .slice(2)
        .filter((l) => l.trim() && !/ yes yes yes /.test(l)),
    ).toEqual([]);
  });

  it('PDF: tagged, every MCID owned once, the bilingual answer’s Dutch twins in Dutch, the matrix described', async () => {
    const bytes = Buffer.from(files.get('pdf')!.content, 'base64');
    const doc = await PDFDocument.load(bytes);
    const tree = readStructure(doc);
    const owned = new Set<string>();
    for (const e of elements(tree)) {
      for (const k of e.kids) if (!('role' in k)) owned.add(`${k.page}:${k.mcid}`);
    }
    let total = 0;
    for (let page = 0; page < doc.getPageCount(); page++) {
      const marked = markedContentOf(pageContent(doc, page));
      expect(marked.unmarkedPainting, `page ${page + 1}`).toBe(0);
      for (const mcid of marked.mcids) expect(owned.has(`${page}:${mcid}`), `page ${page + 1} MCID ${mcid}`).toBe(true);
      total += marked.mcids.length;
    }
    expect(owned.size).toBe(total);
    const all = [...elements(tree)];
    // The twin's Dutch inside a card is a Span of its own language, in a paragraph of the report's.
    const dutch = all.filter((e) => e.role === 'Span' && e.lang === 'nl');
    expect(dutch.length).toBeGreaterThan(20);
    for (const e of dutch) expect(e.parent?.role).toBe('P');
    expect(all.filter((e) => e.role === 'P' && e.lang === 'fr').length).toBeGreaterThan(100);
    expect(all.find((e) => e.role === 'Figure')?.alt).toMatch(/^Number of commitments per theme .*Digital identity \(Status: /);
    if (POPPLER) expect(tool('pdfinfo', [tempFile('real.pdf', bytes)])).toMatch(/Tagged:\s+yes/);
  });

  it('every format: the same bytes when made again with SOURCE_DATE_EPOCH', async () => {
    for (const format of ['json', 'html', 'md', 'csv', 'pdf'] as const) {
      const again = await make(format);
      expect(again.sha256, format).toBe(files.get(format)!.sha256);
      expect(again.content === files.get(format)!.content, format).toBe(true);
    }
  }, 120_000);
});
