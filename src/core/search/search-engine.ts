import { ApiError } from '../../shared/errors';
import type { LangCode } from '../../shared/model';
import type { MatchedVia, SearchGroup, SearchHit, SearchRequest, SearchResponse } from '../../shared/search';
import { DEFAULT_CODEBOOK, type Codebook } from '../concepts/codebook';
import { Analyzer, tokenize, wordOffsets } from './analyzer';
import { BlockKeysCache, KeyTable, type BlockKeys } from './block-keys';
import { executePlan, findSequence, positionsOf, type Execution, type Match, type ResolvedAlt } from './execute';
import { buildGlossary, type Glossary } from './glossary';
import { planQuery, type Plan, type PlanGroup } from './plan';
import { parseQuery } from './query-parser';
import { buildSearchIndex, loadSearchIndex, type SearchIndex, type SearchIndexInput } from './search-index';
import { makeSnippet, mergeRanges, type Range } from './snippet';

/** Hits returned when the request names no limit. */
export const DEFAULT_LIMIT = 50;

/** A source as `source:` may name it: by id, or by its file name. */
export interface KnownSource {
  readonly id: string;
  readonly file?: string;
}

export interface SearchContext {
  /** Sources `source:` may name; by default the sources of the index. */
  readonly knownSources?: readonly KnownSource[];
  /**
   * The codebook whose concepts make the glossary: the user's edited one (its terms added or
   * removed count at once, the index does not change); by default the engine's.
   */
  readonly codebook?: Codebook;
}

const LANG_NAMES: Readonly<Record<string, LangCode>> = {
  fr: 'fr',
  fra: 'fr',
  fre: 'fr',
  french: 'fr',
  francais: 'fr',
  frans: 'fr',
  nl: 'nl',
  nld: 'nl',
  dut: 'nl',
  dutch: 'nl',
  nederlands: 'nl',
  neerlandais: 'nl',
  vlaams: 'nl',
  flemish: 'nl',
  en: 'en',
  eng: 'en',
  english: 'en',
  anglais: 'en',
  engels: 'en',
  und: 'und',
};

/**
 * The search engine over one index: parses the query, expands it through the glossary, runs it
 * with lunr, follows the alignment, and shapes the hits (snippets, highlights, groups). Pure and
 * synchronous; the host owns caching and I/O.
 */
export class SearchEngine {
  private readonly analyzer: Analyzer;
  private glossary: Glossary;
  private readonly keyTable: KeyTable;
  /** Blocks' words as key ids, kept between queries (phrase checks, highlights). */
  private readonly blockKeys: BlockKeysCache;

  constructor(
    readonly index: SearchIndex,
    codebook: Codebook = DEFAULT_CODEBOOK,
    analyzer: Analyzer = new Analyzer(),
  ) {
    this.analyzer = analyzer;
    this.glossary = buildGlossary(codebook, analyzer);
    this.keyTable = new KeyTable(analyzer);
    this.blockKeys = new BlockKeysCache(this.keyTable, (doc) => index.docs[doc]!);
  }

  static build(input: SearchIndexInput, codebook: Codebook = DEFAULT_CODEBOOK): SearchEngine {
    const analyzer = new Analyzer();
    return new SearchEngine(buildSearchIndex(input, analyzer), codebook, analyzer);
  }

  /** Loads a serialized index; throws an Error saying what is wrong with it. */
  static load(serialized: unknown, codebook: Codebook = DEFAULT_CODEBOOK): SearchEngine {
    return new SearchEngine(loadSearchIndex(serialized), codebook);
  }

