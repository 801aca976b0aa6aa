import { grayscale, rgb, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import type { FontKey, Line, Run, RunStyle, Typesetter } from './typeset';

/**
 * A small page writer over pdf-lib: a cursor that moves down the page, paragraphs that break
 * across pages between lines, blocks kept together, label/value tables, headings that become
 * bookmarks, and side-by-side columns that run on over as many pages as they need.
 */

export type Orientation = 'portrait' | 'landscape';

const A4: Readonly<Record<Orientation, [number, number]>> = { portrait: [595.28, 841.89], landscape: [841.89, 595.28] };
export const MARGIN = { top: 56, bottom: 62, left: 52, right: 52 } as const;

export interface Bookmark {
  readonly title: string;
  readonly level: number;
  readonly page: number;
  readonly y: number;
  /** Listed in the printed contents too (sections and themes; sources only as bookmarks). */
  readonly contents: boolean;
}

/** A run of lines drawn together (a commitment card), or a vertical gap, or a thin rule. */
export type ColumnItem =
  | { readonly kind: 'lines'; readonly lines: readonly Line[]; readonly indent?: number; readonly bar?: boolean }
  | { readonly kind: 'gap'; readonly height: number }
  | { readonly kind: 'rule' };

const INSERT_COLOUR = rgb(0, 0.39, 0);
const DELETE_COLOUR = rgb(0.6, 0, 0);

export class PdfWriter {
  readonly pages: PDFPage[] = [];
  readonly bookmarks: Bookmark[] = [];
  private page!: PDFPage;
  private orientation: Orientation = 'portrait';
  /** Distance of the cursor from the page's bottom edge (PDF coordinates). */
  y = 0;

  constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: Readonly<Record<FontKey, PDFFont>>,
    readonly type: Typesetter,
  ) {}

  font(key: FontKey): PDFFont {
    return this.fonts[key];
  }

  get width(): number {
    return A4[this.orientation][0] - MARGIN.left - MARGIN.right;
  }

  get top(): number {
    return A4[this.orientation][1] - MARGIN.top;
  }

  get pageIndex(): number {
    return this.pages.length - 1;
  }

  newPage(orientation: Orientation = this.orientation): void {
    this.orientation = orientation;
    this.page = this.doc.addPage(A4[orientation]);
    this.pages.push(this.page);
    this.y = this.top;
  }

  /** Room left above the bottom margin. */
  get room(): number {
    return this.y - MARGIN.bottom;
  }

  ensure(height: number): void {
    if (height > this.room && this.y < this.top) this.newPage();
  }

  gap(height: number): void {
    this.y -= height;
    if (this.y < MARGIN.bottom) this.newPage();
  }

  /** Draws one line with its top at the cursor, at `x` from the left margin. */
  drawLine(line: Line, x = 0, page: PDFPage = this.page, top: number = this.y): void {
    const baseline = top - line.baseline;
    for (const p of line.pieces) {
      if (p.text === '') continue;
      const left = MARGIN.left + x + p.x;
      const colour = p.style.inserted ? INSERT_COLOUR : p.style.deleted ? DELETE_COLOUR : grayscale(p.style.grey ?? 0);
      page.drawText(p.text, { x: left, y: baseline, size: p.style.size, font: this.fonts[p.style.font], color: colour });
      const thickness = Math.max(0.6, p.style.size * 0.07);
      // Black and white: insertions underlined, deletions struck through.
      if (p.style.inserted) {
        const y = baseline - p.style.size * 0.16;
        page.drawLine({ start: { x: left, y }, end: { x: left + p.width, y }, thickness, color: colour });
      }
      if (p.style.deleted) {
        const y = baseline + p.style.size * 0.3;
        page.drawLine({ start: { x: left, y }, end: { x: left + p.width, y }, thickness, color: colour });
      }
    }
  }

  /** A paragraph that may break between lines. */
  paragraph(runs: readonly Run[], options: { indent?: number; after?: number; width?: number } = {}): void {
    const indent = options.indent ?? 0;
    for (const line of this.type.wrap(runs, (options.width ?? this.width) - indent)) {
      if (line.height > this.room) this.newPage();
      this.drawLine(line, indent);
      this.y -= line.height;
    }
    this.y -= options.after ?? 4;
  }

  /** A heading, kept with at least `keep` points of what follows; recorded as a bookmark. */
  heading(text: string, level: 0 | 1 | 2, options: { bookmark?: boolean; contents?: boolean; keep?: number } = {}): void {
    const size = [17, 13.5, 11.5][level]!;
    const lines = this.type.wrap([{ text, style: { font: 'bold', size } }], this.width);
    const height = lines.reduce((h, l) => h + l.height, 0);
    this.ensure(height + (options.keep ?? 60));
    if (this.y < this.top) this.y -= level === 0 ? 10 : 6;
    if (options.bookmark !== false) {
      this.bookmarks.push({
        title: text,
        level,
        page: this.pageIndex,
        y: Math.min(this.top + 20, this.y + 6),
        contents: options.contents ?? true,
      });
    }
    for (const line of lines) {
      this.drawLine(line);
      this.y -= line.height;
    }
    if (level === 0) {
      this.page.drawLine({ start: { x: MARGIN.left, y: this.y + 2 }, end: { x: MARGIN.left + this.width, y: this.y + 2 }, thickness: 1.2 });
      this.y -= 8;
    } else this.y -= 3;
  }

  /** Label/value rows: labels in bold on the left, values wrapped on the right; a row never splits. */
  fields(
    rows: readonly (readonly [string, string])[],
    options: { labelWidth?: number; size?: number; mark?: (label: string) => RunStyle | undefined } = {},
  ): void {
    const size = options.size ?? 9;
    const labelWidth = options.labelWidth ?? 118;
    for (const [label, value] of rows) {
      const valueStyle = options.mark?.(label) ?? { font: 'regular' as const, size };
      const left = this.type.wrap([{ text: label, style: { font: 'bold', size } }], labelWidth - 8);
      const right = this.type.wrap([{ text: value, style: valueStyle }], this.width - labelWidth);
      const height = Math.max(sum(left), sum(right));
      this.ensure(height);
      let top = this.y;
      for (const l of left) {
        this.drawLine(l, 0, this.page, top);
        top -= l.height;
      }
      top = this.y;
      for (const l of right) {
        this.drawLine(l, labelWidth, this.page, top);
        top -= l.height;
      }
      this.y -= height + 1.5;
    }
    this.y -= 6;
  }

  /** A block of lines that stays on one page when it can (a card, a link). */
  block(lines: readonly Line[], options: { indent?: number; after?: number; frame?: boolean } = {}): void {
    const height = sum(lines) + (options.frame ? 8 : 0);
    if (height <= this.top - MARGIN.bottom) this.ensure(height);
    const indent = options.indent ?? 0;
    const startPage = this.page;
    const startY = this.y;
    if (options.frame) this.y -= 4;
    for (const line of lines) {
      if (line.height > this.room) this.newPage();
      this.drawLine(line, indent + (options.frame ? 6 : 0));
      this.y -= line.height;
    }
    if (options.frame) {
      this.y -= 4;
      if (this.page === startPage) {
        this.page.drawRectangle({
          x: MARGIN.left + indent,
          y: this.y,
          width: this.width - indent,
          height: startY - this.y,
          borderColor: grayscale(0.55),
          borderWidth: 0.6,
        });
      }
    }
    this.y -= options.after ?? 6;
  }

  rule(grey = 0.6): void {
    this.page.drawLine({
      start: { x: MARGIN.left, y: this.y },
      end: { x: MARGIN.left + this.width, y: this.y },
      thickness: 0.5,
      color: grayscale(grey),
    });
    this.y -= 6;
  }

  /**
   * Columns side by side (one per source), each a stack of items. Each column fills down the page
   * on its own; when any has more, a new page starts with the headers repeated. A card moves to
   * the next page rather than split, unless it is taller than a page.
   */
  columns(headers: readonly Run[][], bodies: readonly (readonly ColumnItem[])[], gutter = 10): void {
    for (const _page of this.columnPages(headers, bodies, gutter));
  }

  /** `columns`, one page at a time: the caller may let other work run between pages. */
  *columnPages(headers: readonly Run[][], bodies: readonly (readonly ColumnItem[])[], gutter = 10): Generator<number, void, void> {
    const n = headers.length;
    const colWidth = (this.width - gutter * (n - 1)) / n;
    const headerLines = headers.map((h) => this.type.wrap(h, colWidth - 4));
    const headerHeight = Math.max(...headerLines.map(sum)) + 8;
    const queues: ColumnItem[][] = bodies.map((b) => [...b]);
    const next = queues.map(() => 0);
    this.ensure(this.columnsLead(headers, bodies, gutter));
    for (;;) {
      // Headers, on a grey band.
      const bandTop = this.y;
      this.page.drawRectangle({
        x: MARGIN.left,
        y: bandTop - headerHeight,
        width: this.width,
        height: headerHeight,
        color: grayscale(0.92),
      });
      headerLines.forEach((lines, c) => {
        let top = bandTop - 4;
        for (const l of lines) {
          this.drawLine(l, c * (colWidth + gutter) + 2, this.page, top);
          top -= l.height;
        }
      });
      const startY = bandTop - headerHeight - 6;
      let lowest = startY;
      let pending = false;
      queues.forEach((items, c) => {
        let y = startY;
        const x = c * (colWidth + gutter);
        while (next[c]! < items.length) {
          const item = items[next[c]!]!;
          const h = itemHeight(item);
          const fitsEmptyPage = h <= this.top - MARGIN.bottom - headerHeight - 6;
          if (y - h < MARGIN.bottom) {
            if (item.kind === 'lines' && !fitsEmptyPage) {
              // Taller than a page: draw what fits, leave the rest for the next page.
              let k = 0;
              while (k < item.lines.length && y - item.lines[k]!.height >= MARGIN.bottom) {
                this.drawLine(item.lines[k]!, x + (item.indent ?? 0), this.page, y);
                y -= item.lines[k]!.height;
                k++;
              }
              items[next[c]!] = { ...item, lines: item.lines.slice(k) };
            }
            pending = true;
            break;
          }
          if (item.kind === 'lines') {
            let top = y;
            for (const l of item.lines) {
              this.drawLine(l, x + (item.indent ?? 0), this.page, top);
              top -= l.height;
            }
            if (item.bar) {
              this.page.drawLine({
                start: { x: MARGIN.left + x + 1, y },
                end: { x: MARGIN.left + x + 1, y: y - h + 2 },
                thickness: 1.2,
                color: grayscale(0.6),
              });
            }
          } else if (item.kind === 'rule') {
            this.page.drawLine({
              start: { x: MARGIN.left + x, y: y - 3 },
              end: { x: MARGIN.left + x + colWidth, y: y - 3 },
              thickness: 0.4,
              color: grayscale(0.65),
              dashArray: [1.5, 1.5],
            });
          }
          y -= h;
          next[c]!++;
        }
        lowest = Math.min(lowest, y);
      });
      // Thin separators between the columns, down to the lowest column on this page.
      for (let c = 1; c < n; c++) {
        const x = MARGIN.left + c * (colWidth + gutter) - gutter / 2;
        this.page.drawLine({
          start: { x, y: bandTop },
          end: { x, y: pending ? MARGIN.bottom : lowest },
          thickness: 0.4,
          color: grayscale(0.7),
        });
      }
      if (!pending) {
        this.y = lowest - 8;
        return;
      }
      this.newPage();
      yield this.pageIndex;
    }
  }

  /**
   * The height columns need on the current page to start well: the headers and the first card of
   * every column (so no column starts empty at the foot of a page). A heading before the columns
   * keeps this much with it.
   */
  columnsLead(headers: readonly Run[][], bodies: readonly (readonly ColumnItem[])[], gutter = 10): number {
    const colWidth = this.columnWidth(headers.length, gutter);
    const headerHeight = Math.max(...headers.map((h) => sum(this.type.wrap(h, colWidth - 4)))) + 8;
    const first = Math.max(0, ...bodies.map((items) => (items[0] ? itemHeight(items[0]) : 0)));
    return headerHeight + 6 + Math.min(first, (this.top - MARGIN.bottom) / 2);
  }

  /** Lays out text for a column item at the column width of `n` columns. */
  columnWidth(n: number, gutter = 10): number {
    return (this.width - gutter * (n - 1)) / n;
  }
}

function itemHeight(item: ColumnItem): number {
  return item.kind === 'lines' ? sum(item.lines) : item.kind === 'gap' ? item.height : 7;
}

export function sum(lines: readonly Line[]): number {
  return lines.reduce((h, l) => h + l.height, 0);
}
