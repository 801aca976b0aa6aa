import type { LangCode } from '../../shared/model';
import type { MatchedVia } from '../../shared/search';
import { INDEX_LANGS, type Analyzer, type IndexLang, type TextToken } from './analyzer';
import type { Alternative, Plan } from './plan';
import { lunr } from './lunr-setup';
import type { SearchIndex } from './search-index';

/**
 * Runs a plan against an index. lunr finds and scores every block that has at least one of the
 * plan's terms (one query, every clause optional, excluded single words prohibited); the
 * boolean logic lunr's query model cannot express (all groups required, each group satisfied by
 * any of its alternatives, whose terms depend on the block's language) is then checked on the
 * matched terms lunr reports, and phrases are checked in order on the block's own words.
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

/** A word of an alternative in one language: the index terms that satisfy it, or a stop word. */
type ResolvedWord =
  | { readonly kind: 'stop'; readonly norm: string }
  | { readonly kind: 'terms'; readonly norm: string; readonly prefix: boolean; readonly terms: ReadonlySet<string> };

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
  /** The exclusions lunr cannot apply by itself: phrases, checked on the block's words. */
  readonly excludedOnText: readonly ResolvedAlt[];
  /** False when no block of this language can match (nothing to look for, or a word absent). */
  readonly live: boolean;
}

/** Which index terms a block has: lunr's match data, read in place. */
export interface TermLookup {
  has(term: string): boolean;
}

export interface Match {
  readonly doc: number;
  readonly score: number;
  readonly via: MatchedVia;
  /** The index terms lunr found in the block (not for alignment matches). */
  readonly terms?: TermLookup;
  /** For alignment matches: the block whose match brought this one in. */
  readonly alignedWith?: number;
  /** 0 for what the words typed found (and its translations), 1 for the glossary's: ranks first. */
  readonly tier: 0 | 1;
}

export interface Execution {
  readonly matches: readonly Match[];
  /**
   * What to highlight in a matched block: the alternatives it satisfies, or for an alignment
   * match every alternative of its language (the translation may share a name or a number).
   * Computed for the hits shown only, not for every match.
   */
  readonly alternativesOf: (m: Match) => readonly ResolvedAlt[];
  readonly prefixTruncated: readonly string[];
}

/** A block's words: their comparison keys (see `docWords`) and where each key occurs. */
export interface DocWords {
  readonly keys: readonly string[];
  readonly positions: ReadonlyMap<string, readonly number[]>;
}

export interface ExecuteOptions {
  /** A block's words; the engine caches them across queries. */
  readonly wordsOf: (doc: number) => DocWords;
  readonly expandAlignment: boolean;
  /** Keeps a block in the results; applied after alignment, so a filtered language can still be reached through it. */
  readonly keep: (doc: number) => boolean;
}

/** Evaluates a plan; never throws on any plan. */
export function executePlan(index: SearchIndex, analyzer: Analyzer, plan: Plan, options: ExecuteOptions): Execution {
  const wordsOf = options.wordsOf;
  const prefixTruncated = new Set<string>();
  const langPlans = new Map<IndexLang, LangPlan>();
  const resolve = (lang: LangCode): LangPlan => {
    let p = langPlans.get(lang);
    if (!p) {
      p = resolvePlan(index, analyzer, plan, lang, prefixTruncated);
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
    // A single excluded word (or prefix) is left to lunr; excluded phrases are checked on the text.
    for (const ra of lp.excluded) {
      if (lunrCanExclude(ra)) for (const w of ra.parts[0]!.words) if (w.kind === 'terms') for (const t of w.terms) prohibited.add(t);
    }
  }
  // "5g -5g": a term both wanted and excluded is not sent as prohibited; the text check decides.
  const conflicted = [...prohibited].some((t) => clauses.has(t));
  const usable = (ra: ResolvedAlt): boolean => !ra.empty && !ra.impossible;
  const alternativesOf = (m: Match): readonly ResolvedAlt[] => {
    const d = index.docs[m.doc]!;
    const lp = resolve(d.lang);
    const all = lp.groups.flatMap((g) => g.filter(usable));
    if (!m.terms) return all;
    const terms = m.terms;
    return all.filter((ra) => altMatches(ra, terms, () => wordsOf(m.doc)));
  };
  const done = (matches: readonly Match[]): Execution => ({ matches, alternativesOf, prefixTruncated: [...prefixTruncated] });
  if (clauses.size === 0) return done([]);

  const results = index.lunrIndex.query((q) => {
    for (const term of clauses) {
      q.term(term, { usePipeline: false, wildcard: lunr.Query.wildcard.NONE, presence: lunr.Query.presence.OPTIONAL });
    }
    for (const term of prohibited) {
      if (!clauses.has(term)) {
        q.term(term, { usePipeline: false, wildcard: lunr.Query.wildcard.NONE, presence: lunr.Query.presence.PROHIBITED });
      }
    }
  });

  const found = new Map<number, Match>();
  for (const r of results) {
    const doc = Number(r.ref);
    const d = index.docs[doc];
    if (!d) continue;
    const lp = resolve(d.lang);
    if (!lp.live) continue;
    const metadata = r.matchData.metadata;
    const terms: TermLookup = { has: (t) => Object.hasOwn(metadata, t) };
    const textChecks = conflicted ? lp.excluded : lp.excludedOnText;
    if (textChecks.some((ra) => altMatchesText(ra, wordsOf(doc)))) continue;
    // Direct alternatives come first in each group: when the first one satisfied is from the
    // glossary, no direct one is.
    let via: MatchedVia = 'direct';
    let ok = true;
    for (const group of lp.groups) {
      const first = group.find((ra) => usable(ra) && altMatches(ra, terms, () => wordsOf(doc)));
      if (!first) {
        ok = false;
        break;
      }
      if (first.alt.via === 'glossary') via = 'glossary';
    }
    if (!ok) continue;
    const glossary = via === 'glossary';
    found.set(doc, { doc, score: glossary ? r.score * GLOSSARY_FACTOR : r.score, via, terms, tier: glossary ? 1 : 0 });
  }

  if (options.expandAlignment) {
    const added = new Map<number, Match>();
    for (const m of found.values()) {
      for (const other of index.counterparts(m.doc)) {
        if (found.has(other)) continue;
        const lp = resolve(index.docs[other]!.lang);
        if (lp.excluded.some((ra) => altMatchesText(ra, wordsOf(other)))) continue;
        const score = m.score * ALIGNMENT_FACTOR;
        const previous = added.get(other);
        if (previous && (previous.tier < m.tier || (previous.tier === m.tier && previous.score >= score))) continue;
        added.set(other, { doc: other, score, via: 'alignment', alignedWith: m.doc, tier: m.tier });
      }
    }
    for (const [doc, m] of added) found.set(doc, m);
  }

  const matches = [...found.values()].filter((m) => options.keep(m.doc));
  matches.sort((a, b) => a.tier - b.tier || b.score - a.score || a.doc - b.doc);
  return done(matches);
}

function resolvePlan(index: SearchIndex, analyzer: Analyzer, plan: Plan, lang: IndexLang, truncated: Set<string>): LangPlan {
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
          return { kind: 'terms', norm: w.norm, prefix: true, terms: new Set(found.terms) };
        }
        const term = analyzer.termFor(lang, w.norm);
        if (term === null) return { kind: 'stop', norm: w.norm };
        empty = false;
        if (!index.hasTerm(term)) impossible = true;
        return { kind: 'terms', norm: w.norm, prefix: false, terms: new Set([term]) };
      });
      return { words, contiguous: part.contiguous };
    });
    return { alt, parts, empty, impossible };
  };
  const groups = plan.groups.map((g) => g.alternatives.map(resolveAlt)).filter((g) => g.some((ra) => !ra.empty));
  const excluded = plan.excluded.map(resolveAlt).filter((ra) => !ra.empty && !ra.impossible);
  const live = groups.length > 0 && groups.every((g) => g.some((ra) => !ra.empty && !ra.impossible));
  return { groups, excluded, excludedOnText: excluded.filter((ra) => !lunrCanExclude(ra)), live };
}

