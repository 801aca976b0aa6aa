import { describe, expect, it } from 'vitest';
import { outlineForView } from '../../../../src/renderer/src/panes/outline-view';
import type { OutlineNode } from '../../../../src/shared/model';

const node = (blockId: string, children: OutlineNode[] = []): OutlineNode => ({ blockId, text: blockId, level: 1, children });

describe('outline per view', () => {
  it('keeps only the headings the pane shows, handing children of hidden ones up', () => {
    const tree = [node('nl-1', [node('nl-1.1')]), node('fr-1', [node('fr-1.1'), node('nl-x')])];
    const nl = outlineForView(tree, (id) => id.startsWith('nl'));
    expect(nl.map((n) => [n.blockId, n.children.map((c) => c.blockId)])).toEqual([
      ['nl-1', ['nl-1.1']],
      ['nl-x', []],
    ]);
  });

  it('returns the same tree when everything is shown', () => {
    const tree = [node('a', [node('b')])];
    expect(outlineForView(tree, () => true)).toBe(tree);
  });
});
