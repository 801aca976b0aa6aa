import type { LangCode } from '../../shared/model';
import type { MatchedVia } from '../../shared/search';
import { INDEX_LANGS, type Analyzer, type IndexLang } from './analyzer';
import type { BlockKeys, KeyTable } from './block-keys';
import type { Alternative, Plan } from './plan';
import type { SearchIndex } from './search-index';

/**
 * Runs a plan against an index, in the boolean logic lunr's query model cannot express (all
 * groups required, each satisfied by any of its alternatives, whose terms depend on the block's
 * language). The candidates come from lunr's inverted index, language by language: for each
 * group, the union over its alternatives of the blocks that have all their words, intersected
 * across groups, less the blocks with an excluded word. Only those are scored, with lunr's own
 * formula on lunr's own term weights (BM25, computed when the index was built), and phrases are
 * checked in order on the block's own words. Asking lunr instead (one query, every term an
 * optional clause) made it score, and build match data for, every block with any term of the
 * query: most of the time of a query expanded through the glossary.
 */

/**
 * A block found only through glossary terms scores this fraction of lunr's score, so blocks with
 * the words as typed rank first (a block rich in a concept's many terms would otherwise win).
 */
export const GLOSSARY_FACTOR = 0.4;
/** A block found only through its aligned translation ranks below the block that matched. */
export const ALIGNMENT_FACTOR = 0.8;
/** Most index terms one `word*` may stand for. */
export const MAX_PREFIX_TERMS = 300;

/**
 * A word of an alternative in one language: the index terms that satisfy it, or a stop word; and
 * the key ids (see `block-keys.ts`) a block's word must have to be it.
 */
type ResolvedWord =
  | { readonly kind: 'stop'; readonly norm: string; readonly ids: ReadonlySet<number> }
  | {
      readonly kind: 'terms';
      readonly norm: string;
      readonly prefix: boolean;
      readonly terms: ReadonlySet<string>;
      readonly ids: ReadonlySet<number>;
    };

interface ResolvedPart {
  readonly words: readonly ResolvedWord[];
  readonly contiguous: boolean;
}

/** An alternative in one language. `empty`: only stop words; `impossible`: a word no block has. */
interface ResolvedAlt {
  readonly alt: Alternative;
  readonly parts: readonly ResolvedPart[];
  readonly empty: boolean;
  readonly impossible: boolean;
}

interface LangPlan {
  /** Groups that constrain blocks of this language (all-stop-word groups are left out). */
  readonly groups: readonly (readonly ResolvedAlt[])[];
  /** Everything excluded (stop-word-only exclusions left out). */
  readonly excluded: readonly ResolvedAlt[];
  /** The exclusions the block lists cannot apply: phrases, checked on the block's words. */
  readonly excludedOnText: readonly ResolvedAlt[];
  /** False when no block of this language can match (nothing to look for, or a word absent). */
  readonly live: boolean;
}

export interface Match {
  readonly doc: number;
  readonly score: number;
  readonly via: MatchedVia;
  /** For alignment matches: the block whose match brought this one in. */
  readonly alignedWith?: number;
  /** 0 for what the words typed found (and its translations), 1 for the glossary's: ranks first. */
  readonly tier: 0 | 1;
}

export interface Execution {
  /** Every match; the best `limit` first, best first, the others after them in no order. */
  readonly matches: readonly Match[];
  /**
   * What to highlight in a matched block: the alternatives it satisfies, or for an alignment
   * match every alternative of its language (the translation may share a name or a number).
   * Computed for the hits shown only, not for every match.
   */
  readonly alternativesOf: (m: Match) => readonly ResolvedAlt[];
  readonly prefixTruncated: readonly string[];
}

export interface ExecuteOptions {
  /** Interns the comparison keys of words, as the engine's block keys use them. */
  readonly keyTable: KeyTable;
  /** A block's words as key ids; the engine caches them across queries. */
  readonly keysOf: (doc: number) => BlockKeys;
  readonly expandAlignment: boolean;
  /** Keeps a block in the results; applied after alignment, so a filtered language can still be reached through it. */
  readonly keep: (doc: number) => boolean;
  /** How many matches are shown: only they are put in order. */
  readonly limit: number;
}

