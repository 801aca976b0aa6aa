import fontkit from '@pdf-lib/fontkit';
import { grayscale, PDFDocument, PDFHexString, type PDFFont } from 'pdf-lib';
import reportSchema from '../../../schemas/report-v1.schema.json';
import { themesOf, type Codebook } from '../concepts/codebook';
import { hash53 } from '../hash';
import { fill, type ReportLabels } from './labels';
import { matrixLayout } from './matrix';
import { REPORT_FORMAT_NAME, REPORT_SCHEMA_VERSION, type Report, type ReportCommitment, type ReportLink, type ReportStep } from './model';
import { addOutline } from './pdf/outline';
import { precompressStreams } from './pdf/compress-steps';
import { applyPdfA, attachFilesInSteps, showOutlines } from './pdf/pdfa';
import { StructureTree, type StructElement } from './pdf/tags';
import { Typesetter, type BlockTag, type FontKey, type Line, type Run, type RunStyle } from './pdf/typeset';
import { MARGIN, PdfWriter, type ColumnItem } from './pdf/writer';
import { renderJson } from './render-json';
import {
  annotationTargetText,
  checksumList,
  citationText,
  commitmentFacts,
  commitmentRef,
  diffSaysNothing,
  displayInstant,
  indexReport,
  labelsOf,
  linkFacts,
  linksOfTheme,
  methodRows,
  reportSections,
  settingsRows,
  sourceHeading,
  sourceRows,
  spacedDiff,
  themeColumns,
  themesWithCommitments,
  twinOf,
  type ReportIndex,
} from './wording';

/**
 * The PDF report, made with pdf-lib in pure JavaScript so the same code runs in the Electron
 * main process, the browser shell's server and the CLI, with no browser to drive: the bytes
 * depend only on the report and the fonts, which is what makes them reproducible.
 *
 * - Fonts: DejaVu Sans Condensed (regular, bold, oblique) embedded as subsets, without
 *   ligatures, with a ToUnicode map, so every word can be searched and copied.
 * - Bookmarks for every section, source and theme; page numbers on every page.
 * - Diffs: insertions underlined, deletions struck through (colour only as a help on screen).
 * - Aiming at PDF/A-3b: XMP metadata, sRGB output intent, and the JSON report and its schema
 *   attached as associated files (see `pdf/pdfa.ts` and docs/reports.md for what is checked).
 * - Reproducible: dates from the report, a file id and font subset tags derived from the
 *   report's content, pdf-lib's own seeded generator for resource names.
 * - Tagged (`pdf/tags.ts`): a structure tree in reading order (sections, headings matching the
 *   bookmarks, paragraphs, tables, lists, the matrix as a figure with its description in words),
 *   each excerpt in its own language, diff insertions and deletions said in words, and page
 *   furniture marked as artifacts; docs/reports.md says what is checked.
 */

export interface PdfFonts {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
  readonly italic: Uint8Array;
}

const S = {
  body: { font: 'regular', size: 9 } as RunStyle,
  small: { font: 'regular', size: 7.5, grey: 0.25 } as RunStyle,
  tiny: { font: 'regular', size: 6.6, grey: 0.3 } as RunStyle,
  bold: { font: 'bold', size: 9 } as RunStyle,
  quote: { font: 'regular', size: 8.6 } as RunStyle,
  italic: { font: 'italic', size: 8.6 } as RunStyle,
};

/** 32 hex digits from the content (not cryptographic: an identifier, as the PDF's /ID is). */
export function contentId(text: string): string {
  return [0, 1, 2]
    .map((seed) => hash53(text, seed).toString(16).padStart(14, '0'))
    .join('')
    .slice(0, 32);
}

/** Six capital letters for a subset font's name (ISO 32000 9.6.4), from the content. */
function subsetTag(text: string, seed: number): string {
  let n = hash53(text, seed);
  let tag = '';
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + (n % 26));
    n = Math.floor(n / 26);
  }
  return tag;
}

/** Cards, links or annotations laid out between two pauses of a long section. */
const STEP_ITEMS = 40;

