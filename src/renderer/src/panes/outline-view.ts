import type { OutlineNode } from '../../../shared/model';

/**
 * The outline a pane offers: only headings it shows (a Dutch-only pane lists the Dutch
 * headings). A heading left out hands its children up, so nothing under it is lost.
 */
export function outlineForView(nodes: readonly OutlineNode[], keep: (blockId: string) => boolean): readonly OutlineNode[] {
  const out: OutlineNode[] = [];
  for (const n of nodes) {
    const children = outlineForView(n.children, keep);
    if (keep(n.blockId)) out.push(children === n.children ? n : { ...n, children });
    else out.push(...children);
  }
  return out.length === nodes.length && out.every((n, i) => n === nodes[i]) ? nodes : out;
}
