/**
 * Annotations, pure: the W3C model's targets and bodies, anchoring against a document's blocks,
 * one-annotation state changes, undo/redo, filters and tag autocomplete, and the exchange
 * formats. No I/O: the host stores and loads, these functions decide.
 */
export { anchorAnnotation, anchorPassage, MAX_QUOTE_ERROR_RATE, MIN_ANCHOR_SCORE, MIN_FUZZY_QUOTE_LENGTH } from './anchor';
export { acceptAnchor, reattach } from './reattach';
export { makeBody, motivationOf, normalizeTags, sameBody } from './body';
export { citation, exportPosition, quoteText, statusLabel } from './citation';
export { CSV_HEADER, csvField, exportCsv } from './csv-export';
export { annotationText, filterAnnotations, sortInReadingOrder, suggestTags, tagCounts } from './filter';
export { foldText } from './fold';
export { annotationList, annotationView, indexDocuments, type DocumentIndex } from './list';
export {
  EXPORT_COLOR_CSS,
  exportJsonLd,
  STYLE_CLASS_PREFIX,
  toJsonLd,
  W3C_ANNO_CONTEXT,
  type ExportSource,
  type JsonLdOptions,
} from './jsonld-export';
export {
  collectionItems,
  duplicateKey,
  planImport,
  UNKNOWN_BLOCK_ID,
  type ImportContext,
  type ImportPlan,
  type ImportSource,
} from './jsonld-import';
export { exportMarkdown, type MarkdownOptions } from './markdown-export';
export {
  addAnnotation,
  editAnnotation,
  findAnnotation,
  newAnnotation,
  nextStamp,
  restore,
  retarget,
  softDelete,
  type BodyPatch,
  type Changed,
} from './operations';
export { annotationSearchDocuments, type AnnotationSearchDocument } from './search-documents';
export { passageTargetAt, quoteOf, type AnchorBlock, type AnchorDocument } from './target';
export { codePointToUtf16, utf16ToCodePoint } from './unicode';
