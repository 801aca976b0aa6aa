import type { AppInfo, ReaderApi, SourceList, WorkspaceUpdate } from '../shared/contract';
import { ApiError } from '../shared/errors';
import type { IngestedDocument } from '../shared/model';
import type { Workspace } from '../shared/workspace';
import { INGEST_VERSION, ingestText } from '../core/ingest';
import { CorpusError, loadCorpus, type LoadedCorpus } from './corpus';
import { openWorkspaceStore } from './workspace-store';

export interface HostOptions {
  readonly corpusDir: string;
  readonly dataDir: string;
  readonly version: string;
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

  constructor(private readonly options: HostOptions) {
    this.corpusDir = options.corpusDir;
    this.workspace = openWorkspaceStore(options.dataDir);
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

  updateWorkspace(arg: WorkspaceUpdate): Promise<Workspace> {
    return this.workspace.update(
      (current) => ({
        ...current,
        layout: arg.layout ?? current.layout,
        preferences: { ...current.preferences, ...stripUndefined(arg.preferences ?? {}) },
      }),
      arg.baseRevision,
    );
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
