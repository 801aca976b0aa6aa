import type { ReportLabels } from './labels';
import type { Report } from './model';

/**
 * The theme × source matrix as a figure: one row per theme, one column per source (time
 * order), the number of commitments in each cell on a grey scale, the theme's status at the
 * end. Laid out once here; the HTML draws it as inline SVG and the PDF with its own operators,
 * so both show the same figure. Readable in black and white: every cell prints its number.
 */

export interface MatrixCell {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly count: number;
  /** Grey level of the fill, 1 = white, lower is darker (never so dark black text is hard to read). */
  readonly grey: number;
}

export interface MatrixLayout {
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  readonly header: readonly { readonly x: number; readonly width: number; readonly key: string; readonly date: string }[];
  readonly rows: readonly { readonly y: number; readonly height: number; readonly label: string; readonly status: string }[];
  readonly cells: readonly MatrixCell[];
  readonly labelX: number;
  readonly statusX: number;
  readonly headerHeight: number;
  readonly titles: { readonly theme: string; readonly status: string };
}

const ROW = 20;
const HEADER = 34;
const CELL = 52;
const GAP = 14;

/** `measure(text)` gives a text's width at `fontSize` in the unit of the figure. */
export function matrixLayout(report: Report, labels: ReportLabels, measure: (text: string) => number, fontSize = 10): MatrixLayout {
  const themeWidth = Math.ceil(Math.max(measure(labels.matrixTheme), ...report.themes.map((t) => measure(t.label))) + GAP);
  const statusWidth = Math.ceil(
    Math.max(measure(labels.matrixStatus), ...report.themes.map((t) => measure(labels.status[t.status]))) + GAP,
  );
  const counts = report.themes.map((t) => report.sources.map((s) => t.bySource[s.id]?.length ?? 0));
  const max = Math.max(1, ...counts.flat());
  const cellsX = themeWidth;
  const statusX = cellsX + report.sources.length * CELL + GAP;
  const header = report.sources.map((s, i) => ({ x: cellsX + i * CELL, width: CELL, key: s.key, date: s.date }));
  const rows = report.themes.map((t, r) => ({ y: HEADER + r * ROW, height: ROW, label: t.label, status: labels.status[t.status] }));
  const cells: MatrixCell[] = [];
  counts.forEach((row, r) =>
    row.forEach((count, c) =>
      cells.push({
        x: cellsX + c * CELL,
        y: HEADER + r * ROW,
        width: CELL,
        height: ROW,
        count,
        grey: count === 0 ? 1 : Math.round((0.9 - 0.38 * (count / max)) * 100) / 100,
      }),
    ),
  );
  return {
    width: statusX + statusWidth,
    height: HEADER + report.themes.length * ROW + 1,
    fontSize,
    header,
    rows,
    cells,
    labelX: 0,
    statusX,
    headerHeight: HEADER,
    titles: { theme: labels.matrixTheme, status: labels.matrixStatus },
  };
}

/** A rough width for SVG text in a generic sans-serif face (the browser's actual font may differ a little). */
export function estimateWidth(text: string, fontSize: number): number {
  let units = 0;
  for (const ch of text) units += /[iljtf.,;:'’!|() ]/.test(ch) ? 0.32 : /[mwMW]/.test(ch) ? 0.85 : /[A-Z]/.test(ch) ? 0.68 : 0.56;
  return units * fontSize;
}

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function hexGrey(grey: number): string {
  const v = Math.round(grey * 255)
    .toString(16)
    .padStart(2, '0');
  return `#${v}${v}${v}`;
}

/** The matrix as an inline SVG element: text stays text (selectable, searchable), nothing is fetched. */
export function matrixSvg(layout: MatrixLayout, title: string): string {
  const fs = layout.fontSize;
  const parts: string[] = [];
  parts.push(
    `<svg role="img" aria-labelledby="matrix-title" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" font-family="DejaVu Sans, Helvetica, Arial, sans-serif" font-size="${fs}">`,
    `<title id="matrix-title">${esc(title)}</title>`,
    `<text x="${layout.labelX}" y="${layout.headerHeight - 8}" font-weight="bold">${esc(layout.titles.theme)}</text>`,
    `<text x="${layout.statusX}" y="${layout.headerHeight - 8}" font-weight="bold">${esc(layout.titles.status)}</text>`,
  );
  for (const h of layout.header) {
    const cx = h.x + h.width / 2;
    parts.push(
      `<text x="${cx}" y="${layout.headerHeight - 20}" text-anchor="middle" font-weight="bold">${esc(h.key)}</text>`,
      `<text x="${cx}" y="${layout.headerHeight - 8}" text-anchor="middle" font-size="${fs - 2}">${esc(h.date)}</text>`,
    );
  }
  for (const r of layout.rows) {
    const ty = r.y + r.height / 2 + fs * 0.35;
    parts.push(
      `<text x="${layout.labelX}" y="${ty}">${esc(r.label)}</text>`,
      `<text x="${layout.statusX}" y="${ty}">${esc(r.status)}</text>`,
    );
  }
  for (const c of layout.cells) {
    parts.push(
      `<rect x="${c.x + 1}" y="${c.y + 1}" width="${c.width - 2}" height="${c.height - 2}" fill="${hexGrey(c.grey)}" stroke="#000" stroke-width="0.5"/>`,
      `<text x="${c.x + c.width / 2}" y="${c.y + c.height / 2 + fs * 0.35}" text-anchor="middle">${c.count === 0 ? '–' : c.count}</text>`,
    );
  }
  parts.push('</svg>');
  return parts.join('\n');
}
