export { ACTORS, actorOf, clearActorMemo, findActors } from './actors';
export { classifyUnit, type Classification, type Decision, type DocumentDefaults, type Rejection } from './classify';
export { clearCueMemo, readCues, plainForMatching, type CueHit, type CueReading } from './cues';
export { DEADLINE_RULES, findDeadline } from './deadline';
export {
  documentDefaults,
  EXTRACTOR_VERSION,
  explainDocument,
  extractCommitments,
  extractInSteps,
  voiceOf,
  type ExplainedUnit,
  type ExtractOptions,
} from './extract';
export { compileGrammar, compilePattern, grammarFor, GRAMMARS, type CueGrammar } from './grammar';
export { isTitleLike, runInTitleEnd, splitSentences } from './segment';
export { INSTRUMENT_TERMS, specificityParts, specificityScore, TESTABLE_FROM } from './specificity';
export { themesOf } from './themes';
export { linkTranslations } from './translation';
export { unitsOf, type LeadInContext, type Unit } from './units';
export { scoreSample, type LabelledUnit, type SampleScore } from './evaluate';
export { applyCommitmentCurations, inOrder, resolveRef, type CuratedCommitments } from './curation';
export { commitmentForPassage, commitmentIdFor, deadlineStart } from './extract';
export { KIND_FORCE } from './kinds';
