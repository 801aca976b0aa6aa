import type { LangCode } from '../../../shared/model';
import type { DraftBlock } from '../draft';

/** A bilingual source split into its language streams, with paragraph pairs as draft indices. */
export interface BilingualSegmentation {
  readonly languages: readonly [LangCode, LangCode];
  /** Both streams' blocks, in reading order of the first stream then the second; each has `stream`. */
  readonly drafts: readonly DraftBlock[];
  /** Aligned groups: indices into `drafts` per language (1:1, 1:2, 2:1…). */
  readonly pairs: readonly Readonly<Partial<Record<LangCode, readonly number[]>>>[];
}

/**
 * Recognizes a source whose two language versions were extracted interleaved (a two-column
 * bilingual PDF read page by page) and splits it; returns undefined for any other text.
 */
export function segmentBilingual(_text: string): BilingualSegmentation | undefined {
  return undefined;
}
