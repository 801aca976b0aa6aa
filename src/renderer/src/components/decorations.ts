/**
 * Extra marks a pane lays over blocks without changing them: search hits now, annotations and
 * commitment highlights later. A layer is a map from block id to what to add; layers are merged
 * before rendering, so each feature computes its own layer and none knows of the others.
 */

/** A range of a block's text to wrap in a `<mark>` (UTF-16, half-open, into `Block.text`). */
export interface InlineDecoration {
  readonly start: number;
  readonly end: number;
  /** CSS classes of the mark, e.g. `hit`, `hit current`, later `annotation color-yellow`. */
  readonly className: string;
  /** Shown as a tooltip and read by screen readers after the text (e.g. an annotation's note). */
  readonly label?: string;
  /** Rendered as `data-decoration-id`, so a click on the mark finds what made it (an annotation's id). */
  readonly id?: string;
}

export interface BlockDecoration {
  readonly inline?: readonly InlineDecoration[];
  /** Classes added to the block element as a whole (a hit reached through its translation, a followed passage). */
  readonly className?: string;
}

export type Decorations = ReadonlyMap<string, BlockDecoration>;

export const NO_DECORATIONS: Decorations = new Map();

/** Merges layers: inline ranges are concatenated, block classes joined. */
export function mergeDecorations(...layers: readonly (Decorations | undefined)[]): Decorations {
  const present = layers.filter((l): l is Decorations => l !== undefined && l.size > 0);
  if (present.length === 0) return NO_DECORATIONS;
  if (present.length === 1) return present[0]!;
  const out = new Map<string, BlockDecoration>();
  for (const layer of present)
    for (const [id, d] of layer) {
      const prev = out.get(id);
      if (!prev) out.set(id, d);
      else
        out.set(id, {
          inline: [...(prev.inline ?? []), ...(d.inline ?? [])],
          className: [prev.className, d.className].filter(Boolean).join(' ') || undefined,
        });
    }
  return out;
}
