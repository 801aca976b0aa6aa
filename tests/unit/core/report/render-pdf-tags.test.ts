import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFString } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { drain, renderPdf, type Report } from '../../../../src/core/report';
import { textString } from '../../../../src/core/report/pdf/tags';
import { THEME_IDS, type Codebook } from '../../../../src/core/concepts/codebook';
import { loadReportFonts } from '../../../../src/host/report-fonts';
import { fixtureReport } from './helpers';
import { POPPLER, POPPLER_MISSING, QPDF, tempFile, tool } from './pdf-tools';
import {
  elements,
  markedContentOf,
  markedUnder,
  pageContent,
  parentTreeEntry,
  parseStructText,
  readStructure,
  type StructNode,
} from './pdf-structure';

/**
 * The tagged PDF (src/core/report/pdf/tags.ts), read back with pdf-lib and poppler: the structure
 * tree accounts for every piece of marked content exactly once, furniture stays out of it,
 * headings agree with the bookmarks, excerpts carry their language, the matrix its description,
 * and the pages look and read exactly as the untagged rendering of the same report.
 */

async function pdfOf(report: Report, codebook: Codebook, tagged = true): Promise<Uint8Array> {
  return drain(renderPdf(report, codebook, await loadReportFonts(), { tagged }));
}

interface Rendered {
  readonly report: Report;
  readonly bytes: Uint8Array;
  readonly doc: PDFDocument;
  readonly file: string;
}

async function rendered(settings: Parameters<typeof fixtureReport>[0] = {}): Promise<Rendered> {
  const { report, input } = await fixtureReport(settings);
  const bytes = await pdfOf(report, input.codebook);
  return { report, bytes, doc: await PDFDocument.load(bytes), file: tempFile('tagged.pdf', bytes) };
}

function bookmarks(doc: PDFDocument): { title: string; level: number }[] {
  const out: { title: string; level: number }[] = [];
  const walk = (item: PDFDict | undefined, level: number): void => {
    for (let it = item; it; it = it.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      out.push({ title: it.lookup(PDFName.of('Title'), PDFHexString).decodeText(), level });
      walk(it.lookupMaybe(PDFName.of('First'), PDFDict), level + 1);
    }
  };
  walk(doc.catalog.lookup(PDFName.of('Outlines'), PDFDict).lookupMaybe(PDFName.of('First'), PDFDict), 0);
  return out;
}

function inheritedLang(node: StructNode | undefined, fallback: string): string {
  for (let n = node; n; n = n.parent) if (n.lang) return n.lang;
  return fallback;
}

let en: Rendered;
let fr: Rendered;
const structText = new Map<string, string>();

/** `pdfinfo -struct-text`, once per file: poppler extracts each element's text on its own, which takes seconds. */
function structureText(file: string): string {
  let out = structText.get(file);
  if (out === undefined) {
    out = tool('pdfinfo', ['-struct-text', file]);
    structText.set(file, out);
  }
  return out;
}

beforeAll(async () => {
  en = await rendered();
  // Fewer themes keep poppler's structure text quick; the tree's shape is the same.
  fr = await rendered({ lang: 'fr', themes: [...THEME_IDS.slice(0, 4)] });
});

