import type { LangCode } from '../../shared/model';
import { ANALYZER_VERSION, Analyzer, INDEX_LANGS, termOf, type IndexLang } from './analyzer';
import { lunr } from './lunr-setup';

/** What is indexed: a block (or an annotation) with the language its words are stemmed in. */
export interface SearchDoc {
  readonly id: string;
  readonly sourceId: string;
  readonly lang: LangCode;
  readonly text: string;
}

/** One pair of a bilingual alignment: the block ids of each language side. */
export type AlignedGroups = readonly (readonly string[])[];

export interface SearchIndexInput {
  readonly docs: readonly SearchDoc[];
  readonly alignments?: readonly AlignedGroups[];
}

/**
 * Version of the serialized index layout (and of anything that changes which terms a block
 * gets). A cache with another version is rebuilt, never read.
 */
export const INDEX_SCHEMA_VERSION = 1;

const REF = 'r';
const FIELD = 't';

/** Sorted folded words of one language with their index terms: how prefixes find terms. */
interface Vocabulary {
  readonly norms: readonly string[];
  readonly terms: readonly string[];
}

/** The index as stored on disk; plain JSON. */
export interface SerializedSearchIndex {
  readonly schemaVersion: number;
  readonly analyzerVersion: number;
  readonly docs: {
    readonly ids: readonly string[];
    readonly sources: readonly string[];
    readonly source: readonly number[];
    readonly langs: readonly LangCode[];
    readonly texts: readonly string[];
  };
  /** Alignment pairs as groups of doc numbers. */
  readonly pairs: readonly (readonly (readonly number[])[])[];
  /** Per language: sorted folded words and, at the same positions, their stems. */
  readonly vocabulary: Readonly<Record<IndexLang, readonly [readonly string[], readonly string[]]>>;
  readonly lunr: object;
}

/**
 * What the engine reads of a lunr index besides its query method: the attributes lunr's own
 * constructor takes and its serialization writes (`invertedIndex`: term → its position in the
 * term vectors and, per field, the blocks that have it; `fieldVectors`: per field and block, the
 * BM25 weight of each of its terms as `[termIndex, weight, …]` sorted by term index).
 */
interface LunrInternals {
  readonly invertedIndex: Readonly<Record<string, { readonly _index: number } & Readonly<Record<string, object>>>>;
  readonly fieldVectors: Readonly<Record<string, { readonly elements: readonly number[] }>>;
}

const NO_POSTINGS = new Int32Array(0);
/** Block numbers kept in the postings cache (4 bytes each): the terms queried most recently. */
const POSTINGS_CACHE_BUDGET = 4_000_000;

/**
 * One lunr index over every block of the corpus, plus what the engine needs beside it: the
 * block texts (phrase checks, snippets), the vocabulary (prefixes) and the alignment
 * (cross-language hits). Immutable once built or loaded (the postings cache aside).
 */
export class SearchIndex {
  private readonly termSet: ReadonlySet<string>;
  private readonly counterpartMap: ReadonlyMap<number, readonly number[]>;
  private readonly byId: ReadonlyMap<string, number>;
  private readonly sources: readonly string[];
  private readonly internals: LunrInternals;
  private readonly postingCache = new Map<string, Int32Array>();
  private postingCacheSize = 0;
  private readonly vectors: (readonly number[] | undefined)[] = [];

  constructor(
    readonly lunrIndex: lunr.Index,
    readonly docs: readonly SearchDoc[],
    private readonly vocabularies: Readonly<Record<IndexLang, Vocabulary>>,
    readonly pairs: readonly (readonly (readonly number[])[])[],
  ) {
    const terms = new Set<string>();
    for (const v of Object.values(vocabularies)) for (const t of v.terms) terms.add(t);
    this.termSet = terms;
    const counterparts = new Map<number, number[]>();
    for (const pair of pairs) {
      for (let g = 0; g < pair.length; g++) {
        const others = pair.flatMap((group, h) => (h === g ? [] : group));
        for (const d of pair[g]!) counterparts.set(d, [...(counterparts.get(d) ?? []), ...others]);
      }
    }
    this.counterpartMap = counterparts;
    this.byId = new Map(docs.map((d, i) => [d.id, i]));
    this.sources = [...new Set(docs.map((d) => d.sourceId))];
    this.internals = lunrIndex as unknown as LunrInternals;
  }

