import type { Block, Mark } from '../../shared/model';
import { fromSuperscript, SUPERSCRIPT_MARKER } from './superscript';

/**
 * Links footnote markers to their notes: superscript numbers in a block's text ("Wallonia⁶²",
 * "2018¹") and `<sup>` numbers become `footnote-ref` marks whose target is the footnote block with
 * that number — the first one after the block, else the last one before it (numbering may restart
 * in a long document). A number with no such note stays plain text (it may be "m²").
 */
export function linkFootnotes(blocks: readonly Block[]): Block[] {
  const notes = new Map<string, number[]>();
  blocks.forEach((b, i) => {
    if (b.kind === 'footnote' && b.marker !== undefined) notes.set(b.marker, [...(notes.get(b.marker) ?? []), i]);
  });
  if (notes.size === 0) return [...blocks];
  return blocks.map((b, i) => {
    if (b.kind === 'footnote') return b;
    const target = (label: string): string | undefined => {
      const at = notes.get(label);
      if (!at) return undefined;
      const k = at.find((n) => n > i) ?? at[at.length - 1]!;
      return blocks[k]!.id;
    };
    const refs: Mark[] = [];
    for (const m of b.text.matchAll(SUPERSCRIPT_MARKER)) {
      const label = fromSuperscript(m[0]);
      const id = target(label);
      if (id) refs.push({ kind: 'footnote-ref', start: m.index, end: m.index + m[0].length, label, target: id });
    }
    const marks = b.marks.map((mk): Mark => {
      if (mk.kind !== 'sup') return mk;
      const label = b.text.slice(mk.start, mk.end);
      const id = /^\d{1,4}$/.test(label) ? target(label) : undefined;
      return id ? { kind: 'footnote-ref', start: mk.start, end: mk.end, label, target: id } : mk;
    });
    if (refs.length === 0 && marks.every((m, k) => m === b.marks[k])) return b;
    return { ...b, marks: [...marks, ...refs].sort((x, y) => x.start - y.start || y.end - x.end) };
  });
}
