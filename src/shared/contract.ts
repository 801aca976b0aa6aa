import { z } from 'zod';
import { API_METHODS, type ApiMethodName } from './api-methods';
import {
  annotationColorSchema,
  commitmentTargetSchema,
  linkTargetSchema,
  noteSchema,
  passageTargetSchema,
  tagsSchema,
  type Annotation,
  type AnnotationExportFormat,
  type AnnotationList,
  type AnnotationQuery,
  type AnnotationView,
  type CreateAnnotationArg,
  type CreateItemAnnotationArg,
  type ImportReport,
  type ReattachAnnotationArg,
  type RestoreAnnotationTargetArg,
  type UpdateAnnotationArg,
} from './annotations';
import { codebookEditSchema, type CodebookEdit, type CodebookView } from './codebook';
import {
  COMMITMENT_KINDS,
  type CommitmentKind,
  type CommitmentList,
  type CommitmentQuery,
  type Comparison,
  type CompareRequest,
} from './commitments';
import { curationRequestSchema, type CurationDecision, type CurationList, type CurationRequest } from './curation';
import type { IngestedDocument, RejectedFile, Source } from './model';
import { reportJobArgSchema, reportRequestSchema, type ReportFile, type ReportJob, type ReportOptions, type ReportRequest } from './report';
import type { SearchRequest, SearchResponse } from './search';
import type { Layout, Preferences, Workspace } from './workspace';

/**
 * The one contract between the UI (and the CLI) and the host. Every method takes at most one
 * argument object and returns a promise. A method added here must get a validator in
 * `argSchemas` (the compiler enforces it); the Electron IPC, HTTP and CLI adapters are generic
 * over this table, so nothing else has to be written per shell.
 */
export interface ReaderApi {
  getAppInfo(): Promise<AppInfo>;
  listSources(): Promise<SourceList>;
  openCorpus(arg: { readonly dir: string }): Promise<SourceList>;
  getDocument(arg: { readonly sourceId: string }): Promise<IngestedDocument>;
  getWorkspace(): Promise<Workspace>;
  updateWorkspace(arg: WorkspaceUpdate): Promise<Workspace>;
  /** Annotations with their anchoring against the current documents, in reading order. */
  listAnnotations(arg?: AnnotationQuery): Promise<AnnotationList>;
  createAnnotation(arg: CreateAnnotationArg): Promise<AnnotationView>;
  /** An annotation on a whole commitment or a link (the Compare view); anchored `unchecked`. */
  createItemAnnotation(arg: CreateItemAnnotationArg): Promise<AnnotationView>;
  /** Refused with `conflict` if the annotation changed since `expectedModified`. */
  updateAnnotation(arg: UpdateAnnotationArg): Promise<AnnotationView>;
  /** Soft delete: kept in the store, brought back by `restoreAnnotation` (undo). */
  deleteAnnotation(arg: { readonly id: string }): Promise<Annotation>;
  restoreAnnotation(arg: { readonly id: string }): Promise<AnnotationView>;
  /** Attaches an annotation by hand to a passage of the current text (orphans). */
  reattachAnnotation(arg: ReattachAnnotationArg): Promise<AnnotationView>;
  /** Accepts a `moved` or `changed` anchoring as the annotation's new place. */
  acceptAnnotationChange(arg: { readonly id: string }): Promise<AnnotationView>;
  /**
   * Puts back a passage target the annotation had before a re-attach or an accepted change (undo
   * and redo of those); refused with `conflict` if it changed since `expectedModified`.
   */
  restoreAnnotationTarget(arg: RestoreAnnotationTargetArg): Promise<AnnotationView>;
  exportAnnotations(arg: { readonly format: AnnotationExportFormat; readonly sourceId?: string }): Promise<string>;
  importAnnotations(arg: { readonly content: string }): Promise<ImportReport>;
  /** Full-text search over every block (and annotation) of the open corpus; never throws on odd queries. */
  search(arg: SearchRequest): Promise<SearchResponse>;
  /** Commitments of the open corpus (extracted, then curated), in reading order per source. */
  listCommitments(arg?: CommitmentQuery): Promise<CommitmentList>;
  /** Theme × source matrix, links with relations and diffs, indicators: docs/commitments.md. */
  compare(arg?: CompareRequest): Promise<Comparison>;
  /** The codebook in force: the shipped default with the user's edits. */
  getCodebook(): Promise<CodebookView>;
  /** One edit (rename, describe, add or remove terms, add or remove a user theme, reset). */
  updateCodebook(arg: CodebookEdit): Promise<CodebookView>;
  /** Records a decision about a commitment or a link; it wins over every later automatic run. */
  curate(arg: CurationRequest): Promise<CurationDecision>;
  /** Every decision, with whether it still finds its commitment; filtered by source if asked. */
  listCurations(arg?: { readonly sourceId?: string }): Promise<CurationList>;
  /** Withdraws a decision (undo): the automatic result comes back. */
  removeCuration(arg: { readonly id: string }): Promise<CurationList>;
  /** What the export dialog offers: formats, languages, sources and themes, with the defaults. */
  getReportOptions(): Promise<ReportOptions>;
  /** Starts making a report in the background; bad choices are refused here, not in the job. */
  startReport(arg: ReportRequest): Promise<ReportJob>;
  /** Where a report job is (poll it for a progress bar). */
  reportProgress(arg: { readonly jobId: string }): Promise<ReportJob>;
  /** Stops a running report job; a finished one is left as it is. */
  cancelReport(arg: { readonly jobId: string }): Promise<ReportJob>;
  /** The finished report: text as UTF-8, the PDF as base64, with its name, media type and SHA-256. */
  getReportFile(arg: { readonly jobId: string }): Promise<ReportFile>;
}

