import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import type { Block } from '../../../shared/model';
import type { PaneHandle, ReadingPosition } from '../panes/pane-handle';
import { readingLineOffset } from '../panes/pane-handle';
import type { Row, RowModel } from '../panes/rows';
import type { SyncIndex } from '../panes/sync-keys';
import { BlockView } from './block-view';
import { NO_DECORATIONS, type Decorations } from './decorations';

export interface PaneBodyProps {
  paneId: string;
  model: RowModel;
  syncIndex: SyncIndex;
  /** Whether the source is bilingual: the aligned pair at the reading line is then highlighted. */
  aligned: boolean;
  decorations: Decorations;
  backlinks: ReadonlyMap<string, string>;
  /** Block to show at the reading line when the pane opens (its saved reading position). */
  initialBlockId?: string;
  label: string;
  /** Every scroll of the pane; the app decides whether it drives linked panes. */
  onScrolled: (paneId: string) => void;
  /** The reader stopped scrolling: the block at the reading line, to keep in the layout. */
  onSettled: (paneId: string, blockId: string) => void;
  /** The reader touched this pane (wheel, pointer, key, focus): it becomes the active pane. */
  onInput: (paneId: string) => void;
  onSelectPassage: (paneId: string, blockId: string, text: string) => void;
  /** A footnote marker (`footnote`) or a footnote's way back (`back`) was followed. */
  onJump: (paneId: string, blockId: string, via: 'footnote' | 'back', from: string) => void;
  registerHandle: (paneId: string, handle: PaneHandle | null) => void;
}

interface Target {
  readonly selector: string;
  readonly within?: string;
  readonly fraction: number;
  readonly row: number;
  readonly focusSelector?: string;
  tries: number;
  stable: number;
}

