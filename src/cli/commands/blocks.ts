import { UsageError } from '../args';
import { defineCommand } from '../command';

export const blocksCommand = defineCommand({
  name: 'blocks',
  usage: 'blocks <source> [--corpus DIR] [--json]',
  summary: 'Print the clean blocks of one source.',
  async run({ api, args }) {
    const sourceId = args.positional[0];
    if (!sourceId) throw new UsageError('Name the source: blocks <source>. List ids with "sources".');
    const doc = await api.getDocument({ sourceId });
    return { sourceId, ingestVersion: doc.ingestVersion, warnings: doc.warnings, blocks: doc.blocks };
  },
  human(result) {
    return result.blocks
      .map((b) => {
        const head =
          b.kind === 'heading' ? `H${b.level ?? 1}` : b.kind === 'list-item' ? `${'  '.repeat(b.depth ?? 0)}${b.marker ?? '-'}` : b.kind;
        return `[${b.lang}] ${head} ${b.text}`;
      })
      .join('\n');
  },
});
