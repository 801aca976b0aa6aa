import type { DraftBlock } from '../draft';
import { splitLines } from '../lines';
import { fromSuperscript, SUPERSCRIPT_MARKER } from '../superscript';
import { returnDisplacedItems } from './displaced-items';
import type { FlowItem } from './flow-item';
import { claimNumberedNotes, claimSuperscriptNotes, type NoteDraft } from './footnotes';
import { claimRunningFurniture, isPageNumberLike } from './furniture';
import { claimIndicatorTables } from './indicator-tables';
import { claimFurniture, isBlank, openBook, originOf, type Furniture, type LineBook } from './line-book';
import { setListDepths } from './lists';
import { hyphenatedIn, joinAcrossBreaks } from './page-joins';
import { reflow } from './reflow';
import { classifyUnits } from './structure';
import { describeShape, type TextShape } from './text-shape';

export type { Furniture, FurnitureKind } from './line-book';

/** A document cut into draft blocks, with the page furniture left out of them. */
export interface PagedSegmentation {
  readonly drafts: readonly DraftBlock[];
  readonly furniture: readonly Furniture[];
  readonly shape: TextShape;
}

/**
 * The segmenter for text extracted from paginated documents and web pages (every source that is
 * not an interleaved bilingual one). Its passes each take lines out of the text flow — running
 * headers and page numbers, flattened indicator tables, footnotes — then cut what is left into
 * blocks, give them kinds (title, headings, metadata of the page, list items and their nesting),
 * re-join what page breaks cut, and put tables where they stood and footnotes at the end of the
 * section that first refers to them. Every rule fires on the shape of the text, never on its name.
 */
export function segmentPaged(text: string): PagedSegmentation {
  const lines = splitLines(text);
  const shape = describeShape(lines);
  const book = openBook(lines);
  claimRunningFurniture(book);
  const tables = claimIndicatorTables(book);
  const notes = claimSuperscriptNotes(book);
  if (shape.wrapped) {
    notes.push(...claimNumberedNotes(book));
    // Bare numbers no note took are page numbers in a paginated extraction.
    for (let i = 0; i < lines.length; i++) if (!book.claims[i] && isPageNumberLike(book.texts[i]!)) claimFurniture(book, i, 'page-number');
  }
  claimNoise(book);
  const units = reflow(book, shape);
  let items = classifyUnits(book, units, shape);
  items = joinAcrossBreaks(items, hyphenatedIn(text));
  items = returnDisplacedItems(items);
  setListDepths(items);
  const flow = items.map((it) => toDraft(book, it));
  const placed = placeTables(flow, tables);
  const drafts: DraftBlock[] = [];
  for (const d of placeNotes(placed, notes)) {
    const raw = sanitize(d.raw).trim();
    // A block of nothing but control characters is noise, not text.
    if (raw === '') for (const r of d.origin) book.furniture.push({ kind: 'noise', ...r });
    else drafts.push(raw === d.raw ? d : { ...d, raw });
  }
  return { drafts, furniture: book.furniture, shape };
}

/** Lines of nothing but control characters (NUL runs of a damaged file) carry no text. */
function claimNoise(book: LineBook): void {
  for (let i = 0; i < book.texts.length; i++) {
    const t = book.texts[i]!;
    if (!book.claims[i] && !isBlank(t) && sanitize(t).trim() === '') claimFurniture(book, i, 'noise');
  }
}

/** Control characters (NUL and the like) are not text: they never reach a block. */
export function sanitize(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, '');
}

function toDraft(book: LineBook, it: FlowItem): PlacedDraft {
  const draft: DraftBlock = {
    kind: it.kind,
    raw: it.raw,
    origin: originOf(book, it.lines),
    ...(it.level !== undefined ? { level: it.level } : {}),
    ...(it.depth !== undefined ? { depth: it.depth } : {}),
    ...(it.marker !== undefined ? { marker: it.marker } : {}),
  };
  return { draft, at: it.lines[0] ?? 0 };
}

interface PlacedDraft {
  readonly draft: DraftBlock;
  /** The line the block starts on. */
  readonly at: number;
}

/** Tables go where their region began in the file. */
function placeTables(flow: readonly PlacedDraft[], tables: ReturnType<typeof claimIndicatorTables>): PlacedDraft[] {
  const out = [...flow];
  for (const t of [...tables].sort((a, b) => b.at - a.at)) {
    let k = out.findIndex((p) => p.at > t.at);
    if (k < 0) k = out.length;
    out.splice(k, 0, ...t.drafts.map((draft) => ({ draft, at: t.at })));
  }
  return out;
}

/**
 * Footnotes leave the flow: each goes to the end of the section (before the next heading) of the
 * block that refers to it — the nearest such block before the note, else after it; a note nothing
 * refers to stays where the file had it.
 */
function placeNotes(flow: readonly PlacedDraft[], notes: readonly NoteDraft[]): DraftBlock[] {
  const refs = flow.map((p) =>
    p.draft.kind === 'footnote'
      ? new Set<string>()
      : new Set([...p.draft.raw.matchAll(SUPERSCRIPT_MARKER)].map((m) => fromSuperscript(m[0]))),
  );
  // The blocks that mark each label, in flow order: a note looks only at those (looking through
  // the whole flow for each note made a long file's footnotes quadratic).
  const marking = new Map<string, number[]>();
  refs.forEach((labels, k) => {
    for (const label of labels) {
      const list = marking.get(label);
      if (list) list.push(k);
      else marking.set(label, [k]);
    }
  });
  const after = new Map<number, NoteDraft[]>();
  const sorted = [...notes].sort((a, b) => a.at - b.at);
  for (const note of sorted) {
    // The last marker before the note, else the first one after it.
    let ref = -1;
    for (const k of marking.get(note.label) ?? []) {
      if (flow[k]!.at < note.at || ref < 0) ref = k;
      if (flow[k]!.at > note.at) break;
    }
    let slot: number;
    if (ref < 0) {
      slot = flow.findIndex((p) => p.at > note.at) - 1;
      if (slot < -1) slot = flow.length - 1;
    } else {
      slot = ref;
      while (slot + 1 < flow.length && flow[slot + 1]!.draft.kind !== 'heading') slot++;
    }
    const list = after.get(slot) ?? [];
    list.push(note);
    after.set(slot, list);
  }
  const out: DraftBlock[] = [...(after.get(-1) ?? []).map((n) => n.draft)];
  flow.forEach((p, k) => {
    out.push(p.draft);
    for (const n of after.get(k) ?? []) out.push(n.draft);
  });
  return out;
}
