import { clearActorMemo, clearCueMemo, extractCommitments, voiceOf } from '../../src/core/commitments';
import { compareCommitments, comparisonOrder } from '../../src/core/compare';
import { DEFAULT_CODEBOOK } from '../../src/core/concepts/codebook';
import { compileCodebook } from '../../src/core/concepts/matcher';
import { INGEST_VERSION, ingestText } from '../../src/core/ingest';
import { loadCorpus } from '../../src/host/corpus';
import { bundledCorpusDir } from '../../src/host/locations';
import type { Commitment } from '../../src/shared/commitments';
import type { IngestedDocument } from '../../src/shared/model';
import { summarize } from './stats';

/**
 * Extraction of the commitments of the three compared sources and their comparison (matrix,
 * links, relations, diffs), as the host runs them after a change: each run compiles the
 * codebook and reads every sentence afresh (the memoized readings are cleared; only the stem
 * dictionary stays warm, as it does in a running app). The first run of the process, which also
 * compiles the grammars and loads the stemmers, is reported apart.
 */
export async function benchCommitments(runs = 15): Promise<object> {
  const corpus = await loadCorpus(bundledCorpusDir());
  const order = comparisonOrder(corpus.sources.map((s) => s.source));
  const docs: IngestedDocument[] = order.map((id) => {
    const s = corpus.sources.find((x) => x.source.id === id)!;
    const r = ingestText(id, s.text);
    return {
      source: s.source,
      blocks: r.blocks,
      outline: r.outline,
      ingestVersion: INGEST_VERSION,
      warnings: r.warnings,
      ...(r.alignment ? { alignment: r.alignment } : {}),
    };
  });
  const evidence = corpus.sources
    .filter((s) => s.source.role === 'evidence')
    .map((s) => {
      const r = ingestText(s.source.id, s.text);
      return {
        source: s.source,
        blocks: r.blocks,
        outline: r.outline,
        ingestVersion: INGEST_VERSION,
        warnings: r.warnings,
      } as IngestedDocument;
    });

  const once = (): { extractMs: number; compareMs: number; cpuMs: number; commitments: number; links: number } => {
    clearCueMemo();
    clearActorMemo();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const matcher = compileCodebook(DEFAULT_CODEBOOK);
    const all: Commitment[] = docs.flatMap((d) => {
      const voice = voiceOf(d.source);
      return extractCommitments(d, { matcher, ...(voice ? { defaultActor: voice } : {}) });
    });
    const t1 = performance.now();
    const cmp = compareCommitments({ documents: docs, commitments: all, evidence, matcher });
    const t2 = performance.now();
    const cpu = process.cpuUsage(cpu0);
    return {
      extractMs: t1 - t0,
      compareMs: t2 - t1,
      cpuMs: (cpu.user + cpu.system) / 1000,
      commitments: all.length,
      links: cmp.links.length,
    };
  };

  const first = once();
  const extract: number[] = [];
  const compare: number[] = [];
  const total: number[] = [];
  const cpu: number[] = [];
  let last = first;
  for (let i = 0; i < runs; i++) {
    last = once();
    extract.push(last.extractMs);
    compare.push(last.compareMs);
    total.push(last.extractMs + last.compareMs);
    cpu.push(last.cpuMs);
  }
  const round = (n: number): number => Math.round(n * 10) / 10;
  return {
    sources: order,
    commitments: last.commitments,
    links: last.links,
    firstRunMs: { extract: round(first.extractMs), compare: round(first.compareMs) },
    extractThreeMs: summarize(extract),
    compareMs: summarize(compare),
    extractAndCompareMs: summarize(total),
    // CPU time of the process over the same runs: what the work costs when the machine is shared.
    extractAndCompareCpuMs: summarize(cpu),
    targetMs: 300,
  };
}
