import type { IngestedDocument, Source } from '../../../shared/model';
import type { Layout, PaneState, PaneView } from '../../../shared/workspace';
import type { Snapshot } from '../history/nav-history';
import type { LayoutAction } from '../panes/layout-state';
import { defaultView, MAX_PANES, newPaneId } from '../panes/layout-state';
import type { PaneHandle } from '../panes/pane-handle';
import type { Passage } from '../related/related-passages';

/**
 * Bringing the reading panes to a passage from another view (the Compare view's commitments and
 * links): the pane that shows its source goes there — a new pane when none does — and the linked
 * panes follow it as they follow a selected passage, one step of Back/Forward.
 */

export type PaneChoice =
  { readonly kind: 'pane'; readonly paneId: string } | { readonly kind: 'add' } | { readonly kind: 'replace'; readonly paneId: string };

/**
 * Which pane shows a source's passage: among the expanded panes of that source, the active one if
 * its view shows the block, else the first whose view does, else the active one, else the first;
 * with none, a new pane — or, with five open, the active (else the last) pane changes source.
 * The same rule as a search result's.
 */
export function choosePane(
  layout: Layout,
  sourceId: string,
  activeId: string | undefined,
  shows: (pane: PaneState) => boolean,
  maxPanes = MAX_PANES,
): PaneChoice {
  const ofSource = layout.panes.filter((p) => p.sourceId === sourceId && !p.collapsed);
  const pane =
    ofSource.find((p) => p.id === activeId && shows(p)) ?? ofSource.find(shows) ?? ofSource.find((p) => p.id === activeId) ?? ofSource[0];
  if (pane) return { kind: 'pane', paneId: pane.id };
  if (layout.panes.length < maxPanes) return { kind: 'add' };
  const target = layout.panes.find((p) => p.id === activeId) ?? layout.panes[layout.panes.length - 1];
  return target ? { kind: 'replace', paneId: target.id } : { kind: 'add' };
}

/** A place in a source: a block, and the part of its text to mark (a commitment's range). */
export interface PassageTarget {
  readonly sourceId: string;
  readonly blockId: string;
  readonly range?: { readonly start: number; readonly end: number };
  /** The same passage in the other language of a bilingual source (a commitment's translation twin). */
  readonly twin?: { readonly blockId: string; readonly range?: { readonly start: number; readonly end: number } };
}

/** What `showPassage` needs of the app: its layout, panes, history and follow machinery. */
export interface NavContext {
  layout(): Layout;
  dispatch(action: LayoutAction): void;
  handle(paneId: string): PaneHandle | undefined;
  activePaneId(): string | undefined;
  activate(paneId: string): void;
  source(sourceId: string): Source | undefined;
  /** The document if loaded. */
  doc(sourceId: string): IngestedDocument | undefined;
  /** Whether a pane's view shows a block (a one-language pane of a bilingual source shows half). */
  shows(pane: PaneState, blockId: string): boolean;
  /** Where the panes are now: taken before moving, so Back returns there. */
  snapshot(): Snapshot;
  /** Where a new pane opens (its initial reading position). */
  setInitialPosition(paneId: string, blockId: string): void;
  /** Scrolling caused by the jump must not drive the linked panes. */
  suppressSync(): void;
  passageFor(sourceId: string, blockId: string): Passage | undefined;
  follow(paneId: string, passage: Passage, options: { readonly before: Snapshot; readonly originTarget: string }): Promise<void>;
}

/** Waits (a frame at a time, up to `timeoutMs`) until `ready` holds. */
async function until(ready: () => boolean, timeoutMs = 10_000): Promise<boolean> {
  const end = performance.now() + timeoutMs;
  while (!ready()) {
    if (performance.now() > end) return false;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  return true;
}

/**
 * Brings a pane to the passage and the linked panes after it. Resolves with the pane and block
 * it went to (the block may be the twin's, when the pane shows the other language), or undefined
 * when the document could not be shown.
 */
export async function showPassage(
  ctx: NavContext,
  target: PassageTarget,
): Promise<{ readonly paneId: string; readonly blockId: string } | undefined> {
  const before = ctx.snapshot();
  const layout = ctx.layout();
  const blockFor = (pane: PaneState): string =>
    ctx.shows(pane, target.blockId) || !target.twin || !ctx.shows(pane, target.twin.blockId) ? target.blockId : target.twin.blockId;
  const choice = choosePane(
    layout,
    target.sourceId,
    ctx.activePaneId(),
    (p) => ctx.shows(p, target.blockId) || (target.twin !== undefined && ctx.shows(p, target.twin.blockId)),
  );
  let paneId: string;
  if (choice.kind === 'pane') paneId = choice.paneId;
  else {
    const source = ctx.source(target.sourceId);
    const languages = source?.languages ?? [];
    const view: PaneView = defaultView(layout, { id: target.sourceId, languages }, languages.length > 1);
    paneId = choice.kind === 'add' ? newPaneId(layout) : choice.paneId;
    ctx.setInitialPosition(paneId, target.blockId);
    ctx.dispatch(
      choice.kind === 'add'
        ? { kind: 'add', sourceId: target.sourceId, view, id: paneId }
        : { kind: 'set-source', paneId, sourceId: target.sourceId, view },
    );
  }
  ctx.activate(paneId);
  const ready = await until(() => {
    const pane = ctx.layout().panes.find((p) => p.id === paneId);
    return (
      pane !== undefined && pane.sourceId === target.sourceId && ctx.doc(target.sourceId) !== undefined && ctx.handle(paneId) !== undefined
    );
  });
  const pane = ctx.layout().panes.find((p) => p.id === paneId);
  if (!ready || !pane) return undefined;
  const blockId = blockFor(pane);
  ctx.suppressSync();
  ctx.handle(paneId)?.goToBlock(blockId);
  const passage = ctx.passageFor(target.sourceId, blockId);
  if (passage) await ctx.follow(paneId, passage, { before, originTarget: blockId });
  return { paneId, blockId };
}
