import { describe, expect, it } from 'vitest';
import { choosePane } from '../../../../src/renderer/src/compare/show-passage';
import type { Layout, PaneState } from '../../../../src/shared/workspace';

const pane = (id: string, sourceId: string, extra: Partial<PaneState> = {}): PaneState => ({
  id,
  sourceId,
  view: 'all',
  linked: true,
  collapsed: false,
  width: 1,
  ...extra,
});

describe('which pane shows a passage', () => {
  const layout: Layout = { panes: [pane('p1', 'answer', { view: 'nl' }), pane('p2', 'answer', { view: 'fr' }), pane('p3', 'meeting')] };
  const frOnly = (p: PaneState): boolean => p.view !== 'nl';

  it('the active pane of the source if it shows the block, else the first that does', () => {
    expect(choosePane(layout, 'answer', 'p2', frOnly)).toEqual({ kind: 'pane', paneId: 'p2' });
    expect(choosePane(layout, 'answer', 'p1', frOnly)).toEqual({ kind: 'pane', paneId: 'p2' });
    expect(choosePane(layout, 'answer', 'p3', () => true)).toEqual({ kind: 'pane', paneId: 'p1' });
    // None shows it: the active one of the source, else the first.
    expect(choosePane(layout, 'answer', 'p1', () => false)).toEqual({ kind: 'pane', paneId: 'p1' });
  });

  it('a new pane when none shows the source (a collapsed one does not count); with five, the active pane changes source', () => {
    expect(choosePane(layout, 'programme', 'p1', () => true)).toEqual({ kind: 'add' });
    expect(choosePane({ panes: [pane('p1', 'programme', { collapsed: true })] }, 'programme', undefined, () => true)).toEqual({
      kind: 'add',
    });
    const five: Layout = { panes: ['a', 'b', 'c', 'd', 'e'].map((s, i) => pane(`p${i + 1}`, s)) };
    expect(choosePane(five, 'programme', 'p2', () => true)).toEqual({ kind: 'replace', paneId: 'p2' });
    expect(choosePane(five, 'programme', undefined, () => true)).toEqual({ kind: 'replace', paneId: 'p5' });
  });
});