const SETTLE_MS = 350;
const escape = (s: string): string => (typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(s) : s.replace(/["\\]/g, '\\$&'));

/**
 * The text of a pane: rows virtualized with @tanstack/react-virtual (only what is near the
 * viewport is in the DOM), so a 20 MB source scrolls like a short one. Positions are anchored on
 * synchronization keys, read from and written to the DOM, never on scroll percentages.
 */
export const PaneBody = memo(function PaneBody(props: PaneBodyProps): ReactNode {
  const { paneId, model, syncIndex, decorations, backlinks } = props;
  const scrollerRef = useRef<HTMLDivElement>(null);
  const styleRef = useRef<HTMLStyleElement>(null);
  const pending = useRef<Target | null>(null);
  const frame = useRef(0);
  const settleTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const readingKey = useRef<string | undefined>(undefined);
  const lastSelection = useRef('');
  const propsRef = useRef(props);
  propsRef.current = props;

  // The width estimates are made for, kept up to date by a ResizeObserver: reading clientWidth
  // inside the estimate would force a layout for every one of a large document's rows. The
  // virtualizer asks for every row's estimate each time a row is measured, so estimates are
  // computed once per row and width (in 40 px steps) and kept.
  const width = useRef(600);
  const estimates = useRef<{ width: number; model: RowModel; sizes: Float32Array } | null>(null);
  const estimate = useCallback(
    (index: number): number => {
      const w = Math.max(160, Math.round(width.current / 40) * 40);
      let cache = estimates.current;
      if (!cache || cache.width !== w || cache.model !== model) {
        cache = { width: w, model, sizes: new Float32Array(model.rows.length) };
        estimates.current = cache;
      }
      return (cache.sizes[index] ||= estimateRowHeight(model.rows[index]!, w));
    },
    [model],
  );

  // Stable identities: the virtualizer re-measures every row when its options change.
  const getItemKey = useCallback((index: number) => model.rows[index]!.key, [model]);
  const getScrollElement = useCallback(() => scrollerRef.current, []);
  const virtualizer = useVirtualizer({
    count: model.rows.length,
    getScrollElement,
    estimateSize: estimate,
    overscan: 4,
    getItemKey,
  });
  const virtualizerRef = useRef(virtualizer);
  virtualizerRef.current = virtualizer;

  const rowOfKey = useCallback(
    (key: string): number | undefined => {
      let best: number | undefined;
      for (const id of syncIndex.blocksOf(key)) {
        const row = model.rowOfBlock.get(id);
        if (row !== undefined && (best === undefined || row < best)) best = row;
      }
      return best;
    },
    [model, syncIndex],
  );

  /** Scroll without going past either end; says whether the position changed. */
  const scrollTo = (sc: HTMLElement, top: number): boolean => {
    const clamped = Math.max(0, Math.min(Math.round(top), sc.scrollHeight - sc.clientHeight));
    if (Math.abs(clamped - sc.scrollTop) < 1) return false;
    sc.scrollTop = clamped;
    return true;
  };

  /** One step towards the pending target; repeats on the next frames until it holds still. */
  const applyTarget = useCallback((): void => {
    frame.current = 0;
    const sc = scrollerRef.current;
    const target = pending.current;
    if (!sc || !target) return;
    const rl = readingLineOffset(sc.clientHeight);
    const found = sc.querySelectorAll(target.selector);
    const inner = target.within ? found[0]?.querySelector(target.within) : null;
    const els = inner ? [inner] : [...found];
    const fraction = inner ? 0 : target.fraction;
    if (els.length === 0) {
      const offset = virtualizerRef.current.getOffsetForIndex(target.row, 'start')?.[0] ?? 0;
      scrollTo(sc, offset - rl);
      target.stable = 0;
    } else {
      const scTop = sc.getBoundingClientRect().top;
      let top = Infinity;
      let bottom = -Infinity;
      for (const el of els) {
        const r = el.getBoundingClientRect();
        top = Math.min(top, r.top);
        bottom = Math.max(bottom, r.bottom);
      }
      const delta = top + fraction * (bottom - top) - (scTop + rl);
      if (Math.abs(delta) < 1 || !scrollTo(sc, sc.scrollTop + delta)) target.stable++;
      else target.stable = 0;
    }
    target.tries++;
    if (target.stable >= 2 || target.tries > 30) {
      pending.current = null;
      if (target.focusSelector) (sc.querySelector(target.focusSelector) as HTMLElement | null)?.focus({ preventScroll: true });
      return;
    }
    frame.current = requestAnimationFrame(applyTarget);
  }, []);

  const go = useCallback(
    (target: Omit<Target, 'tries' | 'stable'>): void => {
      pending.current = { ...target, tries: 0, stable: 0 };
      if (frame.current) cancelAnimationFrame(frame.current);
      applyTarget();
    },
    [applyTarget],
  );

  const position = useCallback((edge: 'line' | 'top' = 'line'): ReadingPosition | undefined => {
    const sc = scrollerRef.current;
    if (!sc) return undefined;
    const scRect = sc.getBoundingClientRect();
    const line = scRect.top + (edge === 'top' ? 1 : readingLineOffset(sc.clientHeight));
    const extents = new Map<string, { top: number; bottom: number; blockId?: string }>();
    for (const el of sc.querySelectorAll<HTMLElement>('[data-sync-key]')) {
      const key = el.dataset.syncKey!;
      const r = el.getBoundingClientRect();
      if (r.height === 0) continue;
      const e = extents.get(key);
      const blockId = el.dataset.blockId;
      if (!e) extents.set(key, { top: r.top, bottom: r.bottom, blockId });
      else {
        e.top = Math.min(e.top, r.top);
        e.bottom = Math.max(e.bottom, r.bottom);
        e.blockId ??= blockId;
      }
    }
    let before: [string, { top: number; bottom: number; blockId?: string }] | undefined;
    let after: [string, { top: number; bottom: number; blockId?: string }] | undefined;
    for (const entry of extents) {
      const [, e] = entry;
      if (e.top <= line && line < e.bottom) return at(entry, line);
      if (e.bottom <= line && (!before || e.bottom > before[1].bottom)) before = entry;
      if (e.top > line && (!after || e.top < after[1].top)) after = entry;
    }
    // The line falls between two blocks (in a margin): the one below it is where the reader is going.
    return after ? at(after, after[1].top) : before ? at(before, before[1].bottom) : undefined;
  }, []);

  const updateReadingPair = useCallback((): void => {
    if (!propsRef.current.aligned || !styleRef.current) return;
    const key = position()?.key;
    if (key === readingKey.current) return;
    readingKey.current = key;
    const scope = `[data-pane-scroll="${escape(paneId)}"]`;
    styleRef.current.textContent = key
      ? `${scope} .block[data-sync-key="${escape(key)}"] { background: var(--reading-bg); box-shadow: -6px 0 0 var(--reading-bg), -9px 0 0 var(--reading-bar); }`
      : '';
  }, [paneId, position]);

  useEffect(() => {
    const handle: PaneHandle = {
      position,
      goToBlock: (blockId, options) => {
        const row = model.rowOfBlock.get(blockId);
        if (row === undefined) return;
        go({
          selector: `[data-block-id="${escape(blockId)}"]`,
          within: options?.within,
          fraction: options?.fraction ?? 0,
          row,
          focusSelector: options?.focusSelector,
        });
      },
      goToKey: (key, fraction) => {
        const row = rowOfKey(key);
        if (row === undefined) return;
        go({ selector: `[data-sync-key="${escape(key)}"]`, fraction: Math.max(0, Math.min(1, fraction)), row });
      },
      element: () => scrollerRef.current,
    };
    props.registerHandle(paneId, handle);
    return () => props.registerHandle(paneId, null);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- registerHandle is stable; the handle changes with the rows
  }, [paneId, model, go, position, rowOfKey]);

  // Open at the saved reading position (or keep it across a change of view).
  const initial = useRef(props.initialBlockId);
  useLayoutEffect(() => {
    const id = initial.current;
    if (!id) return;
    const key = syncIndex.keyOf(id);
    const row = rowOfKey(key);
    if (row !== undefined) go({ selector: `[data-sync-key="${escape(key)}"]`, fraction: 0, row });
  }, [go, rowOfKey, syncIndex]);

  useEffect(() => {
    const sc = scrollerRef.current;
    if (!sc) return;
    const onScroll = (): void => {
      propsRef.current.onScrolled(paneId);
      updateReadingPair();
      clearTimeout(settleTimer.current);
      settleTimer.current = setTimeout(() => {
        const pos = position();
        if (pos) propsRef.current.onSettled(paneId, pos.blockId);
      }, SETTLE_MS);
    };
    const onInput = (): void => {
      // The reader takes over: a jump still settling must not pull the text from under them.
      pending.current = null;
      propsRef.current.onInput(paneId);
    };
    const onFocus = (): void => propsRef.current.onInput(paneId);
    sc.addEventListener('scroll', onScroll, { passive: true });
    sc.addEventListener('wheel', onInput, { passive: true });
    sc.addEventListener('pointerdown', onInput, { passive: true });
    sc.addEventListener('touchstart', onInput, { passive: true });
    sc.addEventListener('keydown', onInput);
    sc.addEventListener('focusin', onFocus);
    const pair = requestAnimationFrame(updateReadingPair);
    return () => {
      sc.removeEventListener('scroll', onScroll);
      sc.removeEventListener('wheel', onInput);
      sc.removeEventListener('pointerdown', onInput);
      sc.removeEventListener('touchstart', onInput);
      sc.removeEventListener('keydown', onInput);
      sc.removeEventListener('focusin', onFocus);
      cancelAnimationFrame(pair);
      clearTimeout(settleTimer.current);
    };
  }, [paneId, position, updateReadingPair]);

  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  useLayoutEffect(() => {
    const sc = scrollerRef.current;
    if (!sc) return;
    width.current = sc.clientWidth || width.current;
    const observer = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width;
      if (w) width.current = w;
    });
    observer.observe(sc);
    return () => observer.disconnect();
  }, []);

  const checkSelection = (): void => {
    const sc = scrollerRef.current;
    const sel = window.getSelection();
    if (!sc || !sel || sel.isCollapsed || sel.rangeCount === 0) {
      lastSelection.current = '';
      return;
    }
    const range = sel.getRangeAt(0);
    if (!sc.contains(range.commonAncestorContainer)) return;
    const text = sel.toString().replace(/\s+/g, ' ').trim();
    if (text.length < 3 || text === lastSelection.current) return;
    const start =
      range.startContainer.nodeType === Node.ELEMENT_NODE ? (range.startContainer as Element) : range.startContainer.parentElement;
    const blockEl = start?.closest<HTMLElement>('[data-block-id]') ?? start?.querySelector<HTMLElement>('[data-block-id]');
    const blockId = blockEl?.dataset.blockId;
    if (!blockId) return;
    lastSelection.current = text;
    propsRef.current.onSelectPassage(paneId, blockId, text);
  };

  const onClick = (e: React.MouseEvent): void => {
    const a = (e.target as Element).closest('a');
    if (!a) return;
    const from = a.closest<HTMLElement>('[data-block-id]')?.dataset.blockId ?? '';
    const note = a.getAttribute('data-footnote-target');
    const back = a.getAttribute('data-back-to');
    if (note && model.rowOfBlock.has(note)) {
      e.preventDefault();
      props.onJump(paneId, note, 'footnote', from);
    } else if (back && model.rowOfBlock.has(back)) {
      e.preventDefault();
      props.onJump(paneId, back, 'back', from);
    }
  };

  const onKeyDown = (e: React.KeyboardEvent): void => {
    // Enter on the text (not on a link inside it) follows the passage at the reading line.
    if (e.key !== 'Enter' || e.target !== scrollerRef.current || e.altKey || e.ctrlKey || e.metaKey) return;
    const pos = position();
    if (!pos) return;
    e.preventDefault();
    const text = scrollerRef.current?.querySelector(`[data-block-id="${escape(pos.blockId)}"]`)?.textContent ?? '';
    props.onSelectPassage(paneId, pos.blockId, text);
  };

  const items = virtualizer.getVirtualItems();
  const idPrefix = `${paneId}-`;
  const renderDecorations = decorations.size > 0 ? decorations : NO_DECORATIONS;
  return (
    <div className="pane-text">
      <style ref={styleRef} />
      <div className="reading-line" aria-hidden="true" />
      <div
        ref={scrollerRef}
        className={`pane-scroll view-${model.view}`}
        data-pane-scroll={paneId}
        tabIndex={0}
        role="region"
        aria-label={props.label}
        onClick={onClick}
        onMouseUp={() => setTimeout(checkSelection, 0)}
        onKeyUp={(e) => {
          if (e.shiftKey) checkSelection();
        }}
        onKeyDown={onKeyDown}
      >
        <div className="pane-rows" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => (
            <div
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className="row-slot"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <RowView
                row={model.rows[item.index]!}
                idPrefix={idPrefix}
                syncIndex={syncIndex}
                decorations={renderDecorations}
                backlinks={backlinks}
              />
            </div>
          ))}
        </div>
      </div>
    </div>
  );
});