/** Evaluates a plan; never throws on any plan. */
export function executePlan(index: SearchIndex, analyzer: Analyzer, plan: Plan, options: ExecuteOptions): Execution {
  const keysOf = options.keysOf;
  const prefixTruncated = new Set<string>();
  const langPlans = new Map<IndexLang, LangPlan>();
  const resolve = (lang: LangCode): LangPlan => {
    let p = langPlans.get(lang);
    if (!p) {
      p = resolvePlan(index, analyzer, options.keyTable, plan, lang, prefixTruncated);
      langPlans.set(lang, p);
    }
    return p;
  };
  for (const lang of INDEX_LANGS) resolve(lang);

  const clauses = new Set<string>();
  const prohibited = new Set<string>();
  for (const lang of INDEX_LANGS) {
    const lp = resolve(lang);
    if (!lp.live) continue;
    for (const group of lp.groups) {
      for (const ra of group) {
        if (ra.empty || ra.impossible) continue;
        for (const part of ra.parts) {
          for (const w of part.words) {
            if (w.kind !== 'terms') continue;
            for (const t of w.terms) clauses.add(t);
          }
        }
      }
    }
    // A single excluded word (or prefix) removes its blocks from the candidates; excluded phrases are checked on the text.
    for (const ra of lp.excluded) {
      if (excludableByPostings(ra)) for (const w of ra.parts[0]!.words) if (w.kind === 'terms') for (const t of w.terms) prohibited.add(t);
    }
  }
  // "5g -5g": a term both wanted and excluded removes no blocks up front; the text check decides.
  const conflicted = [...prohibited].some((t) => clauses.has(t));
  const usable = (ra: ResolvedAlt): boolean => !ra.empty && !ra.impossible;
  /** Per usable alternative: the blocks that have all its words (its phrases unchecked). */
  const blocksOf = new Map<ResolvedAlt, Int32Array>();
  const alternativesOf = (m: Match): readonly ResolvedAlt[] => {
    const d = index.docs[m.doc]!;
    const lp = resolve(d.lang);
    const all = lp.groups.flatMap((g) => g.filter(usable));
    if (m.via === 'alignment') return all;
    return all.filter((ra) => contains(blocksOf.get(ra) ?? EMPTY, m.doc) && phrasesMatch(ra, keysOf(m.doc)));
  };
  const done = (matches: readonly Match[]): Execution => ({ matches, alternativesOf, prefixTruncated: [...prefixTruncated] });
  if (clauses.size === 0) return done([]);

  // The query vector, as lunr would build it: one unit entry per distinct term wanted (terms
  // absent from the index have none, but the plan never asks for those).
  const magnitude = Math.sqrt(clauses.size);
  const reachable = (doc: number): boolean =>
    options.keep(doc) || (options.expandAlignment && index.counterparts(doc).some((other) => options.keep(other)));
  const found = new Map<number, Match>();
  for (const lang of INDEX_LANGS) {
    const lp = resolve(lang);
    if (!lp.live) continue;
    // Per group, its usable alternatives (direct ones first) and the blocks that have their words.
    const groups = lp.groups.map((group) => {
      const alts = group.filter(usable);
      for (const ra of alts) blocksOf.set(ra, candidatesOf(index, ra));
      return { alts, blocks: alts.map((ra) => blocksOf.get(ra)!), cursors: alts.map(() => 0) };
    });
    let candidates: Int32Array | undefined;
    for (const g of groups) {
      const satisfying = union(g.blocks);
      candidates = candidates ? intersect(candidates, satisfying) : satisfying;
      if (candidates.length === 0) break;
    }
    if (!candidates || candidates.length === 0) continue;
    if (!conflicted) {
      const banned = [...prohibited].filter((t) => t.startsWith(`${lang}:`)).map((t) => index.postings(t));
      if (banned.length > 0) candidates = minus(candidates, union(banned));
    }
    const wanted = queryVectorOf(index, clauses, lang);
    const textChecks = conflicted ? lp.excluded : lp.excludedOnText;
    // Candidates ascend, so each alternative's block list is walked once, by a cursor.
    for (const doc of candidates) {
      // A block the filters drop matters only for the translations it brings in (with `lang:nl`,
      // a French paragraph still brings its Dutch side); one that brings none is not looked at.
      if (!reachable(doc)) continue;
      if (textChecks.length > 0 && excludedByText(textChecks, keysOf(doc))) continue;
      // Direct alternatives come first in each group: when the first one satisfied is from the
      // glossary, no direct one is.
      let via: MatchedVia = 'direct';
      let ok = true;
      for (const g of groups) {
        let satisfied: ResolvedAlt | undefined;
        for (let k = 0; k < g.alts.length; k++) {
          const blocks = g.blocks[k]!;
          let c = g.cursors[k]!;
          while (c < blocks.length && blocks[c]! < doc) c++;
          g.cursors[k] = c;
          if (c < blocks.length && blocks[c] === doc && phrasesMatch(g.alts[k]!, keysOf(doc))) {
            satisfied = g.alts[k]!;
            break;
          }
        }
        if (!satisfied) {
          ok = false;
          break;
        }
        if (satisfied.alt.via === 'glossary') via = 'glossary';
      }
      if (!ok) continue;
      const glossary = via === 'glossary';
      const score = dot(index.vectorOf(doc), wanted) / magnitude;
      found.set(doc, { doc, score: glossary ? score * GLOSSARY_FACTOR : score, via, tier: glossary ? 1 : 0 });
    }
  }

  if (options.expandAlignment) {
    const added = new Map<number, Match>();
    for (const m of found.values()) {
      for (const other of index.counterparts(m.doc)) {
        if (found.has(other)) continue;
        const lp = resolve(index.docs[other]!.lang);
        if (lp.excluded.some((ra) => altMatchesText(ra, keysOf(other)))) continue;
        const score = m.score * ALIGNMENT_FACTOR;
        const previous = added.get(other);
        if (previous && (previous.tier < m.tier || (previous.tier === m.tier && previous.score >= score))) continue;
        added.set(other, { doc: other, score, via: 'alignment', alignedWith: m.doc, tier: m.tier });
      }
    }
    for (const [doc, m] of added) found.set(doc, m);
  }

  const matches: Match[] = [];
  for (const m of found.values()) if (options.keep(m.doc)) matches.push(m);
  return done(bestFirst(matches, options.limit));
}

