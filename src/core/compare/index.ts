export { compareCommitments, representatives, type CompareInput } from './compare';
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
export { buildFeatures, COMMITMENT_STOPWORDS, dot, type Features, type SparseVector } from './features';
export { DESI_DIMENSIONS, indicatorsOf } from './indicators';
export {
  DEFAULT_LINK_OPTIONS,
  LINK_THRESHOLD,
  linkId,
  makeLink,
  MAX_KEY_SHARE,
  scorePairs,
  selectPairs,
  type LinkOptions,
  type ScoredPair,
} from './link';
export { themeMatrix, themeStatus, type MatrixSource } from './matrix';
export { comparisonOrder, isPartyProgramme } from './order';
export { REWORD_TERMS, relationOf, SPECIFICITY_STEP } from './relation';
export { similarity, similarityScore, SIMILARITY_WEIGHTS, type Similarity, type SimilarityWeights } from './similarity';