function at([key, e]: [string, { top: number; bottom: number; blockId?: string }], line: number): ReadingPosition {
  const height = e.bottom - e.top;
  return { key, blockId: e.blockId ?? key, fraction: height > 0 ? Math.max(0, Math.min(1, (line - e.top) / height)) : 0 };
}

/** A first guess of a row's height from its text length and the pane width; rows are measured once shown. */
export function estimateRowHeight(row: Row, width: number): number {
  const columnHeight = (blocks: readonly Block[], w: number): number => {
    const charsPerLine = Math.max(16, Math.min(w, 680) / 8.6);
    let h = 0;
    for (const b of blocks) {
      const lines = Math.max(1, Math.ceil(b.text.length / charsPerLine));
      h += lines * (b.kind === 'heading' ? 26 : 27) + (b.kind === 'heading' ? 34 : 15);
    }
    return h;
  };
  if (row.kind === 'blocks') return columnHeight(row.blocks, width - 48);
  return Math.max(columnHeight(row.columns[0], width / 2 - 40), columnHeight(row.columns[1], width / 2 - 40), 24);
}

interface RowViewProps {
  row: Row;
  idPrefix: string;
  syncIndex: SyncIndex;
  decorations: Decorations;
  backlinks: ReadonlyMap<string, string>;
}