/** The blocks that have every word of an alternative (one of each word's terms); phrases are checked later. */
function candidatesOf(index: SearchIndex, ra: ResolvedAlt): Int32Array {
  let out: Int32Array | undefined;
  for (const part of ra.parts) {
    for (const w of part.words) {
      if (w.kind !== 'terms') continue;
      const blocks = union([...w.terms].map((t) => index.postings(t)));
      out = out ? intersect(out, blocks) : blocks;
      if (out.length === 0) return out;
    }
  }
  return out ?? EMPTY;
}

/** The wanted terms of one language as lunr's query vector holds them: ascending term index. */
function queryVectorOf(index: SearchIndex, clauses: ReadonlySet<string>, lang: IndexLang): Int32Array {
  const indexes: number[] = [];
  for (const t of clauses) {
    if (!t.startsWith(`${lang}:`)) continue;
    const i = index.termIndex(t);
    if (i !== undefined) indexes.push(i);
  }
  return Int32Array.from(indexes).sort();
}

/**
 * lunr's score of a block for a query whose terms all weigh 1, before it is divided by the query
 * vector's magnitude: the dot product of the block's term weights with the query vector, by one
 * merge of two lists sorted by term index, as lunr computes it.
 */
function dot(vector: readonly number[], wanted: Int32Array): number {
  let sum = 0;
  let i = 0;
  let j = 0;
  while (i < vector.length && j < wanted.length) {
    const a = vector[i]!;
    const b = wanted[j]!;
    if (a < b) i += 2;
    else if (a > b) j++;
    else {
      sum += vector[i + 1]!;
      i += 2;
      j++;
    }
  }
  return sum;
}

