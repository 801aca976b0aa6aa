import { randomUUID } from 'node:crypto';
import type { CodebookEdit, CodebookView } from '../shared/codebook';
import type { Commitment, CommitmentList, CommitmentQuery, Comparison, CompareRequest } from '../shared/commitments';
import type { CommitmentRef, CurationAction, CurationDecision, CurationList, CurationRequest, CurationView } from '../shared/curation';
import { ApiError, assertNever } from '../shared/errors';
import type { IngestedDocument, Source } from '../shared/model';
import type { Workspace } from '../shared/workspace';
import {
  applyCommitmentCurations,
  commitmentForPassage,
  documentDefaults,
  EXTRACTOR_VERSION,
  extractInSteps,
  resolveRef,
  voiceOf,
  type ExtractOptions,
} from '../core/commitments';
import { compareInSteps, comparisonOrder, DIFF_GRANULARITIES, withinPhase, type CompareInput } from '../core/compare';
import { DEFAULT_CODEBOOK } from '../core/concepts/codebook';
import { compileCodebook, type ConceptMatcher } from '../core/concepts/matcher';
import { applyCodebookEdit, applyOverlay, codebookView } from '../core/concepts/overlay';
import { hashId } from '../core/hash';
import { cancellation, driveSteps, type StepControl } from './drive-steps';
import type { WorkspaceStore } from './workspace-store';

/**
 * Commitments, comparison, codebook and curation for the ReaderHost: the core decides, this
 * class feeds it the documents and the workspace and keeps the results in memory, keyed by what
 * they depend on — each source's SHA-256, the ingestion and extractor versions, the codebook
 * version and a digest of the curation decisions — so a re-run after any of those changes is
 * automatic and nothing stale is ever served.
 */
export interface CommitmentsDeps {
  readonly workspace: WorkspaceStore;
  readonly sources: () => Promise<readonly Source[]>;
  readonly document: (sourceId: string) => Promise<IngestedDocument>;
}

const CACHE_LIMIT = 16;

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(key, value);
  return value;
}

/**
 * A comparison being computed, shared by everyone who asks for the same one meanwhile (the
 * Compare view and a report, say); it stops only when every one of them has stopped waiting.
 */
interface RunningComparison {
  readonly result: Promise<Comparison>;
  readonly controller: AbortController;
  readonly listeners: Set<NonNullable<StepControl['progress']>>;
  /** Callers still waiting (one without a signal waits for good). */
  waiting: number;
}

export class CommitmentsService {
  private readonly extracted = new Map<string, Promise<Commitment[]>>();
  private readonly comparisons = new Map<string, Comparison>();
  private readonly running = new Map<string, RunningComparison>();
  private matcherCache: ConceptMatcher | undefined;

  constructor(private readonly deps: CommitmentsDeps) {}

  /** Forgets everything derived from the corpus (a new corpus folder was opened). */
  reset(): void {
    this.extracted.clear();
    this.comparisons.clear();
    this.running.clear();
  }

  async listCommitments(arg: CommitmentQuery = {}): Promise<CommitmentList> {
    const [ws, sources] = await Promise.all([this.deps.workspace.load(), this.deps.sources()]);
    const matcher = this.matcher(ws);
    if (arg.sourceId && !sources.some((s) => s.id === arg.sourceId)) {
      throw new ApiError('not-found', `No source "${arg.sourceId}" in the open corpus. List the sources to see their ids.`);
    }
    if (arg.theme && !matcher.codebook.concepts.some((c) => c.theme && c.id === arg.theme)) {
      throw new ApiError('not-found', `No theme "${arg.theme}" in the codebook. Get the codebook to see the theme ids.`);
    }
    const ids = arg.sourceId ? [arg.sourceId] : sources.map((s) => s.id);
    const curated = await this.curated(ids, ws, matcher);
    const commitments = curated.filter(
      (c) => (!arg.kind || c.kind === arg.kind) && (!arg.theme || c.themes.includes(arg.theme)) && (!arg.lang || c.lang === arg.lang),
    );
    return { commitments, codebookVersion: matcher.codebook.version, extractorVersion: EXTRACTOR_VERSION };
  }

