import { randomUUID } from 'node:crypto';
import type {
  Annotation,
  AnnotationExportFormat,
  AnnotationList,
  AnnotationQuery,
  AnnotationView,
  CreateAnnotationArg,
  CreateItemAnnotationArg,
  ImportReport,
  ReattachAnnotationArg,
  RestoreAnnotationTargetArg,
  UpdateAnnotationArg,
} from '../shared/annotations';
import { annotationSourceIds } from '../shared/annotations';
import type { AppInfo, ReaderApi, SourceList, WorkspaceUpdate } from '../shared/contract';
import { ApiError } from '../shared/errors';
import type { IngestedDocument } from '../shared/model';
import type { ReportFile, ReportJob, ReportOptions, ReportRequest } from '../shared/report';
import type { SearchRequest, SearchResponse } from '../shared/search';
import type { CodebookEdit, CodebookView } from '../shared/codebook';
import type { CommitmentList, CommitmentQuery, Comparison, CompareRequest } from '../shared/commitments';
import type { CurationDecision, CurationList, CurationRequest } from '../shared/curation';
import { CommitmentsService } from './commitments-host';
import type { StepControl } from './drive-steps';
import type { Preferences, Workspace } from '../shared/workspace';
import * as notes from '../core/annotations';
import { INGEST_VERSION, ingestText } from '../core/ingest';
import { CorpusError, loadCorpus, type LoadedCorpus } from './corpus';
import { reportComparison, type CompareSources } from './report-comparison';
import { loadReportFonts } from './report-fonts';
import { ReportJobs } from './report-jobs';
import { createSearchService, type SearchService } from './search-service';
import { DEFAULT_CODEBOOK } from '../core/concepts/codebook';
import { applyOverlay } from '../core/concepts/overlay';
import { openWorkspaceStore } from './workspace-store';

export interface HostOptions {
  readonly corpusDir: string;
  readonly dataDir: string;
  readonly version: string;
  /** The comparison reports are built on; default `reportComparison(host)` (the wiring point). */
  readonly compareSources?: CompareSources;
}

/**
 * The one implementation of the ReaderApi, over a corpus folder and a data folder. Every shell
 * (Electron IPC, loopback HTTP, CLI) wraps an instance of this; none re-implements any of it.
 */
export class ReaderHost implements ReaderApi {
  private corpusDir: string;
  private corpus: Promise<LoadedCorpus> | undefined;
  private readonly documents = new Map<string, IngestedDocument>();
  private readonly workspace;
  private readonly commitments: CommitmentsService;
  private readonly reports: ReportJobs;
  private readonly searchService: SearchService;
  private readonly preferencesListeners = new Set<(preferences: Preferences) => void>();

  constructor(private readonly options: HostOptions) {
    this.corpusDir = options.corpusDir;
    this.workspace = openWorkspaceStore(options.dataDir);
    this.commitments = new CommitmentsService({
      workspace: this.workspace,
      sources: async () => (await this.loadedCorpus()).sources.map((s) => s.source),
      document: (sourceId) => this.getDocument({ sourceId }),
    });
    this.reports = new ReportJobs({
      listSources: () => this.listSources(),
      document: (sourceId) => this.getDocument({ sourceId }),
      sourceText: async (sourceId) => {
        const loaded = (await this.loadedCorpus()).sources.find((s) => s.source.id === sourceId);
        if (!loaded) throw new ApiError('not-found', `No source "${sourceId}" in the open corpus.`);
        return loaded.text;
      },
      annotations: async () => (await this.listAnnotations()).annotations,
      compare: options.compareSources ?? reportComparison(this),
      locale: async () => (await this.workspace.load()).preferences.locale,
      fonts: () => loadReportFonts(),
      version: options.version,
    });
    this.searchService = createSearchService({
      dataDir: options.dataDir,
      ingestVersion: INGEST_VERSION,
      corpus: async () => {
        const corpus = await this.loadedCorpus();
        return { dir: corpus.dir, sources: corpus.sources.map((s) => s.source) };
      },
      documents: () => this.allDocuments(),
      workspace: async () => {
        const ws = await this.workspace.load();
        return { annotations: ws.annotations, codebook: applyOverlay(DEFAULT_CODEBOOK, ws.codebook) };
      },
    });
  }

