import { diffArrays } from 'diff';
import type { DiffOp } from '../../shared/commitments';
import type { LangCode } from '../../shared/model';
import { isStopword, stem } from '../concepts/text';
import { COMMITMENT_STOPWORDS } from './features';

/**
 * A word diff for two differently worded texts, readable: aligned on their meaningful words,
 * then cleaned up so that only meaningful shared runs stay shared. Used by the `semantic` diff
 * strategy, and by the default `word` strategy for texts that share less than a rewording does.
 *
 * Why not a library: jsdiff (the `diff` package, already here) has no semantic clean-up.
 * diff-match-patch's `cleanupSemantic` (Google's, in several npm ports) measures equalities in
 * characters only, so it also folds the one content word two rewritten sentences have in common
 * (which is why they are linked) when the edits around it are longer; it works on characters,
 * so words would have to be encoded as characters and decoded back; it knows no stop words, and
 * its alignment is the same token-count LCS that matches articles rather than content words.
 * What is kept of it here is its rule for folding an equality (no longer than the edits on
 * either side) and its step back after a fold.
 */

/** The language-aware pieces: which token says something, and which tokens are one word. */
export interface WordSense {
  /** Whether a shared run holds a meaningful word (see `senseOf`). */
  readonly meaningful: (text: string) => boolean;
  /** A meaningful token's key (its folded stem; numbers and acronyms as written), or undefined for the others. */
  readonly key: (token: string) => string | undefined;
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const ELISION = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’]/iu;

/**
 * What counts as meaningful in a language: a number ("2025", "5G"), an acronym ("UE", "IA"), or a
 * word of three letters or more that is neither a stop word (lunr-languages' lists) nor one of
 * the support verbs every commitment uses ("pourra", "mise en place": `COMMITMENT_STOPWORDS`).
 * French elisions are read without their article ("l’innovation" is "innovation", "d’un" is
 * "un"). Undetermined text is read with the French, Dutch and English lists together. Two
 * tokens are one word when their folded stems are equal ("numérique", "numériques";
 * "l’innovation", "l'innovation").
 */
export function senseOf(lang: LangCode | undefined): WordSense {
  const langs: readonly ('fr' | 'nl' | 'en')[] = lang === 'fr' || lang === 'nl' || lang === 'en' ? [lang] : ['fr', 'nl', 'en'];
  const stemLang: LangCode = langs.length === 1 ? langs[0]! : 'fr';
  const keyOfWord = (raw: string): string | undefined => {
    const word = raw.replace(ELISION, '');
    if (/\p{N}/u.test(word)) return word;
    if (word.length >= 2 && /^\p{Lu}+$/u.test(word)) return word;
    if (word.length < 3) return undefined;
    const lower = word.toLowerCase();
    if (langs.some((l) => isStopword(lower, l) || COMMITMENT_STOPWORDS[l].has(lower))) return undefined;
    return stem(lower, stemLang);
  };
  return {
    meaningful: (text) => {
      for (const m of text.matchAll(WORD)) if (keyOfWord(m[0]) !== undefined) return true;
      return false;
    },
    key: (token) => (/^[\p{L}\p{N}]/u.test(token) ? keyOfWord(token) : undefined),
  };
}

/** The semantic word diff of two token lists: `anchoredDiff`, then `semanticCleanup`. Undefined past `maxEditLength`. */
export function semanticDiff(a: readonly string[], b: readonly string[], sense: WordSense, maxEditLength: number): DiffOp[] | undefined {
  const ops = anchoredDiff(a, b, sense.key, maxEditLength);
  return ops && semanticCleanup(ops, sense.meaningful);
}

/**
 * A word diff aligned on meaningful words first: the longest common subsequence of the tokens'
 * keys (`key`: the meaningful words' stems), then a plain token diff inside each gap between two
 * such anchors. A plain token diff maximizes the number of shared tokens, and in two differently
 * worded sentences the spaces, articles and prepositions outnumber the content words: it would
 * rather match "les … de … et" than the one "citoyens" both texts hold. The gaps share no
 * meaningful word (the subsequence is the longest), so the clean-up can fold what they share.
 * Two anchored tokens written differently ("numérique" / "numériques") share their common
 * beginning, and the rest is deleted and inserted ("numérique{+s+}"). The tokens come
 * back exactly, in order, on each side; undefined when the alignment would need more than
 * `maxEditLength` edits.
 */
