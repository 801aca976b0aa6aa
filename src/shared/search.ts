import type { LangCode } from './model';

/**
 * Full-text search across the corpus (the engine is `src/core/search`, the query language is in
 * docs/search.md). The host owns the index; these are the shapes that cross the contract.
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
  /** For `alignment` hits: the block (other language, same source) that matched the query. */
  readonly alignedWith?: string;
  /** For `glossary` hits: the concept and the term of it found in this block. */
  readonly glossary?: { readonly conceptId: string; readonly term: string };
}

/** An annotation whose note, tags or quoted passage matched: its own result group. */
export interface AnnotationSearchHit {
  readonly annotationId: string;
  /** The source the annotation is on ('' for one that is on none). */
  readonly sourceId: string;
  readonly score: number;
  readonly snippet: SearchSnippet;
  /** What was searched: note, tags and quote. */
  readonly text: string;
  readonly matchedVia: MatchedVia;
  readonly highlights: readonly { readonly start: number; readonly end: number }[];
}

export interface SearchGroup {
  readonly sourceId: string;
  readonly count: number;
  /** How the source's hits were found: lets a list say "12 (5 direct)". */
  readonly byVia?: Readonly<Record<MatchedVia, number>>;
}

export interface SearchResponse {
  readonly query: string;
  readonly total: number;
  readonly hits: readonly SearchHit[];
  /** Hits per source, over all hits (not only those returned), in corpus order. */
  readonly groups: readonly SearchGroup[];
  /** What the engine did with odd input ("unclosed quote: searched the words"). */
  readonly notices: readonly string[];
  /** Matching annotations, when the workspace has any: a group of their own. */
  readonly annotations?: { readonly total: number; readonly hits: readonly AnnotationSearchHit[] };
}
