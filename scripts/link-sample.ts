import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { extractCommitments, voiceOf } from '../src/core/commitments';
import { DEFAULT_CODEBOOK } from '../src/core/concepts/codebook';
import { compileCodebook } from '../src/core/concepts/matcher';
import { compareCommitments, comparisonOrder } from '../src/core/compare';
import { INGEST_VERSION, ingestText } from '../src/core/ingest';
import { loadCorpus } from '../src/host/corpus';
import { bundledCorpusDir } from '../src/host/locations';
import type { Comparison } from '../src/shared/commitments';
import type { IngestedDocument } from '../src/shared/model';

/**
 * `npx tsx scripts/link-sample.ts [--errors] [--threshold X] [--cap N]`: precision and recall of
 * the comparison's links on the labelled candidate pairs (tests/fixtures/commitments/pairs.json),
 * on all of them, on the development part and on the held-out part (`splitOf`), and per source
 * pair, as JSON. With --errors, every wrong or missed pair of the development part with its
 * score and evidence, for reading (the held-out part's are never printed: they are not for tuning).
 */

interface Ref {
  readonly id: string;
  readonly text: string;
}
interface Pair {
  readonly from: Ref;
  readonly to: Ref;
  readonly link: boolean;
}

/**
 * The pair's part: stratified by source pair and label, ordered by the SHA-256 of the two ids,
 * every third pair of each stratum is held out (about 1/3). Deterministic, and independent of
 * the linker's scores.
 */
export function splitOf(pairs: readonly Pair[]): Map<Pair, 'dev' | 'held-out'> {
  const strata = new Map<string, Pair[]>();
  for (const p of pairs) {
    const key = `${p.from.id.split(':')[0]}>${p.to.id.split(':')[0]}:${p.link}`;
    const list = strata.get(key) ?? [];
    list.push(p);
    strata.set(key, list);
  }
  const out = new Map<Pair, 'dev' | 'held-out'>();
  const hash = (p: Pair): string => createHash('sha256').update(`${p.from.id}|${p.to.id}`).digest('hex');
  for (const list of strata.values()) {
    const sorted = [...list].sort((a, b) => (hash(a) < hash(b) ? -1 : 1));
    sorted.forEach((p, i) => out.set(p, i % 3 === 2 ? 'held-out' : 'dev'));
  }
  return out;
}

function score(pairs: readonly Pair[], cmp: Comparison) {
  const squash = (t: string): string => t.replace(/\s+/g, ' ').trim();
  const ids = new Set(cmp.commitments.map((c) => c.id));
  const byText = new Map(cmp.commitments.map((c) => [squash(c.text), c.id]));
  const idOf = (r: Ref): string | undefined => (ids.has(r.id) ? r.id : byText.get(squash(r.text)));
  const links = new Map(cmp.links.map((l) => [`${l.from}|${l.to}`, l]));
  let tp = 0;
  let fp = 0;
  let positives = 0;
  let resolved = 0;
  const errors: unknown[] = [];
  for (const p of pairs) {
    const from = idOf(p.from);
    const to = idOf(p.to);
    if (!from || !to) continue;
    resolved++;
    if (p.link) positives++;
    const l = links.get(`${from}|${to}`);
    if (l && p.link) tp++;
    else if (l) fp++;
    if (!!l !== p.link)
      errors.push({
        error: l ? 'false link' : 'missed',
        similarity: l?.similarity,
        evidence: l?.evidence,
        from: p.from.text,
        to: p.to.text,
      });
  }
  const precision = tp / (tp + fp || 1);
  const recall = tp / (positives || 1);
  const f1 = (2 * precision * recall) / (precision + recall || 1);
  const r = (x: number): number => Math.round(x * 1000) / 1000;
  return { pairs: pairs.length, resolved, positives, linked: tp + fp, precision: r(precision), recall: r(recall), f1: r(f1), errors };
}

async function main(): Promise<void> {
  const arg = (name: string): string | undefined => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const showErrors = process.argv.includes('--errors');
  const file = JSON.parse(readFileSync('tests/fixtures/commitments/pairs.json', 'utf8')) as { pairs: Pair[] };
  const corpus = await loadCorpus(bundledCorpusDir());
  const matcher = compileCodebook(DEFAULT_CODEBOOK);
  const docs = new Map<string, IngestedDocument>();
  for (const s of corpus.sources) {
    const r = ingestText(s.source.id, s.text);
    docs.set(s.source.id, {
      source: s.source,
      blocks: r.blocks,
      outline: r.outline,
      ingestVersion: INGEST_VERSION,
      warnings: r.warnings,
      ...(r.alignment ? { alignment: r.alignment } : {}),
    });
  }
  const order = comparisonOrder([...docs.values()].map((d) => d.source));
  const documents = order.map((id) => docs.get(id)!);
  const commitments = documents.flatMap((d) => extractCommitments(d, { matcher, defaultActor: voiceOf(d.source) }));
  const threshold = arg('--threshold');
  const cap = arg('--cap');
  const cmp = compareCommitments({
    documents,
    commitments,
    matcher,
    options: { ...(threshold ? { threshold: Number(threshold) } : {}), ...(cap ? { perSource: Number(cap) } : {}) },
  });
  const split = splitOf(file.pairs);
  const parts: Record<string, Pair[]> = {
    all: file.pairs,
    dev: file.pairs.filter((p) => split.get(p) === 'dev'),
    'held-out': file.pairs.filter((p) => split.get(p) === 'held-out'),
  };
  for (const p of file.pairs) {
    const key = `${p.from.id.split(':')[0]} > ${p.to.id.split(':')[0]} (dev)`;
    if (split.get(p) === 'dev') (parts[key] ??= []).push(p);
  }
  const report: Record<string, unknown> = { links: cmp.links.length, threshold: cmp.method.linkThreshold };
  for (const [name, pairs] of Object.entries(parts)) {
    const { errors, ...s } = score(pairs, cmp);
    report[name] = { ...s, ...(showErrors && name === 'dev' ? { errors } : {}) };
  }
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

// Run only when invoked, not when another script imports `splitOf`.
if (process.argv[1]?.endsWith('link-sample.ts')) void main();
