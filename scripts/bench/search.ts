import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import MiniSearch, { type Query } from 'minisearch';
import { ingestText } from '../../src/core/ingest';
import { Analyzer, SearchEngine, type SearchDoc, type SearchIndexInput } from '../../src/core/search';
import { planQuery } from '../../src/core/search/plan';
import { parseQuery } from '../../src/core/search/query-parser';
import { INDEX_SCHEMA_VERSION } from '../../src/core/search/search-index';
import { loadCorpus } from '../../src/host/corpus';
import { bundledCorpusDir } from '../../src/host/locations';
import { readSearchCache, writeSearchCache } from '../../src/host/search-index-cache';
import { summarize, time } from './stats';

/**
 * The search stage: index build, cached index load and query latency, for the five sources and
 * for a ~20 MB corpus made by repeating them; beside each, MiniSearch on the same blocks and
 * queries, twice: fed the same analyzed terms (so only the index library differs) and with its
 * defaults (its own tokenizer, no stemming, no accent folding: what comes for free).
 */

/** A fixed query set: the examples and typical reader queries, all features used. */
export const QUERIES = [
  '5G',
  'identité numérique',
  'digitale vaardigheden',
  'numerique',
  '"table ronde"',
  'compétences -numériques',
  'numériq*',
  'invoices',
  'fibre optique',
  'intelligence artificielle',
  'source:desi connectivity',
  'lang:nl burgers',
  'e-commerce',
  'kmo',
  'cybersécurité',
  'données personnelles',
  'glasvezel',
  'interopérabilité',
  'Benelux',
  'DESI 2021',
];

const TARGET_BYTES = 20 * 1024 * 1024;

async function seedInput(): Promise<SearchIndexInput> {
  const corpus = await loadCorpus(bundledCorpusDir());
  const docs: SearchDoc[] = [];
  const alignments: (readonly string[])[][] = [];
  for (const s of corpus.sources) {
    const r = ingestText(s.source.id, s.text);
    docs.push(...r.blocks);
    for (const p of r.alignment?.pairs ?? []) alignments.push(Object.values(p).filter((g): g is readonly string[] => !!g));
  }
  return { docs, alignments };
}

/** The corpus repeated (sources renamed `<id>~<n>`) until its text reaches `bytes`. */
function repeated(input: SearchIndexInput, bytes: number): SearchIndexInput {
  const size = input.docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  const copies = Math.ceil(bytes / size);
  const docs: SearchDoc[] = [];
  const alignments: (readonly string[])[][] = [];
  for (let k = 0; k < copies; k++) {
    for (const d of input.docs) docs.push({ ...d, id: `${d.id}~${k}`, sourceId: `${d.sourceId}~${k}` });
    for (const pair of input.alignments ?? []) alignments.push(pair.map((g) => g.map((id) => `${id}~${k}`)));
  }
  return { docs, alignments };
}

const textBytes = (input: SearchIndexInput): number => input.docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);

/**
 * Every query run `repeat` times; p50/p95 over all runs, and each query's median (robust to a busy
 * machine). Beside the wall-clock figures, the same percentiles of the process's CPU time per run:
 * on a machine shared with other work, a run the scheduler set aside for a few milliseconds
 * counts in the wall-clock p95 but not in the CPU p95 (garbage collection counts in both).
 */
async function queryLatency(run: (q: string) => unknown, repeat: number): Promise<object> {
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  const perQueryMedian: Record<string, number> = {};
  for (const q of QUERIES) {
    const s = await time(
      () => {
        const before = process.cpuUsage();
        run(q);
        const used = process.cpuUsage(before);
        cpuSamples.push((used.user + used.system) / 1000);
      },
      repeat,
      2,
    );
    samples.push(...s);
    perQueryMedian[q] = summarize(s).median;
  }
  const s = summarize(samples);
  // The warm-up runs are timed by cpuUsage too: keep the measured ones (the last `repeat` of each query's).
  const cpu = summarize(QUERIES.flatMap((_, i) => cpuSamples.slice(i * (repeat + 2) + 2, (i + 1) * (repeat + 2))));
  return { p50: s.median, p95: s.p95, max: s.max, runs: s.runs, cpuP50: cpu.median, cpuP95: cpu.p95, perQueryMedian };
}

/** The plan of a query as a MiniSearch expression over the same language-tagged terms. */
function miniSearchQuery(engine: SearchEngine, analyzer: Analyzer, query: string): Query | undefined {
  const plan = planQuery(parseQuery(query), analyzer, undefined);
  const langs = ['fr', 'nl', 'en', 'und'] as const;
  const wordQuery = (norm: string, prefix: boolean, lang: (typeof langs)[number]): Query | undefined => {
    if (prefix) {
      const terms = engine.index.prefixTerms(lang, norm, 300).terms;
      return terms.length > 0 ? { combineWith: 'OR', queries: terms } : undefined;
    }
    const term = analyzer.termFor(lang, norm);
    return term ?? undefined;
  };
  const groups: Query[] = [];
  for (const g of plan.groups) {
    const perLang: Query[] = [];
    for (const lang of langs) {
      for (const alt of g.alternatives) {
        const words = alt.parts
          .flatMap((p) => p.words.map((w) => wordQuery(w.norm, w.prefix, lang)))
          .filter((q): q is Query => q !== undefined);
        if (words.length > 0) perLang.push({ combineWith: 'AND', queries: words });
      }
    }
    if (perLang.length > 0) groups.push({ combineWith: 'OR', queries: perLang });
  }
  if (groups.length === 0) return undefined;
  const excluded = plan.excluded.flatMap((alt) =>
    langs
      .flatMap((lang) => alt.parts.flatMap((p) => p.words.map((w) => wordQuery(w.norm, w.prefix, lang))))
      .filter((q): q is Query => q !== undefined),
  );
  const positive: Query = { combineWith: 'AND', queries: groups };
  return excluded.length > 0 ? { combineWith: 'AND_NOT', queries: [positive, { combineWith: 'OR', queries: excluded }] } : positive;
}

