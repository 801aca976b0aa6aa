import { z } from 'zod';

/**
 * Annotations as every layer speaks them: the W3C Web Annotation model reduced to what Synopsis
 * makes (a highlight with an optional markdown note, tags and a colour on a passage, a
 * commitment or a link), plus the shapes the ReaderApi exchanges about them. Offsets here are
 * UTF-16 code units into a block's text; W3C exports convert them to code points.
 */

/** The colours a highlight can take; the renderer maps each to a theme-aware swatch. */
export const ANNOTATION_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type AnnotationColor = (typeof ANNOTATION_COLORS)[number];
export const DEFAULT_ANNOTATION_COLOR: AnnotationColor = 'yellow';

/** Characters of context kept on each side of a quote (TextQuoteSelector prefix and suffix). */
export const QUOTE_CONTEXT_LENGTH = 32;

/** Limits that keep one annotation (and so the workspace file) a sane size. */
export const ANNOTATION_LIMITS = { note: 100_000, tags: 50, tag: 64, quote: 20_000 } as const;

/** W3C motivations Synopsis uses: derived from the body (a note comments, tags tag, else a highlight). */
export type AnnotationMotivation = 'highlighting' | 'commenting' | 'tagging';

export interface TextQuoteSelector {
  readonly type: 'TextQuoteSelector';
  readonly exact: string;
  /** Text just before the quote in its block ('' at the block's start; absent when unknown, as in some imports). */
  readonly prefix?: string;
  /** Text just after the quote in its block ('' at the block's end; absent when unknown). */
  readonly suffix?: string;
}

/** Half-open range into the block's text, in UTF-16 code units (inside the program). */
export interface TextPositionSelector {
  readonly type: 'TextPositionSelector';
  readonly start: number;
  readonly end: number;
}

/** A range in Unicode code points, as W3C exports state positions. */
export interface CodePointRange {
  readonly start: number;
  readonly end: number;
}

/** A passage of a source: where the annotation was made, and on which text. */
export interface PassageTarget {
  readonly kind: 'passage';
  /** The source id. */
  readonly source: string;
  /** SHA-256 of the source file the annotation was made on (absent for some imports). */
  readonly sourceSha256?: string;
  /** Ingestion version of the blocks it was made on (absent for some imports). */
  readonly ingestVersion?: number;
  readonly blockId: string;
  /** Ordinal of the block in its document when annotated: breaks ties toward the old place. */
  readonly blockIndex?: number;
  readonly selector: readonly [TextQuoteSelector, TextPositionSelector];
  /** The same range in code points of the block text, computed when the text was at hand. */
  readonly codePoints?: CodePointRange;
}

/** A whole commitment (extracted on another branch; only its id is carried here). */
export interface CommitmentTarget {
  readonly kind: 'commitment';
  readonly source: string;
  readonly commitmentId: string;
}

/** A link between two commitments of different sources (made by the Compare view). */
export interface LinkTarget {
  readonly kind: 'link';
  readonly linkId: string;
  readonly sources: readonly [string, string];
  readonly commitmentIds: readonly [string, string];
}

export type AnnotationTarget = PassageTarget | CommitmentTarget | LinkTarget;

export interface AnnotationBody {
  /** Markdown. Empty for a plain highlight. */
  readonly note: string;
  readonly tags: readonly string[];
  readonly color: AnnotationColor;
}

export interface Annotation {
  /** `urn:uuid:…` for annotations made here; imports keep their own IRI. */
  readonly id: string;
  readonly motivation: AnnotationMotivation;
  readonly body: AnnotationBody;
  readonly target: AnnotationTarget;
  /** ISO 8601 instants. `modified` strictly increases on every change of this annotation. */
  readonly created: string;
  readonly modified: string;
  /** Set when deleted: the annotation is kept (for undo and for safety) but no longer shown. */
  readonly deleted?: string;
}

/**
 * Where an annotation stands against the current text of its source.
 * `anchored`: same block, same position. `moved`: the same text found elsewhere.
 * `changed`: an approximate match (old and new text shown for the user to accept).
 * `orphaned`: not found; kept and listed, to be re-attached by hand.
 * `unchecked`: a commitment or link target, resolved by the module that owns those.
 */
export type Anchor =
  | { readonly kind: 'anchored'; readonly blockId: string; readonly start: number; readonly end: number }
  | { readonly kind: 'moved'; readonly blockId: string; readonly start: number; readonly end: number; readonly score: number }
  | {
      readonly kind: 'changed';
      readonly blockId: string;
      readonly start: number;
      readonly end: number;
      readonly score: number;
      readonly oldText: string;
      readonly newText: string;
    }
  | { readonly kind: 'orphaned'; readonly reason: string; readonly bestScore?: number }
  | { readonly kind: 'unchecked'; readonly reason: string };

export type AnchorStatus = Anchor['kind'];

/** An annotation with its anchoring against the documents as they are now. */
export interface AnnotationView {
  readonly annotation: Annotation;
  readonly anchor: Anchor;
}

