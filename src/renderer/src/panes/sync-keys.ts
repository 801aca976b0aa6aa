import type { IngestedDocument, LangCode } from '../../../shared/model';
import { streamOf } from './rows';

/**
 * Synchronization anchors. Every block gets a key: the aligned pair it belongs to (`p<n>`) for
 * a bilingual source, else its own id. Two panes of the same source are kept on the same key,
 * whatever each shows of it, so they never drift the way scroll percentages do.
 */
export interface SyncIndex {
  keyOf(blockId: string): string;
  /** Every block of a key, all languages. */
  blocksOf(key: string): readonly string[];
  /** The blocks of the other language(s) aligned with a block: its translation. */
  translationsOf(blockId: string): readonly string[];
  /** The language stream of a block, for choosing what a single-language pane can show. */
  streamOf(blockId: string): LangCode | undefined;
}

export function buildSyncIndex(doc: IngestedDocument): SyncIndex {
  const keyByBlock = new Map<string, string>();
  const blocksByKey = new Map<string, string[]>();
  const stream = new Map(doc.blocks.map((b) => [b.id, streamOf(b)]));
  doc.alignment?.pairs.forEach((pair, i) => {
    const key = `p${i}`;
    const ids = doc.alignment!.languages.flatMap((lang) => pair[lang] ?? []);
    blocksByKey.set(key, ids);
    for (const id of ids) keyByBlock.set(id, key);
  });
  return {
    keyOf: (blockId) => keyByBlock.get(blockId) ?? blockId,
    blocksOf: (key) => blocksByKey.get(key) ?? [key],
    translationsOf: (blockId) => {
      const key = keyByBlock.get(blockId);
      if (!key) return [];
      const own = stream.get(blockId);
      return (blocksByKey.get(key) ?? []).filter((id) => stream.get(id) !== own);
    },
    streamOf: (blockId) => stream.get(blockId),
  };
}