  async getAppInfo(): Promise<AppInfo> {
    await this.workspace.load();
    return {
      name: 'Synopsis',
      version: this.options.version,
      corpusDir: this.corpusDir,
      dataDir: this.options.dataDir,
      ingestVersion: INGEST_VERSION,
      notices: this.workspace.takeNotices(),
    };
  }

  async listSources(): Promise<SourceList> {
    const corpus = await this.loadedCorpus();
    return {
      corpusDir: corpus.dir,
      manifest: corpus.manifest,
      sources: corpus.sources.map((s) => s.source),
      rejected: corpus.rejected,
    };
  }

  async openCorpus(arg: { readonly dir: string }): Promise<SourceList> {
    const previous = { dir: this.corpusDir, corpus: this.corpus };
    this.corpusDir = arg.dir;
    this.corpus = undefined;
    try {
      const list = await this.listSources();
      this.documents.clear();
      this.commitments.reset();
      return list;
    } catch (err) {
      // A folder that cannot be opened leaves the current corpus open.
      this.corpusDir = previous.dir;
      this.corpus = previous.corpus;
      throw err;
    }
  }

  async getDocument(arg: { readonly sourceId: string }): Promise<IngestedDocument> {
    const corpus = await this.loadedCorpus();
    const loaded = corpus.sources.find((s) => s.source.id === arg.sourceId);
    if (!loaded) throw new ApiError('not-found', `No source "${arg.sourceId}" in ${corpus.dir}. List the sources to see their ids.`);
    const key = `${loaded.source.id}:${loaded.source.sha256}`;
    const cached = this.documents.get(key);
    if (cached) return cached;
    const result = ingestText(loaded.source.id, loaded.text);
    const doc: IngestedDocument = {
      source: loaded.source,
      blocks: result.blocks,
      outline: result.outline,
      ingestVersion: INGEST_VERSION,
      warnings: result.warnings,
      ...(result.alignment ? { alignment: result.alignment } : {}),
    };
    this.documents.set(key, doc);
    return doc;
  }

  getWorkspace(): Promise<Workspace> {
    return this.workspace.load();
  }

  async updateWorkspace(arg: WorkspaceUpdate): Promise<Workspace> {
    const written = await this.workspace.update(
      (current) => ({
        ...current,
        layout: arg.layout ?? current.layout,
        preferences: { ...current.preferences, ...stripUndefined(arg.preferences ?? {}) },
      }),
      arg.baseRevision,
    );
    if (arg.preferences) this.tellPreferences(written.preferences);
    return written;
  }

  /**
   * Tells the process that owns this host when the preferences were written, with the new ones:
   * what a shell draws itself (Electron's menus, in the interface language) follows the choice
   * the renderer made through `updateWorkspace`. Not part of the ReaderApi: no adapter exposes
   * it. Returns the unsubscribe.
   */
  onPreferencesChanged(listener: (preferences: Preferences) => void): () => void {
    this.preferencesListeners.add(listener);
    return () => this.preferencesListeners.delete(listener);
  }

  private tellPreferences(preferences: Preferences): void {
    for (const listener of this.preferencesListeners) {
      try {
        listener(preferences);
      } catch {
        // A listener's failure is its own: the preferences are written and the caller gets them.
      }
    }
  }

  // Annotations: the pure functions of core/annotations decide; each change is ONE annotation,
  // applied by the workspace store to the latest state on disk, so two windows merge.

  async listAnnotations(arg: AnnotationQuery = {}): Promise<AnnotationList> {
    const [ws, index] = await Promise.all([this.workspace.load(), this.documentIndex()]);
    return notes.annotationList(ws.annotations, index, arg);
  }

  async createAnnotation(arg: CreateAnnotationArg): Promise<AnnotationView> {
    const doc = await this.getDocument({ sourceId: arg.sourceId });
    const target = notes.passageTargetAt(doc, arg.blockId, arg.start, arg.end);
    const annotation = notes.newAnnotation(`urn:uuid:${randomUUID()}`, target, arg, new Date());
    await this.changeAnnotations((list) => notes.addAnnotation(list, annotation));
    return { annotation, anchor: notes.anchorPassage(target, doc) };
  }

  async createItemAnnotation(arg: CreateItemAnnotationArg): Promise<AnnotationView> {
    const known = new Set((await this.loadedCorpus()).sources.map((s) => s.source.id));
    for (const sourceId of annotationSourceIds(arg.target))
      if (!known.has(sourceId))
        throw new ApiError('not-found', `The source "${sourceId}" is not in the open corpus; open the corpus that has it first.`);
    const annotation = notes.newAnnotation(`urn:uuid:${randomUUID()}`, arg.target, arg, new Date());
    await this.changeAnnotations((list) => notes.addAnnotation(list, annotation));
    return notes.annotationView(annotation, await this.documentIndex());
  }

