import type { AnnotationSearchDocument } from '../annotations/search-documents';
import { classifyLanguage } from '../language';
import type { LangCode } from '../../shared/model';
import type { SearchDoc } from './search-index';

/**
 * Annotations as search documents. A note has no declared language: it is classified like a
 * block, and when it is too short to tell (a tag, two words) it takes the language of the
 * source it is on, so its words are still stemmed and "compétence" finds a note saying
 * "compétences".
 */
export function annotationSearchDocs(
  annotations: readonly AnnotationSearchDocument[],
  sourceLanguage: (sourceId: string) => LangCode | undefined,
): SearchDoc[] {
  return annotations.map((a) => {
    const detected = classifyLanguage(a.text);
    const lang = detected !== 'und' ? detected : (sourceLanguage(a.sourceId) ?? 'und');
    return { id: a.id, sourceId: a.sourceId, lang, text: a.text };
  });
}
