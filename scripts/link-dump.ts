import { readFileSync, writeFileSync } from 'node:fs';
import { extractCommitments, voiceOf } from '../src/core/commitments';
import { DEFAULT_CODEBOOK } from '../src/core/concepts/codebook';
import { compileCodebook } from '../src/core/concepts/matcher';
import { buildFeatures, comparisonOrder, representatives, scorePairs } from '../src/core/compare';
import { INGEST_VERSION, ingestText } from '../src/core/ingest';
import { loadCorpus } from '../src/host/corpus';
import { bundledCorpusDir } from '../src/host/locations';
import type { IngestedDocument } from '../src/shared/model';
import { splitOf } from './link-sample';

async function main(): Promise<void> {
  const file = JSON.parse(readFileSync('tests/fixtures/commitments/pairs.json', 'utf8'));
  const corpus = await loadCorpus(bundledCorpusDir());
  const matcher = compileCodebook(DEFAULT_CODEBOOK);
  const docs = new Map<string, IngestedDocument>();
  for (const s of corpus.sources) {
    const r = ingestText(s.source.id, s.text);
    docs.set(s.source.id, { source: s.source, blocks: r.blocks, outline: r.outline, ingestVersion: INGEST_VERSION, warnings: r.warnings, ...(r.alignment ? { alignment: r.alignment } : {}) });
  }
  const order = comparisonOrder([...docs.values()].map((d) => d.source));
  const documents = order.map((id) => docs.get(id)!);
  const all = documents.flatMap((d) => extractCommitments(d, { matcher, defaultActor: voiceOf(d.source) }));
  const reps = representatives(all, documents);
  const features = buildFeatures(all, matcher);
  const pairs = scorePairs(order, reps, features);
  const hits: Record<string, unknown> = {};
  for (const c of reps) hits[c.id] = matcher.match(c.text, c.lang).map((h) => [h.conceptId, h.term, h.weight]);
  const split = splitOf(file.pairs);
  const labels = file.pairs.map((p: any) => ({ from: p.from, to: p.to, link: p.link, part: split.get(p) }));
  const feats: Record<string, unknown> = {};
  for (const c of reps) {
    const f = features.get(c.id)!;
    feats[c.id] = { lang: f.lang, terms: Object.fromEntries(f.terms), surface: Object.fromEntries(f.surface), concepts: Object.fromEntries(f.concepts), mass: Object.fromEntries(f.conceptMass), anchors: [...f.anchors], grams: Object.fromEntries(f.grams) };
  }
  writeFileSync('/tmp/commitments-helper/dump.json', JSON.stringify({
    order,
    commitments: reps.map((c) => ({ id: c.id, source: c.sourceId, text: c.text, kind: c.kind, lang: c.lang, themes: c.themes, actor: c.actor })),
    pairs: pairs.map((p) => ({ from: p.from.id, to: p.to.id, ...p.sim })),
    hits, feats, labels,
  }));
}
void main();