  async updateAnnotation(arg: UpdateAnnotationArg): Promise<AnnotationView> {
    const changed = await this.changeAnnotations((list) => notes.editAnnotation(list, arg.id, arg.expectedModified, arg, new Date()));
    return notes.annotationView(changed, await this.documentIndex());
  }

  deleteAnnotation(arg: { readonly id: string }): Promise<Annotation> {
    return this.changeAnnotations((list) => notes.softDelete(list, arg.id, new Date()));
  }

  async restoreAnnotation(arg: { readonly id: string }): Promise<AnnotationView> {
    const restored = await this.changeAnnotations((list) => notes.restore(list, arg.id, new Date()));
    return notes.annotationView(restored, await this.documentIndex());
  }

  async reattachAnnotation(arg: ReattachAnnotationArg): Promise<AnnotationView> {
    const current = notes.findAnnotation((await this.workspace.load()).annotations, arg.id);
    const sourceId = arg.sourceId ?? (current?.target.kind === 'passage' ? current.target.source : undefined);
    if (!sourceId) throw new ApiError('bad-input', 'Say which source to attach the annotation to (sourceId).');
    const doc = await this.getDocument({ sourceId });
    const target = notes.passageTargetAt(doc, arg.blockId, arg.start, arg.end);
    const changed = await this.changeAnnotations((list) => notes.retarget(list, arg.id, target, new Date(), arg.expectedModified));
    return { annotation: changed, anchor: notes.anchorPassage(target, doc) };
  }

  async restoreAnnotationTarget(arg: RestoreAnnotationTargetArg): Promise<AnnotationView> {
    const index = await this.documentIndex();
    const changed = await this.changeAnnotations((list) => {
      const current = notes.findAnnotation(list, arg.id);
      if (current && current.target.kind !== 'passage') {
        throw new ApiError('bad-input', 'Only an annotation on a passage can be given back its earlier passage.');
      }
      return notes.retarget(list, arg.id, arg.target, new Date(), arg.expectedModified);
    });
    return notes.annotationView(changed, index);
  }

  async acceptAnnotationChange(arg: { readonly id: string }): Promise<AnnotationView> {
    const index = await this.documentIndex();
    const changed = await this.changeAnnotations((list) => {
      const current = notes.findAnnotation(list, arg.id);
      if (!current) throw new ApiError('not-found', `No annotation ${arg.id}. Reload the list.`);
      const anchor = notes.anchorAnnotation(current, index.documentOf);
      const sourceId = current.target.kind === 'passage' ? current.target.source : undefined;
      const doc = sourceId === undefined ? undefined : index.documentOf(sourceId);
      if (sourceId !== undefined && !doc) {
        throw new ApiError('not-found', `The source "${sourceId}" is not in the open corpus; open the corpus that has it first.`);
      }
      const accepted = doc ? notes.acceptAnchor(current, anchor, doc, new Date()) : current;
      if (accepted === current) return { annotations: list, annotation: current };
      return notes.retarget(list, arg.id, accepted.target, new Date());
    });
    return notes.annotationView(changed, index);
  }

  async exportAnnotations(arg: { readonly format: AnnotationExportFormat; readonly sourceId?: string }): Promise<string> {
    const [ws, index, corpus] = await Promise.all([this.workspace.load(), this.documentIndex(), this.loadedCorpus()]);
    const list = notes.annotationList(ws.annotations, index, arg.sourceId ? { sourceId: arg.sourceId } : {});
    const sources = new Map(corpus.sources.map((s) => [s.source.id, { id: s.source.id, title: s.source.title, sha256: s.source.sha256 }]));
    const sourceOf = (id: string) => sources.get(id);
    const generated = new Date().toISOString();
    switch (arg.format) {
      case 'jsonld':
        return notes.exportJsonLd(
          list.annotations.map((v) => v.annotation),
          { generated, generator: { name: 'Synopsis', version: this.options.version }, sourceOf },
        );
      case 'md':
        return notes.exportMarkdown(list.annotations, { generated, sourceOf });
      case 'csv':
        return notes.exportCsv(list.annotations, sourceOf);
    }
  }

