import type { AnnotationExportFormat, AnnotationView } from '../../../shared/annotations';

/** Pure helpers of the annotations panel: grouping, counting, file names. */

export interface PanelGroup {
  /** Source id, or '' for annotations on no single source (links). */
  readonly sourceId: string;
  readonly views: readonly AnnotationView[];
}

/** Views grouped by their source in the order the host listed them (reading order), deleted ones left out. */
export function groupBySource(views: readonly AnnotationView[]): readonly PanelGroup[] {
  const groups = new Map<string, AnnotationView[]>();
  for (const v of views) {
    if (v.annotation.deleted !== undefined) continue;
    const t = v.annotation.target;
    const key = t.kind === 'link' ? '' : t.source;
    const list = groups.get(key) ?? [];
    list.push(v);
    groups.set(key, list);
  }
  return [...groups].map(([sourceId, list]) => ({ sourceId, views: list }));
}

/** The quote of a passage annotation (what the user selected then), or '' for commitments and links. */
export function quoteOf(view: AnnotationView): string {
  return view.annotation.target.kind === 'passage' ? view.annotation.target.selector[0].exact : '';
}

export const EXPORT_EXTENSIONS: Readonly<Record<AnnotationExportFormat, string>> = { jsonld: 'jsonld', md: 'md', csv: 'csv' };
export const EXPORT_TYPES: Readonly<Record<AnnotationExportFormat, string>> = {
  jsonld: 'application/ld+json',
  md: 'text/markdown;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
};

/** `synopsis-annotations-2025-06-30.jsonld`: dated, so a second export does not look like the first. */
export function exportFileName(format: AnnotationExportFormat, now: Date): string {
  const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return `synopsis-annotations-${day}.${EXPORT_EXTENSIONS[format]}`;
}

/** How many live annotations are orphaned (the Orphans tab's badge). */
export function orphanCount(views: readonly AnnotationView[]): number {
  return views.filter((v) => v.annotation.deleted === undefined && v.anchor.kind === 'orphaned').length;
}

/** The CSS selector of an annotation's highlight, to bring it (not only its block) to the reading line. */
export function highlightSelector(id: string): string {
  return `mark[data-decoration-id="${id.replace(/["\\]/g, '\\$&')}"]`;
}
