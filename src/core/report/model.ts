import type { Annotation, AnnotationView } from '../../shared/annotations';
import type {
  CommitmentKind,
  CommitmentLink,
  Comparison,
  Cue,
  Deadline,
  DiffOp,
  Force,
  LinkRelation,
  Specificity,
  ThemeStatus,
} from '../../shared/commitments';
import type { Block, Integrity, LangCode, PrintedDate, Source, SourceRole, TextEncodingName } from '../../shared/model';
import type { ReportLang } from '../../shared/report';
import type { Codebook } from '../concepts/codebook';

/**
 * The report model: everything a report says, assembled once from the comparison and rendered
 * to every format. Serialized as is, it IS the JSON report (`schemas/report-v1.schema.json`), so
 * the JSON export, the JSON attached inside the PDF and what the HTML shows can never disagree.
 *
 * Positions in a report are Unicode code points (and bytes, for the file), never UTF-16 code
 * units: a reader in another language or decades from now counts characters, not JavaScript's
 * string indices.
 */

export const REPORT_FORMAT_NAME = 'synopsis-comparison-report';
/** Bumped whenever the meaning or shape of a field changes; readers refuse versions they do not know. */
export const REPORT_SCHEMA_VERSION = 1;

/** The choices a report was made with, normalized (every default applied, ids checked). */
export interface ReportSettings {
  readonly sources: readonly string[];
  readonly themes: readonly string[];
  readonly annotations: boolean;
  readonly curationNotes: boolean;
  readonly lang: ReportLang;
}

/** One source as the host hands it to the report: metadata, decoded text and blocks. */
export interface ReportSourceInput {
  readonly source: Source;
  /** The decoded text of the file (BOM removed, line ends as in the file). */
  readonly text: string;
  readonly blocks: readonly Block[];
  readonly ingestVersion: number;
}

/** Everything a report is made of. Plain data: the host gathers it, the core decides the rest. */
export interface ReportInput {
  readonly generator: { readonly name: 'Synopsis'; readonly version: string };
  /** ISO 8601 instant in UTC (`SOURCE_DATE_EPOCH` fixes it for reproducible builds). */
  readonly generated: string;
  readonly corpus: { readonly manifest: 'sources.json' | 'inferred' };
  /** The selected sources (order does not matter: the comparison's time order is used). */
  readonly sources: readonly ReportSourceInput[];
  readonly comparison: Comparison;
  readonly codebook: Codebook;
  /** The user's annotations, anchored against the current documents (all of them; filtered here). */
  readonly annotations: readonly AnnotationView[];
  readonly settings: ReportSettings;
}

/** A range of code points (half-open). */
export interface CodePointSpan {
  readonly start: number;
  readonly end: number;
}

