import { documentDefaults, extractCommitments, voiceOf } from '../../src/core/commitments';
import { compareCommitments, comparisonOrder, DIFF_GRANULARITIES, senseOf } from '../../src/core/compare';
import { DEFAULT_CODEBOOK } from '../../src/core/concepts/codebook';
import { compileCodebook } from '../../src/core/concepts/matcher';
import { INGEST_VERSION, ingestText } from '../../src/core/ingest';
import { loadCorpus } from '../../src/host/corpus';
import { bundledCorpusDir } from '../../src/host/locations';
import type { Commitment, DiffOp } from '../../src/shared/commitments';
import type { IngestedDocument } from '../../src/shared/model';
import { summarize, time } from './stats';

/**
 * The links' word diffs, per granularity, on the bundled corpus: the three compared sources, then
 * with the work programme added. Time to diff every link's two texts (the pairs the comparison
 * made), and what the diffs look like: how many links share a meaningful run ("readable"), how
 * many come out as one text replaced by the other ("whole"), and the median number of
 * operations per link (the confetti a token diff makes). Commitments are extracted as the host
 * does (with the document defaults).
 */
export async function benchWordDiff(runs = 15): Promise<object> {
  const corpus = await loadCorpus(bundledCorpusDir());
  const doc = (id: string): IngestedDocument => {
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
  };
  const matcher = compileCodebook(DEFAULT_CODEBOOK);
  const three = comparisonOrder(corpus.sources.map((s) => s.source));
  const out: Record<string, object> = {};
  for (const [name, order] of [
    ['threeSources', three],
    ['withWorkProgramme', [three[0]!, 'benelux-work-programme-2021-2024', ...three.slice(1)]],
  ] as const) {
    const docs = order.map(doc);
    const all: Commitment[] = docs.flatMap((d) => {
      const voice = voiceOf(d.source);
      return extractCommitments(d, { matcher, ...(voice ? { defaultActor: voice } : {}), defaults: documentDefaults(d.source) });
    });
    const cmp = compareCommitments({ documents: docs, commitments: all, matcher });
    const byId = new Map(all.map((c) => [c.id, c]));
    const pairs = cmp.links
      .map((l) => ({ from: byId.get(l.diffBase ?? l.from)!, to: byId.get(l.to)! }))
      .filter((p) => p.from.lang === p.to.lang);
    const sense = senseOf('fr');
    const shape = (diffs: readonly (readonly DiffOp[])[]) => ({
      readable: diffs.filter((d) => d.some((o) => o.op === 'equal' && sense.meaningful(o.text))).length,
      whole: diffs.filter((d) => !d.some((o) => o.op === 'equal' && /[\p{L}\p{N}]/u.test(o.text))).length,
      opsPerLink: summarize(diffs.map((d) => d.length)).median,
    });
    const per: Record<string, object> = {};
    for (const g of [DIFF_GRANULARITIES.word, DIFF_GRANULARITIES.token]) {
      const diffs = pairs.map((p) => g.diff(p.from.text, p.to.text, p.to.lang));
      per[g.name] = { ms: summarize(await time(() => pairs.map((p) => g.diff(p.from.text, p.to.text, p.to.lang)), runs)), ...shape(diffs) };
    }
    out[name] = { links: pairs.length, ...per };
  }
  return out;
}