  /**
   * The contract's `compare`. Computed in steps with turns of the event loop between them
   * (`driveSteps`), so a large corpus does not hold up the host's other requests; `control`
   * (host-side callers only: the report jobs) hears the progress and may cancel.
   */
  async compare(arg: CompareRequest = {}, control: StepControl = {}): Promise<Comparison> {
    const [ws, sources] = await Promise.all([this.deps.workspace.load(), this.deps.sources()]);
    const order = comparisonOrder(sources, arg.sources);
    for (const id of order) {
      if (!sources.some((s) => s.id === id))
        throw new ApiError('not-found', `No source "${id}" in the open corpus. List the sources to see their ids.`);
    }
    if (new Set(order).size !== order.length) throw new ApiError('bad-input', 'Name each source once in --sources / sources.');
    if (order.length < 1)
      throw new ApiError('bad-input', 'Name at least one source to compare, or mark sources as compared in sources.json.');
    const matcher = this.matcher(ws);
    const evidence = sources.filter((s) => s.role === 'evidence' && !order.includes(s.id));
    const key = [
      ...order.map((id) => `${id}@${sources.find((s) => s.id === id)!.sha256}`),
      ...evidence.map((s) => `e:${s.id}@${s.sha256}`),
      matcher.codebook.version,
      EXTRACTOR_VERSION,
      curationDigest(ws.curation),
      arg.minSimilarity ?? '-',
      arg.granularity ?? 'word',
    ].join('|');
    const cached = this.comparisons.get(key);
    if (cached) return cached;
    if (control.signal?.aborted) throw cancellation(control.signal);
    let run = this.running.get(key);
    if (!run || run.controller.signal.aborted) {
      const controller = new AbortController();
      const listeners = new Set<NonNullable<StepControl['progress']>>();
      const result = this.computeComparison(order, evidence, ws, matcher, arg, {
        signal: controller.signal,
        progress: (step) => listeners.forEach((listen) => listen(step)),
      });
      const started: RunningComparison = { result, controller, listeners, waiting: 0 };
      run = started;
      this.running.set(key, started);
      result.then(
        (comparison) => {
          if (this.running.get(key) === started) this.running.delete(key);
          remember(this.comparisons, key, comparison);
        },
        () => {
          if (this.running.get(key) === started) this.running.delete(key);
        },
      );
    }
    return this.waitFor(run, control);
  }

  /** Waits for a running comparison on one caller's behalf; the last caller to cancel stops it. */
  private waitFor(run: RunningComparison, { signal, progress }: StepControl): Promise<Comparison> {
    run.waiting++;
    if (progress) run.listeners.add(progress);
    return new Promise<Comparison>((resolve, reject) => {
      const stop = (): void => {
        if (progress) run.listeners.delete(progress);
        if (--run.waiting === 0) run.controller.abort(signal?.reason);
        reject(cancellation(signal!));
      };
      signal?.addEventListener('abort', stop, { once: true });
      run.result.then(
        (comparison) => {
          signal?.removeEventListener('abort', stop);
          resolve(comparison);
        },
        (err: unknown) => {
          signal?.removeEventListener('abort', stop);
          reject(err);
        },
      );
    });
  }

  private async computeComparison(
    order: readonly string[],
    evidence: readonly Source[],
    ws: Workspace,
    matcher: ConceptMatcher,
    arg: CompareRequest,
    control: Required<StepControl>,
  ): Promise<Comparison> {
    // Each source's commitments first, one source at a time with a turn of the event loop
    // between (they are cached, so `curated` below finds them).
    for (const [i, id] of order.entries()) {
      // Progress only: an extraction other callers may share is not stopped halfway; the cancel is seen after it.
      await this.extract(id, matcher, { progress: control.progress }, [i / order.length, (i + 1) / order.length]);
      if (control.signal.aborted) throw cancellation(control.signal);
    }
    const documents = await Promise.all(order.map((id) => this.deps.document(id)));
    const evidenceDocs = await Promise.all(evidence.map((s) => this.deps.document(s.id).catch(() => undefined)));
    const commitments = await this.curated(order, ws, matcher);
    const input: CompareInput = {
      documents,
      commitments,
      evidence: evidenceDocs.filter((d): d is IngestedDocument => d !== undefined),
      matcher,
      curation: ws.curation,
      options: {
        ...(arg.minSimilarity !== undefined ? { threshold: arg.minSimilarity } : {}),
        granularity: DIFF_GRANULARITIES[arg.granularity ?? 'word'],
      },
    };
    return driveSteps(compareInSteps(input), control);
  }

  async getCodebook(): Promise<CodebookView> {
    const ws = await this.deps.workspace.load();
    return codebookView(DEFAULT_CODEBOOK, ws.codebook);
  }

  async updateCodebook(edit: CodebookEdit): Promise<CodebookView> {
    const ws = await this.deps.workspace.update((current) => ({
      ...current,
      codebook: applyCodebookEdit(DEFAULT_CODEBOOK, current.codebook, edit),
    }));
    return codebookView(DEFAULT_CODEBOOK, ws.codebook);
  }