  /**
   * Runs a query. Odd input never throws: what was dropped or reinterpreted is in `notices`.
   * Throws `ApiError('bad-input')` only for what the user must fix (an unknown source or
   * language in a filter, a filter without value, a query that only excludes).
   */
  search(request: SearchRequest, context: SearchContext = {}): SearchResponse {
    const query = request.query;
    const parsed = parseQuery(query);
    const notices = [...parsed.notices];
    const problems = [...parsed.problems];
    const known = context.knownSources ?? this.index.sourceIds().map((id) => ({ id }));
    const sourceFilter = resolveSources(parsed.sources, known, problems);
    const langFilter = resolveLangs(parsed.langs, problems);
    const requestSources = request.sources && request.sources.length > 0 ? resolveSources(request.sources, known, problems) : undefined;
    if (
      problems.length === 0 &&
      parsed.required.length === 0 &&
      (parsed.excluded.length > 0 || parsed.sources.length + parsed.langs.length > 0)
    ) {
      problems.push('Add a word to search for: -word and the filters source: and lang: only narrow a search down.');
    }
    if (problems.length > 0) throw new ApiError('bad-input', problems.join(' '));
    const empty: SearchResponse = { query, total: 0, hits: [], groups: [], notices };
    if (parsed.required.length === 0) return empty;

    const requestLangs = request.langs && request.langs.length > 0 ? new Set<string>(request.langs) : undefined;
    const keep = (doc: number): boolean => {
      const d = this.index.docs[doc]!;
      return (
        (!sourceFilter || sourceFilter.has(d.sourceId)) &&
        (!requestSources || requestSources.has(d.sourceId)) &&
        (!langFilter || langFilter.has(d.lang)) &&
        (!requestLangs || requestLangs.has(d.lang))
      );
    };
    const expand = request.expand !== false;
    const plan = planQuery(parsed, this.analyzer, expand ? this.glossaryOf(context.codebook) : undefined);
    const execution = executePlan(this.index, this.analyzer, plan, {
      keyTable: this.keyTable,
      keysOf: (doc) => this.blockKeys.get(doc),
      limit: request.limit ?? DEFAULT_LIMIT,
      expandAlignment: expand,
      keep,
    });

    const common = stopWordGroups(plan, this.analyzer);
    if (common.everywhere.length > 0) {
      notices.push(
        `${quoteList(common.everywhere)} ${common.everywhere.length > 1 ? 'are' : 'is'} too common to search for and ${common.everywhere.length > 1 ? 'were' : 'was'} left out.`,
      );
    } else if (execution.matches.length === 0 && common.somewhere.length > 0) {
      notices.push(`${quoteList(common.somewhere)}: too common in some languages to search for; add a more specific word.`);
    }
    for (const prefix of execution.prefixTruncated) {
      notices.push(`“${prefix}*” stands for too many words; only the first ones were searched. Type more letters.`);
    }

    const limit = request.limit ?? DEFAULT_LIMIT;
    const hits = execution.matches.slice(0, limit).map((m) => this.hitOf(m, execution));
    const counts = new Map<string, Record<MatchedVia, number>>();
    for (const m of execution.matches) {
      const sourceId = this.index.docs[m.doc]!.sourceId;
      let c = counts.get(sourceId);
      if (!c) counts.set(sourceId, (c = { direct: 0, alignment: 0, glossary: 0 }));
      c[m.via]++;
    }
    const groups: SearchGroup[] = this.index.sourceIds().flatMap((sourceId) => {
      const byVia = counts.get(sourceId);
      return byVia ? [{ sourceId, count: byVia.direct + byVia.alignment + byVia.glossary, byVia }] : [];
    });
    return { query, total: execution.matches.length, hits, groups, notices };
  }

  /** The glossary of a codebook, rebuilt only when its version changes. */
  private glossaryOf(codebook: Codebook | undefined): Glossary {
    if (codebook && codebook.version !== this.glossary.version) this.glossary = buildGlossary(codebook, this.analyzer);
    return this.glossary;
  }

