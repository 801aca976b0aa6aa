/**
 * What the app can ask of a pane's text, imperatively: where the reader is, and to go somewhere.
 * Positions are read from and written to the DOM (the rows are virtualized, so only the pane
 * knows what is rendered and how tall it is).
 */
export interface ReadingPosition {
  /** The synchronization key (aligned pair, or block id) at the reading line. */
  readonly key: string;
  /** The first block of that key the pane shows. */
  readonly blockId: string;
  /** How far through the key's extent the reading line is, 0–1. */
  readonly fraction: number;
}

export interface GoToOptions {
  /** How far through the block the reading line should be (0 = its top). */
  readonly fraction?: number;
  /** An element inside the block to put at the reading line instead (`mark.hit`: the hit itself in a long paragraph). */
  readonly within?: string;
  /** Focus this element of the pane once there (footnote links). */
  readonly focusSelector?: string;
}

export interface PaneHandle {
  /** Where the reading line is; with `'top'`, what is at the top edge of the view instead. */
  position(edge?: 'line' | 'top'): ReadingPosition | undefined;
  /**
   * Puts a block's top (or the point `fraction` of the way through it, or an element `within`
   * it) at the reading line, and keeps it there while the rows around it are measured.
   */
  goToBlock(blockId: string, options?: GoToOptions): void;
  /** Puts the same point of an aligned pair at the reading line: how linked panes follow each other. */
  goToKey(key: string, fraction: number): void;
  /** The scrolling element, to focus it. */
  element(): HTMLElement | null;
}

/** Where the reading line is in a pane: a fifth down, so what came just before stays in view. */
export function readingLineOffset(height: number): number {
  return Math.round(Math.min(160, Math.max(24, height * 0.2)));
}
