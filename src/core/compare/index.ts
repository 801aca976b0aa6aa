export { compareCommitments, compareInSteps, DEFAULT_STEP_SIZES, representatives, type CompareInput, type StepSizes } from './compare';
export { applyLinkCurations } from './curation';
export {
  CHAR_DIFF,
  DIFF_GRANULARITIES,
  MAX_WORD_EDITS,
  SENTENCE_DIFF,
  sidesOf,
  TOKEN_DIFF,
  WORD_DIFF,
  wordTokens,
  type DiffGranularity,
  type DiffGranularityName,
} from './diff-strategy';
export { anchoredDiff, semanticCleanup, semanticDiff, senseOf, type WordSense } from './semantic-diff';
export {
  buildFeatures,
  buildFeaturesInSteps,
  COMMITMENT_STOPWORDS,
  dot,
  FEATURES_PER_STEP,
  SPECIFIC_SHARE,
  type Features,
  type SparseVector,
} from './features';
export { DESI_DIMENSIONS, indicatorsOf } from './indicators';
export {
  DEFAULT_LINK_OPTIONS,
  LINK_THRESHOLD,
  linkId,
  linkInSteps,
  makeLink,
  MAX_KEY_SHARE,
  PAIRS_PER_STEP,
  scorePairs,
  selectPairs,
  type LinkOptions,
  type ScoredPair,
} from './link';
export { themeMatrix, themeStatus, type MatrixSource } from './matrix';
export { comparisonOrder, isPartyProgramme } from './order';
export { REWORD_TERMS, relationOf, SPECIFICITY_STEP } from './relation';
export {
  GENERIC_EVIDENCE,
  scoreThousandths,
  shareSpecific,
  similarity,
  similarityScore,
  SIMILARITY_WEIGHTS,
  type Similarity,
  type SimilarityWeights,
} from './similarity';
export { runSteps, stepFraction, withinPhase, type ComparePhase, type CompareStep, type Steps } from './steps';
