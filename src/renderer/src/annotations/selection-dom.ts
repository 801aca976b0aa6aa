import { pointOffset, selectionParts, type BlockSpan, type SelectionParts } from './selection-parts';

/** A selection inside one pane, read as block offsets. */
export interface PaneSelection {
  readonly paneId: string;
  readonly sourceId: string;
  readonly result: SelectionParts;
  /** Where it is on screen (to place the popover). */
  readonly rect: DOMRect;
}

/**
 * Reads the window's selection as block-local UTF-16 offsets, if it lies in a pane's text. The
 * text pieces `InlineText` renders carry their offset (`data-o`), so marks, highlights and links
 * inside a block never shift the count, and what is not the block's text (heading numbers,
 * footnote markers and back links, list bullets) is outside every piece and snaps to the text's
 * edge. A selection that runs out of the pane keeps the part inside it.
 */
export function readPaneSelection(selection: Selection | null): PaneSelection | undefined {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  const startEl = elementOf(range.startContainer);
  const scroller = startEl?.closest<HTMLElement>('.pane-scroll') ?? elementOf(range.endContainer)?.closest<HTMLElement>('.pane-scroll');
  const pane = scroller?.closest<HTMLElement>('section.pane');
  const paneId = pane?.dataset.paneId;
  const sourceId = pane?.dataset.sourceId;
  if (!scroller || !paneId || !sourceId) return undefined;
  const spans: BlockSpan[] = [];
  for (const block of scroller.querySelectorAll<HTMLElement>('[data-block-id]')) {
    if (!range.intersectsNode(block)) continue;
    spans.push(blockSpan(block, range));
  }
  const rects = range.getClientRects();
  const rect = rects.length > 0 ? rects[0]! : range.getBoundingClientRect();
  return { paneId, sourceId, result: selectionParts(spans), rect };
}

function elementOf(node: Node): Element | null {
  return node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
}

function blockSpan(block: HTMLElement, range: Range): BlockSpan {
  const pieceEls = [...block.querySelectorAll<HTMLElement>('[data-o]')];
  const pieces = pieceEls.map((el) => ({ start: Number(el.dataset.o), length: el.textContent?.length ?? 0 }));
  const length = pieces.length > 0 ? pieces[pieces.length - 1]!.start + pieces[pieces.length - 1]!.length : 0;
  const text = pieceEls.map((el) => el.textContent ?? '').join('');
  const blockId = block.dataset.blockId!;
  if (pieceEls.length === 0) return { blockId, text: '', start: 0, end: 0, table: block.querySelector('table') !== null };
  const where = (node: Node, offset: number): Parameters<typeof pointOffset>[1] => {
    const inside = pieceEls.findIndex((el) => el.contains(node));
    if (inside >= 0) return { inside, offset: offsetWithin(pieceEls[inside]!, node, offset) };
    const point = document.createRange();
    point.setStart(node, offset);
    const before = pieceEls.findIndex((el) => point.comparePoint(el, 0) >= 0);
    return { before: before < 0 ? pieceEls.length : before };
  };
  const start = block.contains(range.startContainer) ? pointOffset(pieces, where(range.startContainer, range.startOffset)) : 0;
  const end = block.contains(range.endContainer) ? pointOffset(pieces, where(range.endContainer, range.endOffset)) : length;
  return { blockId, text, start, end };
}

/** Characters of `piece`'s text before the DOM point (node, offset) inside it: Range text is the text nodes' data, exactly. */
function offsetWithin(piece: HTMLElement, node: Node, offset: number): number {
  const r = document.createRange();
  r.setStart(piece, 0);
  r.setEnd(node, offset);
  return r.toString().length;
}