const byRank = (a: Match, b: Match): number => a.tier - b.tier || b.score - a.score || a.doc - b.doc;

/**
 * The matches with the best `limit` first, in order, and the others after them unordered: only
 * the hits shown need an order, and a common word matches tens of thousands of blocks on a large
 * corpus. A bounded heap keeps the best `limit` seen so far.
 */
export function bestFirst(matches: Match[], limit: number): Match[] {
  const k = Math.max(0, Math.floor(limit));
  if (matches.length <= 4 * k + 16) return matches.sort(byRank);
  // Max-heap on rank: the root is the worst of the best k kept.
  const heap: Match[] = [];
  const down = (i: number): void => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < heap.length && byRank(heap[l]!, heap[worst]!) > 0) worst = l;
      if (r < heap.length && byRank(heap[r]!, heap[worst]!) > 0) worst = r;
      if (worst === i) return;
      [heap[i], heap[worst]] = [heap[worst]!, heap[i]!];
      i = worst;
    }
  };
  for (const m of matches) {
    if (heap.length < k) {
      heap.push(m);
      for (let i = heap.length - 1; i > 0;) {
        const p = (i - 1) >> 1;
        if (byRank(heap[i]!, heap[p]!) <= 0) break;
        [heap[i], heap[p]] = [heap[p]!, heap[i]!];
        i = p;
      }
    } else if (k > 0 && byRank(m, heap[0]!) < 0) {
      heap[0] = m;
      down(0);
    }
  }
  const top = new Set(heap);
  return [...heap.sort(byRank), ...matches.filter((m) => !top.has(m))];
}

/** Every phrase of the alternative is in the block, in order (its single words are known to be there). */
function phrasesMatch(ra: ResolvedAlt, keys: BlockKeys): boolean {
  for (const part of ra.parts) if (part.contiguous && findSequence(keys, part, true).length === 0) return false;
  return true;
}

function excludedByText(excluded: readonly ResolvedAlt[], keys: BlockKeys): boolean {
  for (const ra of excluded) if (altMatchesText(ra, keys)) return true;
  return false;
}

/** Binary search in an ascending list. */
function contains(list: Int32Array, x: number): boolean {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo < list.length && list[lo] === x;
}

const EMPTY = new Int32Array(0);

/** Ascending lists of block numbers: their union, without repeats. */
function union(lists: readonly Int32Array[]): Int32Array {
  if (lists.length === 0) return EMPTY;
  if (lists.length === 1) return lists[0]!;
  let total = 0;
  for (const l of lists) total += l.length;
  const all = new Int32Array(total);
  let k = 0;
  for (const l of lists) {
    all.set(l, k);
    k += l.length;
  }
  all.sort();
  let n = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[n++] = all[i]!;
  return all.subarray(0, n);
}

/** Ascending lists: the numbers in both. Walks the shorter and searches the longer when they differ much. */
function intersect(a: Int32Array, b: Int32Array): Int32Array {
  if (a.length > b.length) [a, b] = [b, a];
  const out = new Int32Array(a.length);
  let n = 0;
  if (b.length > 8 * a.length) {
    let lo = 0;
    for (const x of a) {
      let hi = b.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (b[mid]! < x) lo = mid + 1;
        else hi = mid;
      }
      if (lo < b.length && b[lo] === x) out[n++] = x;
    }
  } else {
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
      if (a[i]! < b[j]!) i++;
      else if (a[i]! > b[j]!) j++;
      else {
        out[n++] = a[i]!;
        i++;
        j++;
      }
    }
  }
  return out.subarray(0, n);
}

/** Ascending lists: the numbers of `a` not in `b`. */
function minus(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length);
  let n = 0;
  let j = 0;
  for (const x of a) {
    while (j < b.length && b[j]! < x) j++;
    if (j >= b.length || b[j] !== x) out[n++] = x;
  }
  return out.subarray(0, n);
}

