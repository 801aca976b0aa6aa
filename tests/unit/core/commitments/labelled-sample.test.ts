import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractCommitments, scoreSample, voiceOf, type LabelledUnit, type SampleScore } from '../../../../src/core/commitments';
import { bundledDocuments, defaultMatcher } from './corpus';

/**
 * Regression guard for the extractor on the labelled sample (docs/commitments.md, "Labelled
 * sample"). The floors are the scores measured when the sample was labelled and the grammar
 * tuned, minus a small margin: a grammar or ingestion change that loses more fails here.
 */
interface Sample {
  readonly sourceId: string;
  readonly set: 'development' | 'held-out';
  readonly units: readonly LabelledUnit[];
}

const FLOORS: Readonly<Record<string, { precision: number; recall: number }>> = {
  // measured: P 0.965, R 0.932
  'benelux-answer-2021 development': { precision: 0.93, recall: 0.9 },
  // measured: P 1.000, R 0.992
  'engages-digital-plan development': { precision: 0.96, recall: 0.95 },
  // measured: P 0.980, R 0.962 on ingestion v1 and v3; R 0.923 on v2, which moved the last two
  // measures of section 2.3.2 under the issues of 2.4.1 (docs/commitments.md)
  'engages-digital-plan held-out': { precision: 0.94, recall: 0.92 },
};

describe('precision and recall on the labelled sample', () => {
  const samples = (JSON.parse(readFileSync('tests/fixtures/commitments/labels.json', 'utf8')) as { samples: Sample[] }).samples;
  const scores = new Map<string, SampleScore>();

  beforeAll(async () => {
    const docs = await bundledDocuments();
    for (const s of samples) {
      const doc = docs.get(s.sourceId)!;
      const commitments = extractCommitments(doc, { matcher: defaultMatcher, defaultActor: voiceOf(doc.source) });
      scores.set(`${s.sourceId} ${s.set}`, scoreSample(doc, commitments, s.units));
    }
  });

  it('has a floor for every sample', () => {
    expect(Object.keys(FLOORS).sort()).toEqual(samples.map((s) => `${s.sourceId} ${s.set}`).sort());
  });

  for (const [name, floor] of Object.entries(FLOORS)) {
    it(`${name}: precision ≥ ${floor.precision}, recall ≥ ${floor.recall}`, () => {
      const score = scores.get(name)!;
      const report = score.errors.map((e) => `${e.kind}: ${e.text.slice(0, 100)}`).join('\n');
      // The labels are found again even if block ids changed (re-ingestion): at most 10% lost.
      expect(score.matched / score.units).toBeGreaterThanOrEqual(0.9);
      expect(score.precision, report).toBeGreaterThanOrEqual(floor.precision);
      expect(score.recall, report).toBeGreaterThanOrEqual(floor.recall);
    });
  }

  it('reads the Dutch and the French side of the 2021 answer about equally well', () => {
    const byLang = scores.get('benelux-answer-2021 development')!.byLang;
    expect(byLang.nl!.recall).toBeGreaterThanOrEqual(0.85);
    expect(byLang.fr!.recall).toBeGreaterThanOrEqual(0.9);
  });
});
