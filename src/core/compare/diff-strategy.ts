import { diffChars, diffSentences, diffWordsWithSpace, type Change } from 'diff';
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

export const WORD_DIFF: DiffGranularity = { name: 'word', diff: (a, b) => toOps(diffWordsWithSpace(a, b)) };
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