export interface AppInfo {
  readonly name: 'Synopsis';
  readonly version: string;
  readonly corpusDir: string;
  readonly dataDir: string;
  readonly ingestVersion: number;
  /** Things the user must be told once: a store recovered from backup, a cache rebuilt. */
  readonly notices: readonly string[];
}

export interface SourceList {
  readonly corpusDir: string;
  /** Where the metadata came from: the folder's `sources.json`, or inferred from the files. */
  readonly manifest: 'sources.json' | 'inferred';
  readonly sources: readonly Source[];
  readonly rejected: readonly RejectedFile[];
}

/** A partial update; `baseRevision` makes the write fail if someone else wrote in between. */
export interface WorkspaceUpdate {
  readonly baseRevision?: number;
  readonly layout?: Layout;
  readonly preferences?: Partial<Preferences>;
}

export type ApiMethod = keyof ReaderApi;

const noArg = z.undefined();
const id = z.string().min(1).max(200);
const langCode = z.enum(['fr', 'nl', 'en', 'und']);

const paneState = z.strictObject({
  id,
  sourceId: id,
  view: z.union([z.enum(['all', 'parallel']), langCode]),
  linked: z.boolean(),
  collapsed: z.boolean(),
  width: z.number().min(0.1).max(10),
  topBlockId: id.optional(),
});

export const layoutSchema = z.strictObject({ panes: z.array(paneState).max(5) });

export const preferencesSchema = z.strictObject({
  locale: z.enum(['en', 'fr', 'nl']).optional(),
  theme: z.enum(['system', 'light', 'dark']),
  fontScale: z.number().min(0.75).max(2),
});

const annotationId = z.string().min(1).max(300);
const utf16Offset = z.number().int().min(0).max(100_000_000);
const isoInstant = z.string().min(10).max(40);