  /**
   * The blocks that have a term, as ascending block numbers. Read from lunr's inverted index once
   * and cached (the terms used most recently, within a budget): a query intersects these lists
   * instead of asking lunr to score every block that has any of its terms.
   */
  postings(term: string): Int32Array {
    const cached = this.postingCache.get(term);
    if (cached) {
      // Most recently used last: the oldest are dropped first.
      this.postingCache.delete(term);
      this.postingCache.set(term, cached);
      return cached;
    }
    const entry = Object.hasOwn(this.internals.invertedIndex, term) ? this.internals.invertedIndex[term] : undefined;
    const field = entry?.[FIELD];
    if (!field) return NO_POSTINGS;
    const refs = Object.keys(field);
    const list = new Int32Array(refs.length);
    let sorted = true;
    for (let i = 0; i < refs.length; i++) {
      list[i] = Number(refs[i]);
      if (i > 0 && list[i]! < list[i - 1]!) sorted = false;
    }
    if (!sorted) list.sort();
    while (this.postingCacheSize + list.length > POSTINGS_CACHE_BUDGET && this.postingCache.size > 0) {
      const [oldest, dropped] = this.postingCache.entries().next().value!;
      this.postingCache.delete(oldest);
      this.postingCacheSize -= dropped.length;
    }
    this.postingCache.set(term, list);
    this.postingCacheSize += list.length;
    return list;
  }

  /** The term's position in lunr's term vectors, or undefined for a term no block has. */
  termIndex(term: string): number | undefined {
    return Object.hasOwn(this.internals.invertedIndex, term) ? this.internals.invertedIndex[term]!._index : undefined;
  }

  /** A block's term weights as lunr scored them at build time: `[termIndex, weight, …]`, ascending term index. */
  vectorOf(doc: number): readonly number[] {
    let v = this.vectors[doc];
    if (!v) {
      v = this.internals.fieldVectors[`${FIELD}/${doc}`]?.elements ?? [];
      this.vectors[doc] = v;
    }
    return v;
  }

  /** True when some block has this term: clauses for absent terms are not sent to lunr. */
  hasTerm(term: string): boolean {
    return this.termSet.has(term);
  }

  /** The other-language blocks aligned with a block (bilingual sources only). */
  counterparts(doc: number): readonly number[] {
    return this.counterpartMap.get(doc) ?? [];
  }

  docNumber(id: string): number | undefined {
    return this.byId.get(id);
  }

  /** Distinct source ids in corpus order. */
  sourceIds(): readonly string[] {
    return this.sources;
  }

