export { ANALYZER_VERSION, Analyzer, tokenize, type TextToken } from './analyzer';
export { fold } from './fold';
export { parseQuery, type ParsedQuery } from './query-parser';
export {
  buildSearchIndex,
  INDEX_SCHEMA_VERSION,
  loadSearchIndex,
  SearchIndex,
  type SearchDoc,
  type SearchIndexInput,
} from './search-index';
export { DEFAULT_LIMIT, SearchEngine, type KnownSource, type SearchContext } from './search-engine';
