import {
  annotationSourceIds,
  type Annotation,
  type AnnotationList,
  type AnnotationQuery,
  type AnnotationView,
} from '../../shared/annotations';
import { anchorAnnotation } from './anchor';
import { filterAnnotations, sortInReadingOrder, tagCounts } from './filter';
import type { AnchorDocument } from './target';

/** Looks documents up by source id, and block positions within them, for anchoring and sorting. */
export interface DocumentIndex {
  readonly documentOf: (sourceId: string) => AnchorDocument | undefined;
  readonly blockOrder: (sourceId: string, blockId: string) => number | undefined;
  readonly sourceOrder: readonly string[];
}

/** An index over the documents of the open corpus, in corpus order. */
export function indexDocuments(documents: readonly AnchorDocument[]): DocumentIndex {
  const byId = new Map(documents.map((d) => [d.source.id, d] as const));
  const blockIndexes = new Map<string, Map<string, number>>();
  return {
    documentOf: (sourceId) => byId.get(sourceId),
    blockOrder: (sourceId, blockId) => {
      let index = blockIndexes.get(sourceId);
      if (!index) {
        index = new Map((byId.get(sourceId)?.blocks ?? []).map((b, i) => [b.id, i] as const));
        blockIndexes.set(sourceId, index);
      }
      return index.get(blockId);
    },
    sourceOrder: documents.map((d) => d.source.id),
  };
}

/** One annotation with its anchoring against the documents as they are now. */
export function annotationView(annotation: Annotation, index: DocumentIndex): AnnotationView {
  return { annotation, anchor: anchorAnnotation(annotation, index.documentOf) };
}

/**
 * What the annotations panel shows: the annotations that pass the query, each anchored against
 * the current documents, in reading order; and the tags in use, for autocomplete.
 */
export function annotationList(annotations: readonly Annotation[], index: DocumentIndex, query: AnnotationQuery = {}): AnnotationList {
  // Cheap filters first, so only the annotations shown are anchored.
  const candidates = annotations.filter(
    (a) =>
      (query.includeDeleted || a.deleted === undefined) &&
      (query.sourceId === undefined || annotationSourceIds(a.target).includes(query.sourceId)),
  );
  const views = filterAnnotations(
    candidates.map((a) => annotationView(a, index)),
    query,
  );
  return { annotations: sortInReadingOrder(views, index.sourceOrder, index.blockOrder), tags: tagCounts(annotations) };
}