/** One row: a block, a list, or an aligned pair in two columns. Memoized: scrolling re-renders no row. */
const RowView = memo(function RowView({ row, idPrefix, syncIndex, decorations, backlinks }: RowViewProps): ReactNode {
  const render = (blocks: readonly Block[]): ReactNode => groupLists(blocks, (b) => renderBlock(b));
  const renderBlock = (b: Block): ReactNode => (
    <BlockView
      key={b.id}
      block={b}
      idPrefix={idPrefix}
      syncKey={syncIndex.keyOf(b.id)}
      decoration={decorations.get(b.id)}
      backTo={b.kind === 'footnote' ? backlinks.get(b.id) : undefined}
    />
  );
  if (row.kind === 'blocks') return <div className="row">{render(row.blocks)}</div>;
  return (
    <div className="row pair" data-sync-key={syncIndex.keyOf(row.key)}>
      {row.columns.map((col, i) => (
        <div key={i} className="col" lang={row.langs[i]}>
          {render(col)}
        </div>
      ))}
    </div>
  );
});

/** Consecutive list items are wrapped in one list, so assistive technology announces them as one. */
function groupLists(blocks: readonly Block[], render: (b: Block) => ReactNode): ReactNode[] {
  const out: ReactNode[] = [];
  let run: Block[] = [];
  const flush = (): void => {
    if (run.length === 0) return;
    out.push(
      <div role="list" key={`list-${run[0]!.id}`} className="list">
        {run.map(render)}
      </div>,
    );
    run = [];
  };
  for (const b of blocks) {
    if (b.kind === 'list-item') run.push(b);
    else {
      flush();
      out.push(render(b));
    }
  }
  flush();
  return out;
}
