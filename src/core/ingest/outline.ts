import type { Block, OutlineNode } from '../../shared/model';

/** The heading tree of a document, nesting each heading under the nearest higher-level one. */
export function buildOutline(blocks: readonly Block[]): OutlineNode[] {
  interface Mutable {
    blockId: string;
    text: string;
    level: number;
    marker?: string;
    children: Mutable[];
  }
  const roots: Mutable[] = [];
  const stack: Mutable[] = [];
  for (const b of blocks) {
    if (b.kind !== 'heading') continue;
    const node: Mutable = { blockId: b.id, text: b.text, level: b.level ?? 1, children: [] };
    if (b.marker !== undefined) node.marker = b.marker;
    while (stack.length > 0 && stack[stack.length - 1]!.level >= node.level) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else roots.push(node);
    stack.push(node);
  }
  return roots;
}
