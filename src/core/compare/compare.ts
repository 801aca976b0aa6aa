import type { Commitment, CommitmentLink, Comparison } from '../../shared/commitments';
import type { CurationDecision } from '../../shared/curation';
import type { IngestedDocument, LangCode } from '../../shared/model';
import { EXTRACTOR_VERSION } from '../commitments/extract';
import type { ConceptMatcher } from '../concepts/matcher';
import { applyLinkCurations } from './curation';
import { buildFeaturesInSteps, FEATURES_PER_STEP } from './features';
import { indicatorsOf } from './indicators';
import { DEFAULT_LINK_OPTIONS, linkInSteps, makeLink, PAIRS_PER_STEP, type LinkOptions } from './link';
import { themeMatrix } from './matrix';
import { isPartyProgramme } from './order';
import { similarity } from './similarity';
import { runSteps, type Steps } from './steps';

/**
 * The comparison of commitments across sources: the theme × source matrix with a status per
 * theme, the links between commitments of different sources (with relation and word diff), the
 * evidence sources' indicators per theme, and what a report must cite to be reproducible. Pure:
 * the host extracts (and curates) the commitments and passes them in.
 */

export interface CompareInput {
  /** The compared sources, in the comparison's order. */
  readonly documents: readonly IngestedDocument[];
  /** Their commitments, curated, in any order. */
  readonly commitments: readonly Commitment[];
  /** Sources read for indicators (the DESI profile). */
  readonly evidence?: readonly IngestedDocument[];
  readonly matcher: ConceptMatcher;
  readonly curation?: readonly CurationDecision[];
  readonly options?: Partial<LinkOptions>;
}

/**
 * For a bilingual source, the commitments that stand for it in the comparison: those in the
 * language the other compared sources mostly use (the French side of the 2021 answer against the
 * French sources), plus any commitment of the other side that has no twin.
 */
export function representatives(commitments: readonly Commitment[], documents: readonly IngestedDocument[]): Commitment[] {
  const bilingual = new Set(documents.filter((d) => d.alignment).map((d) => d.source.id));
  if (bilingual.size === 0) return [...commitments];
  const langCount = new Map<LangCode, number>();
  for (const c of commitments) if (!bilingual.has(c.sourceId)) langCount.set(c.lang, (langCount.get(c.lang) ?? 0) + 1);
  const primary = [...langCount].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'fr';
  const byId = new Map(commitments.map((c) => [c.id, c]));
  return commitments.filter((c) => {
    if (!bilingual.has(c.sourceId) || c.lang === primary) return true;
    const twin = c.translationOf ? byId.get(c.translationOf) : undefined;
    return !twin || twin.lang !== primary;
  });
}

/** How much work a step of `compareInSteps` does at most, per phase (defaults: a few milliseconds). */
export interface StepSizes {
  /** Commitments read or weighted. */
  readonly features: number;
  /** Candidate pairs scored, or kept pairs sorted and capped. */
  readonly pairs: number;
  /** Links given their relation and word diff. */
  readonly links: number;
}

export const DEFAULT_STEP_SIZES: StepSizes = { features: FEATURES_PER_STEP, pairs: PAIRS_PER_STEP, links: 50 };

/** The comparison in one piece. */
export function compareCommitments(input: CompareInput): Comparison {
  return runSteps(compareInSteps(input));
}

/**
 * The comparison in steps (docs/commitments.md, Performance): the same result as
 * `compareCommitments`, computed by a generator that yields after each bounded piece of work —
 * features, candidate pairs, selection, links — so a host can keep its event loop turning,
 * report progress and stop when the user cancels. The step sizes change where it pauses, never
 * what it computes.
 */
export function* compareInSteps(input: CompareInput, sizes: StepSizes = DEFAULT_STEP_SIZES): Steps<Comparison> {
  const options: LinkOptions = { ...DEFAULT_LINK_OPTIONS, ...(input.options ?? {}) };
  const order = input.documents.map((d) => d.source.id);
  const inScope = new Set(order);
  const all = input.commitments.filter((c) => inScope.has(c.sourceId));
  const reps = representatives(all, input.documents);
  const byId = new Map(all.map((c) => [c.id, c]));
  const features = yield* buildFeaturesInSteps(all, input.matcher, sizes.features);

  const pairs = yield* linkInSteps(order, reps, features, options, sizes.pairs);
  const auto: CommitmentLink[] = [];
  for (const [i, p] of pairs.entries()) {
    if (i > 0 && i % sizes.links === 0) yield { phase: 'linking', done: i, total: pairs.length };
    auto.push(makeLink(p.from, p.to, similarity(features.get(p.from.id)!, features.get(p.to.id)!), byId, options.granularity));
  }
  yield { phase: 'linking', done: pairs.length, total: pairs.length };
  const { links } = applyLinkCurations(auto, input.curation ?? [], order, all, features, options);
  yield { phase: 'linking', done: pairs.length, total: pairs.length };
  const rank = new Map(order.map((id, i) => [id, i]));
  const position = new Map(all.map((c, i) => [c.id, i]));
  links.sort(
    (a, b) =>
      rank.get(byId.get(a.from)!.sourceId)! - rank.get(byId.get(b.from)!.sourceId)! ||
      position.get(a.from)! - position.get(b.from)! ||
      b.similarity - a.similarity,
  );
  yield { phase: 'linking', done: pairs.length, total: pairs.length };

  const themeIds = input.matcher.codebook.concepts.filter((c) => c.theme).map((c) => c.id);
  const matrixSources = input.documents.map((d) => ({ id: d.source.id, programme: isPartyProgramme(d.source) }));
  const themes = themeMatrix(themeIds, matrixSources, reps);
  yield { phase: 'linking', done: pairs.length, total: pairs.length };
  const indicators = (input.evidence ?? []).flatMap((d) => indicatorsOf(d.blocks, input.matcher, new Set(themeIds)));
  const ingestVersion = Math.max(0, ...input.documents.map((d) => d.ingestVersion));

  return {
    sources: order,
    themes,
    links,
    commitments: all,
    indicators,
    method: {
      codebookVersion: input.matcher.codebook.version,
      extractorVersion: EXTRACTOR_VERSION,
      linkThreshold: options.threshold,
      ingestVersion,
    },
  };
}