  async importAnnotations(arg: { readonly content: string }): Promise<ImportReport> {
    const [ws, index, corpus] = await Promise.all([this.workspace.load(), this.documentIndex(), this.loadedCorpus()]);
    const context = (existing: readonly Annotation[]) => ({
      existing,
      sources: corpus.sources.map((s) => ({ id: s.source.id, sha256: s.source.sha256 })),
      documentOf: index.documentOf,
      newId: () => `urn:uuid:${randomUUID()}`,
      now: new Date(),
    });
    const preview = notes.planImport(arg.content, context(ws.annotations));
    if (preview.annotations.length === 0) return preview.report;
    // Planned again on the latest list inside the store's update, so a concurrent import is not doubled.
    let report = preview.report;
    await this.workspace.update((latest) => {
      const plan = notes.planImport(arg.content, context(latest.annotations));
      report = plan.report;
      return { ...latest, annotations: [...latest.annotations, ...plan.annotations] };
    });
    return report;
  }

  search(arg: SearchRequest): Promise<SearchResponse> {
    return this.searchService.search(arg);
  }

  // Commitments, comparison, codebook and curation: src/host/commitments-host.ts.

  listCommitments(arg?: CommitmentQuery): Promise<CommitmentList> {
    return this.commitments.listCommitments(arg);
  }

  /** `control` is for host-side callers (report jobs): progress and cancel; the shells pass only `arg`. */
  compare(arg?: CompareRequest, control?: StepControl): Promise<Comparison> {
    return this.commitments.compare(arg, control);
  }

  getCodebook(): Promise<CodebookView> {
    return this.commitments.getCodebook();
  }

  updateCodebook(arg: CodebookEdit): Promise<CodebookView> {
    return this.commitments.updateCodebook(arg);
  }

  curate(arg: CurationRequest): Promise<CurationDecision> {
    return this.commitments.curate(arg);
  }

  listCurations(arg?: { readonly sourceId?: string }): Promise<CurationList> {
    return this.commitments.listCurations(arg);
  }

  removeCuration(arg: { readonly id: string }): Promise<CurationList> {
    return this.commitments.removeCuration(arg);
  }

  // Reports: made in the background in small steps (see report-jobs.ts), polled by the caller.

  getReportOptions(): Promise<ReportOptions> {
    return this.reports.options();
  }

  startReport(arg: ReportRequest): Promise<ReportJob> {
    return this.reports.start(arg);
  }

  async reportProgress(arg: { readonly jobId: string }): Promise<ReportJob> {
    return this.reports.progress(arg.jobId);
  }

  async cancelReport(arg: { readonly jobId: string }): Promise<ReportJob> {
    return this.reports.cancel(arg.jobId);
  }

  async getReportFile(arg: { readonly jobId: string }): Promise<ReportFile> {
    return this.reports.file(arg.jobId);
  }

  /** Applies a one-annotation change to the latest list on disk, durably; returns the annotation. */
  private async changeAnnotations(change: (list: readonly Annotation[]) => notes.Changed): Promise<Annotation> {
    let result: Annotation | undefined;
    await this.workspace.update((ws) => {
      const changed = change(ws.annotations);
      result = changed.annotation;
      return { ...ws, annotations: changed.annotations };
    });
    return result!;
  }

  /** Every document of the open corpus, for anchoring; a source that fails to ingest is left out. */
  private async documentIndex(): Promise<notes.DocumentIndex> {
    return notes.indexDocuments(await this.allDocuments());
  }

  /** Every document of the open corpus that ingests, in corpus order. */
  private async allDocuments(): Promise<IngestedDocument[]> {
    const corpus = await this.loadedCorpus();
    const docs = await Promise.all(corpus.sources.map((s) => this.getDocument({ sourceId: s.source.id }).catch(() => undefined)));
    return docs.filter((d): d is IngestedDocument => d !== undefined);
  }

  private loadedCorpus(): Promise<LoadedCorpus> {
    if (!this.corpus) {
      this.corpus = loadCorpus(this.corpusDir).catch((err: unknown) => {
        this.corpus = undefined;
        if (err instanceof CorpusError) throw new ApiError('bad-input', err.message);
        throw err;
      });
    }
    return this.corpus;
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Convenience for shells: a host over the given folders. */
export function createReaderHost(options: HostOptions): ReaderHost {
  return new ReaderHost(options);
}
