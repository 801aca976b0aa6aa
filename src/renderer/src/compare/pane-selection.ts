/**
 * A text selection in a reading pane, as a passage of one block: source, block and offsets into
 * `Block.text` (UTF-16, half-open) — what `curate({ type: 'mark-commitment' })` takes. The pane
 * renders a block's text with markers and footnote links around it, so offsets are found by
 * locating the block's text in the rendered text, never by trusting the DOM's character count.
 */

export interface PaneSelection {
  readonly sourceId: string;
  readonly blockId: string;
  readonly start: number;
  readonly end: number;
  /** The selected text, as the block has it. */
  readonly text: string;
}

/**
 * Offsets into the block's text of a selection made in its rendered text (`rendered`: every text
 * node of the block element in order; `from`/`to`: the selection's ends in it). The block's text
 * is found in the rendered text (a list marker or footnote number may come before it); failing
 * that, the selected words are looked up in the block's text. Undefined when neither works or the
 * selection holds only spaces.
 */
export function blockRange(
  rendered: string,
  blockText: string,
  from: number,
  to: number,
): { readonly start: number; readonly end: number } | undefined {
  const lo = Math.max(0, Math.min(from, to));
  const hi = Math.min(rendered.length, Math.max(from, to));
  const at = rendered.indexOf(blockText);
  let start: number;
  let end: number;
  if (at >= 0) {
    start = Math.max(0, lo - at);
    end = Math.min(blockText.length, hi - at);
  } else {
    const wanted = rendered.slice(lo, hi).trim();
    const found = wanted ? blockText.indexOf(wanted) : -1;
    if (found < 0) return undefined;
    start = found;
    end = found + wanted.length;
  }
  // Spaces at either edge are not part of the passage.
  while (start < end && /\s/.test(blockText[start]!)) start++;
  while (end > start && /\s/.test(blockText[end - 1]!)) end--;
  return end > start ? { start, end } : undefined;
}

/** How much of an element's text (its text nodes, in order) comes before a DOM point inside it. */
function textBefore(root: Element, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(root, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/**
 * The current selection when it lies in a reading pane: the block it starts in (a selection
 * running into the next blocks is cut at the end of the first), with offsets into the block's
 * text. `blockText` gives the text the document has for a block id.
 */
export function readPaneSelection(blockText: (sourceId: string, blockId: string) => string | undefined): PaneSelection | undefined {
  const sel = window.getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return undefined;
  const range = sel.getRangeAt(0);
  const startEl =
    range.startContainer.nodeType === Node.ELEMENT_NODE ? (range.startContainer as Element) : range.startContainer.parentElement;
  const blockEl =
    startEl?.closest<HTMLElement>('[data-block-id]') ??
    // A selection starting between blocks: the first block it holds.
    (range.commonAncestorContainer instanceof Element
      ? [...range.commonAncestorContainer.querySelectorAll<HTMLElement>('[data-block-id]')].find((el) => range.intersectsNode(el))
      : undefined);
  const paneEl = blockEl?.closest<HTMLElement>('section.pane[data-source-id]');
  if (!blockEl || !paneEl || !blockEl.closest('[data-pane-scroll]')) return undefined;
  const sourceId = paneEl.dataset.sourceId!;
  const blockId = blockEl.dataset.blockId!;
  const text = blockText(sourceId, blockId);
  if (text === undefined) return undefined;
  const rendered = blockEl.textContent ?? '';
  const from = blockEl.contains(range.startContainer) ? textBefore(blockEl, range.startContainer, range.startOffset) : 0;
  const to = blockEl.contains(range.endContainer) ? textBefore(blockEl, range.endContainer, range.endOffset) : rendered.length;
  const r = blockRange(rendered, text, from, to);
  return r ? { sourceId, blockId, start: r.start, end: r.end, text: text.slice(r.start, r.end) } : undefined;
}
