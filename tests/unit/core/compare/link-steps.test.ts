import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractCommitments, voiceOf } from '../../../../src/core/commitments';
import {
  buildFeatures,
  buildFeaturesInSteps,
  compareCommitments,
  compareInSteps,
  comparisonOrder,
  DEFAULT_LINK_OPTIONS,
  linkInSteps,
  representatives,
  runSteps,
  scorePairs,
  selectPairs,
  stepFraction,
  type CompareStep,
  type ScoredPair,
} from '../../../../src/core/compare';
import { INGEST_VERSION, ingestText } from '../../../../src/core/ingest';
import { loadCorpus } from '../../../../src/host/corpus';
import { bundledCorpusDir } from '../../../../src/host/locations';
import type { Commitment } from '../../../../src/shared/commitments';
import type { IngestedDocument } from '../../../../src/shared/model';
import { bundledDocuments, defaultMatcher, SOURCE } from '../commitments/corpus';
import { commitment } from './fixtures';

/**
 * The linker in steps (`linkInSteps`, `compareInSteps`) against the plain definition of the
 * links (`selectPairs(scorePairs(…))`, `compareCommitments`): the same pairs, in the same order,
 * with the same scores to the last bit, whatever the step sizes — on random small inputs, on the
 * bundled corpus and on a repeated one (where ties between identical commitments abound).
 */

/** The pairs as text that keeps every bit of the numbers (JSON writes doubles exactly). */
const asJson = (pairs: readonly ScoredPair[]): string => JSON.stringify(pairs.map((p) => ({ from: p.from.id, to: p.to.id, sim: p.sim })));

function reference(order: readonly string[], commitments: readonly Commitment[], options = DEFAULT_LINK_OPTIONS): string {
  const features = buildFeatures(commitments, defaultMatcher);
  return asJson(selectPairs(scorePairs(order, commitments, features), options));
}

function stepped(
  order: readonly string[],
  commitments: readonly Commitment[],
  options = DEFAULT_LINK_OPTIONS,
  perStep?: number,
): { json: string; steps: CompareStep[] } {
  const features = buildFeatures(commitments, defaultMatcher);
  const steps: CompareStep[] = [];
  const gen = linkInSteps(order, commitments, features, options, perStep);
  for (;;) {
    const next = gen.next();
    if (next.done) return { json: asJson(next.value), steps };
    steps.push(next.value);
  }
}

// Words the codebook knows (concepts), words it does not, anchors and numbers, in French and Dutch.
const FR = [
  'identité numérique',
  'carte',
  'entreprises',
  'inclusion numérique',
  'table ronde',
  'cybersécurité',
  'formation',
  'compétences',
  'administrations',
  'plateforme',
  'données',
  'organiseront',
  'échanges',
  'frontalière',
  'intelligence artificielle',
  'fracture',
  'seniors',
  '5G',
  'eIDAS',
  '2025',
  '12',
];
const NL = [
  'digitale identiteit',
  'bedrijven',
  'opleiding',
  'vaardigheden',
  'overheden',
  'grensoverschrijdende',
  'platform',
  '5G',
  'eIDAS',
];
// Ids whose `localeCompare` order is not their code-unit order, and some it finds equal (é / e + ◌́).
const ID_PARTS = ['a', 'B', 'b', 'é', 'e\u0301', 'Z', 'z', 'ä', '10', '9', 'x-y', 'xy'];

const textArb = fc.oneof(
  fc.array(fc.constantFrom(...FR), { minLength: 1, maxLength: 8 }).map((w) => ({ lang: 'fr' as const, text: `${w.join(' ')}.` })),
  fc.array(fc.constantFrom(...NL), { minLength: 1, maxLength: 6 }).map((w) => ({ lang: 'nl' as const, text: `${w.join(' ')}.` })),
);

const inputArb = fc.record({
  // A few texts, reused: identical commitments make ties, as repeated documents do.
  texts: fc.array(textArb, { minLength: 1, maxLength: 8 }),
  items: fc.array(
    fc.record({
      text: fc.nat(),
      source: fc.constantFrom('s1', 's2', 's3', 'gone'),
      id: fc.constantFrom(...ID_PARTS),
      n: fc.integer({ min: 0, max: 3 }),
    }),
    {
      minLength: 2,
      maxLength: 28,
    },
  ),
  threshold: fc.constantFrom(0, 0.1, 0.2, 0.3),
  perSource: fc.integer({ min: 1, max: 5 }),
  perStep: fc.integer({ min: 1, max: 40 }),
});

type Input = typeof inputArb extends fc.Arbitrary<infer T> ? T : never;