  /**
   * The terms of every indexed word of a language that starts with `prefix` (folded), at most
   * `max` of them; `truncated` says some were left out.
   */
  prefixTerms(lang: IndexLang, prefix: string, max: number): { terms: string[]; truncated: boolean } {
    const v = this.vocabularies[lang];
    let lo = 0;
    let hi = v.norms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (v.norms[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const terms = new Set<string>();
    for (let i = lo; i < v.norms.length && v.norms[i]!.startsWith(prefix); i++) {
      terms.add(v.terms[i]!);
      if (terms.size > max) return { terms: [...terms].slice(0, max), truncated: true };
    }
    return { terms: [...terms], truncated: false };
  }

  toJSON(): SerializedSearchIndex {
    const sources = this.sourceIds();
    const sourceNumber = new Map(sources.map((s, i) => [s, i]));
    const vocabulary = Object.fromEntries(
      INDEX_LANGS.map((l) => {
        const v = this.vocabularies[l];
        return [l, [v.norms, v.terms.map((t) => t.slice(l.length + 1))]];
      }),
    ) as unknown as SerializedSearchIndex['vocabulary'];
    return {
      schemaVersion: INDEX_SCHEMA_VERSION,
      analyzerVersion: ANALYZER_VERSION,
      docs: {
        ids: this.docs.map((d) => d.id),
        sources,
        source: this.docs.map((d) => sourceNumber.get(d.sourceId)!),
        langs: this.docs.map((d) => d.lang),
        texts: this.docs.map((d) => d.text),
      },
      pairs: this.pairs,
      vocabulary,
      lunr: this.lunrIndex.toJSON(),
    };
  }
}

/** Builds the index. Pure: the same blocks always give the same index. */
export function buildSearchIndex(input: SearchIndexInput, analyzer: Analyzer = new Analyzer()): SearchIndex {
  const builder = new lunr.Builder();
  builder.ref(REF);
  builder.field(FIELD);
  builder.metadataWhitelist = [];
  // The terms arrive analyzed (stemmed in each block's own language): lunr's tokenizer and
  // pipeline would lower-case and stem them again in one language for all.
  builder.pipeline.reset();
  builder.searchPipeline.reset();
  // The terms go in as plain strings, not lunr.Token objects: with an empty pipeline and no
  // metadata lunr only uses a term as a property key, and a Token would be turned into that key
  // by a toString call every time (an object per word, a fifth of the build). Same index.
  builder.tokenizer = Object.assign((terms?: unknown) => terms as unknown as lunr.Token[], {
    separator: lunr.tokenizer.separator,
  });
  input.docs.forEach((doc, i) => {
    builder.add({ [REF]: String(i), [FIELD]: analyzer.termsOf(indexLangOf(doc.lang), doc.text) });
  });
  const index = builder.build();
  const vocabularies = Object.fromEntries(INDEX_LANGS.map((l) => [l, vocabularyOf(analyzer, l)])) as Record<IndexLang, Vocabulary>;
  return new SearchIndex(index, input.docs, vocabularies, pairsOf(input));
}

/** Loads a serialized index, checking its shape; throws an Error saying what is wrong. */
export function loadSearchIndex(data: unknown): SearchIndex {
  const d = data as Partial<SerializedSearchIndex> | null;
  if (typeof d !== 'object' || d === null) throw new Error('not an index');
  if (d.schemaVersion !== INDEX_SCHEMA_VERSION)
    throw new Error(`index schema ${String(d.schemaVersion)}, expected ${INDEX_SCHEMA_VERSION}`);
  if (d.analyzerVersion !== ANALYZER_VERSION) throw new Error(`analyzer ${String(d.analyzerVersion)}, expected ${ANALYZER_VERSION}`);
  const docs = d.docs;
  if (!docs || !isStringArray(docs.ids) || !isStringArray(docs.sources) || !isStringArray(docs.texts) || !Array.isArray(docs.source)) {
    throw new Error('missing blocks');
  }
  const n = docs.ids.length;
  if (docs.texts.length !== n || docs.source.length !== n || !Array.isArray(docs.langs) || docs.langs.length !== n) {
    throw new Error('block lists of different lengths');
  }
  const list: SearchDoc[] = [];
  for (let i = 0; i < n; i++) {
    const sourceId = docs.sources[docs.source[i]!];
    const lang = docs.langs[i]!;
    if (sourceId === undefined || !(INDEX_LANGS as readonly string[]).includes(lang)) throw new Error(`bad block ${i}`);
    list.push({ id: docs.ids[i]!, sourceId, lang, text: docs.texts[i]! });
  }
  const pairs = d.pairs;
  if (
    !Array.isArray(pairs) ||
    !pairs.every((p) => Array.isArray(p) && p.every((g) => Array.isArray(g) && g.every((x) => isDocNumber(x, n))))
  ) {
    throw new Error('bad alignment pairs');
  }
  const vocab = d.vocabulary;
  if (typeof vocab !== 'object' || vocab === null) throw new Error('missing vocabulary');
  const vocabularies = {} as Record<IndexLang, Vocabulary>;
  for (const l of INDEX_LANGS) {
    const entry = vocab[l];
    if (!Array.isArray(entry) || !isStringArray(entry[0]) || !isStringArray(entry[1]) || entry[0].length !== entry[1].length) {
      throw new Error(`bad vocabulary for ${l}`);
    }
    vocabularies[l] = { norms: entry[0], terms: entry[1].map((s) => termOf(l, s)) };
  }
  if (typeof d.lunr !== 'object' || d.lunr === null) throw new Error('missing lunr index');
  let index: lunr.Index;
  try {
    index = lunr.Index.load(d.lunr);
  } catch (err) {
    throw new Error(`lunr could not load the index: ${(err as Error).message}`);
  }
  return new SearchIndex(index, list, vocabularies, pairs);
}

function indexLangOf(lang: LangCode): IndexLang {
  return lang;
}

function vocabularyOf(analyzer: Analyzer, lang: IndexLang): Vocabulary {
  const entries = [...analyzer.vocabulary(lang)].filter((e): e is [string, string] => e[1] !== null);
  entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { norms: entries.map((e) => e[0]), terms: entries.map((e) => e[1]) };
}

function pairsOf(input: SearchIndexInput): number[][][] {
  const byId = new Map(input.docs.map((d, i) => [d.id, i]));
  return (input.alignments ?? [])
    .map((groups) => groups.map((g) => g.map((id) => byId.get(id)).filter((x): x is number => x !== undefined)))
    .filter((groups) => groups.filter((g) => g.length > 0).length >= 2);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function isDocNumber(value: unknown, n: number): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < n;
}
