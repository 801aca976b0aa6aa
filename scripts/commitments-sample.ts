import { readFileSync } from 'node:fs';
import { extractCommitments, scoreSample, voiceOf, type LabelledUnit } from '../src/core/commitments';
import { DEFAULT_CODEBOOK } from '../src/core/concepts/codebook';
import { compileCodebook } from '../src/core/concepts/matcher';
import { INGEST_VERSION, ingestText } from '../src/core/ingest';
import { loadCorpus } from '../src/host/corpus';
import { bundledCorpusDir } from '../src/host/locations';

/**
 * `npx tsx scripts/commitments-sample.ts [--errors]`: precision and recall of the commitment
 * extractor on the labelled sample (tests/fixtures/commitments/labels.json), per source and per
 * language, as JSON. With --errors, every false positive and false negative, for reading.
 */
async function main(): Promise<void> {
  const showErrors = process.argv.includes('--errors');
  const fixture = JSON.parse(readFileSync('tests/fixtures/commitments/labels.json', 'utf8')) as {
    samples: { sourceId: string; set: string; sample: string; units: LabelledUnit[] }[];
  };
  const corpus = await loadCorpus(bundledCorpusDir());
  const matcher = compileCodebook(DEFAULT_CODEBOOK);
  const report: Record<string, unknown> = {};
  for (const { sourceId, set, sample, units } of fixture.samples) {
    const loaded = corpus.sources.find((s) => s.source.id === sourceId);
    if (!loaded) throw new Error(`No source ${sourceId} in the bundled corpus.`);
    const r = ingestText(sourceId, loaded.text);
    const doc = {
      source: loaded.source,
      blocks: r.blocks,
      outline: r.outline,
      ingestVersion: INGEST_VERSION,
      warnings: r.warnings,
      ...(r.alignment ? { alignment: r.alignment } : {}),
    };
    const commitments = extractCommitments(doc, { matcher, defaultActor: voiceOf(loaded.source) });
    const { errors, ...score } = scoreSample(doc, commitments, units);
    report[`${sourceId} (${set})`] = { sample, ...score, ...(showErrors ? { errors } : {}) };
  }
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

void main();
