import { annotationSourceIds, type Annotation, type Anchor, type AnnotationView } from '../../shared/annotations';
import type { ExportSource } from './jsonld-export';

/** The quoted text of any annotation ('' for commitment and link targets). */
export function quoteText(annotation: Annotation): string {
  return annotation.target.kind === 'passage' ? annotation.target.selector[0].exact : '';
}

/** Where the annotation points, in code points as exports state them (block id and range). */
export function exportPosition(annotation: Annotation): { blockId: string; start: number; end: number } | undefined {
  const t = annotation.target;
  if (t.kind !== 'passage') return undefined;
  const cp = t.codePoints ?? t.selector[1];
  return { blockId: t.blockId, start: cp.start, end: cp.end };
}

/** A one-line, human-readable status for exports. */
export function statusLabel(anchor: Anchor): string {
  switch (anchor.kind) {
    case 'anchored':
      return 'anchored';
    case 'moved':
      return `moved (now in block ${anchor.blockId})`;
    case 'changed':
      return `changed (the text now reads: "${anchor.newText}")`;
    case 'orphaned':
      return 'orphaned (the passage was not found in the current source)';
    case 'unchecked':
      return 'not a passage';
  }
}

/** A citation a reader can verify: source title, block id and position (code points). */
export function citation(annotation: Annotation, sourceOf: (id: string) => ExportSource | undefined): string {
  const t = annotation.target;
  const sourceId = annotationSourceIds(t)[0] ?? '';
  const title = sourceOf(sourceId)?.title ?? sourceId;
  switch (t.kind) {
    case 'passage': {
      const p = exportPosition(annotation)!;
      return `${title}, block ${p.blockId}, characters ${p.start}–${p.end}`;
    }
    case 'commitment':
      return `${title}, commitment ${t.commitmentId}`;
    case 'link':
      return `Link ${t.linkId} between commitments ${t.commitmentIds[0]} and ${t.commitmentIds[1]}`;
  }
}

/** Groups views by their (first) source, keeping the order they came in. */
export function groupBySource(views: readonly AnnotationView[]): Map<string, AnnotationView[]> {
  const groups = new Map<string, AnnotationView[]>();
  for (const v of views) {
    const id = annotationSourceIds(v.annotation.target)[0] ?? '';
    const list = groups.get(id) ?? [];
    list.push(v);
    groups.set(id, list);
  }
  return groups;
}
