import { hashId } from '../hash';

/**
 * Block ids from content: `<sourceId>:<kind initial><hash of normalized text>`, with `~n` added
 * for the n-th repeat of the same text. Editing one paragraph changes only that paragraph's id
 * (and those of its later identical twins), so annotations elsewhere keep their anchors.
 */
export function blockIdFor(sourceId: string, kindTag: string, text: string, seen: Map<string, number>): string {
  const normalized = text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  const base = `${sourceId}:${kindTag}${hashId(normalized)}`;
  const n = seen.get(base) ?? 0;
  seen.set(base, n + 1);
  return n === 0 ? base : `${base}~${n}`;
}