/** Runtime validators for each method's argument: every shell checks before calling the host. */
export const argSchemas: { readonly [K in ApiMethod]: z.ZodType<Parameters<ReaderApi[K]>[0]> } = {
  getAppInfo: noArg,
  listSources: noArg,
  openCorpus: z.strictObject({ dir: z.string().min(1).max(4096) }),
  getDocument: z.strictObject({ sourceId: id }),
  getWorkspace: noArg,
  updateWorkspace: z.strictObject({
    baseRevision: z.number().int().min(0).optional(),
    layout: layoutSchema.optional(),
    preferences: preferencesSchema.partial().optional(),
  }),
  listAnnotations: z
    .strictObject({
      sourceId: id.optional(),
      color: annotationColorSchema.optional(),
      tag: z.string().max(200).optional(),
      text: z.string().max(1000).optional(),
      status: z.enum(['anchored', 'moved', 'changed', 'orphaned', 'unchecked']).optional(),
      includeDeleted: z.boolean().optional(),
    })
    .optional(),
  createAnnotation: z.strictObject({
    sourceId: id,
    blockId: id,
    start: utf16Offset,
    end: utf16Offset,
    color: annotationColorSchema.optional(),
    note: noteSchema.optional(),
    tags: tagsSchema.optional(),
  }),
  createItemAnnotation: z.strictObject({
    target: z.discriminatedUnion('kind', [commitmentTargetSchema, linkTargetSchema]),
    color: annotationColorSchema.optional(),
    note: noteSchema.optional(),
    tags: tagsSchema.optional(),
  }),
  updateAnnotation: z.strictObject({
    id: annotationId,
    expectedModified: isoInstant,
    note: noteSchema.optional(),
    tags: tagsSchema.optional(),
    color: annotationColorSchema.optional(),
  }),
  deleteAnnotation: z.strictObject({ id: annotationId }),
  restoreAnnotation: z.strictObject({ id: annotationId }),
  reattachAnnotation: z.strictObject({
    id: annotationId,
    sourceId: id.optional(),
    blockId: id,
    start: utf16Offset,
    end: utf16Offset,
    expectedModified: isoInstant.optional(),
  }),
  acceptAnnotationChange: z.strictObject({ id: annotationId }),
  restoreAnnotationTarget: z.strictObject({ id: annotationId, target: passageTargetSchema, expectedModified: isoInstant }),
  exportAnnotations: z.strictObject({ format: z.enum(['jsonld', 'md', 'csv']), sourceId: id.optional() }),
  importAnnotations: z.strictObject({
    content: z
      .string()
      .min(1)
      .max(50 * 1024 * 1024),
  }),
  search: z.strictObject({
    query: z.string().max(2000),
    sources: z.array(id).max(100).optional(),
    langs: z.array(langCode).max(4).optional(),
    limit: z.number().int().min(1).max(10_000).optional(),
    expand: z.boolean().optional(),
  }),
  listCommitments: z
    .strictObject({
      sourceId: id.optional(),
      kind: z.enum(COMMITMENT_KINDS as unknown as [CommitmentKind, ...CommitmentKind[]]).optional(),
      theme: z.string().min(1).max(80).optional(),
      lang: langCode.optional(),
    })
    .optional(),
  compare: z
    .strictObject({
      sources: z.array(id).min(1).max(10).optional(),
      minSimilarity: z.number().min(0).max(1).optional(),
      granularity: z.enum(['word', 'token', 'sentence', 'char']).optional(),
    })
    .optional(),
  getCodebook: noArg,
  updateCodebook: codebookEditSchema,
  curate: curationRequestSchema,
  listCurations: z.strictObject({ sourceId: id.optional() }).optional(),
  removeCuration: z.strictObject({ id: z.string().min(1).max(300) }),
  getReportOptions: noArg,
  startReport: reportRequestSchema,
  reportProgress: reportJobArgSchema,
  cancelReport: reportJobArgSchema,
  getReportFile: reportJobArgSchema,
};

/** The method names, for adapters that expose or route them one by one. */
export const apiMethods: readonly ApiMethod[] = API_METHODS;

// Compile-time proof that the dependency-free name list and the interface agree, both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const namesMatchContract: Same<ApiMethodName, ApiMethod> = true;
void namesMatchContract;

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(argSchemas, name);
}

/** Validated call: the adapters' single way in. Throws a readable message on bad arguments. */
export function parseArg<K extends ApiMethod>(
  method: K,
  arg: unknown,
): { ok: true; value: Parameters<ReaderApi[K]>[0] } | { ok: false; message: string } {
  const result = argSchemas[method].safeParse(arg);
  if (result.success) return { ok: true, value: result.data as Parameters<ReaderApi[K]>[0] };
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
  return { ok: false, message: `Invalid argument for ${method}${where}: ${issue?.message ?? 'rejected'}` };
}

/** Calls a method on any ReaderApi by name with an already-validated argument. */
export function invoke(api: ReaderApi, method: ApiMethod, arg: unknown): Promise<unknown> {
  const fn = api[method] as (a: unknown) => Promise<unknown>;
  return fn.call(api, arg);
}

/** The envelope every transport uses, so errors keep their kind across process boundaries. */
export type Envelope<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: { kind: string; message: string } };