/** One word or prefix, no phrase: lunr's prohibited clauses do exactly that. */
function lunrCanExclude(ra: ResolvedAlt): boolean {
  return ra.parts.length === 1 && !ra.parts[0]!.contiguous;
}

/** The alternative's words are among the block's matched terms, and its phrases are in its text. */
function altMatches(ra: ResolvedAlt, matched: TermLookup, words: () => DocWords): boolean {
  for (const part of ra.parts) {
    for (const w of part.words) {
      if (w.kind === 'terms' && !hasAny(matched, w.terms)) return false;
    }
  }
  return ra.parts.every((part) => !part.contiguous || findSequence(words(), part, true).length > 0);
}

/** Like altMatches, on the block's words alone (for blocks lunr did not return). */
function altMatchesText(ra: ResolvedAlt, words: DocWords): boolean {
  if (ra.impossible) return false;
  return ra.parts.every((part) =>
    part.contiguous
      ? findSequence(words, part, true).length > 0
      : part.words.every((w) => w.kind === 'stop' || [...w.terms].some((t) => words.positions.has(t))),
  );
}

function hasAny(set: TermLookup, terms: ReadonlySet<string>): boolean {
  for (const t of terms) if (set.has(t)) return true;
  return false;
}

/** A block's words as comparison keys (the index term, or `~word` for a stop word) and their positions. */
export function docWords(analyzer: Analyzer, lang: LangCode, tokens: readonly TextToken[]): DocWords {
  const keys = tokens.map((t) => analyzer.termFor(lang, t.norm) ?? `~${t.norm}`);
  const positions = new Map<string, number[]>();
  keys.forEach((k, i) => {
    const list = positions.get(k);
    if (list) list.push(i);
    else positions.set(k, [i]);
  });
  return { keys, positions };
}

/** The keys a resolved word matches. */
function keysOfWord(w: ResolvedWord): Iterable<string> {
  return w.kind === 'stop' ? [`~${w.norm}`] : w.terms;
}

/**
 * Start positions (in tokens) where the part's words occur in order and adjacent; with `first`,
 * stops at the first one. Starts from the positions of the first word, not from every token.
 */
export function findSequence(words: DocWords, part: ResolvedPart, first = false): number[] {
  const list = part.words;
  const out: number[] = [];
  if (list.length === 0) return out;
  const starts: number[] = [];
  for (const k of keysOfWord(list[0]!)) starts.push(...(words.positions.get(k) ?? []));
  if (starts.length > 1) starts.sort((a, b) => a - b);
  for (const i of starts) {
    if (i + list.length > words.keys.length) continue;
    let ok = true;
    for (let j = 1; j < list.length; j++) {
      if (!wordMatchesKey(list[j]!, words.keys[i + j]!)) {
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

function wordMatchesKey(w: ResolvedWord, key: string): boolean {
  return w.kind === 'stop' ? key === `~${w.norm}` : w.terms.has(key);
}

export type { ResolvedAlt, ResolvedPart, ResolvedWord, LangPlan };