/**
 * pdf-lib encodes every drawn string by running the font's full shaping engine on it, which
 * dominates the time of a long PDF. Without ligatures or kerning a string's glyphs are its
 * characters' glyphs, so each character is encoded once (through pdf-lib, which also records
 * the glyph for the subset) and strings are joined from the cache: same bytes, many times faster.
 */
function withEncodingCache(font: PDFFont): PDFFont {
  const encodeOne = font.encodeText.bind(font);
  const cache = new Map<string, string>();
  font.encodeText = (text: string): PDFHexString => {
    let hex = '';
    for (const ch of text) {
      let code = cache.get(ch);
      if (code === undefined) {
        code = encodeOne(ch).asString();
        cache.set(ch, code);
      }
      hex += code;
    }
    return PDFHexString.of(hex);
  };
  return font;
}

function runs(text: string, style: RunStyle = S.body): Run[] {
  return [{ text, style }];
}

/** A paragraph's tag; `und` (undetermined) says nothing, so the language is left to the parent. */
function para(lang?: string): BlockTag {
  return lang && lang !== 'und' ? { role: 'P', lang } : { role: 'P' };
}

/**
 * A diff's insertion or deletion as a run: underlined or struck through on the page, and said in
 * words in the structure tree (`[deleted: …]`, as the Compare view tells screen readers), since a
 * line through a word is lost on anyone who does not see it.
 */
function diffRun(text: string, op: 'insert' | 'delete', style: RunStyle, labels: ReportLabels): Run {
  const inserted = op === 'insert';
  return {
    text,
    style: { ...style, ...(inserted ? { inserted: true } : { deleted: true }) },
    tag: { actualText: `[${inserted ? labels.sampleInserted : labels.sampleDeleted}: ${text.trim()}] ` },
  };
}

export interface PdfOptions {
  /** Tagged (the default). Untagged draws the very same pages with no structure: the tests' baseline. */
  readonly tagged?: boolean;
}