export interface TagCount {
  readonly tag: string;
  readonly count: number;
}

/** What the annotations panel filters by; every field narrows, text is accent- and case-insensitive. */
export interface AnnotationQuery {
  readonly sourceId?: string;
  readonly color?: AnnotationColor;
  readonly tag?: string;
  readonly text?: string;
  readonly status?: AnchorStatus;
  /** Include deleted annotations (for an undo list or a trash view). */
  readonly includeDeleted?: boolean;
}

export interface AnnotationList {
  /** In reading order: by source (corpus order), then block, then position. */
  readonly annotations: readonly AnnotationView[];
  /** Tags in use (not deleted), most frequent first: for autocomplete. */
  readonly tags: readonly TagCount[];
}

export interface CreateAnnotationArg {
  readonly sourceId: string;
  readonly blockId: string;
  /** UTF-16 offsets into the block's text; snapped outward to whole characters. */
  readonly start: number;
  readonly end: number;
  readonly color?: AnnotationColor;
  readonly note?: string;
  readonly tags?: readonly string[];
}

/**
 * An annotation on a whole commitment or a link between two (the Compare view's cards and rows):
 * its target is carried as given and anchored `unchecked` until the commitments module checks it.
 */
export interface CreateItemAnnotationArg {
  readonly target: CommitmentTarget | LinkTarget;
  readonly color?: AnnotationColor;
  readonly note?: string;
  readonly tags?: readonly string[];
}

export interface UpdateAnnotationArg {
  readonly id: string;
  /** The `modified` the caller last saw: the update is refused if it changed since. */
  readonly expectedModified: string;
  readonly note?: string;
  readonly tags?: readonly string[];
  readonly color?: AnnotationColor;
}

export interface ReattachAnnotationArg {
  readonly id: string;
  /** Defaults to the annotation's own source. */
  readonly sourceId?: string;
  readonly blockId: string;
  readonly start: number;
  readonly end: number;
  readonly expectedModified?: string;
}

/** A target put back by undo or redo: one the annotation had, as the window last saw it. */
export interface RestoreAnnotationTargetArg {
  readonly id: string;
  readonly target: PassageTarget;
  readonly expectedModified: string;
}

export type AnnotationExportFormat = 'jsonld' | 'md' | 'csv';

export interface ImportSkip {
  /** Position of the item in the imported collection (0-based). */
  readonly index: number;
  readonly id?: string;
  readonly reason: string;
}

export interface ImportReport {
  readonly imported: number;
  readonly importedIds: readonly string[];
  readonly skipped: readonly ImportSkip[];
  /** Items already present (same id, or same target and body): not doubled. */
  readonly duplicates: number;
}

// Runtime validators: the workspace store checks every annotation it reads and writes.

const iso = z.string().min(10).max(40);
const shortId = z.string().min(1).max(300);
const offset = z.number().int().min(0);
export const annotationColorSchema = z.enum(ANNOTATION_COLORS);
export const tagSchema = z.string().min(1).max(ANNOTATION_LIMITS.tag);
export const noteSchema = z.string().max(ANNOTATION_LIMITS.note);
export const tagsSchema = z.array(tagSchema).max(ANNOTATION_LIMITS.tags);

export const passageTargetSchema = z.strictObject({
  kind: z.literal('passage'),
  source: shortId,
  sourceSha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  ingestVersion: z.number().int().min(0).optional(),
  blockId: shortId,
  blockIndex: offset.optional(),
  selector: z.tuple([
    z.strictObject({
      type: z.literal('TextQuoteSelector'),
      exact: z.string().min(1).max(ANNOTATION_LIMITS.quote),
      prefix: z
        .string()
        .max(4 * QUOTE_CONTEXT_LENGTH)
        .optional(),
      suffix: z
        .string()
        .max(4 * QUOTE_CONTEXT_LENGTH)
        .optional(),
    }),
    z.strictObject({ type: z.literal('TextPositionSelector'), start: offset, end: offset }),
  ]),
  codePoints: z.strictObject({ start: offset, end: offset }).optional(),
});

export const commitmentTargetSchema = z.strictObject({ kind: z.literal('commitment'), source: shortId, commitmentId: shortId });
export const linkTargetSchema = z.strictObject({
  kind: z.literal('link'),
  linkId: shortId,
  sources: z.tuple([shortId, shortId]),
  commitmentIds: z.tuple([shortId, shortId]),
});

export const annotationSchema = z.strictObject({
  id: shortId,
  motivation: z.enum(['highlighting', 'commenting', 'tagging']),
  body: z.strictObject({ note: noteSchema, tags: tagsSchema, color: annotationColorSchema }),
  target: z.discriminatedUnion('kind', [passageTargetSchema, commitmentTargetSchema, linkTargetSchema]),
  created: iso,
  modified: iso,
  deleted: iso.optional(),
});

/** The source ids an annotation belongs to (two for a link). */
export function annotationSourceIds(target: AnnotationTarget): readonly string[] {
  return target.kind === 'link' ? target.sources : [target.source];
}