function commitmentsOf(input: Input): Commitment[] {
  const seen = new Set<string>();
  const out: Commitment[] = [];
  for (const item of input.items) {
    const id = `${item.source}:${item.id}${item.n}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const t = input.texts[item.text % input.texts.length]!;
    out.push(commitment({ id, sourceId: item.source, lang: t.lang, text: t.text }));
  }
  return out;
}

describe('linkInSteps', () => {
  it('keeps the pairs selectPairs(scorePairs(…)) keeps, in the same order, on random small inputs', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const all = commitmentsOf(input);
        const order = ['s1', 's2', 's3'];
        const options = { ...DEFAULT_LINK_OPTIONS, threshold: input.threshold, perSource: input.perSource };
        expect(stepped(order, all, options, input.perStep).json).toBe(reference(order, all, options));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same comparison in steps of any size as in one piece, on random small inputs', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const all = commitmentsOf(input).filter((c) => c.sourceId !== 'gone');
        const documents = ['s1', 's2', 's3'].map(
          (id) =>
            ({
              source: { id, title: id, date: '2024', role: 'compared', genre: 'report' },
              blocks: [],
              outline: [],
              ingestVersion: INGEST_VERSION,
              warnings: [],
            }) as unknown as IngestedDocument,
        );
        const compareInput = { documents, commitments: all, matcher: defaultMatcher, options: { threshold: input.threshold } };
        const sizes = { features: input.perStep, pairs: input.perStep, links: input.perStep };
        const steps: CompareStep[] = [];
        const gen = compareInSteps(compareInput, sizes);
        let next = gen.next();
        while (!next.done) {
          steps.push(next.value);
          next = gen.next();
        }
        expect(JSON.stringify(next.value)).toBe(JSON.stringify(compareCommitments(compareInput)));
        // Progress only goes forward.
        const fractions = steps.map(stepFraction);
        for (let i = 1; i < fractions.length; i++) expect(fractions[i]!).toBeGreaterThanOrEqual(fractions[i - 1]!);
      }),
      { numRuns: 150 },
    );
  });

  it('yields about every `perStep` pairs, and builds features in steps with the same result', () => {
    const all = Array.from({ length: 60 }, (_, i) =>
      commitment({
        id: `s${Math.floor(i / 20) + 1}:c${i}`,
        sourceId: `s${Math.floor(i / 20) + 1}`,
        text: `${FR[i % FR.length]} ${FR[(i * 5 + 3) % FR.length]}.`,
      }),
    );
    const order = ['s1', 's2', 's3'];
    const { json, steps } = stepped(order, all, DEFAULT_LINK_OPTIONS, 10);
    expect(json).toBe(reference(order, all));
    // Scoring yields once `perStep` candidates are scored (and twice while numbering the keys).
    const candidates = scorePairs(order, all, buildFeatures(all, defaultMatcher)).length;
    expect(candidates).toBeGreaterThan(30);
    expect(steps.filter((s) => s.phase === 'scoring').length).toBeGreaterThanOrEqual(2 + Math.floor(candidates / 10 / 2));
    const inSteps = runSteps(buildFeaturesInSteps(all, defaultMatcher, 7));
    const onePiece = buildFeatures(all, defaultMatcher);
    expect([...inSteps.keys()]).toEqual([...onePiece.keys()]);
    for (const [id, f] of onePiece) expect(inSteps.get(id)).toEqual(f);
  });

  it('orders ties between ids localeCompare finds equal as scorePairs found them', () => {
    // "é" and "e" + combining acute are one letter to the collator: the ids tie, the texts too.
    const text = 'Les pays organiseront une table ronde sur l’inclusion numérique.';
    const all = [
      commitment({ id: 's1:e\u0301', sourceId: 's1', text }),
      commitment({ id: 's1:é', sourceId: 's1', text }),
      commitment({ id: 's2:é', sourceId: 's2', text }),
      commitment({ id: 's2:e\u0301', sourceId: 's2', text }),
      commitment({ id: 's2:b', sourceId: 's2', text }),
    ];
    expect('s1:é'.localeCompare('s1:e\u0301')).toBe(0);
    for (const perSource of [1, 2]) {
      const options = { ...DEFAULT_LINK_OPTIONS, perSource };
      expect(stepped(['s1', 's2'], all, options, 1).json).toBe(reference(['s1', 's2'], all, options));
    }
  });
});

describe('linkInSteps on real documents', () => {
  let docs: IngestedDocument[];
  let order: string[];
  beforeAll(async () => {
    const map = await bundledDocuments();
    order = comparisonOrder([...map.values()].map((d) => d.source));
    docs = order.map((id) => map.get(id)!);
  });

  it('keeps the reference pairs on the bundled corpus, and the comparison is the same in steps', () => {
    const all = docs.flatMap((d) => extractCommitments(d, { matcher: defaultMatcher, defaultActor: voiceOf(d.source) }));
    const reps = representatives(all, docs);
    const { json, steps } = stepped(order, reps, DEFAULT_LINK_OPTIONS, 500);
    expect(json).toBe(reference(order, reps));
    expect(JSON.parse(json).length).toBeGreaterThan(150);
    expect(steps.length).toBeGreaterThan(1);
    const input = { documents: docs, commitments: all, matcher: defaultMatcher };
    expect(JSON.stringify(runSteps(compareInSteps(input, { features: 37, pairs: 500, links: 9 })))).toBe(
      JSON.stringify(compareCommitments(input)),
    );
  });

  it('keeps the reference pairs on a repeated corpus (identical commitments tie)', async () => {
    const corpus = await loadCorpus(bundledCorpusDir());
    const repeated = [SOURCE.programme, SOURCE.meeting].map((id) => {
      const s = corpus.sources.find((x) => x.source.id === id)!;
      const text = [s.text, `\nPartie 2\n\n${s.text}`, `\nPartie 3\n\n${s.text}`].join('\n');
      const r = ingestText(id, text);
      return { source: s.source, blocks: r.blocks, outline: r.outline, ingestVersion: INGEST_VERSION, warnings: r.warnings };
    });
    const all = repeated.flatMap((d) => extractCommitments(d, { matcher: defaultMatcher, defaultActor: voiceOf(d.source) }));
    const ids = repeated.map((d) => d.source.id);
    const { json } = stepped(ids, all, DEFAULT_LINK_OPTIONS, 3_000);
    expect(json).toBe(reference(ids, all));
    expect(JSON.parse(json).length).toBeGreaterThan(100);
  });
});