async function measure(input: SearchIndexInput, label: string, runs: { build: number; load: number; query: number }): Promise<object> {
  process.stderr.write(`bench search: ${label} (${input.docs.length} blocks, ${(textBytes(input) / 1e6).toFixed(1)} MB of text)…\n`);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'synopsis-bench-search-'));
  try {
    // Synopsis: lunr + lunr-languages, language-tagged terms, the full engine.
    let engine = SearchEngine.build(input);
    const build = summarize(await time(() => SearchEngine.build(input), runs.build, runs.build > 1 ? 1 : 0));
    const file = path.join(tmp, 'index');
    await writeSearchCache(file, INDEX_SCHEMA_VERSION, 'bench', engine.index.toJSON());
    const cachedLoad = summarize(
      await time(
        async () => {
          const read = await readSearchCache(file, INDEX_SCHEMA_VERSION, 'bench');
          if (read.kind !== 'ok') throw new Error(`cache ${read.kind}`);
          engine = SearchEngine.load(read.data);
        },
        runs.load,
        1,
      ),
    );
    const synopsis = {
      buildMs: build,
      cachedLoadMs: cachedLoad,
      cacheBytes: statSync(file).size,
      queryMs: await queryLatency((q) => engine.search({ query: q }), runs.query),
      queryNoExpansionMs: await queryLatency((q) => engine.search({ query: q, expand: false }), runs.query),
      hitsPerQuery: Object.fromEntries(QUERIES.map((q) => [q, engine.search({ query: q }).total])),
    };

    // MiniSearch fed the same analyzed terms: the index library is the only difference.
    const analyzer = new Analyzer();
    const terms = input.docs.map((d) => analyzer.termsOf(d.lang, d.text).join(' '));
    const sameOptions = {
      fields: ['t'],
      storeFields: ['s', 'l'],
      tokenize: (s: string) => s.split(' '),
      processTerm: (t: string) => t,
    };
    const buildSame = () => {
      const ms = new MiniSearch(sameOptions);
      ms.addAll(input.docs.map((d, i) => ({ id: i, t: terms[i], s: d.sourceId, l: d.lang })));
      return ms;
    };
    const analysisOnly = summarize(
      await time(() => input.docs.map((d) => new Analyzer().termsOf(d.lang, d.text)), Math.min(runs.build, 3), 0),
    );
    let same = buildSame();
    const sameBuild = summarize(await time(buildSame, runs.build, runs.build > 1 ? 1 : 0));
    const sameJson = JSON.stringify(same);
    const sameLoad = summarize(await time(() => (same = MiniSearch.loadJSON(sameJson, sameOptions)), runs.load, 1));
    const minisearchSameTerms = {
      buildMsExcludingAnalysis: sameBuild,
      analysisMs: analysisOnly,
      loadFromJsonMs: sameLoad,
      jsonBytes: Buffer.byteLength(sameJson),
      queryMs: await queryLatency((q) => {
        const expr = miniSearchQuery(engine, analyzer, q);
        if (!expr) return [];
        const parsed = parseQuery(q);
        const src = parsed.sources[0]?.toLowerCase();
        const lang = parsed.langs[0];
        return same.search(expr, {
          filter: (r) => (!src || String(r.s).toLowerCase().includes(src)) && (!lang || r.l === lang),
        });
      }, runs.query),
    };

    // MiniSearch out of the box: its tokenizer and lower-casing, no stemming, no folding.
    const defaultsOptions = { fields: ['text'], storeFields: ['sourceId'] };
    const buildDefaults = () => {
      const ms = new MiniSearch(defaultsOptions);
      ms.addAll(input.docs.map((d, i) => ({ id: i, text: d.text, sourceId: d.sourceId })));
      return ms;
    };
    let defaults = buildDefaults();
    const defaultsBuild = summarize(await time(buildDefaults, runs.build, runs.build > 1 ? 1 : 0));
    const defaultsJson = JSON.stringify(defaults);
    const defaultsLoad = summarize(await time(() => (defaults = MiniSearch.loadJSON(defaultsJson, defaultsOptions)), runs.load, 1));
    const minisearchDefaults = {
      buildMs: defaultsBuild,
      loadFromJsonMs: defaultsLoad,
      jsonBytes: Buffer.byteLength(defaultsJson),
      queryMs: await queryLatency((q) => defaults.search(q.replace(/["*-]|\b\w+:\S+/g, ' '), { combineWith: 'AND' }), runs.query),
      hitsPerQuery: Object.fromEntries(
        QUERIES.map((q) => [q, defaults.search(q.replace(/["*-]|\b\w+:\S+/g, ' '), { combineWith: 'AND' }).length]),
      ),
    };
    return { blocks: input.docs.length, textBytes: textBytes(input), synopsis, minisearchSameTerms, minisearchDefaults };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** `npm run bench -- search`. */
export async function benchSearch(): Promise<object> {
  const seeds = await seedInput();
  const fiveSources = await measure(seeds, 'five sources', { build: 20, load: 20, query: 20 });
  const big = repeated(seeds, TARGET_BYTES);
  const twentyMb = await measure(big, '20 MB corpus', { build: 2, load: 3, query: 3 });
  return {
    targets: { buildFiveSourcesMs: 150, queryP95Ms: 5 },
    queries: QUERIES,
    fiveSources,
    twentyMb,
  };
}
