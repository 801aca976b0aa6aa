import type { Block, IngestedDocument, LangCode } from '../../../shared/model';
import type { PaneView } from '../../../shared/workspace';

/**
 * What a pane scrolls through: rows, the unit of virtualization. A row is one block, a run of
 * list items (so assistive technology hears one list), or, in the parallel view of a bilingual
 * source, one aligned pair with a column per language.
 */
export type Row =
  | { readonly kind: 'blocks'; readonly key: string; readonly blocks: readonly Block[] }
  | {
      readonly kind: 'pair';
      readonly key: string;
      readonly langs: readonly [LangCode, LangCode];
      readonly columns: readonly [readonly Block[], readonly Block[]];
    };

export interface RowModel {
  readonly view: PaneView;
  readonly rows: readonly Row[];
  /** Row index of every block the view shows. */
  readonly rowOfBlock: ReadonlyMap<string, number>;
  /** Blocks the view shows, in reading order (row by row, left column first). */
  readonly order: readonly string[];
  /** Position of every shown block in `order`. */
  readonly orderOf: ReadonlyMap<string, number>;
}

/** A run of list items longer than this is cut into several rows, so no row grows unbounded. */
const MAX_LIST_RUN = 40;
/**
 * Consecutive short blocks share a row up to this many characters (and `MAX_GROUP` blocks): a
 * 20 MB source then has tens of thousands of rows instead of a hundred thousand, and the
 * virtualizer's bookkeeping, linear in the number of rows, stays within a frame.
 */
const GROUP_CHARS = 1200;
const MAX_GROUP = 8;

/** The language stream a block belongs to: its `stream` for bilingual sources, else its language. */
export function streamOf(block: Block): LangCode {
  return block.stream ?? block.lang;
}

/** The views a document can be shown in: every bilingual source also one language at a time and in parallel. */
export function viewOptions(doc: IngestedDocument): readonly PaneView[] {
  if (!doc.alignment) return ['all'];
  const [a, b] = doc.alignment.languages;
  return ['parallel', a, b, 'all'];
}

/** The view actually shown: a view the document cannot give (parallel without alignment) falls back to all. */
export function effectiveView(doc: IngestedDocument, view: PaneView): PaneView {
  return viewOptions(doc).includes(view) ? view : 'all';
}

/** Whether a view shows a block at all (single-language views hide the other stream). */
export function blockInView(block: Block, view: PaneView): boolean {
  return view === 'all' || view === 'parallel' || streamOf(block) === view;
}

/** Builds the rows of a document for a view. Pure; callers memoize per document and view. */
export function buildRows(doc: IngestedDocument, requested: PaneView): RowModel {
  const view = effectiveView(doc, requested);
  const rows: Row[] = view === 'parallel' && doc.alignment ? parallelRows(doc) : blockRows(doc.blocks.filter((b) => blockInView(b, view)));
  const rowOfBlock = new Map<string, number>();
  const order: string[] = [];
  const orderOf = new Map<string, number>();
  rows.forEach((row, index) => {
    const blocks = row.kind === 'blocks' ? row.blocks : [...row.columns[0], ...row.columns[1]];
    for (const b of blocks) {
      rowOfBlock.set(b.id, index);
      orderOf.set(b.id, order.length);
      order.push(b.id);
    }
  });
  return { view, rows, rowOfBlock, order, orderOf };
}

/** Rows of a single-stream view: list runs on their own, other blocks grouped while short. */
function blockRows(blocks: readonly Block[]): Row[] {
  const rows: Row[] = [];
  let run: Block[] = [];
  let group: Block[] = [];
  let chars = 0;
  const flushRun = (): void => {
    if (run.length > 0) rows.push({ kind: 'blocks', key: run[0]!.id, blocks: run });
    run = [];
  };
  const flushGroup = (): void => {
    if (group.length > 0) rows.push({ kind: 'blocks', key: group[0]!.id, blocks: group });
    group = [];
    chars = 0;
  };
  for (const b of blocks) {
    if (b.kind === 'list-item') {
      flushGroup();
      if (run.length >= MAX_LIST_RUN) flushRun();
      run.push(b);
      continue;
    }
    flushRun();
    // A heading opens a row and keeps the block it heads with it.
    const headingAlone = group.length === 1 && group[0]!.kind === 'heading';
    if (group.length > 0 && (b.kind === 'heading' || (!headingAlone && (chars + b.text.length > GROUP_CHARS || group.length >= MAX_GROUP))))
      flushGroup();
    group.push(b);
    chars += b.text.length;
  }
  flushRun();
  flushGroup();
  return rows;
}

/**
 * One row per aligned pair, in the order of the first language's stream; blocks no pair claims
 * get a row of their own on their side, placed before the next pair that follows them.
 */
function parallelRows(doc: IngestedDocument): Row[] {
  const alignment = doc.alignment!;
  const langs = alignment.languages;
  const byId = new Map(doc.blocks.map((b) => [b.id, b]));
  const streams = langs.map((lang) => doc.blocks.filter((b) => streamOf(b) === lang));
  const position = langs.map((_, side) => new Map(streams[side]!.map((b, i) => [b.id, i])));
  const paired = new Set<string>();
  for (const pair of alignment.pairs) for (const lang of langs) for (const id of pair[lang] ?? []) paired.add(id);
  const next = [0, 0];
  const rows: Row[] = [];
  const emitUnpaired = (side: 0 | 1, until: number): void => {
    while (next[side]! < until) {
      const b = streams[side]![next[side]!]!;
      next[side]!++;
      if (paired.has(b.id)) continue;
      rows.push({ kind: 'pair', key: b.id, langs, columns: side === 0 ? [[b], []] : [[], [b]] });
    }
  };
  for (const pair of alignment.pairs) {
    const columns = langs.map((lang) => (pair[lang] ?? []).map((id) => byId.get(id)).filter((b): b is Block => b !== undefined)) as [
      Block[],
      Block[],
    ];
    if (columns[0].length + columns[1].length === 0) continue;
    for (const side of [0, 1] as const) {
      const first = columns[side][0];
      if (first) emitUnpaired(side, position[side]!.get(first.id) ?? 0);
    }
    for (const side of [0, 1] as const) {
      const last = columns[side][columns[side].length - 1];
      if (last) next[side] = Math.max(next[side]!, (position[side]!.get(last.id) ?? -1) + 1);
    }
    rows.push({ kind: 'pair', key: (columns[0][0] ?? columns[1][0])!.id, langs, columns });
  }
  emitUnpaired(0, streams[0]!.length);
  emitUnpaired(1, streams[1]!.length);
  // Blocks in neither stream (none in practice) still show, after everything else.
  const shown = new Set(rows.flatMap((r) => (r.kind === 'pair' ? [...r.columns[0], ...r.columns[1]] : r.blocks).map((b) => b.id)));
  for (const b of doc.blocks) if (!shown.has(b.id)) rows.push({ kind: 'blocks', key: b.id, blocks: [b] });
  return rows;
}
