import type { Commitment, CommitmentLink, Comparison } from '../../shared/commitments';
import type { CurationDecision } from '../../shared/curation';
import type { IngestedDocument, LangCode } from '../../shared/model';
import { EXTRACTOR_VERSION } from '../commitments/extract';
import type { ConceptMatcher } from '../concepts/matcher';
import { applyLinkCurations } from './curation';
import { buildFeatures } from './features';
import { indicatorsOf } from './indicators';
import { DEFAULT_LINK_OPTIONS, makeLink, scorePairs, selectPairs, type LinkOptions } from './link';
import { themeMatrix } from './matrix';
import { isPartyProgramme } from './order';
import { similarity } from './similarity';

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

export function compareCommitments(input: CompareInput): Comparison {
  const options: LinkOptions = { ...DEFAULT_LINK_OPTIONS, ...(input.options ?? {}) };
  const order = input.documents.map((d) => d.source.id);
  const inScope = new Set(order);
  const all = input.commitments.filter((c) => inScope.has(c.sourceId));
  const reps = representatives(all, input.documents);
  const byId = new Map(all.map((c) => [c.id, c]));
  const features = buildFeatures(all, input.matcher);

  const auto: CommitmentLink[] = selectPairs(scorePairs(order, reps, features), options).map((p) =>
    makeLink(p.from, p.to, similarity(features.get(p.from.id)!, features.get(p.to.id)!), byId, options.granularity),
  );
  const { links } = applyLinkCurations(auto, input.curation ?? [], order, all, features, options);
  const rank = new Map(order.map((id, i) => [id, i]));
  const position = new Map(all.map((c, i) => [c.id, i]));
  links.sort(
    (a, b) =>
      rank.get(byId.get(a.from)!.sourceId)! - rank.get(byId.get(b.from)!.sourceId)! ||
      position.get(a.from)! - position.get(b.from)! ||
      b.similarity - a.similarity,
  );

  const themeIds = input.matcher.codebook.concepts.filter((c) => c.theme).map((c) => c.id);
  const matrixSources = input.documents.map((d) => ({ id: d.source.id, programme: isPartyProgramme(d.source) }));
  const themes = themeMatrix(themeIds, matrixSources, reps);
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
