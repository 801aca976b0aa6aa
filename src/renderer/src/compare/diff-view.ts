import type { DiffOp } from '../../../shared/commitments';

/**
 * A link's word diff as the view draws it: runs of shared, deleted and inserted text. Deleted
 * text is struck through and inserted text underlined (and both are named for screen readers), so
 * colour is never the only sign. Pure: the segments give back both texts exactly.
 */

export interface DiffSegment {
  readonly kind: 'equal' | 'insert' | 'delete';
  readonly text: string;
}

/**
 * Merges neighbouring operations of the same kind (and drops empty ones), keeping every
 * character where it was: the segments give back both texts exactly.
 */
export function diffSegments(ops: readonly DiffOp[]): readonly DiffSegment[] {
  const out: DiffSegment[] = [];
  for (const op of ops) {
    if (op.text === '') continue;
    const last = out[out.length - 1];
    if (last && last.kind === op.op) out[out.length - 1] = { kind: op.op, text: last.text + op.text };
    else out.push({ kind: op.op, text: op.text });
  }
  return out;
}

/** The earlier and the later text, rebuilt from the segments (the diff's contract: both come back exactly). */
export function sideTexts(segments: readonly DiffSegment[]): { readonly before: string; readonly after: string } {
  let before = '';
  let after = '';
  for (const s of segments) {
    if (s.kind !== 'insert') before += s.text;
    if (s.kind !== 'delete') after += s.text;
  }
  return { before, after };
}

const words = (text: string): number => (text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;

export interface DiffStats {
  readonly shared: number;
  readonly deleted: number;
  readonly inserted: number;
}

/** Word counts of the shared, deleted and inserted text: the diff's summary in words. */
export function diffStats(segments: readonly DiffSegment[]): DiffStats {
  let shared = 0;
  let deleted = 0;
  let inserted = 0;
  for (const s of segments) {
    const n = words(s.text);
    if (s.kind === 'equal') shared += n;
    else if (s.kind === 'delete') deleted += n;
    else inserted += n;
  }
  return { shared, deleted, inserted };
}

/**
 * Whether the diff replaces one text by the other without a shared word: the core does that for
 * texts too different to diff word by word, and the view then shows them one after the other.
 */
export function isWholeReplacement(segments: readonly DiffSegment[]): boolean {
  const hasChange = segments.some((s) => s.kind !== 'equal');
  return hasChange && !segments.some((s) => s.kind === 'equal' && words(s.text) > 0);
}

const fold = (s: string): string => s.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');

/** Whether two folded words are forms of one word: equal, or sharing all but their last two letters (at least four). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const need = Math.max(4, Math.min(a.length, b.length) - 2);
  if (a.length < need || b.length < need) return false;
  return a.slice(0, need) === b.slice(0, need);
}

/**
 * Where a text has the terms a link's evidence names (`term:` evidence, as the later text writes
 * them), whatever their inflection ("connectés" and "connectivité" are not the same; "numériques"
 * and "numérique" are): the words the matcher saw shared, to mark in two texts too different to
 * diff word by word. Ranges are UTF-16, half-open, in order, never overlapping.
 */
export function sharedTermRanges(text: string, terms: readonly string[]): readonly { readonly start: number; readonly end: number }[] {
  const wanted = terms.map(fold).filter((t) => t.length > 0);
  if (wanted.length === 0) return [];
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)) {
    const word = fold(m[0]);
    // "l’identité": the word after an elided article.
    const bare = word.replace(/^[a-z]['’]/, '');
    if (wanted.some((t) => sameWord(word, t) || sameWord(bare, t))) {
      const lead = word.length - bare.length;
      out.push({ start: m.index + lead, end: m.index + m[0].length });
    }
  }
  return out;
}