  async curate(request: CurationRequest): Promise<CurationDecision> {
    const ws = await this.deps.workspace.load();
    const action = await this.actionFor(request, ws);
    const decision: CurationDecision = {
      id: `urn:uuid:${randomUUID()}`,
      created: new Date().toISOString(),
      ...(request.note ? { note: request.note } : {}),
      action,
    };
    await this.deps.workspace.update((current) => ({ ...current, curation: [...current.curation, decision] }));
    return decision;
  }

  async listCurations(arg: { readonly sourceId?: string } = {}): Promise<CurationList> {
    const [ws, sources] = await Promise.all([this.deps.workspace.load(), this.deps.sources()]);
    const matcher = this.matcher(ws);
    const known = new Set(sources.map((s) => s.id));
    const involved = [...new Set(ws.curation.flatMap((d) => sourcesOf(d.action)))].filter((id) => known.has(id));
    const raw = (await Promise.all(involved.map((id) => this.extract(id, matcher)))).flat();
    const documents = new Map((await Promise.all(involved.map((id) => this.deps.document(id)))).map((d) => [d.source.id, d]));
    const { commitments, orphaned } = applyCommitmentCurations(raw, ws.curation, documents, (id) => this.options(id, sources, matcher));
    const views: CurationView[] = ws.curation
      .filter((d) => !arg.sourceId || sourcesOf(d.action).includes(arg.sourceId))
      .map((d) => ({ decision: d, status: orphaned.has(d.id) || !stillFound(d.action, commitments, known) ? 'orphaned' : 'applied' }));
    return { curations: views, revision: ws.revision };
  }

  async removeCuration(arg: { readonly id: string }): Promise<CurationList> {
    const ws = await this.deps.workspace.load();
    if (!ws.curation.some((d) => d.id === arg.id))
      throw new ApiError('not-found', `No curation decision ${arg.id}. List the decisions to see their ids.`);
    await this.deps.workspace.update((current) => ({ ...current, curation: current.curation.filter((d) => d.id !== arg.id) }));
    return this.listCurations();
  }

  // — internals —

  private matcher(ws: Workspace): ConceptMatcher {
    const codebook = applyOverlay(DEFAULT_CODEBOOK, ws.codebook);
    if (this.matcherCache?.codebook.version !== codebook.version) this.matcherCache = compileCodebook(codebook);
    return this.matcherCache;
  }

  private options(sourceId: string, sources: readonly Source[], matcher: ConceptMatcher): ExtractOptions {
    const source = sources.find((s) => s.id === sourceId);
    const voice = source ? voiceOf(source) : undefined;
    return { matcher, ...(voice ? { defaultActor: voice } : {}), ...(source ? { defaults: documentDefaults(source) } : {}) };
  }

  /**
   * The extractor's commitments of one source, cached by its text, the versions and the codebook.
   * Extracted in steps with turns of the event loop between (a 1 MB source is a few tenths of a
   * second of work), reporting into `part` of the `extracting` phase; callers asking for the same
   * source meanwhile share one extraction.
   */
  private extract(
    sourceId: string,
    matcher: ConceptMatcher,
    control: StepControl = {},
    part: readonly [number, number] = [0, 1],
  ): Promise<Commitment[]> {
    const started = this.deps.document(sourceId).then((doc) => {
      const key = `${sourceId}@${doc.source.sha256}|${doc.ingestVersion}|${EXTRACTOR_VERSION}|${matcher.codebook.version}`;
      const cached = this.extracted.get(key);
      if (cached) return cached;
      const voice = voiceOf(doc.source);
      const options = { matcher, ...(voice ? { defaultActor: voice } : {}), defaults: documentDefaults(doc.source) };
      const running = driveSteps(withinPhase(extractInSteps(doc, options), 'extracting', part[0], part[1]), control);
      // Cached while running, so a second caller waits for this extraction; forgotten if it fails or is cancelled.
      remember(this.extracted, key, running);
      running.catch(() => {
        if (this.extracted.get(key) === running) this.extracted.delete(key);
      });
      return running;
    });
    return started;
  }

  /** Commitments of the given sources with every commitment decision applied. */
  private async curated(sourceIds: readonly string[], ws: Workspace, matcher: ConceptMatcher): Promise<Commitment[]> {
    const sources = await this.deps.sources();
    const docs = await Promise.all(sourceIds.map((id) => this.deps.document(id)));
    const raw = (await Promise.all(sourceIds.map((id) => this.extract(id, matcher)))).flat();
    const documents = new Map(docs.map((d) => [d.source.id, d]));
    return [...applyCommitmentCurations(raw, ws.curation, documents, (id) => this.options(id, sources, matcher)).commitments];
  }