export async function* renderPdf(
  report: Report,
  codebook: Codebook,
  fonts: PdfFonts,
  options: PdfOptions = {},
): AsyncGenerator<ReportStep, Uint8Array, void> {
  const labels = labelsOf(report);
  const index = indexReport(report);
  const json = renderJson(report);
  const id = contentId(json);
  const withCommitments = themesWithCommitments(report);
  const sections = reportSections(report, labels);
  const total = sections.length + withCommitments.length + 2;
  let done = 0;
  const step = (message: string): ReportStep => ({ stage: 'rendering', done: ++done, total, message });
  /** A pause inside a long step, without counting it done. */
  const tickStep = (message: string): ReportStep => ({ stage: 'rendering', done, total, message });

  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  const embed = async (bytes: Uint8Array, name: string, seed: number): Promise<PDFFont> =>
    withEncodingCache(
      await doc.embedFont(bytes, { subset: true, customName: `${subsetTag(json, seed)}+${name}`, features: { liga: false, kern: false } }),
    );
  const embedded: Record<FontKey, PDFFont> = {
    regular: await embed(fonts.regular, 'DejaVuSansCondensed', 1),
    bold: await embed(fonts.bold, 'DejaVuSansCondensed-Bold', 2),
    italic: await embed(fonts.italic, 'DejaVuSansCondensed-Oblique', 3),
  };
  const type = new Typesetter(embedded);
  const tags = new StructureTree(report.settings.lang, options.tagged ?? true);
  const w = new PdfWriter(doc, embedded, type, tags);

  titlePage(w, report, labels);
  // The contents are drawn last (they need the page numbers) but read second.
  const contentsSection = tags.element(tags.root, 'Sect');
  const contentsEntries = sections.length + (withCommitments.length > 0 ? withCommitments.length : 0);
  const contentsPages = Math.max(1, Math.ceil((contentsEntries + 3) / 40));
  const contentsStart = w.pages.length;
  for (let i = 0; i < contentsPages; i++) w.newPage('portrait');
  yield step('title page');

  const landscape = report.sources.length > 3;
  for (const section of sections) {
    if (section.id === 'themes') w.newPage(landscape ? 'landscape' : 'portrait');
    else if (section.id === 'sources' || section.id === 'matrix' || section.id === 'annotations' || landscape) w.newPage('portrait');
    w.open('Sect');
    w.heading(section.title, 0);
    switch (section.id) {
      case 'sources':
        for (const s of report.sources) {
          w.open('Sect');
          w.heading(`${s.key} — ${s.title}`, 1, { keep: 120, contents: false });
          w.fields(sourceRows(s, labels), {
            mark: (label) => (label === labels.fieldDateConflict ? { font: 'bold', size: 9 } : undefined),
          });
          w.close();
        }
        break;
      case 'method':
        w.fields(methodRows(report, labels));
        // Drawn small, but the section's only subheading: H2 (no level skipped) and so a bookmark too.
        w.heading(labels.methodSettings, 2, { contents: false, role: 'H2' });
        w.fields(settingsRows(report, labels, themesOf(codebook).length));
        w.paragraph([
          { text: `${labels.legendDiff} `, style: S.body },
          diffRun(labels.sampleInserted, 'insert', S.body, labels),
          { text: ' ', style: S.body },
          diffRun(labels.sampleDeleted, 'delete', S.body, labels),
        ]);
        w.paragraph(runs(labels.legendCurated));
        w.paragraph(runs(labels.legendRefs));
        break;
      case 'matrix':
        drawMatrix(w, report, labels);
        break;
      case 'themes':
        if (withCommitments.length === 0) w.paragraph(runs(labels.noCommitments));
        for (const theme of withCommitments) {
          w.open('Sect');
          const { withCommitments: columns, without } = themeColumns(theme, report);
          const colWidth = w.columnWidth(columns.length);
          const headers = columns.map((s) => runs(sourceHeading(s), { font: 'bold', size: 7.6 }));
          const bodies: ColumnItem[][] = [];
          let cardsDone = 0;
          for (const s of columns) {
            const cards = (theme.bySource[s.id] ?? []).map((cid) => index.commitments.get(cid)).filter((c): c is ReportCommitment => !!c);
            const items: ColumnItem[] = [];
            for (const c of cards) {
              if (items.length > 0) items.push({ kind: 'rule' });
              items.push(commitmentCard(type, c, index, labels, colWidth));
              if (++cardsDone % STEP_ITEMS === 0) yield tickStep(theme.label);
            }
            bodies.push(items);
          }
          const absent =
            without.length > 0
              ? type.wrap(runs(fill(labels.noCommitmentsIn, { list: without.map(sourceHeading).join('; ') }), S.small), w.width, para())
              : [];
          w.heading(`${theme.label} (${labels.status[theme.status]})`, 1, {
            keep: w.columnsLead(headers, bodies) + absent.reduce((h, l) => h + l.height, 0),
          });
          if (absent.length > 0) w.block(absent, { after: 4 });
          // A long theme runs over many pages: let other work in between.
          for (const _page of w.columnPages(headers, bodies)) yield tickStep(theme.label);
          const links = linksOfTheme(theme, report.links);
          w.heading(labels.links, 2, { bookmark: false, keep: 40 });
          if (links.length === 0) w.paragraph(runs(labels.noLinks, S.small));
          // Each link a list item: its references and facts, then its word diff.
          if (links.length > 0) w.open('L');
          for (const [i, link] of links.entries()) {
            w.open('LI');
            w.open('LBody');
            w.block(linkLines(type, link, index, labels, codebook, report.settings.lang, w.width - 12), { frame: true });
            w.close();
            w.close();
            if ((i + 1) % STEP_ITEMS === 0) yield tickStep(theme.label);
          }
          if (links.length > 0) w.close();
          w.close();
          yield step(theme.label);
        }
        break;
      case 'indicators':
        for (const i of report.indicators) {
          const theme = report.themes.find((t) => t.id === i.theme)?.label ?? i.theme;
          w.paragraph([
            { text: `${theme} — `, style: S.bold },
            {
              text: `${i.code ? `${i.code} ` : ''}${i.label}: ${i.values.map((v) => `${v.label}: ${v.value}`).join('; ')} `,
              style: S.body,
            },
            { text: `(${index.sources.get(i.sourceId)?.key ?? i.sourceId}, ${i.blockId})`, style: S.small },
          ]);
        }
        break;
      case 'annotations':
        if (report.annotations.length === 0) w.paragraph(runs(labels.noAnnotations, S.small));
        if (report.annotations.length > 0) w.open('L');
        for (const [k, a] of report.annotations.entries()) {
          if ((k + 1) % STEP_ITEMS === 0) yield tickStep(section.title);
          const lines = [];
          if (a.target.kind === 'passage') lines.push(...type.wrap(runs(`“${a.target.quote}”`, S.italic), w.width, para()));
          for (const note of a.note.split(/\r?\n/).filter((p) => p.trim() !== '')) {
            lines.push(...type.wrap(runs(note, S.body), w.width, para()));
          }
          const meta = [`${labels.fieldAnchoring}: ${labels.anchoring[a.status]}`];
          if (a.tags.length > 0) meta.unshift(`${labels.fieldTags}: ${a.tags.join(', ')}`);
          lines.push(...type.wrap(runs(meta.join(' · '), S.small), w.width, para()));
          lines.push(
            ...type.wrap(
              runs(`${a.id} — ${annotationTargetText(a, index, labels)} · ${displayInstant(a.modified)}`, S.tiny),
              w.width,
              para(),
            ),
          );
          w.open('LI');
          w.open('LBody');
          w.block(lines, { after: 2 });
          w.close();
          w.close();
          w.rule(0.8);
        }
        if (report.annotations.length > 0) w.close();
        break;
      case 'curation':
        if (report.curation.length === 0) w.paragraph(runs(labels.noCuration, S.small));
        if (report.curation.length > 0) w.open('L');
        for (const d of report.curation) {
          w.open('LI');
          w.open('LBody');
          w.paragraph(
            [
              { text: `${labels.decision[d.decision]}: `, style: S.bold },
              { text: `${d.id} (${d.sourceIds.map((s) => index.sources.get(s)?.key ?? s).join(' → ')})`, style: S.body },
            ],
            { after: 1 },
          );
          for (const n of d.notes) w.paragraph(runs(n, S.small), { indent: 12, after: 1 });
          w.close();
          w.close();
        }
        if (report.curation.length > 0) w.close();
        break;
      case 'verification':
        w.paragraph(runs(labels.verifyHashes));
        for (const line of checksumList(report).split('\n')) w.paragraph(runs(line, { font: 'regular', size: 7.2 }), { after: 0 });
        w.gap(6);
        w.paragraph(runs(labels.verifyExcerpts));
        w.paragraph(runs(fill(labels.verifyJson, { format: REPORT_FORMAT_NAME, schema: REPORT_SCHEMA_VERSION })));
        w.paragraph(runs(labels.verifyPdf));
        break;
    }
    w.close();
    if (section.id !== 'themes') yield step(section.title);
  }

  contents(w, contentsSection, contentsStart, contentsPages, labels);
  footers(w, report, labels);
  addOutline(doc, w.bookmarks);
  showOutlines(doc);
  applyPdfA(doc, {
    title: `${labels.title} — ${report.sources.map((s) => s.id).join(', ')}`,
    subject: `${labels.comparedSources}: ${report.sources.map((s) => `${s.title} (${s.date})`).join('; ')}`,
    keywords: ['Synopsis', REPORT_FORMAT_NAME, `schema ${REPORT_SCHEMA_VERSION}`, `codebook ${report.method.codebookVersion}`],
    creator: `Synopsis ${report.generator.version}`,
    producer: `Synopsis ${report.generator.version} (pdf-lib)`,
    lang: report.settings.lang,
    date: report.generated,
    documentId: id,
  });
  for (const _ of attachFilesInSteps(
    doc,
    [
      {
        name: 'report.json',
        mediaType: 'application/json',
        description: `The complete report as JSON (${REPORT_FORMAT_NAME}, schema version ${REPORT_SCHEMA_VERSION})`,
        relationship: 'Data',
        bytes: new TextEncoder().encode(json),
      },
      {
        name: 'report-v1.schema.json',
        mediaType: 'application/schema+json',
        description: 'The JSON Schema of report.json',
        relationship: 'Supplement',
        bytes: new TextEncoder().encode(`${JSON.stringify(reportSchema, null, 2)}\n`),
      },
    ],
    report.generated,
  ))
    yield tickStep('saving');
  for (const _ of tags.write(doc)) yield tickStep('saving');
  yield step('saving');
  // The fonts' subsets one at a time, then every stream compressed a step at a time: save() would
  // do all of it without a pause long enough for the host to answer anyone.
  for (const font of Object.values(embedded)) {
    await font.embed();
    yield tickStep('saving');
  }
  for (const _ of precompressStreams(doc)) yield tickStep('saving');
  return doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false, objectsPerTick: 200 });
}

