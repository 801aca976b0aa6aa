import { assertNever } from '../../../shared/errors';
import type { Layout, PaneState, PaneView } from '../../../shared/workspace';

/** The workspace schema allows five panes; more would not be readable side by side anyway. */
export const MAX_PANES = 5;
/** Narrowest share a pane can be resized to (the schema's floor is 0.1). */
export const MIN_WIDTH = 0.25;
export const MAX_WIDTH = 10;

/** Every change the user can make to the panes, as data, applied by `reduceLayout`. */
export type LayoutAction =
  | { readonly kind: 'load'; readonly layout: Layout }
  | { readonly kind: 'add'; readonly sourceId: string; readonly view: PaneView; readonly id?: string }
  | { readonly kind: 'set-source'; readonly paneId: string; readonly sourceId: string; readonly view: PaneView }
  | { readonly kind: 'remove'; readonly paneId: string }
  | { readonly kind: 'move'; readonly paneId: string; readonly by: -1 | 1 }
  | { readonly kind: 'set-view'; readonly paneId: string; readonly view: PaneView }
  | { readonly kind: 'set-linked'; readonly paneId: string; readonly linked: boolean }
  | { readonly kind: 'set-collapsed'; readonly paneId: string; readonly collapsed: boolean }
  /** Moves `delta` width units from the right pane to the left one (negative: the reverse). */
  | { readonly kind: 'resize'; readonly leftId: string; readonly rightId: string; readonly delta: number }
  | { readonly kind: 'set-positions'; readonly positions: Readonly<Record<string, string>> };

/** A pane id not used in the layout: `pane-<n>`, smallest n first. */
export function newPaneId(layout: Layout): string {
  const used = new Set(layout.panes.map((p) => p.id));
  for (let n = 1; ; n++) if (!used.has(`pane-${n}`)) return `pane-${n}`;
}

const round = (n: number): number => Math.round(n * 1000) / 1000;

/** Pure update of the layout; an action that cannot apply (sixth pane, unknown pane) returns the layout unchanged. */
export function reduceLayout(layout: Layout, action: LayoutAction): Layout {
  const update = (paneId: string, patch: (p: PaneState) => PaneState): Layout => {
    if (!layout.panes.some((p) => p.id === paneId)) return layout;
    return { panes: layout.panes.map((p) => (p.id === paneId ? patch(p) : p)) };
  };
  switch (action.kind) {
    case 'load':
      return { panes: action.layout.panes.slice(0, MAX_PANES) };
    case 'add': {
      if (layout.panes.length >= MAX_PANES) return layout;
      const pane: PaneState = {
        id: action.id ?? newPaneId(layout),
        sourceId: action.sourceId,
        view: action.view,
        linked: true,
        collapsed: false,
        width: 1,
      };
      return { panes: [...layout.panes, pane] };
    }
    case 'set-source':
      return update(action.paneId, (p) => {
        const { topBlockId: _dropped, ...rest } = p;
        return { ...rest, sourceId: action.sourceId, view: action.view };
      });
    case 'remove':
      return { panes: layout.panes.filter((p) => p.id !== action.paneId) };
    case 'move': {
      const i = layout.panes.findIndex((p) => p.id === action.paneId);
      const j = i + action.by;
      if (i < 0 || j < 0 || j >= layout.panes.length) return layout;
      const panes = [...layout.panes];
      [panes[i], panes[j]] = [panes[j]!, panes[i]!];
      return { panes };
    }
    case 'set-view':
      return update(action.paneId, (p) => ({ ...p, view: action.view }));
    case 'set-linked':
      return update(action.paneId, (p) => ({ ...p, linked: action.linked }));
    case 'set-collapsed':
      return update(action.paneId, (p) => ({ ...p, collapsed: action.collapsed }));
    case 'resize': {
      const left = layout.panes.find((p) => p.id === action.leftId);
      const right = layout.panes.find((p) => p.id === action.rightId);
      if (!left || !right) return layout;
      // The pair keeps its total, so the other panes keep their width.
      const total = left.width + right.width;
      const lo = Math.max(MIN_WIDTH, total - MAX_WIDTH);
      const hi = Math.min(MAX_WIDTH, total - MIN_WIDTH);
      if (lo > hi) return layout;
      const newLeft = round(Math.min(hi, Math.max(lo, left.width + action.delta)));
      const newRight = round(total - newLeft);
      return {
        panes: layout.panes.map((p) => (p.id === left.id ? { ...p, width: newLeft } : p.id === right.id ? { ...p, width: newRight } : p)),
      };
    }
    case 'set-positions': {
      let changed = false;
      const panes = layout.panes.map((p) => {
        const top = action.positions[p.id];
        if (top === undefined || top === p.topBlockId) return p;
        changed = true;
        return { ...p, topBlockId: top };
      });
      return changed ? { panes } : layout;
    }
    default:
      return assertNever(action);
  }
}

/**
 * The view a newly opened pane of a source gets: a bilingual source opens in parallel the first
 * time, then in a language no other pane shows on its own (NL, then FR), so opening it twice
 * gives the two languages side by side.
 */
export function defaultView(
  layout: Layout,
  source: { readonly id: string; readonly languages: readonly string[] },
  bilingual: boolean,
): PaneView {
  if (!bilingual) return 'all';
  const shown = layout.panes.filter((p) => p.sourceId === source.id);
  if (shown.length === 0) return 'parallel';
  const free = source.languages.find((l) => !shown.some((p) => p.view === l));
  return (free as PaneView | undefined) ?? 'parallel';
}

/** Drops panes whose source is no longer in the corpus (another folder was opened); says which. */
export function keepKnownSources(layout: Layout, known: ReadonlySet<string>): { layout: Layout; dropped: readonly string[] } {
  const dropped = layout.panes.filter((p) => !known.has(p.sourceId)).map((p) => p.sourceId);
  return dropped.length === 0 ? { layout, dropped } : { layout: { panes: layout.panes.filter((p) => known.has(p.sourceId)) }, dropped };
}

/** Linked panes of the same source as the driver (other than it): those that follow its scrolling. */
export function scrollFollowers(layout: Layout, driverId: string): readonly PaneState[] {
  const driver = layout.panes.find((p) => p.id === driverId);
  if (!driver || !driver.linked) return [];
  return layout.panes.filter((p) => p.id !== driverId && p.linked && p.sourceId === driver.sourceId);
}

/**
 * Linked panes other than the origin: those that follow a passage selection or a search result.
 * An unlinked pane neither follows nor leads.
 */
export function passageFollowers(layout: Layout, originId: string): readonly PaneState[] {
  const origin = layout.panes.find((p) => p.id === originId);
  if (!origin || !origin.linked) return [];
  return layout.panes.filter((p) => p.id !== originId && p.linked);
}