  private hitOf(m: Match, execution: Execution): SearchHit {
    const d = this.index.docs[m.doc]!;
    const alternatives = execution.alternativesOf(m);
    const keys = this.blockKeys.get(m.doc);
    let offsets = wordOffsets(d.text);
    // A word that folds to nothing (no letter or digit left) has no key: pair offsets and keys through tokenize then.
    if (offsets.length !== 2 * keys.length) offsets = Int32Array.from(tokenize(d.text).flatMap((t) => [t.start, t.end]));
    const highlights = highlightRanges(offsets, keys, alternatives);
    const glossaryAlt = m.via === 'glossary' ? alternatives.find((ra) => ra.alt.via === 'glossary' && ra.alt.concept)?.alt : undefined;
    return {
      sourceId: d.sourceId,
      blockId: d.id,
      lang: d.lang,
      score: Math.round(m.score * 10_000) / 10_000,
      snippet: makeSnippet(d.text, highlights),
      text: d.text,
      matchedVia: m.via,
      highlights,
      ...(m.alignedWith !== undefined ? { alignedWith: this.index.docs[m.alignedWith]!.id } : {}),
      ...(glossaryAlt?.concept ? { glossary: { conceptId: glossaryAlt.concept.id, term: glossaryAlt.concept.term } } : {}),
    };
  }
}

/**
 * Where the alternatives' words and phrases are in a text, from its words' offsets
 * (`[start, end, …]`) and, at the same positions, their key ids.
 */
export function highlightRanges(offsets: Int32Array, keys: BlockKeys, alts: readonly ResolvedAlt[]): Range[] {
  if (alts.length === 0) return [];
  const ranges: Range[] = [];
  for (const ra of alts) {
    for (const part of ra.parts) {
      if (part.contiguous) {
        for (const i of findSequence(keys, part)) ranges.push({ start: offsets[2 * i]!, end: offsets[2 * (i + part.words.length) - 1]! });
      } else {
        for (const w of part.words) {
          if (w.kind !== 'terms') continue;
          for (const i of positionsOf(keys, w.ids)) ranges.push({ start: offsets[2 * i]!, end: offsets[2 * i + 1]! });
        }
      }
    }
  }
  return mergeRanges(ranges);
}

/** Groups made only of stop words: in French, Dutch and English alike, or in one of them. */
function stopWordGroups(plan: Plan, analyzer: Analyzer): { everywhere: string[]; somewhere: string[] } {
  const stopIn = (g: PlanGroup, lang: 'fr' | 'nl' | 'en'): boolean =>
    g.alternatives.every((alt) => alt.parts.every((p) => p.words.every((w) => !w.prefix && analyzer.termFor(lang, w.norm) === null)));
  const langs = ['fr', 'nl', 'en'] as const;
  return {
    everywhere: plan.groups.filter((g) => langs.every((l) => stopIn(g, l))).map((g) => g.label),
    somewhere: plan.groups.filter((g) => langs.some((l) => stopIn(g, l))).map((g) => g.label),
  };
}

function quoteList(labels: readonly string[]): string {
  return labels.map((l) => `“${l}”`).join(', ');
}

/**
 * Sources named in a filter: by id, by file name or its beginning ("004"), or by part of the id
 * ("desi"). A name that matches nothing is a problem the user must fix.
 */
function resolveSources(values: readonly string[], known: readonly KnownSource[], problems: string[]): Set<string> | undefined {
  if (values.length === 0) return undefined;
  const out = new Set<string>();
  for (const value of values) {
    const v = value.toLowerCase();
    if (known.some((s) => s.id === value)) {
      out.add(value);
      continue;
    }
    const exact = known.filter((s) => s.id.toLowerCase() === v || s.file?.toLowerCase() === v);
    const byFile = known.filter((s) => s.file !== undefined && s.file.toLowerCase().startsWith(v));
    const byId = known.filter((s) => s.id.toLowerCase().includes(v));
    const found = exact.length > 0 ? exact : byFile.length > 0 ? byFile : byId;
    if (found.length === 0) {
      problems.push(`No source matches “${value}”. The sources are: ${known.map((s) => s.id).join(', ')}.`);
    }
    for (const s of found) out.add(s.id);
  }
  return out;
}

function resolveLangs(values: readonly string[], problems: string[]): Set<string> | undefined {
  if (values.length === 0) return undefined;
  const out = new Set<string>();
  for (const value of values) {
    const key = value.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
    const lang = LANG_NAMES[key];
    if (!lang) problems.push(`Unknown language “lang:${value}”: use lang:fr, lang:nl or lang:en.`);
    else out.add(lang);
  }
  return out;
}