function titlePage(w: PdfWriter, report: Report, labels: ReportLabels): void {
  w.newPage('portrait');
  w.open('Sect');
  w.gap(60);
  w.paragraph(runs(labels.title, { font: 'bold', size: 26 }), { after: 18, tag: { role: 'H1' } });
  // The sources compared: a list, its heading the list's caption.
  w.open('L');
  w.paragraph(runs(labels.comparedSources, { font: 'bold', size: 12 }), { after: 8, tag: { role: 'Caption' } });
  for (const s of report.sources) {
    w.open('LI');
    w.open('LBody');
    w.paragraph(runs(sourceHeading(s), { font: 'bold', size: 10.5 }), { after: 1 });
    w.paragraph(runs(`${s.file} · SHA-256 ${s.sha256}`, S.small), { indent: 14, after: 8 });
    w.close();
    w.close();
  }
  w.close();
  w.gap(12);
  w.paragraph(
    runs(fill(labels.generatedBy, { date: displayInstant(report.generated), version: report.generator.version }), {
      font: 'regular',
      size: 11,
    }),
    {
      after: 8,
    },
  );
  w.paragraph(runs(fill(labels.reproducible, { format: REPORT_FORMAT_NAME, schema: REPORT_SCHEMA_VERSION }), S.small));
  w.paragraph(
    runs(
      `${labels.methodCodebook} ${report.method.codebookVersion} · ${labels.methodExtractor} ${report.method.extractorVersion} · ${labels.methodIngest} ${report.method.ingestVersion}`,
      S.small,
    ),
  );
  w.paragraph(runs(labels.verifyPdf, S.small));
  w.close();
}