export function anchoredDiff(
  a: readonly string[],
  b: readonly string[],
  key: (token: string) => string | undefined,
  maxEditLength: number,
): DiffOp[] | undefined {
  const ia: number[] = [];
  const ib: number[] = [];
  const ka: string[] = [];
  const kb: string[] = [];
  a.forEach((t, i) => {
    const k = key(t);
    if (k === undefined) return;
    ia.push(i);
    ka.push(k);
  });
  b.forEach((t, j) => {
    const k = key(t);
    if (k === undefined) return;
    ib.push(j);
    kb.push(k);
  });
  const content = diffArrays(ka, kb, { maxEditLength });
  if (!content) return undefined;
  const out: DiffOp[] = [];
  const push = (op: DiffOp['op'], text: string): void => {
    if (text === '') return;
    const last = out[out.length - 1];
    if (last && last.op === op) out[out.length - 1] = { op, text: last.text + text };
    else out.push({ op, text });
  };
  const gap = (fromA: number, toA: number, fromB: number, toB: number): boolean => {
    if (fromA === toA || fromB === toB) {
      push('delete', a.slice(fromA, toA).join(''));
      push('insert', b.slice(fromB, toB).join(''));
      return true;
    }
    const changes = diffArrays(a.slice(fromA, toA), b.slice(fromB, toB), { maxEditLength });
    if (!changes) return false;
    for (const c of changes) push(c.added ? 'insert' : c.removed ? 'delete' : 'equal', c.value.join(''));
    return true;
  };
  const anchor = (x: string, y: string): void => {
    if (x === y) return push('equal', x);
    // One word written two ways: the elided article apart ("l’" / "l'"), then the shared
    // beginning of at least three letters ("numérique{+s+}"); else the word is replaced.
    const ex = ELISION.exec(x)?.[0] ?? '';
    const ey = ELISION.exec(y)?.[0] ?? '';
    if (ex === ey) push('equal', ex);
    else {
      push('delete', ex);
      push('insert', ey);
    }
    const rx = x.slice(ex.length);
    const ry = y.slice(ey.length);
    let p = 0;
    while (p < rx.length && p < ry.length && rx[p] === ry[p]) p++;
    if (rx !== ry && p < 3) p = 0;
    push('equal', rx.slice(0, p));
    push('delete', rx.slice(p));
    push('insert', ry.slice(p));
  };
  let pa = 0; // next key in a
  let pb = 0;
  let ta = 0; // next token in a
  let tb = 0;
  for (const c of content) {
    if (c.added) pb += c.count;
    else if (c.removed) pa += c.count;
    else {
      for (let k = 0; k < c.count; k++) {
        const i = ia[pa + k]!;
        const j = ib[pb + k]!;
        if (!gap(ta, i, tb, j)) return undefined;
        anchor(a[i]!, b[j]!);
        ta = i + 1;
        tb = j + 1;
      }
      pa += c.count;
      pb += c.count;
    }
  }
  if (!gap(ta, a.length, tb, b.length)) return undefined;
  return out;
}

/**
 * The semantic clean-up of a word diff, in the spirit of diff-match-patch's `cleanupSemantic`:
 * a word diff of two differently worded sentences is a confetti of one-word edits around shared
 * articles and prepositions ("[-Autant-]{+Un+} [-que-]{+profil+} … pour les …"), which nobody can
 * read. An equality between two edits that holds no meaningful word, and is no longer than the
 * edits on either side, is folded into them: its text goes into both the deletion and the
 * insertion, and the edits around it merge into one deletion followed by one insertion. What
 * stays shared is what a reader wants to see: content words and the runs around them
 * ("marché numérique", "citoyens", "2025", "5G"). A short edit next to a longer equality
 * ("2021" → "2023" around " de ") is a real, local change and stays apart.
 *
 * The texts come back exactly: an equality is moved into both sides, never dropped
 * (property-tested with `sidesOf`).
 */
export function semanticCleanup(ops: readonly DiffOp[], meaningful: (text: string) => boolean): DiffOp[] {
  const parts = regions(ops);
  // Like diff-match-patch, step back after a fold: the merged edit is longer, so the equality
  // before it may now be short enough.
  let i = 1;
  while (i < parts.length - 1) {
    const eq = parts[i]!;
    const before = parts[i - 1]!;
    const after = parts[i + 1]!;
    if (eq.kind === 'equal' && before.kind === 'edit' && after.kind === 'edit' && foldable(eq.text, before, after, meaningful)) {
      parts.splice(i - 1, 3, { kind: 'edit', del: before.del + eq.text + after.del, ins: before.ins + eq.text + after.ins });
      i = Math.max(1, i - 2);
    } else i++;
  }
  const out: DiffOp[] = [];
  for (const p of parts) {
    if (p.kind === 'equal') out.push({ op: 'equal', text: p.text });
    else {
      if (p.del) out.push({ op: 'delete', text: p.del });
      if (p.ins) out.push({ op: 'insert', text: p.ins });
    }
  }
  return out;
}

type Region = { readonly kind: 'equal'; readonly text: string } | { readonly kind: 'edit'; readonly del: string; readonly ins: string };

/** Equalities and the edits between them (a deletion and an insertion each, either possibly empty). */
function regions(ops: readonly DiffOp[]): Region[] {
  const out: Region[] = [];
  for (const o of ops) {
    if (o.text === '') continue;
    const last = out[out.length - 1];
    if (o.op === 'equal') {
      if (last?.kind === 'equal') out[out.length - 1] = { kind: 'equal', text: last.text + o.text };
      else out.push({ kind: 'equal', text: o.text });
    } else {
      const prev = last?.kind === 'edit' ? last : { kind: 'edit' as const, del: '', ins: '' };
      const next = o.op === 'delete' ? { ...prev, del: prev.del + o.text } : { ...prev, ins: prev.ins + o.text };
      if (last?.kind === 'edit') out[out.length - 1] = next;
      else out.push(next);
    }
  }
  return out;
}

function foldable(
  text: string,
  before: { readonly del: string; readonly ins: string },
  after: { readonly del: string; readonly ins: string },
  meaningful: (text: string) => boolean,
): boolean {
  if (meaningful(text)) return false;
  return text.length <= Math.max(before.del.length, before.ins.length) && text.length <= Math.max(after.del.length, after.ins.length);
}