describe('tagged PDF: the catalog and the pages', () => {
  it('is marked, has a language, shows its title, and a structure tree root with a parent tree', () => {
    const { doc } = en;
    expect(doc.catalog.lookup(PDFName.of('MarkInfo'), PDFDict).get(PDFName.of('Marked'))?.toString()).toBe('true');
    expect(doc.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('en');
    expect(doc.catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict).get(PDFName.of('DisplayDocTitle'))?.toString()).toBe('true');
    const root = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
    expect(root.lookup(PDFName.of('ParentTreeNextKey'), PDFNumber).asNumber()).toBe(doc.getPageCount());
    doc.getPages().forEach((p, i) => {
      expect(p.node.lookup(PDFName.of('StructParents'), PDFNumber).asNumber()).toBe(i);
      expect(p.node.lookup(PDFName.of('Tabs'))).toBe(PDFName.of('S'));
    });
    expect(fr.doc.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('fr');
  });

  it('references every MCID of every page exactly once, from the element the parent tree names', () => {
    for (const { doc } of [en, fr]) {
      const tree = readStructure(doc);
      const owner = new Map<string, StructNode>();
      for (const e of elements(tree)) {
        for (const k of e.kids) {
          if ('role' in k) continue;
          const key = `${k.page}:${k.mcid}`;
          expect(owner.has(key), `MCID ${key} referenced twice`).toBe(false);
          owner.set(key, e);
        }
      }
      let total = 0;
      for (let page = 0; page < doc.getPageCount(); page++) {
        const marked = markedContentOf(pageContent(doc, page));
        expect(marked.nested, `page ${page + 1}: nested sequences`).toBe(false);
        expect(marked.unmarkedPainting, `page ${page + 1}: painting outside any sequence`).toBe(0);
        expect(marked.artifacts, `page ${page + 1}: the footer is an artifact`).toBeGreaterThanOrEqual(2);
        // MCIDs 0, 1, 2, … in the order drawn, each in the tree and owned as the parent tree says.
        expect(marked.mcids).toEqual(marked.mcids.map((_, i) => i));
        const parents = parentTreeEntry(doc, page);
        expect(parents).toHaveLength(marked.mcids.length);
        for (const mcid of marked.mcids) {
          const e = owner.get(`${page}:${mcid}`);
          expect(e, `page ${page + 1} MCID ${mcid} not in the tree`).toBeDefined();
          expect(parents[mcid]).toBe(e!.ref);
        }
        total += marked.mcids.length;
      }
      expect(owner.size).toBe(total);
    }
  });
});

describe('tagged PDF: what the structure says', () => {
  it('has sections, tables with header cells, lists, a contents tree, and a figure with its description in words', () => {
    const tree = readStructure(en.doc);
    expect(tree.role).toBe('Document');
    const roles = new Set([...elements(tree)].map((e) => e.role));
    for (const r of ['Sect', 'H1', 'H2', 'H3', 'P', 'Table', 'TR', 'TH', 'TD', 'L', 'LI', 'LBody', 'TOC', 'TOCI', 'Figure', 'Span']) {
      expect(roles, r).toContain(r);
    }
    const figures = [...elements(tree)].filter((e) => e.role === 'Figure');
    expect(figures).toHaveLength(1);
    const alt = figures[0]!.alt ?? '';
    expect(alt.length).toBeGreaterThan(100);
    for (const t of en.report.themes) expect(alt).toContain(t.label);
    expect(alt).toContain('Number of commitments per theme');
    // Every table's cells sit in rows; header cells have a scope.
    for (const e of elements(tree)) {
      if (e.role === 'TH' || e.role === 'TD') expect(e.parent?.role).toBe('TR');
      if (e.role === 'TR') expect(e.parent?.role).toBe('Table');
      if (e.role === 'LBody') expect(e.parent?.role).toBe('LI');
      if (e.role === 'Span') expect(markedUnder(e).length).toBeGreaterThan(0);
    }
  });

  it('never skips a heading level (H1, then H2 at most, …)', () => {
    const levels = [...elements(readStructure(en.doc))].filter((e) => /^H\d$/.test(e.role)).map((e) => Number(e.role.slice(1)));
    expect(levels[0]).toBe(1);
    levels.forEach((l, i) => expect(l, `heading ${i}`).toBeLessThanOrEqual((levels[i - 1] ?? 0) + 1));
  });

  it('says diff insertions and deletions in words, in the language of the headings', () => {
    const spans = (r: Rendered) => [...elements(readStructure(r.doc))].map((e) => e.actualText).filter((t): t is string => !!t);
    const english = spans(en);
    expect(english.some((t) => t.startsWith('[deleted: '))).toBe(true);
    expect(english.some((t) => t.startsWith('[inserted: '))).toBe(true);
    expect(english).toContain('[inserted: inserted] ');
    const french = spans(fr);
    expect(french.some((t) => t.startsWith('[supprimé: '))).toBe(true);
    expect(french.some((t) => t.startsWith('[ajouté: '))).toBe(true);
  });

  it('gives excerpts their own language: French ones in an English report, Dutch ones in a French report', () => {
    const englishTree = readStructure(en.doc);
    const langs = [...elements(englishTree)].filter((e) => e.lang).map((e) => `${e.role}:${e.lang}`);
    expect(langs).toContain('P:fr');
    expect(langs).toContain('P:nl');
    // In the French report French is the document's language: stated once, not on every excerpt.
    const frenchTree = readStructure(fr.doc);
    expect([...elements(frenchTree)].some((e) => e.lang === 'fr')).toBe(false);
    const dutch = [...elements(frenchTree)].filter((e) => e.lang === 'nl');
    expect(dutch.length).toBeGreaterThan(0);
    for (const e of dutch) expect(markedUnder(e).length).toBeGreaterThan(0);
    // Every P is in the document's language unless said otherwise, and that is known of each.
    for (const e of elements(englishTree)) if (e.role === 'P') expect(['en', 'fr', 'nl']).toContain(inheritedLang(e, 'en'));
    // (A translation twin's Dutch text inside its card is a Span with /Lang nl: checked on the
    // real comparison of the bundled corpus, where the bilingual answer has twins.)
  });

  it('writes text strings compactly and exactly (PDFDocEncoding when it fits, else UTF-16)', () => {
    for (const t of ['[deleted: l’identité (numérique) \\ “x” — – Œ €]', 'plain', 'Zoë 数字 ĳ', '']) {
      expect(textString(t).decodeText()).toBe(t);
    }
    expect(textString('l’été (1)').toString()).toBe('(l\\220\\351t\\351 \\(1\\))');
  });
});

describe.skipIf(!POPPLER)(`tagged PDF through poppler${POPPLER ? '' : ` (skipped: ${POPPLER_MISSING})`}`, () => {
  it('is tagged for pdfinfo, and qpdf finds nothing wrong', () => {
    expect(tool('pdfinfo', [en.file])).toMatch(/Tagged:\s+yes/);
    if (QPDF) expect(tool('qpdf', ['--check', en.file])).toContain('No syntax or stream encoding errors found');
  });

  it('has headings H1/H2 that are the bookmarks, in order and level, after the title and the contents', { timeout: 120_000 }, () => {
    for (const r of [en, fr]) {
      const nodes = parseStructText(structureText(r.file));
      const headings = nodes
        .filter((n) => n.role === 'H1' || n.role === 'H2')
        .map((n) => ({ title: n.text.join(' '), level: n.role === 'H1' ? 0 : 1 }));
      const marks = bookmarks(r.doc);
      expect(marks.length).toBeGreaterThan(10);
      expect(headings.slice(0, 2).map((h) => h.title)).toEqual([
        r.report.settings.lang === 'fr' ? 'Rapport de comparaison' : 'Comparison report',
        expect.any(String),
      ]);
      expect(headings.slice(2)).toEqual(marks);
    }
  });

  it('keeps the footer and page numbers out of the structure, and excerpts under P', { timeout: 120_000 }, () => {
    const structure = structureText(en.file);
    const pages = en.doc.getPageCount();
    expect(tool('pdftotext', [en.file, '-'])).toContain(`Page 3 of ${pages}`);
    expect(structure).not.toContain('Page 3 of');
    expect(structure).not.toContain(`Synopsis 0.1.0 · Comparison report · `);
    const nodes = parseStructText(structure);
    const excerpt = nodes.find((n) => n.text.join(' ').includes('Une attention particulière est portée à l’initiative européenne'));
    expect(excerpt?.role).toBe('P');
    const curated = nodes.find((n) => n.text.join(' ').startsWith('A6 → C3'));
    expect(curated?.role).toBe('P');
  });

  it('reads and looks exactly like the untagged rendering: same text, same pixels', async () => {
    const { report, input } = await fixtureReport();
    const plain = tempFile('untagged.pdf', await pdfOf(report, input.codebook, false));
    expect(tool('pdfinfo', [plain])).toMatch(/Tagged:\s+no/);
    expect(tool('pdftotext', ['-layout', en.file, '-'])).toBe(tool('pdftotext', ['-layout', plain, '-']));
    expect(tool('pdftotext', [en.file, '-'])).toBe(tool('pdftotext', [plain, '-']));
    const shots = (file: string): Buffer[] => {
      const prefix = path.join(path.dirname(file), 'shot');
      tool('pdftoppm', ['-r', '40', '-png', file, prefix]);
      return readdirSync(path.dirname(file))
        .filter((f) => f.startsWith('shot'))
        .sort()
        .map((f) => readFileSync(path.join(path.dirname(file), f)));
    };
    const a = shots(en.file);
    const b = shots(plain);
    expect(a.length).toBe(en.doc.getPageCount());
    a.forEach((png, i) => expect(Buffer.compare(png, b[i]!), `page ${i + 1}`).toBe(0));
  });

  it('keeps the same content operators as the untagged rendering, only wrapped in marked content', async () => {
    const { report, input } = await fixtureReport();
    const plain = await PDFDocument.load(await pdfOf(report, input.codebook, false));
    const strip = (s: string) =>
      s
        .split('\n')
        .filter((l) => !/ (BDC|EMC)$|^EMC$/.test(l) && !/^\/MCID|^>>/.test(l))
        .join('\n');
    for (let page = 0; page < plain.getPageCount(); page++) {
      expect(strip(pageContent(en.doc, page)), `page ${page + 1}`).toBe(pageContent(plain, page));
    }
    expect(plain.catalog.has(PDFName.of('StructTreeRoot'))).toBe(false);
    expect(en.doc.catalog.lookup(PDFName.of('AF'), PDFArray).size()).toBe(2);
  });
});