function commitmentCard(type: Typesetter, c: ReportCommitment, index: ReportIndex, labels: ReportLabels, width: number): ColumnItem {
  const facts: Run[] = [
    { text: `${commitmentRef(c.id, index)}  `, style: { font: 'bold', size: 8 } },
    { text: commitmentFacts(c, labels, index).join(' · '), style: S.small },
  ];
  if (c.curated) facts.push({ text: `  ✓ ${labels.curatedMark}`, style: { font: 'bold', size: 7.5 } });
  const source = index.sources.get(c.sourceId);
  // The excerpt in its own language, so a screen reader pronounces it right; so is its twin.
  const lines = [...type.wrap(facts, width, para()), ...type.wrap(runs(c.text, S.quote), width, para(c.lang))];
  const twin = twinOf(c, index);
  if (twin) {
    lines.push(
      ...type.wrap(
        [
          { text: `${fill(labels.otherLanguage, { lang: twin.lang })}: `, style: S.small },
          { text: twin.text, style: S.italic, ...(twin.lang !== 'und' ? { tag: { lang: twin.lang } } : {}) },
        ],
        width,
        para(),
      ),
    );
  }
  lines.push(...type.wrap(runs(`${c.id} — ${citationText(c.citation, source, labels)}`, S.tiny), width, para()));
  if (twin) lines.push(...type.wrap(runs(`${twin.id} — ${citationText(twin.citation, source, labels)}`, S.tiny), width, para()));
  return { kind: 'lines', lines };
}

