import { diffArrays, diffChars, diffSentences, type Change } from 'diff';
import type { DiffOp } from '../../shared/commitments';

/**
 * How finely a link's two texts are compared: a small strategy object, not a branch in the
 * linker (jsdiff's own design: one `Diff` base, one tokenizer per granularity). Words are the
 * default: policy texts are reworded word by word; sentences suit long passages; characters
 * suit short labels and spelling variants.
 */
export interface DiffGranularity {
  readonly name: 'word' | 'sentence' | 'char';
  diff(from: string, to: string): readonly DiffOp[];
}

function toOps(changes: readonly Change[]): DiffOp[] {
  const out: DiffOp[] = [];
  for (const c of changes) {
    const op: DiffOp['op'] = c.added ? 'insert' : c.removed ? 'delete' : 'equal';
    const last = out[out.length - 1];
    if (last && last.op === op) out[out.length - 1] = { op, text: last.text + c.value };
    else if (c.value !== '') out.push({ op, text: c.value });
  }
  return out;
}

const WORD_TOKEN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|\s+|[^\s\p{L}\p{N}]/gu;

/** Words, runs of spaces and single punctuation marks: a word diff that gives back every character. */
export function wordTokens(text: string): string[] {
  return text.match(WORD_TOKEN) ?? [];
}

/**
 * Beyond this many edits two texts are shown as one replaced by the other: a word-by-word diff of
 * two different sentences only marks their articles as shared, and costs the most to compute.
 */
export const MAX_WORD_EDITS = 60;

/**
 * Words: jsdiff's array diff over word tokens (its own word diff re-tokenizes and post-processes
 * spaces, several times slower over a few hundred links).
 */
export const WORD_DIFF: DiffGranularity = {
  name: 'word',
  diff: (a, b) => {
    const ta = wordTokens(a);
    const tb = wordTokens(b);
    if (sharedWordShare(ta, tb) < MIN_SHARED_WORDS) return replaced(a, b);
    const changes = diffArrays(ta, tb, { maxEditLength: MAX_WORD_EDITS });
    if (!changes) return replaced(a, b);
    return toOps(changes.map((c) => ({ value: c.value.join(''), added: c.added, removed: c.removed, count: c.count })));
  },
};

/** Below this share of shared words (Dice, case-folded) two texts are shown as replaced whole. */
export const MIN_SHARED_WORDS = 0.35;

function sharedWordShare(a: readonly string[], b: readonly string[]): number {
  const words = (t: readonly string[]): Map<string, number> => {
    const m = new Map<string, number>();
    for (const w of t) if (/[\p{L}\p{N}]/u.test(w)) m.set(w.toLowerCase(), (m.get(w.toLowerCase()) ?? 0) + 1);
    return m;
  };
  const wa = words(a);
  const wb = words(b);
  let shared = 0;
  let total = 0;
  for (const n of wa.values()) total += n;
  for (const n of wb.values()) total += n;
  for (const [w, n] of wa) shared += 2 * Math.min(n, wb.get(w) ?? 0);
  return total === 0 ? 1 : shared / total;
}

function replaced(a: string, b: string): DiffOp[] {
  return [...(a ? [{ op: 'delete' as const, text: a }] : []), ...(b ? [{ op: 'insert' as const, text: b }] : [])];
}
export const SENTENCE_DIFF: DiffGranularity = { name: 'sentence', diff: (a, b) => toOps(diffSentences(a, b)) };
export const CHAR_DIFF: DiffGranularity = { name: 'char', diff: (a, b) => toOps(diffChars(a, b)) };

export const DIFF_GRANULARITIES: Readonly<Record<DiffGranularity['name'], DiffGranularity>> = {
  word: WORD_DIFF,
  sentence: SENTENCE_DIFF,
  char: CHAR_DIFF,
};

/** The texts a diff was made from, back: `equal` + `delete` give `from`, `equal` + `insert` give `to`. */
export function sidesOf(ops: readonly DiffOp[]): { from: string; to: string } {
  let from = '';
  let to = '';
  for (const o of ops) {
    if (o.op !== 'insert') from += o.text;
    if (o.op !== 'delete') to += o.text;
  }
  return { from, to };
}
