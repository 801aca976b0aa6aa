import { grayscale, rgb, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import type { ArtifactKind, StructElement, StructAttributes, StructRole, StructureTree } from './tags';
import type { BlockTag, FontKey, InlineTag, Line, Piece, Run, RunStyle, Typesetter } from './typeset';

/**
 * A small page writer over pdf-lib: a cursor that moves down the page, paragraphs that break
 * across pages between lines, blocks kept together, label/value tables, headings that become
 * bookmarks, and side-by-side columns that run on over as many pages as they need.
 *
 * It also builds the structure tree (tags.ts) as it draws: text goes into the element its line
 * names (`Line.block`, `Run.tag`) or the one the caller opened (`open`/`close`); headings,
 * label/value tables and columns make their own elements; rules, frames, bands and repeated
 * column headers are drawn as artifacts.
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
  /** The structure element new content and elements go into. */
  container: StructElement;
  private readonly blocks = new Map<BlockTag, StructElement>();
  private readonly spans = new Map<InlineTag, StructElement>();

  constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: Readonly<Record<FontKey, PDFFont>>,
    readonly type: Typesetter,
    readonly tags: StructureTree,
  ) {
    this.container = tags.root;
  }

  /** Opens an element inside the current container and makes it the container. */
  open(role: StructRole, attributes: StructAttributes = {}): StructElement {
    this.container = this.tags.element(this.container, role, attributes);
    return this.container;
  }

  /** Goes back to the container's parent. */
  close(): void {
    this.container = this.container.parent ?? this.tags.root;
  }

  /** Draws with `draw` on the current page as page furniture (outside the structure tree). */
  artifact(draw: () => void, kind: ArtifactKind = 'Layout', page: PDFPage = this.page): void {
    this.tags.artifact(page, kind, draw);
  }

  private blockElement(tag: BlockTag): StructElement {
    let e = this.blocks.get(tag);
    if (!e) {
      e = this.tags.element(this.container, tag.role, tag.lang ? { lang: tag.lang } : {});
      this.blocks.set(tag, e);
    }
    return e;
  }

  private spanElement(tag: InlineTag, parent: StructElement): StructElement {
    let e = this.spans.get(tag);
    if (!e) {
      e = this.tags.element(parent, 'Span', tag);
      this.spans.set(tag, e);
    }
    return e;
  }

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
    this.tags.addPage(this.page);
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

  /**
   * Draws one line with its top at the cursor, at `x` from the left margin, as content of
   * `into`, else of the paragraph the line names, else of the current container; a run with its
   * own tag becomes a `Span` inside that.
   */
  drawLine(line: Line, x = 0, page: PDFPage = this.page, top: number = this.y, into?: StructElement): void {
    const owner = into ?? (line.block ? this.blockElement(line.block) : this.container);
    // Consecutive pieces with the same inline tag (or none) make one marked-content sequence; a
    // span's element is made when its content is drawn, so it comes after what precedes it.
    let group: Piece[] = [];
    const flush = (): void => {
      if (group.length === 0) return;
      const pieces = group;
      const tag = pieces[0]!.tag;
      this.tags.mark(page, tag ? this.spanElement(tag, owner) : owner, () => {
        for (const p of pieces) this.drawPiece(p, x, page, top - line.baseline);
      });
      group = [];
    };
    for (const p of line.pieces) {
      if (p.text === '') continue;
      if (group.length > 0 && group[0]!.tag !== p.tag) flush();
      group.push(p);
    }
    flush();
  }

  /** Draws a line as page furniture (footers, page numbers, repeated headers), outside the structure tree. */
  drawArtifactLine(line: Line, x: number, page: PDFPage, top: number, kind: ArtifactKind = 'Pagination'): void {
    if (line.pieces.every((p) => p.text === '')) return;
    this.tags.artifact(page, kind, () => {
      for (const p of line.pieces) if (p.text !== '') this.drawPiece(p, x, page, top - line.baseline);
    });
  }

  private drawPiece(p: Piece, x: number, page: PDFPage, baseline: number): void {
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

  /** A paragraph that may break between lines: a `P` (or the role its tag says) in the current container. */
  paragraph(runs: readonly Run[], options: { indent?: number; after?: number; width?: number; tag?: BlockTag } = {}): void {
    const indent = options.indent ?? 0;
    for (const line of this.type.wrap(runs, (options.width ?? this.width) - indent, options.tag ?? { role: 'P' })) {
      if (line.height > this.room) this.newPage();
      this.drawLine(line, indent);
      this.y -= line.height;
    }
    this.y -= options.after ?? 4;
  }

  /**
   * A heading, kept with at least `keep` points of what follows; recorded as a bookmark, and as
   * `H1`–`H3` (level 0–2, or `role` where the page's size and the outline's depth differ) in the
   * structure tree, so headings and bookmarks agree.
   */
  heading(
    text: string,
    level: 0 | 1 | 2,
    options: { bookmark?: boolean; contents?: boolean; keep?: number; role?: 'H1' | 'H2' | 'H3' } = {},
  ): void {
    const size = [17, 13.5, 11.5][level]!;
    const role = options.role ?? (['H1', 'H2', 'H3'] as const)[level];
    const lines = this.type.wrap([{ text, style: { font: 'bold', size } }], this.width, { role });
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
      this.artifact(() =>
        this.page.drawLine({
          start: { x: MARGIN.left, y: this.y + 2 },
          end: { x: MARGIN.left + this.width, y: this.y + 2 },
          thickness: 1.2,
        }),
      );
      this.y -= 8;
    } else this.y -= 3;
  }

  /**
   * Label/value rows: labels in bold on the left, values wrapped on the right; a row never splits.
   * A `Table` in the structure tree, each row a `TR` of a row header (`TH`) and its value (`TD`).
   */
  fields(
    rows: readonly (readonly [string, string])[],
    options: { labelWidth?: number; size?: number; mark?: (label: string) => RunStyle | undefined } = {},
  ): void {
    const size = options.size ?? 9;
    const labelWidth = options.labelWidth ?? 118;
    const table = this.tags.element(this.container, 'Table');
    for (const [label, value] of rows) {
      const row = this.tags.element(table, 'TR');
      const th = this.tags.element(row, 'TH', { scope: 'Row' });
      const td = this.tags.element(row, 'TD');
      const valueStyle = options.mark?.(label) ?? { font: 'regular' as const, size };
      const left = this.type.wrap([{ text: label, style: { font: 'bold', size } }], labelWidth - 8);
      const right = this.type.wrap([{ text: value, style: valueStyle }], this.width - labelWidth);
      const height = Math.max(sum(left), sum(right));
      this.ensure(height);
      let top = this.y;
      for (const l of left) {
        this.drawLine(l, 0, this.page, top, th);
        top -= l.height;
      }
      top = this.y;
      for (const l of right) {
        this.drawLine(l, labelWidth, this.page, top, td);
        top -= l.height;
      }
      this.y -= height + 1.5;
    }
    this.y -= 6;
  }

  /** A block of lines that stays on one page when it can (a card, a link); its frame is an artifact. */
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
        const y = this.y;
        this.artifact(() =>
          this.page.drawRectangle({
            x: MARGIN.left + indent,
            y,
            width: this.width - indent,
            height: startY - y,
            borderColor: grayscale(0.55),
            borderWidth: 0.6,
          }),
        );
      }
    }
    this.y -= options.after ?? 6;
  }

  rule(grey = 0.6): void {
    this.artifact(() =>
      this.page.drawLine({
        start: { x: MARGIN.left, y: this.y },
        end: { x: MARGIN.left + this.width, y: this.y },
        thickness: 0.5,
        color: grayscale(grey),
      }),
    );
    this.y -= 6;
  }

  /**
   * Columns side by side (one per source), each a stack of items. Each column fills down the page
   * on its own; when any has more, a new page starts with the headers repeated. A card moves to
   * the next page rather than split, unless it is taller than a page.
   *
   * In the structure tree: a `Table` of one header row (`TH` per source) and one row of cells
   * (`TD` per source, holding that column's cards in order, across pages); the headers repeated
   * on later pages are artifacts.
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
    const container = this.container;
    const table = this.tags.element(container, 'Table');
    const headerRow = this.tags.element(table, 'TR');
    const ths = headers.map(() => this.tags.element(headerRow, 'TH', { scope: 'Column' }));
    const bodyRow = this.tags.element(table, 'TR');
    const tds = headers.map(() => this.tags.element(bodyRow, 'TD'));
    let firstPage = true;
    this.ensure(this.columnsLead(headers, bodies, gutter));
    for (;;) {
      // Headers, on a grey band.
      const bandTop = this.y;
      this.artifact(() =>
        this.page.drawRectangle({
          x: MARGIN.left,
          y: bandTop - headerHeight,
          width: this.width,
          height: headerHeight,
          color: grayscale(0.92),
        }),
      );
      headerLines.forEach((lines, c) => {
        let top = bandTop - 4;
        for (const l of lines) {
          if (firstPage) this.drawLine(l, c * (colWidth + gutter) + 2, this.page, top, ths[c]);
          else this.drawArtifactLine(l, c * (colWidth + gutter) + 2, this.page, top);
          top -= l.height;
        }
      });
      firstPage = false;
      const startY = bandTop - headerHeight - 6;
      let lowest = startY;
      let pending = false;
      queues.forEach((items, c) => {
        this.container = tds[c]!;
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
              this.artifact(() =>
                this.page.drawLine({
                  start: { x: MARGIN.left + x + 1, y },
                  end: { x: MARGIN.left + x + 1, y: y - h + 2 },
                  thickness: 1.2,
                  color: grayscale(0.6),
                }),
              );
            }
          } else if (item.kind === 'rule') {
            this.artifact(() =>
              this.page.drawLine({
                start: { x: MARGIN.left + x, y: y - 3 },
                end: { x: MARGIN.left + x + colWidth, y: y - 3 },
                thickness: 0.4,
                color: grayscale(0.65),
                dashArray: [1.5, 1.5],
              }),
            );
          }
          y -= h;
          next[c]!++;
        }
        lowest = Math.min(lowest, y);
      });
      this.container = container;
      // Thin separators between the columns, down to the lowest column on this page.
      for (let c = 1; c < n; c++) {
        const x = MARGIN.left + c * (colWidth + gutter) - gutter / 2;
        this.artifact(() =>
          this.page.drawLine({
            start: { x, y: bandTop },
            end: { x, y: pending ? MARGIN.bottom : lowest },
            thickness: 0.4,
            color: grayscale(0.7),
          }),
        );
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
