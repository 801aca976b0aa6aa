import type { LangCode, TextRange } from './model';

/**
 * Commitments and their comparison: the shapes that cross the contract. The extraction and the
 * matching live in `src/core/commitments` and `src/core/compare`; the codebook of themes in
 * `src/core/concepts`. Everything here is plain readonly JSON.
 */

/** What a statement does with a future action or outcome. */
export type CommitmentKind =
  | 'recommendation' // asked of others (the Assembly's recommendations)
  | 'pledge' // a firm future action ("organiseront", "lancera", "zal")
  | 'proposal' // a party's "nous voulons / nous proposons" items
  | 'intention' // wish, should, could ("souhaite", "il serait utile", "pourrait")
  | 'examination' // "il est examiné si", "va explorer"
  | 'ongoing' // a continuing activity the text commits to keep up
  | 'goal' // an aim
  | 'call' // calling on someone else to act
  | 'refusal'; // declining (the Committee sees no need for an action list)

export const COMMITMENT_KINDS: readonly CommitmentKind[] = [
  'recommendation',
  'pledge',
  'proposal',
  'intention',
  'examination',
  'ongoing',
  'goal',
  'call',
  'refusal',
];

/** 0 description · 1 exploration · 2 intent · 3 plan · 4 obligation. */
export type Force = 0 | 1 | 2 | 3 | 4;

/** +1 each for an identifiable instrument, a quantity, a deadline, a named responsible actor. */
export type Specificity = 0 | 1 | 2 | 3 | 4;

/**
 * A deadline as the text states it, normalized: `2025-11` (a month), `2025-H2` (a half year),
 * `2025-Q1`, `2025` (a year), `≤2028` ("d'ici 2028"), `2025-11-15` (a day).
 */
export interface Deadline {
  readonly value: string;
  /** The words in the text it was read from. */
  readonly printed: string;
}

/** Why the extractor decided what it decided: the rule and the words that fired it. */
export interface Cue {
  readonly rule: string;
  readonly text?: string;
}

export interface Commitment {
  /** Stable while the block and the sentence are unchanged. */
  readonly id: string;
  readonly sourceId: string;
  readonly blockId: string;
  /** The commitment's text within its block (UTF-16, half-open, into `Block.text`). */
  readonly range: TextRange;
  readonly lang: LangCode;
  readonly text: string;
  readonly kind: CommitmentKind;
  /** Theme ids from the codebook, main theme first. */
  readonly themes: readonly string[];
  /** Who acts ("Committee of Ministers", "Benelux countries", "Les Engagés", …). */
  readonly actor?: string;
  readonly deadline?: Deadline;
  readonly force: Force;
  readonly specificity: Specificity;
  /** For the bilingual 2021 answer: the id of the same commitment in the other language. */
  readonly translationOf?: string;
  readonly cues: readonly Cue[];
  /** Set when a user decision changed or confirmed this commitment. */
  readonly curated?: boolean;
  /** Specificity ≥ 2: a commitment someone could later check (the pledge-research test). */
  readonly testable?: boolean;
  /** For a nested list item: the id of the item (commitment) it is part of. */
  readonly partOf?: string;
}

/** How the later of two linked commitments relates to the earlier one. */
export type LinkRelation = 'continues' | 'rewords' | 'strengthens' | 'weakens' | 'contradicts';

/** One word-diff operation between the two texts of a link (same language). */
export interface DiffOp {
  readonly op: 'equal' | 'insert' | 'delete';
  readonly text: string;
}

export interface CommitmentLink {
  readonly id: string;
  /** The commitment of the earlier source (in the comparison's source order). */
  readonly from: string;
  readonly to: string;
  /** 0–1. */
  readonly similarity: number;
  readonly relation: LinkRelation;
  /** Shared terms and concepts that made the match. */
  readonly evidence: readonly string[];
  /** Word diff from `from`'s text (or its translation in `to`'s language) to `to`'s text. */
  readonly diff: readonly DiffOp[];
  /** `auto` from the matcher; `confirmed`/`added` by the user; rejected links are not listed. */
  readonly origin: 'auto' | 'confirmed' | 'added';
  /** When `from` is in another language: the id of its translation twin whose text was diffed. */
  readonly diffBase?: string;
}

/** Where a theme stands across the compared sources, in their time order. */
export type ThemeStatus =
  | 'in-all' // present in every compared source
  | 'carried' // in the first and a later source, not in all
  | 'new' // first appears in a later source
  | 'dropped' // in the first only, not taken up later
  | 'only-programme' // only in the party programme
  | 'absent'; // in none

export interface ThemeRow {
  readonly theme: string;
  /** Commitment ids per source id. */
  readonly bySource: Readonly<Record<string, readonly string[]>>;
  readonly status: ThemeStatus;
}

/** A DESI indicator that measures a theme, from a rebuilt table. */
export interface IndicatorEvidence {
  readonly theme: string;
  readonly sourceId: string;
  readonly blockId: string;
  readonly code?: string;
  readonly label: string;
  readonly values: readonly { readonly label: string; readonly value: string }[];
}

export interface Comparison {
  /** Compared source ids in time order. */
  readonly sources: readonly string[];
  readonly themes: readonly ThemeRow[];
  readonly links: readonly CommitmentLink[];
  readonly commitments: readonly Commitment[];
  readonly indicators: readonly IndicatorEvidence[];
  /** Codebook version, thresholds: what a report must cite to be reproducible. */
  readonly method: ComparisonMethod;
}

export interface ComparisonMethod {
  readonly codebookVersion: string;
  readonly extractorVersion: number;
  readonly linkThreshold: number;
  readonly ingestVersion: number;
}

/** A theme of the codebook as the UI and reports show it. */
export interface ThemeInfo {
  readonly id: string;
  readonly labels: Readonly<Record<'en' | 'fr' | 'nl', string>>;
  readonly description: string;
  /** The description in each language, where the codebook has it (see `Concept.descriptions`). */
  readonly descriptions?: Readonly<Partial<Record<'en' | 'fr' | 'nl', string>>>;
}

/** Which commitments `listCommitments` returns; all filters optional. */
export interface CommitmentQuery {
  readonly sourceId?: string;
  readonly kind?: CommitmentKind;
  /** A theme id: commitments carrying it (main or not). */
  readonly theme?: string;
  readonly lang?: LangCode;
}

export interface CommitmentList {
  readonly commitments: readonly Commitment[];
  /** What produced them, for citing: codebook and extractor versions. */
  readonly codebookVersion: string;
  readonly extractorVersion: number;
}

/** What `compare` compares, and how. */
export interface CompareRequest {
  /** Source ids (one or more) in the order to compare them; default: the `compared` sources in time order. */
  readonly sources?: readonly string[];
  /** Link threshold (0–1); default: the calibrated one (see docs/commitments.md). */
  readonly minSimilarity?: number;
  /** Granularity of the links' diffs; default `word`. */
  readonly granularity?: DiffGranularityName;
}

/**
 * How a link's two texts are diffed: `word` (the default: aligned on meaningful words, short
 * shared words folded into the edits), `token` (every shared token, the raw alignment),
 * `sentence`, `char`. See docs/commitments.md, "Word diff".
 */
export type DiffGranularityName = 'word' | 'token' | 'sentence' | 'char';