function linkLines(
  type: Typesetter,
  link: ReportLink,
  index: ReportIndex,
  labels: ReportLabels,
  codebook: Codebook,
  lang: Report['settings']['lang'],
  width: number,
) {
  const from = commitmentRef(link.from, index);
  const to = commitmentRef(link.to, index);
  const head: Run[] = [{ text: `${from} → ${to}`, style: { font: 'bold', size: 8.6 } }];
  if (link.curated) head.push({ text: `  ✓ ${labels.curatedMark}`, style: { font: 'bold', size: 8.6 } });
  head.push({ text: `   ${linkFacts(link, labels, codebook, lang).join(' · ')} · ${link.id}`, style: S.small });
  const quiet = diffSaysNothing(link.diff);
  const diff: Run[] = quiet
    ? runs(fill(labels.noWordDiff, { from, to }), { ...S.small, font: 'italic' })
    : spacedDiff(link.diff).map((d) => (d.op === 'equal' ? { text: d.text, style: S.quote } : diffRun(d.text, d.op, S.quote, labels)));
  // The diff is quoted text: in the two commitments' language when they share one.
  const langs = new Set([index.commitments.get(link.from)?.lang, index.commitments.get(link.to)?.lang]);
  const diffLang = !quiet && langs.size === 1 ? [...langs][0] : undefined;
  return [...type.wrap(head, width, para()), ...type.wrap(diff, width, para(diffLang))];
}

/** The theme × source matrix, drawn with the same layout as the HTML's SVG, scaled to the page. */
function drawMatrix(w: PdfWriter, report: Report, labels: ReportLabels): void {
  const fontSize = 8.5;
  const layout = matrixLayout(
    report,
    labels,
    (t) => w.type.width(w.type.clean(t, 'regular'), { font: 'regular', size: fontSize }),
    fontSize,
  );
  const scale = Math.min(1, w.width / layout.width);
  const height = layout.height * scale;
  w.ensure(height + 20);
  const page = w.pages[w.pageIndex]!;
  const x0 = MARGIN.left;
  const y0 = w.y;
  // One figure, read as its description: the numbers it shows, in words.
  const figure = w.tags.element(w.container, 'Figure', {
    alt: matrixAlt(report, labels),
    bbox: [x0, y0 - height, x0 + layout.width * scale, y0],
  });
  const text = (t: string, x: number, y: number, options: { bold?: boolean; centre?: boolean; size?: number } = {}): void => {
    const size = (options.size ?? fontSize) * scale;
    const clean = w.type.clean(t, options.bold ? 'bold' : 'regular');
    const width = w.type.width(clean, { font: options.bold ? 'bold' : 'regular', size });
    page.drawText(clean, {
      x: x0 + x * scale - (options.centre ? width / 2 : 0),
      y: y0 - y * scale,
      size,
      font: w.font(options.bold ? 'bold' : 'regular'),
    });
  };
  w.tags.mark(page, figure, () => drawMatrixOn());
  function drawMatrixOn(): void {
    text(layout.titles.theme, layout.labelX, layout.headerHeight - 8, { bold: true });
    text(layout.titles.status, layout.statusX, layout.headerHeight - 8, { bold: true });
    for (const h of layout.header) {
      text(h.key, h.x + h.width / 2, layout.headerHeight - 20, { bold: true, centre: true });
      text(h.date, h.x + h.width / 2, layout.headerHeight - 8, { centre: true, size: fontSize - 1.5 });
    }
    for (const r of layout.rows) {
      const ty = r.y + r.height / 2 + fontSize * 0.35;
      text(r.label, layout.labelX, ty);
      text(r.status, layout.statusX, ty);
    }
    for (const c of layout.cells) {
      page.drawRectangle({
        x: x0 + (c.x + 1) * scale,
        y: y0 - (c.y + c.height - 1) * scale,
        width: (c.width - 2) * scale,
        height: (c.height - 2) * scale,
        color: grayscale(c.grey),
        borderColor: grayscale(0),
        borderWidth: 0.5,
      });
      text(c.count === 0 ? '–' : String(c.count), c.x + c.width / 2, c.y + c.height / 2 + fontSize * 0.35, { centre: true });
    }
  }
  w.y = y0 - height - 10;
  const without = report.themes.filter((t) => !Object.values(t.bySource).some((ids) => ids.length > 0)).map((t) => t.label);
  w.paragraph(runs(`${labels.matrixCaption} ${report.sources.map((s) => `${s.key} = ${s.title} (${s.date})`).join('; ')}.`, S.small));
  if (without.length > 0) w.paragraph(runs(fill(labels.themesWithout, { list: without.join(', ') }), S.small));
}

