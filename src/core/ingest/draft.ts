import type { BlockKind, LangCode, TableData, TextRange } from '../../shared/model';

/**
 * A block before ids, inline parsing and language are settled: what the segmenters produce.
 * `raw` still holds inline markup; the pipeline turns it into text and marks.
 */
export interface DraftBlock {
  readonly kind: BlockKind;
  readonly raw: string;
  readonly origin: readonly TextRange[];
  readonly level?: number;
  readonly depth?: number;
  readonly marker?: string;
  readonly stream?: LangCode;
  readonly lang?: LangCode;
  readonly table?: TableData;
}