/** Where an excerpt is in the source file: code points and bytes from the file's start, and line/column. */
export interface FilePosition {
  /** Code points into the decoded text (after any byte order mark), half-open. */
  readonly start: number;
  readonly end: number;
  /** Bytes into the file itself (the byte order mark counted), half-open. */
  readonly byteStart: number;
  readonly byteEnd: number;
  /** 1-based line and column (column in code points) of the first and last character. */
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/**
 * How to find an excerpt: the block, the excerpt's place in the block's text, and, when the
 * excerpt's words are found in the file within the block's origin, its place in the file.
 * `match` says how it was found: `exact` (the same characters), `loose` (the same words, with other
 * spacing or line breaks, inline markup such as `*…*`, or a word hyphenated at a line end, as the
 * ingester found them), `none` (not found: the block's origin still says where to look).
 */
export interface Citation {
  readonly sourceId: string;
  readonly blockId: string;
  readonly inBlock: CodePointSpan;
  readonly match: 'exact' | 'loose' | 'none';
  readonly file: FilePosition | null;
  /** Where the block came from in the file (several ranges when re-joined across pages), in code points. */
  readonly blockOrigin: readonly CodePointSpan[];
}

export interface ReportSource {
  /** A short letter (A, B, C…) used in the matrix and tables, in the comparison's time order. */
  readonly key: string;
  readonly id: string;
  readonly file: string;
  readonly title: string;
  readonly publisher: string;
  readonly date: string;
  readonly dates: readonly PrintedDate[];
  readonly dateConflict: string | null;
  readonly languages: readonly LangCode[];
  readonly genre: string;
  readonly role: SourceRole;
  readonly description: string | null;
  /** SHA-256 of the bytes that were read and compared. */
  readonly sha256: string;
  readonly integrity: Integrity['kind'];
  /** What the manifest expected, when it differs from `sha256`. */
  readonly expectedSha256: string | null;
  readonly bytes: number;
  readonly encoding: TextEncodingName;
  readonly blocks: number;
  readonly ingestVersion: number;
}

export interface ReportMethod {
  readonly codebookVersion: string;
  readonly extractorVersion: number;
  readonly linkThreshold: number;
  readonly ingestVersion: number;
  readonly positions: 'unicode-code-points';
}

export interface ReportTheme {
  readonly id: string;
  /** In the report's language. */
  readonly label: string;
  readonly labels: Readonly<Record<ReportLang, string>>;
  readonly description: string;
  readonly status: ThemeStatus;
  /** Commitment ids per source id (every selected source has an entry). */
  readonly bySource: Readonly<Record<string, readonly string[]>>;
}

export interface ReportCommitment {
  readonly id: string;
  readonly sourceId: string;
  readonly kind: CommitmentKind;
  readonly themes: readonly string[];
  readonly actor: string | null;
  readonly deadline: Deadline | null;
  readonly force: Force;
  readonly specificity: Specificity;
  readonly lang: LangCode;
  readonly text: string;
  readonly translationOf: string | null;
  readonly curated: boolean;
  readonly cues: readonly Cue[];
  readonly citation: Citation;
}

export interface ReportLink {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly fromSource: string;
  readonly toSource: string;
  readonly similarity: number;
  readonly relation: LinkRelation;
  readonly evidence: readonly string[];
  readonly origin: CommitmentLink['origin'];
  /** True when a person confirmed or added the link. */
  readonly curated: boolean;
  readonly diff: readonly DiffOp[];
}

export interface ReportIndicator {
  readonly theme: string;
  readonly sourceId: string;
  readonly blockId: string;
  readonly code: string | null;
  readonly label: string;
  readonly values: readonly { readonly label: string; readonly value: string }[];
}

export type ReportAnnotationTarget =
  | { readonly kind: 'passage'; readonly sourceId: string; readonly quote: string; readonly citation: Citation | null }
  | { readonly kind: 'commitment'; readonly sourceId: string; readonly commitmentId: string }
  | { readonly kind: 'link'; readonly linkId: string; readonly commitmentIds: readonly [string, string] };

export interface ReportAnnotation {
  readonly id: string;
  readonly motivation: Annotation['motivation'];
  readonly note: string;
  readonly tags: readonly string[];
  readonly color: string;
  readonly created: string;
  readonly modified: string;
  /** Where the annotation stands against the current text: anchored, moved, changed, orphaned, unchecked. */
  readonly status: AnnotationView['anchor']['kind'];
  readonly target: ReportAnnotationTarget;
}

/** One decision a person made about the comparison's results. */
export interface ReportCurationDecision {
  readonly kind: 'commitment' | 'link';
  readonly id: string;
  readonly decision: 'curated' | 'confirmed' | 'added';
  readonly sourceIds: readonly string[];
  /** Notes of the annotations on this commitment or link (when annotations are included). */
  readonly notes: readonly string[];
}

export interface Report {
  readonly format: typeof REPORT_FORMAT_NAME;
  readonly schemaVersion: typeof REPORT_SCHEMA_VERSION;
  readonly generated: string;
  readonly generator: { readonly name: 'Synopsis'; readonly version: string };
  readonly settings: ReportSettings;
  readonly corpus: { readonly manifest: 'sources.json' | 'inferred' };
  readonly sources: readonly ReportSource[];
  readonly method: ReportMethod;
  readonly themes: readonly ReportTheme[];
  readonly commitments: readonly ReportCommitment[];
  readonly links: readonly ReportLink[];
  readonly indicators: readonly ReportIndicator[];
  readonly annotations: readonly ReportAnnotation[];
  readonly curation: readonly ReportCurationDecision[];
}

/** Progress of a long step: `done` of `total` units of `stage`, with a message key for the UI. */
export interface ReportStep {
  readonly stage: 'assembling' | 'rendering';
  readonly done: number;
  readonly total: number;
  readonly message: string;
}

/**
 * Long work is written as generators that yield a step now and then: the caller (the host)
 * decides when to continue, so it can show progress, let other work run, or stop (cancel).
 */
export type Stepper<T> = Generator<ReportStep, T, void> | AsyncGenerator<ReportStep, T, void>;