  /** Finds a commitment by id in its source (the id starts with the source id). */
  private async refFor(id: string, ws: Workspace): Promise<CommitmentRef> {
    const sources = await this.deps.sources();
    const source = sources.filter((s) => id.startsWith(`${s.id}:`)).sort((a, b) => b.id.length - a.id.length)[0];
    if (!source)
      throw new ApiError(
        'not-found',
        `No commitment "${id}": its id names no source of the open corpus. List the commitments to see their ids.`,
      );
    const commitments = await this.curated([source.id], ws, this.matcher(ws));
    const found = commitments.find((c) => c.id === id);
    if (!found)
      throw new ApiError('not-found', `No commitment "${id}" in ${source.id}. List the commitments again: the text may have changed.`);
    return { id: found.id, sourceId: found.sourceId, text: found.text };
  }

  private async actionFor(request: CurationRequest, ws: Workspace): Promise<CurationAction> {
    switch (request.type) {
      case 'confirm-link':
      case 'reject-link':
      case 'add-link': {
        if (request.from === request.to) throw new ApiError('bad-input', 'A link joins two different commitments.');
        const [from, to] = await Promise.all([this.refFor(request.from, ws), this.refFor(request.to, ws)]);
        if (from.sourceId === to.sourceId)
          throw new ApiError('bad-input', 'Links join commitments of two different sources; these two are both in ' + from.sourceId + '.');
        if (request.type === 'add-link') return { type: 'add-link', from, to, ...(request.relation ? { relation: request.relation } : {}) };
        return { type: request.type, from, to };
      }
      case 'set-kind':
        return { type: 'set-kind', commitment: await this.refFor(request.commitment, ws), kind: request.kind };
      case 'set-themes': {
        const themes = new Set(
          this.matcher(ws)
            .codebook.concepts.filter((c) => c.theme)
            .map((c) => c.id),
        );
        const unknown = request.themes.filter((t) => !themes.has(t));
        if (unknown.length > 0)
          throw new ApiError(
            'bad-input',
            `Unknown theme ${unknown.map((t) => `"${t}"`).join(', ')}. Get the codebook to see the theme ids, or add the theme first.`,
          );
        return { type: 'set-themes', commitment: await this.refFor(request.commitment, ws), themes: [...new Set(request.themes)] };
      }
      case 'set-actor':
        return { type: 'set-actor', commitment: await this.refFor(request.commitment, ws), actor: request.actor.trim() };
      case 'not-commitment':
        return { type: 'not-commitment', commitment: await this.refFor(request.commitment, ws) };
      case 'mark-commitment': {
        const doc = await this.deps.document(request.sourceId);
        const sources = await this.deps.sources();
        // Validates the block and the range, and reads the passage the way the extractor would.
        const marked = commitmentForPassage(doc, request, this.options(request.sourceId, sources, this.matcher(ws)));
        return {
          type: 'mark-commitment',
          sourceId: request.sourceId,
          blockId: marked.blockId,
          start: marked.range.start,
          end: marked.range.end,
          text: marked.text,
          ...(request.kind ? { kind: request.kind } : {}),
        };
      }
      default:
        return assertNever(request);
    }
  }
}

function sourcesOf(action: CurationAction): string[] {
  switch (action.type) {
    case 'confirm-link':
    case 'reject-link':
    case 'add-link':
      return [action.from.sourceId, action.to.sourceId];
    case 'mark-commitment':
      return [action.sourceId];
    case 'set-kind':
    case 'set-themes':
    case 'set-actor':
    case 'not-commitment':
      return [action.commitment.sourceId];
    default:
      return assertNever(action);
  }
}

/** Whether a decision still finds what it is about among the current (curated) commitments. */
function stillFound(action: CurationAction, commitments: readonly Commitment[], known: ReadonlySet<string>): boolean {
  switch (action.type) {
    case 'confirm-link':
    case 'reject-link':
    case 'add-link':
      return (
        known.has(action.from.sourceId) &&
        known.has(action.to.sourceId) &&
        !!resolveRef(action.from, commitments) &&
        !!resolveRef(action.to, commitments)
      );
    case 'mark-commitment':
      return known.has(action.sourceId);
    case 'not-commitment':
      // Applied means: gone from the list. Orphaned means: the passage itself is gone (reported by the core).
      return known.has(action.commitment.sourceId);
    case 'set-kind':
    case 'set-themes':
    case 'set-actor':
      return known.has(action.commitment.sourceId) && !!resolveRef(action.commitment, commitments);
    default:
      return assertNever(action);
  }
}

/** A digest of the decisions, for cache keys: any change (or undo) changes it. */
function curationDigest(decisions: readonly CurationDecision[]): string {
  return decisions.length === 0 ? 'none' : `${decisions.length}:${hashId(decisions.map((d) => d.id).join(','))}`;
}
