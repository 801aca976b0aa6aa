import type { RelatedReason } from '../related/related-passages';

/**
 * Back and Forward (Alt+← / Alt+→) over the jumps the reader made: following a passage,
 * opening a search result, jumping through the outline or a footnote. A snapshot is where every
 * pane was (block at its reading line) and why it was there; before a jump the current places
 * are recorded, so Back returns exactly there, and Forward replays the jump.
 */
/** Where a pane is: the block at its reading line, and how far through it the line is (0–1). */
export interface PanePlace {
  readonly blockId: string;
  readonly fraction?: number;
}

export interface Snapshot {
  /** Pane id → its place. */
  readonly positions: Readonly<Record<string, PanePlace>>;
  /** Pane id → why it scrolled there, shown in the pane. */
  readonly reasons?: Readonly<Record<string, readonly RelatedReason[]>>;
}

export interface NavHistory {
  readonly entries: readonly Snapshot[];
  /** The entry the reader is at; -1 when nothing was recorded yet. */
  readonly index: number;
}

export const MAX_ENTRIES = 100;

export function emptyHistory(): NavHistory {
  return { entries: [], index: -1 };
}

/** Records a jump from `from` (where the panes are now) to `to`; anything Forward could replay is dropped. */
export function recordJump(history: NavHistory, from: Snapshot, to: Snapshot): NavHistory {
  const kept = history.entries.slice(0, history.index + 1);
  if (kept.length > 0) kept[kept.length - 1] = from;
  else kept.push(from);
  kept.push(to);
  const entries = kept.slice(-MAX_ENTRIES);
  return { entries, index: entries.length - 1 };
}

export function canGoBack(history: NavHistory): boolean {
  return history.index > 0;
}

export function canGoForward(history: NavHistory): boolean {
  return history.index >= 0 && history.index < history.entries.length - 1;
}

/**
 * One step back or forward. The current places replace the entry being left (the reader may
 * have scrolled since the jump), so coming back lands where they left off.
 */
export function step(history: NavHistory, current: Snapshot, direction: -1 | 1): { history: NavHistory; target: Snapshot } | undefined {
  const index = history.index + direction;
  if (history.index < 0 || index < 0 || index >= history.entries.length) return undefined;
  const entries = [...history.entries];
  entries[history.index] = { ...current, reasons: history.entries[history.index]!.reasons };
  return { history: { entries, index }, target: entries[index]! };
}
