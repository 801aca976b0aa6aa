import { annotationSourceIds, type Annotation } from '../../shared/annotations';
import { annotationText } from './filter';

/** One annotation as the full-text indexer sees it: found by its note, its tags and its quote. */
export interface AnnotationSearchDocument {
  readonly id: string;
  readonly sourceId: string;
  readonly text: string;
}

/**
 * What the search engine indexes for annotations, as their own result group. Deleted ones are
 * left out; a link annotation is indexed under its first source.
 */
export function annotationSearchDocuments(annotations: readonly Annotation[]): AnnotationSearchDocument[] {
  return annotations
    .filter((a) => a.deleted === undefined)
    .map((a) => ({ id: a.id, sourceId: annotationSourceIds(a.target)[0] ?? '', text: annotationText(a) }));
}
