import type { AnchorStatus, AnnotationView } from '../../../shared/annotations';
import type { Decorations, InlineDecoration } from '../components/decorations';
import { markdownToPlain } from '../../../shared/markdown';

/** Statuses a highlight is drawn for: those with a place in the current text. */
const PLACED: ReadonlySet<AnchorStatus> = new Set(['anchored', 'moved', 'changed']);

/** Where an annotation is in the current text, if anywhere. */
export function placeOf(view: AnnotationView): { readonly blockId: string; readonly start: number; readonly end: number } | undefined {
  const a = view.anchor;
  return a.kind === 'anchored' || a.kind === 'moved' || a.kind === 'changed'
    ? { blockId: a.blockId, start: a.start, end: a.end }
    : undefined;
}

/** What a highlight says to a pointer (tooltip) and to a screen reader: its note as plain text, then its tags. */
export function highlightLabel(view: AnnotationView, maxLength = 200): string {
  const { note, tags } = view.annotation.body;
  const plain = markdownToPlain(note);
  const text = plain.length > maxLength ? `${plain.slice(0, maxLength - 1)}…` : plain;
  return [text, tags.map((t) => `#${t}`).join(' ')].filter(Boolean).join(' — ');
}

/**
 * The decoration layer of a pane's source: one `<mark>` range per annotation that is placed in
 * the current text (`anchored`, `moved`, `changed`), classed by colour and status so a changed
 * one looks different, carrying the annotation id so a click on it finds the annotation.
 * Orphans have no place and are listed in the panel instead. The selected annotation is marked
 * `selected` (a ring), so a jump from the panel shows which one it was.
 */
export function annotationLayer(views: readonly AnnotationView[], sourceId: string, selectedId?: string): Decorations {
  const byBlock = new Map<string, InlineDecoration[]>();
  for (const view of views) {
    const { annotation } = view;
    if (annotation.deleted !== undefined || annotation.target.kind !== 'passage' || annotation.target.source !== sourceId) continue;
    if (!PLACED.has(view.anchor.kind)) continue;
    const place = placeOf(view)!;
    if (place.end <= place.start) continue;
    const label = highlightLabel(view);
    const deco: InlineDecoration = {
      start: place.start,
      end: place.end,
      className: `annotation color-${annotation.body.color} status-${view.anchor.kind}${annotation.id === selectedId ? ' selected' : ''}`,
      ...(label ? { label } : {}),
      id: annotation.id,
    };
    const list = byBlock.get(place.blockId) ?? [];
    list.push(deco);
    byBlock.set(place.blockId, list);
  }
  return new Map([...byBlock].map(([blockId, inline]) => [blockId, { inline }]));
}