/**
 * The matrix in words, for its figure's alternative text: the caption, then each theme's status
 * and its number of commitments per source (keys as in the figure; the caption below the
 * figure names the sources).
 */
export function matrixAlt(report: Report, labels: ReportLabels): string {
  const rows = report.themes.map(
    (t) =>
      `${t.label} (${labels.matrixStatus}: ${labels.status[t.status]}): ${report.sources
        .map((s) => `${s.key} ${t.bySource[s.id]?.length ?? 0}`)
        .join(', ')}`,
  );
  return `${labels.matrixCaption} ${rows.join('; ')}.`;
}

/**
 * The contents, on the pages kept for them after the title page, with the page of each heading;
 * in the structure tree a `TOC` with an item (`TOCI`) per entry, the themes' nested in their
 * section's, each item's title and page number one paragraph (the dot leaders are artifacts).
 */
function contents(w: PdfWriter, section: StructElement, start: number, count: number, labels: ReportLabels): void {
  let pageNo = start;
  let page = w.pages[pageNo]!;
  const top = page.getSize().height - MARGIN.top;
  let y = top;
  const draw = (line: Line, x: number, into: StructElement): void => w.drawLine(line, x, page, y, into);
  draw(w.type.wrap(runs(labels.contents, { font: 'bold', size: 17 }), w.width)[0]!, 0, w.tags.element(section, 'H1'));
  y -= 34;
  const toc = w.tags.element(section, 'TOC');
  let sectionItem: StructElement | undefined;
  let nested: StructElement | undefined;
  for (const b of w.bookmarks.filter((x) => x.contents)) {
    if (y < MARGIN.bottom + 20) {
      if (pageNo + 1 >= start + count) break;
      page = w.pages[++pageNo]!;
      y = top;
    }
    const style: RunStyle = b.level === 0 ? { font: 'bold', size: 10.5 } : { font: 'regular', size: 9.5 };
    const indent = b.level === 0 ? 0 : 16;
    const number = String(b.page + 1);
    const numberWidth = w.type.width(number, style);
    const line = w.type.wrap(runs(b.title, style), w.width - indent - numberWidth - 30)[0]!;
    let item: StructElement;
    if (b.level === 0 || !sectionItem) {
      sectionItem = item = w.tags.element(toc, 'TOCI');
      nested = undefined;
    } else {
      nested ??= w.tags.element(sectionItem, 'TOC');
      item = w.tags.element(nested, 'TOCI');
    }
    const entry = w.tags.element(item, 'P');
    draw(line, indent, entry);
    const dotWidth = w.type.width('.', S.small);
    const dots = '.'.repeat(Math.max(0, Math.floor((w.width - indent - line.width - numberWidth - 14) / dotWidth)));
    if (dots !== '') w.drawArtifactLine(w.type.wrap(runs(dots, S.small), w.width)[0]!, indent + line.width + 6, page, y, 'Layout');
    draw(w.type.wrap(runs(number, style), w.width)[0]!, w.width - numberWidth, entry);
    y -= line.height + (b.level === 0 ? 5 : 2);
  }
}

function footers(w: PdfWriter, report: Report, labels: ReportLabels): void {
  const n = w.pages.length;
  const left = `Synopsis ${report.generator.version} · ${labels.title} · ${displayInstant(report.generated)}`;
  w.pages.forEach((page, i) => {
    const { width } = page.getSize();
    const number = fill(labels.pageOf, { page: i + 1, pages: n });
    const style: RunStyle = { font: 'regular', size: 7.2, grey: 0.35 };
    const y = 30;
    const leftLine = w.type.wrap(runs(left, style), width)[0]!;
    const numberLine = w.type.wrap(runs(number, style), width)[0]!;
    // Running footer and page number: pagination artifacts, not part of what the report says.
    w.drawArtifactLine(leftLine, 0, page, y + leftLine.baseline);
    w.drawArtifactLine(numberLine, width - MARGIN.left - MARGIN.right - numberLine.width, page, y + numberLine.baseline);
  });
}