function resolvePlan(
  index: SearchIndex,
  analyzer: Analyzer,
  keyTable: KeyTable,
  plan: Plan,
  lang: IndexLang,
  truncated: Set<string>,
): LangPlan {
  const idsOf = (terms: Iterable<string>): ReadonlySet<number> => new Set([...terms].map((t) => keyTable.id(t)));
  const resolveAlt = (alt: Alternative): ResolvedAlt => {
    if (alt.lang !== undefined && alt.lang !== lang) return { alt, parts: [], empty: false, impossible: true };
    let empty = true;
    let impossible = false;
    const parts = alt.parts.map((part): ResolvedPart => {
      const words = part.words.map((w): ResolvedWord => {
        if (w.prefix) {
          const found = index.prefixTerms(lang, w.norm, MAX_PREFIX_TERMS);
          if (found.truncated) truncated.add(w.norm);
          empty = false;
          if (found.terms.length === 0) impossible = true;
          return { kind: 'terms', norm: w.norm, prefix: true, terms: new Set(found.terms), ids: idsOf(found.terms) };
        }
        const term = analyzer.termFor(lang, w.norm);
        if (term === null) return { kind: 'stop', norm: w.norm, ids: idsOf([`~${w.norm}`]) };
        empty = false;
        if (!index.hasTerm(term)) impossible = true;
        return { kind: 'terms', norm: w.norm, prefix: false, terms: new Set([term]), ids: idsOf([term]) };
      });
      return { words, contiguous: part.contiguous };
    });
    return { alt, parts, empty, impossible };
  };
  const groups = plan.groups.map((g) => g.alternatives.map(resolveAlt)).filter((g) => g.some((ra) => !ra.empty));
  const excluded = plan.excluded.map(resolveAlt).filter((ra) => !ra.empty && !ra.impossible);
  const live = groups.length > 0 && groups.every((g) => g.some((ra) => !ra.empty && !ra.impossible));
  return { groups, excluded, excludedOnText: excluded.filter((ra) => !excludableByPostings(ra)), live };
}

/** One word or prefix, no phrase: removing the blocks that have it does exactly that. */
function excludableByPostings(ra: ResolvedAlt): boolean {
  return ra.parts.length === 1 && !ra.parts[0]!.contiguous;
}

/** An alternative found in a block's words alone: exclusions, and blocks reached through the alignment. */
function altMatchesText(ra: ResolvedAlt, keys: BlockKeys): boolean {
  if (ra.impossible) return false;
  return ra.parts.every((part) =>
    part.contiguous ? findSequence(keys, part, true).length > 0 : part.words.every((w) => w.kind === 'stop' || occurs(keys, w.ids)),
  );
}

/** Some word of the block has one of these key ids. */
function occurs(keys: BlockKeys, ids: ReadonlySet<number>): boolean {
  for (const k of keys) if (ids.has(k)) return true;
  return false;
}

/** Positions (in words) of the block's words with one of these key ids. */
export function positionsOf(keys: BlockKeys, ids: ReadonlySet<number>): number[] {
  const out: number[] = [];
  for (let i = 0; i < keys.length; i++) if (ids.has(keys[i]!)) out.push(i);
  return out;
}

/**
 * Start positions (in words) where the part's words occur in order and adjacent; with `first`,
 * stops at the first one. One pass over the block's key ids.
 */
export function findSequence(keys: BlockKeys, part: ResolvedPart, first = false): number[] {
  const list = part.words;
  const out: number[] = [];
  if (list.length === 0) return out;
  const head = list[0]!.ids;
  for (let i = 0; i + list.length <= keys.length; i++) {
    if (!head.has(keys[i]!)) continue;
    let ok = true;
    for (let j = 1; j < list.length; j++) {
      if (!list[j]!.ids.has(keys[i + j]!)) {
        ok = false;
        break;
      }
    }
    if (ok) {
      out.push(i);
      if (first) break;
    }
  }
  return out;
}

export type { ResolvedAlt, ResolvedPart, ResolvedWord, LangPlan };
