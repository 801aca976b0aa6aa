import { annotationSourceIds, type Annotation, type AnnotationQuery, type AnnotationView, type TagCount } from '../../shared/annotations';
import { markdownToPlain } from '../../shared/markdown';
import { foldText } from './fold';

/**
 * Everything of an annotation a reader may type to find it: note, tags and the quoted text. The
 * note is taken as the reader sees it rendered (markdown marks dropped), so a search snippet never
 * shows `**` and a phrase across a bold word still matches.
 */
export function annotationText(annotation: Annotation): string {
  const t = annotation.target;
  const quote = t.kind === 'passage' ? t.selector[0].exact : '';
  return [markdownToPlain(annotation.body.note), annotation.body.tags.join(' '), quote].filter((s) => s !== '').join('\n');
}

/**
 * The annotations panel's filter: by source, colour, tag, status and text. Text matching ignores
 * case and accents and wants every word typed somewhere in the note, tags or quote. Deleted
 * annotations are left out unless asked for.
 */
export function filterAnnotations(views: readonly AnnotationView[], query: AnnotationQuery): AnnotationView[] {
  const words =
    query.text === undefined
      ? []
      : foldText(query.text)
          .split(' ')
          .filter((w) => w !== '');
  const tag = query.tag === undefined ? undefined : foldText(query.tag.replace(/^#+/, ''));
  return views.filter(({ annotation: a, anchor }) => {
    if (!query.includeDeleted && a.deleted !== undefined) return false;
    if (query.sourceId !== undefined && !annotationSourceIds(a.target).includes(query.sourceId)) return false;
    if (query.color !== undefined && a.body.color !== query.color) return false;
    if (query.status !== undefined && anchor.kind !== query.status) return false;
    if (tag !== undefined && !a.body.tags.some((t) => foldText(t) === tag)) return false;
    if (words.length > 0) {
      const haystack = foldText(annotationText(a));
      if (!words.every((w) => haystack.includes(w))) return false;
    }
    return true;
  });
}

/**
 * Tags in use on annotations that are not deleted, most used first (then alphabetically), each
 * under its most common spelling: what tag autocomplete offers.
 */
export function tagCounts(annotations: readonly Annotation[]): TagCount[] {
  const groups = new Map<string, Map<string, number>>();
  for (const a of annotations) {
    if (a.deleted !== undefined) continue;
    for (const tag of a.body.tags) {
      const key = foldText(tag);
      const spellings = groups.get(key) ?? new Map<string, number>();
      spellings.set(tag, (spellings.get(tag) ?? 0) + 1);
      groups.set(key, spellings);
    }
  }
  const counts: TagCount[] = [];
  for (const spellings of groups.values()) {
    let best = '';
    let bestCount = 0;
    let total = 0;
    for (const [spelling, n] of spellings) {
      total += n;
      if (n > bestCount || (n === bestCount && spelling < best)) {
        best = spelling;
        bestCount = n;
      }
    }
    counts.push({ tag: best, count: total });
  }
  return counts.sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

/**
 * Autocomplete for a tag being typed: tags already used whose start (or the start of one of
 * their words) matches what was typed, ignoring case and accents, most used first. Tags the
 * annotation already has are left out.
 */
export function suggestTags(annotations: readonly Annotation[], typed: string, limit = 8, exclude: readonly string[] = []): string[] {
  const prefix = foldText(typed.replace(/^#+/, ''));
  const excluded = new Set(exclude.map(foldText));
  const out: string[] = [];
  for (const { tag } of tagCounts(annotations)) {
    const key = foldText(tag);
    if (excluded.has(key)) continue;
    if (prefix !== '' && !key.startsWith(prefix) && !key.split(/[\s\-_/]+/).some((w) => w.startsWith(prefix))) continue;
    out.push(tag);
    if (out.length >= limit) break;
  }
  return out;
}

/**
 * Reading order for the panel: sources in corpus order, then by the block the annotation is on
 * now, then by position; annotations not anchored anywhere come last within their source, then
 * by creation time.
 */
export function sortInReadingOrder(
  views: readonly AnnotationView[],
  sourceOrder: readonly string[],
  blockOrder: (sourceId: string, blockId: string) => number | undefined,
): AnnotationView[] {
  const rank = (v: AnnotationView): [number, number, number, string] => {
    const sourceId = annotationSourceIds(v.annotation.target)[0] ?? '';
    const s = sourceOrder.indexOf(sourceId);
    const sourceRank = s < 0 ? sourceOrder.length : s;
    const a = v.anchor;
    if (a.kind === 'anchored' || a.kind === 'moved' || a.kind === 'changed') {
      return [sourceRank, blockOrder(sourceId, a.blockId) ?? Number.MAX_SAFE_INTEGER, a.start, v.annotation.created];
    }
    return [sourceRank, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, v.annotation.created];
  };
  const keyed = views.map((v) => ({ v, k: rank(v) }));
  keyed.sort((x, y) => x.k[0] - y.k[0] || x.k[1] - y.k[1] || x.k[2] - y.k[2] || (x.k[3] < y.k[3] ? -1 : x.k[3] > y.k[3] ? 1 : 0));
  return keyed.map((x) => x.v);
}
