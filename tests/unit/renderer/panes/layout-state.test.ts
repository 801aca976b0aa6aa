import { describe, expect, it } from 'vitest';
import {
  defaultView,
  keepKnownSources,
  MAX_PANES,
  MIN_WIDTH,
  newPaneId,
  passageFollowers,
  reduceLayout,
  scrollFollowers,
} from '../../../../src/renderer/src/panes/layout-state';
import type { Layout } from '../../../../src/shared/workspace';

const empty: Layout = { panes: [] };
const three = [
  { kind: 'add', sourceId: 'a', view: 'nl' },
  { kind: 'add', sourceId: 'a', view: 'fr' },
  { kind: 'add', sourceId: 'b', view: 'all' },
] as const;
const layoutOf = (actions: readonly Parameters<typeof reduceLayout>[1][]): Layout => actions.reduce(reduceLayout, empty);

describe('layout state', () => {
  it('adds panes linked, even and expanded, up to five, with unique ids (a source may be shown twice)', () => {
    let l = empty;
    for (let i = 0; i < 7; i++) l = reduceLayout(l, { kind: 'add', sourceId: 'a', view: 'all' });
    expect(l.panes).toHaveLength(MAX_PANES);
    expect(new Set(l.panes.map((p) => p.id)).size).toBe(MAX_PANES);
    expect(l.panes.every((p) => p.linked && !p.collapsed && p.width === 1)).toBe(true);
  });

  it('reuses the smallest free pane id', () => {
    const l = reduceLayout(layoutOf(three), { kind: 'remove', paneId: 'pane-1' });
    expect(newPaneId(l)).toBe('pane-1');
  });

  it('moves panes left and right, and not past either end', () => {
    const l = layoutOf(three);
    expect(reduceLayout(l, { kind: 'move', paneId: 'pane-3', by: -1 }).panes.map((p) => p.id)).toEqual(['pane-1', 'pane-3', 'pane-2']);
    expect(reduceLayout(l, { kind: 'move', paneId: 'pane-1', by: -1 })).toBe(l);
    expect(reduceLayout(l, { kind: 'move', paneId: 'pane-3', by: 1 })).toBe(l);
  });

  it('resizes a pair of neighbours keeping their total, never below the minimum', () => {
    const l = layoutOf(three);
    const r = reduceLayout(l, { kind: 'resize', leftId: 'pane-1', rightId: 'pane-2', delta: 0.5 });
    expect(r.panes.map((p) => p.width)).toEqual([1.5, 0.5, 1]);
    const r2 = reduceLayout(l, { kind: 'resize', leftId: 'pane-1', rightId: 'pane-2', delta: 5 });
    expect(r2.panes[1]!.width).toBe(MIN_WIDTH);
    expect(r2.panes[0]!.width + r2.panes[1]!.width).toBeCloseTo(2);
  });

  it('keeps reading positions, and forgets them when the pane shows another source', () => {
    const l = reduceLayout(layoutOf(three), { kind: 'set-positions', positions: { 'pane-1': 'x', 'pane-3': 'y' } });
    expect(l.panes.map((p) => p.topBlockId)).toEqual(['x', undefined, 'y']);
    expect(reduceLayout(l, { kind: 'set-positions', positions: { 'pane-1': 'x' } })).toBe(l);
    const moved = reduceLayout(l, { kind: 'set-source', paneId: 'pane-1', sourceId: 'c', view: 'all' });
    expect(moved.panes[0]).toMatchObject({ sourceId: 'c', view: 'all' });
    expect(moved.panes[0]!.topBlockId).toBeUndefined();
  });

  it('ignores actions on unknown panes', () => {
    const l = layoutOf(three);
    expect(reduceLayout(l, { kind: 'set-linked', paneId: 'nope', linked: false })).toBe(l);
  });

  it('opens a bilingual source in parallel, then in the languages not shown on their own', () => {
    const source = { id: 'a', languages: ['nl', 'fr'] };
    expect(defaultView(empty, source, true)).toBe('parallel');
    const one = reduceLayout(empty, { kind: 'add', sourceId: 'a', view: 'nl' });
    expect(defaultView(one, source, true)).toBe('fr');
    expect(defaultView(layoutOf(three), source, true)).toBe('parallel');
    expect(defaultView(empty, { id: 'b', languages: ['fr'] }, false)).toBe('all');
  });

  it('follows only between linked panes: same source for scrolling, any source for passages', () => {
    let l = layoutOf(three);
    expect(scrollFollowers(l, 'pane-1').map((p) => p.id)).toEqual(['pane-2']);
    expect(passageFollowers(l, 'pane-1').map((p) => p.id)).toEqual(['pane-2', 'pane-3']);
    l = reduceLayout(l, { kind: 'set-linked', paneId: 'pane-2', linked: false });
    expect(scrollFollowers(l, 'pane-1')).toEqual([]);
    expect(passageFollowers(l, 'pane-1').map((p) => p.id)).toEqual(['pane-3']);
    expect(passageFollowers(l, 'pane-2')).toEqual([]);
  });

  it('drops panes of sources that left the corpus, saying which', () => {
    const r = keepKnownSources(layoutOf(three), new Set(['b']));
    expect(r.dropped).toEqual(['a', 'a']);
    expect(r.layout.panes.map((p) => p.sourceId)).toEqual(['b']);
  });
});
