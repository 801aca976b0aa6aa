import { blockIdFor } from '../../../../src/core/ingest/ids';
import type { AnchorDocument } from '../../../../src/core/annotations';

/** A document for anchoring tests: block ids from content, as ingestion makes them. */
export function docOf(texts: readonly string[], sourceId = 'src', sha256 = 'a'.repeat(64), ingestVersion = 1): AnchorDocument {
  const seen = new Map<string, number>();
  return {
    source: { id: sourceId, sha256 },
    ingestVersion,
    blocks: texts.map((text) => ({ id: blockIdFor(sourceId, 'p', text, seen), text })),
  };
}
