import { diffArrays, diffChars, diffSentences, type Change } from 'diff';
import type { DiffGranularityName, DiffOp } from '../../shared/commitments';
import type { LangCode } from '../../shared/model';
import { semanticDiff, senseOf } from './semantic-diff';

/**
 * How finely a link's two texts are compared: a small strategy object, not a branch in the
 * linker (jsdiff's own design: one `Diff` base, one tokenizer per granularity). Words are the
 * default: policy texts are reworded word by word; tokens give the raw alignment; sentences
 * suit long passages; characters suit short labels and spelling variants. `lang` (the texts'
 * language) tells the word strategy which words are stop words and how words stem.
 */
export interface DiffGranularity {
  readonly name: DiffGranularityName;
  diff(from: string, to: string, lang?: LangCode): readonly DiffOp[];
}

export type { DiffGranularityName };

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
 * Beyond this many token edits two texts are shown as one replaced by the other. Only a safety
 * bound for very long texts (jsdiff's array diff costs about tokens × edits): two commitments of
 * a few hundred words each stay well under it. Deterministic, unlike jsdiff's `timeout`, so a
 * report made twice is the same.
 */
export const MAX_WORD_EDITS = 2000;

/**
 * Tokens: jsdiff's array diff over word tokens, every shared token kept (its own word diff
 * re-tokenizes and post-processes spaces, several times slower). The raw alignment: for two
 * differently worded texts a confetti of one-word edits around shared articles and spaces,
 * since the longest common subsequence of tokens is mostly spaces and stop words.
 */
export const TOKEN_DIFF: DiffGranularity = {
  name: 'token',
  diff: (a, b) => {
    const changes = diffArrays(wordTokens(a), wordTokens(b), { maxEditLength: MAX_WORD_EDITS });
    if (!changes) return replaced(a, b);
    return toOps(changes.map((c) => ({ value: c.value.join(''), added: c.added, removed: c.removed, count: c.count })));
  },
};

/**
 * Words, the default (`semantic-diff.ts`): the texts aligned on their meaningful words first
 * (stems, numbers, acronyms), then the semantic clean-up: shared stop words and short words
 * between edits are folded into them, so what is left shared is what a reader compares
 * ("marché numérique", "les trois pays", "citoyens", "2025"), and each change reads as one
 * deletion and one insertion. Rewordings keep their small changes apart ("organiseront en
 * {+novembre +}2025"). Every link gets a word diff; only two texts with no meaningful word in
 * common come out as one replaced by the other.
 */
export const WORD_DIFF: DiffGranularity = {
  name: 'word',
  diff: (a, b, lang) => semanticDiff(wordTokens(a), wordTokens(b), senseOf(lang), MAX_WORD_EDITS) ?? replaced(a, b),
};

function replaced(a: string, b: string): DiffOp[] {
  return [...(a ? [{ op: 'delete' as const, text: a }] : []), ...(b ? [{ op: 'insert' as const, text: b }] : [])];
}
export const SENTENCE_DIFF: DiffGranularity = { name: 'sentence', diff: (a, b) => toOps(diffSentences(a, b)) };
export const CHAR_DIFF: DiffGranularity = { name: 'char', diff: (a, b) => toOps(diffChars(a, b)) };

export const DIFF_GRANULARITIES: Readonly<Record<DiffGranularity['name'], DiffGranularity>> = {
  word: WORD_DIFF,
  token: TOKEN_DIFF,
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
