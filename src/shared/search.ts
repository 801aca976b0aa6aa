import type { LangCode } from './model';

/**
 * Full-text search across the corpus. The host owns the index; these are the shapes that cross
 * the contract. (Reconciled with the search engine's own types when it lands.)
 */
export interface SearchRequest {
  readonly query: string;
  readonly sources?: readonly string[];
  readonly langs?: readonly LangCode[];
  readonly limit?: number;
  /** Cross-language expansion (alignment, glossary); on unless false. */
  readonly expand?: boolean;
}

/** How a hit was reached: the query's own words, the translation alignment, or the glossary. */
export type MatchedVia = 'direct' | 'alignment' | 'glossary';

export interface SearchSnippet {
  readonly text: string;
  /** Matched terms as half-open UTF-16 ranges into `text`. */
  readonly highlights: readonly { readonly start: number; readonly end: number }[];
}

export interface SearchHit {
  readonly sourceId: string;
  readonly blockId: string;
  readonly lang: LangCode;
  readonly score: number;
  readonly snippet: SearchSnippet;
  readonly text: string;
  readonly matchedVia: MatchedVia;
  /** Matched terms as ranges into the block's full text, to highlight it in place. */
  readonly highlights?: readonly { readonly start: number; readonly end: number }[];
}

export interface SearchResponse {
  readonly query: string;
  readonly total: number;
  readonly hits: readonly SearchHit[];
  readonly groups: readonly { readonly sourceId: string; readonly count: number }[];
  /** What the engine did with odd input ("unclosed quote: searched the words"). */
  readonly notices: readonly string[];
}
