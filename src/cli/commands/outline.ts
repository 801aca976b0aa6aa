import type { OutlineNode } from '../../shared/model';
import { UsageError } from '../args';
import { defineCommand } from '../command';

export const outlineCommand = defineCommand({
  name: 'outline',
  usage: 'outline <source> [--corpus DIR] [--json]',
  summary: 'Print the heading tree of a source with block ids.',
  async run({ api, args }) {
    const sourceId = args.positional[0];
    if (!sourceId) throw new UsageError('Name the source: outline <source>.');
    const doc = await api.getDocument({ sourceId });
    return { sourceId, outline: doc.outline };
  },
  human(result) {
    const lines: string[] = [];
    const walk = (nodes: readonly OutlineNode[], depth: number): void => {
      for (const n of nodes) {
        lines.push(`${'  '.repeat(depth)}${n.marker ? `${n.marker} ` : ''}${n.text}  (${n.blockId})`);
        walk(n.children, depth + 1);
      }
    };
    walk(result.outline, 0);
    return lines.join('\n');
  },
});
