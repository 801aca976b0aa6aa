import { createHash, randomUUID } from 'node:crypto';
import type { AnnotationView } from '../shared/annotations';
import { DEFAULT_CODEBOOK, themesOf, type Codebook } from '../core/concepts/codebook';
import {
  assembleReport,
  defaultReportSources,
  normalizeSettings,
  renderCsv,
  renderHtml,
  renderJson,
  renderMarkdown,
  renderPdf,
  type PdfFonts,
  type ReportInput,
  type ReportSettings,
  type ReportStep,
  type ReportSourceInput,
} from '../core/report';
import type { SourceList } from '../shared/contract';
import { ApiError, toApiErrorData } from '../shared/errors';
import type { IngestedDocument } from '../shared/model';
import {
  REPORT_FORMATS,
  REPORT_LANGS,
  type ReportFile,
  type ReportFormat,
  type ReportJob,
  type ReportLang,
  type ReportOptions,
  type ReportRequest,
  type ReportStage,
} from '../shared/report';
import type { CompareSources } from './report-comparison';

/**
 * Report jobs: a report is made in the background of the host, in small steps with a turn of
 * the event loop between them, so the window (IPC), the browser shell (HTTP) and the terminal
 * stay responsive however long the corpus. The caller polls `progress`, may `cancel`, and takes
 * the finished file with `file`. The same code runs in every shell; nothing here blocks for
 * longer than one step (one source ingested, a chunk of citations, one theme rendered).
 */

/** What the jobs need from the host; the host passes closures over its own state. */
export interface ReportDeps {
  readonly listSources: () => Promise<SourceList>;
  readonly document: (sourceId: string) => Promise<IngestedDocument>;
  /** The decoded text of a source's file, for citing positions in it. */
  readonly sourceText: (sourceId: string) => Promise<string>;
  readonly annotations: () => Promise<readonly AnnotationView[]>;
  readonly compare: CompareSources;
  readonly locale: () => Promise<ReportLang | undefined>;
  readonly fonts: () => Promise<PdfFonts>;
  readonly version: string;
  readonly codebook?: Codebook;
  /** The generation time; `SOURCE_DATE_EPOCH` by default (see `reportInstant`). */
  readonly now?: () => string;
}

/** Finished jobs kept for `file` (the oldest are dropped first); running jobs at once. */
const KEEP_FINISHED = 4;
const MAX_RUNNING = 2;

const MEDIA_TYPES: Readonly<Record<ReportFormat, string>> = {
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
  json: 'application/json',
};

/** The stages' share of the whole job, for one fraction that never goes back. */
const STAGE_SPAN: Readonly<Record<ReportStage, [number, number]>> = {
  loading: [0, 0.15],
  comparing: [0.15, 0.25],
  assembling: [0.25, 0.5],
  rendering: [0.5, 0.99],
  done: [1, 1],
};

/**
 * The report's generation time: `SOURCE_DATE_EPOCH` (seconds since 1970, the reproducible-builds
 * convention) when set, so the same inputs give the same bytes; otherwise now.
 */
export function reportInstant(env: NodeJS.ProcessEnv = process.env, now: () => Date = () => new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return now().toISOString();
  if (!/^\d{1,12}$/.test(epoch.trim())) {
    throw new ApiError(
      'bad-input',
      `SOURCE_DATE_EPOCH must be a whole number of seconds since 1970 (not "${epoch}"); unset it to use the current time.`,
    );
  }
  return new Date(Number(epoch.trim()) * 1000).toISOString();
}

class Cancelled extends Error {}

interface Job {
  readonly jobId: string;
  readonly format: ReportFormat;
  readonly settings: ReportSettings;
  readonly controller: AbortController;
  state: ReportJob['state'];
  stage: ReportStage;
  fraction: number;
  message: string;
  error?: { kind: string; message: string };
  file?: { fileName: string; mediaType: string; bytes: Uint8Array; sha256: string };
  finishedAt?: number;
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export class ReportJobs {
  private readonly jobs = new Map<string, Job>();
  private finishedCount = 0;

  constructor(private readonly deps: ReportDeps) {}

  private get codebook(): Codebook {
    return this.deps.codebook ?? DEFAULT_CODEBOOK;
  }

  async options(): Promise<ReportOptions> {
    const [list, locale] = await Promise.all([this.deps.listSources(), this.deps.locale()]);
    const defaults = defaultReportSources(list.sources);
    const themes = themesOf(this.codebook);
    return {
      formats: REPORT_FORMATS,
      langs: REPORT_LANGS,
      sources: list.sources.map((s) => ({ id: s.id, title: s.title, date: s.date, role: s.role, selected: defaults.includes(s.id) })),
      themes: themes.map((t) => ({
        id: t.id,
        labels: t.labels,
        description: t.description,
        ...(t.descriptions ? { descriptions: t.descriptions } : {}),
      })),
      defaults: { sources: defaults, themes: themes.map((t) => t.id), annotations: true, curationNotes: true, lang: locale ?? 'en' },
    };
  }

  /** Checks the choices now (a wrong id is an error of this call, not of the job) and starts the job. */
  async start(request: ReportRequest): Promise<ReportJob> {
    const [list, locale] = await Promise.all([this.deps.listSources(), this.deps.locale()]);
    const settings = normalizeSettings(request, {
      sources: list.sources,
      themeIds: themesOf(this.codebook).map((t) => t.id),
      ...(locale ? { locale } : {}),
    });
    const generated = (this.deps.now ?? (() => reportInstant()))();
    const running = [...this.jobs.values()].filter((j) => j.state === 'running').length;
    if (running >= MAX_RUNNING) {
      throw new ApiError('conflict', `${running} reports are being made already. Wait for one to finish or cancel it, then try again.`);
    }
    const job: Job = {
      jobId: randomUUID(),
      format: request.format,
      settings,
      controller: new AbortController(),
      state: 'running',
      stage: 'loading',
      fraction: 0,
      message: 'starting',
    };
    this.jobs.set(job.jobId, job);
    void this.run(job, generated);
    return this.snapshot(job);
  }

  progress(jobId: string): ReportJob {
    return this.snapshot(this.job(jobId));
  }

  /** Stops a running job at its next step; a finished job is left as it is. */
  cancel(jobId: string): ReportJob {
    const job = this.job(jobId);
    if (job.state === 'running') {
      job.controller.abort();
      this.finish(job, 'cancelled');
      job.message = 'cancelled';
    }
    return this.snapshot(job);
  }

  file(jobId: string): ReportFile {
    const job = this.job(jobId);
    if (job.state !== 'done' || !job.file) {
      throw new ApiError(
        job.state === 'running' ? 'conflict' : 'bad-input',
        job.state === 'running'
          ? 'The report is not finished yet: wait until its progress says done.'
          : `The report ${job.state === 'failed' ? 'failed' : 'was cancelled'}; start a new one.`,
      );
    }
    const text = job.format !== 'pdf';
    return {
      fileName: job.file.fileName,
      mediaType: job.file.mediaType,
      bytes: job.file.bytes.length,
      sha256: job.file.sha256,
      encoding: text ? 'utf-8' : 'base64',
      content: text ? new TextDecoder().decode(job.file.bytes) : Buffer.from(job.file.bytes).toString('base64'),
    };
  }

  private job(jobId: string): Job {
    const job = this.jobs.get(jobId);
    if (!job) throw new ApiError('not-found', `No report job ${jobId}: it finished long ago or never started. Start the report again.`);
    return job;
  }

  private snapshot(job: Job): ReportJob {
    return {
      jobId: job.jobId,
      format: job.format,
      state: job.state,
      stage: job.stage,
      fraction: Math.round(job.fraction * 1000) / 1000,
      message: job.message,
      ...(job.error ? { error: job.error } : {}),
      ...(job.file
        ? { file: { fileName: job.file.fileName, mediaType: job.file.mediaType, bytes: job.file.bytes.length, sha256: job.file.sha256 } }
        : {}),
    };
  }

  private advance(job: Job, stage: ReportStage, done: number, total: number, message: string): void {
    const [from, to] = STAGE_SPAN[stage];
    const f = from + (to - from) * (total > 0 ? Math.min(1, done / total) : 1);
    job.stage = stage;
    job.fraction = Math.max(job.fraction, f);
    job.message = message;
  }

  /** Yields to the event loop and stops if the job was cancelled meanwhile. */
  private async pause(job: Job): Promise<void> {
    await tick();
    if (job.controller.signal.aborted) throw new Cancelled();
  }

  private async drive<T>(job: Job, stepper: Generator<ReportStep, T, void> | AsyncGenerator<ReportStep, T, void>): Promise<T> {
    for (;;) {
      const next = await stepper.next();
      if (next.done) return next.value;
      const s = next.value;
      this.advance(job, s.stage, s.done, s.total, s.message);
      await this.pause(job);
    }
  }

  private async run(job: Job, generated: string): Promise<void> {
    try {
      const { settings } = job;
      const list = await this.deps.listSources();
      const sources: ReportSourceInput[] = [];
      for (const [i, id] of settings.sources.entries()) {
        this.advance(job, 'loading', i, settings.sources.length, `reading ${id}`);
        await this.pause(job);
        const [doc, text] = await Promise.all([this.deps.document(id), this.deps.sourceText(id)]);
        sources.push({ source: doc.source, text, blocks: doc.blocks, ingestVersion: doc.ingestVersion });
      }
      this.advance(job, 'comparing', 0, 1, 'comparing');
      await this.pause(job);
      const comparison = await this.deps.compare(settings.sources, job.controller.signal, (done, total, message) =>
        this.advance(job, 'comparing', done, total, message),
      );
      await this.pause(job);
      const annotations = settings.annotations ? await this.deps.annotations() : [];
      const input: ReportInput = {
        generator: { name: 'Synopsis', version: this.deps.version },
        generated,
        corpus: { manifest: list.manifest },
        sources,
        comparison,
        codebook: this.codebook,
        annotations,
        settings,
      };
      const report = await this.drive(job, assembleReport(input));
      const bytes = await this.drive(job, this.render(report, job.format));
      const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
      job.file = {
        fileName: `synopsis-report-${generated.slice(0, 10)}.${job.format}`,
        mediaType: MEDIA_TYPES[job.format],
        bytes: data,
        sha256: createHash('sha256').update(data).digest('hex'),
      };
      this.advance(job, 'done', 1, 1, 'done');
      this.finish(job, 'done');
    } catch (err) {
      if (job.state !== 'running') return;
      if (err instanceof Cancelled) {
        this.finish(job, 'cancelled');
        return;
      }
      job.error = toApiErrorData(err);
      job.message = job.error.message;
      this.finish(job, 'failed');
    }
  }

  private render(
    report: Parameters<typeof renderJson>[0],
    format: ReportFormat,
  ): Generator<ReportStep, string | Uint8Array, void> | AsyncGenerator<ReportStep, string | Uint8Array, void> {
    const codebook = this.codebook;
    switch (format) {
      case 'json':
        return (function* (): Generator<ReportStep, string, void> {
          yield { stage: 'rendering', done: 0, total: 1, message: 'JSON' };
          return renderJson(report);
        })();
      case 'html':
        return renderHtml(report, codebook);
      case 'md':
        return renderMarkdown(report, codebook);
      case 'csv':
        return renderCsv(report);
      case 'pdf': {
        const fonts = this.deps.fonts;
        return (async function* () {
          return yield* renderPdf(report, codebook, await fonts());
        })();
      }
    }
  }

  private finish(job: Job, state: 'done' | 'failed' | 'cancelled'): void {
    job.state = state;
    job.finishedAt = ++this.finishedCount;
    const finished = [...this.jobs.values()].filter((j) => j.state !== 'running').sort((a, b) => (a.finishedAt ?? 0) - (b.finishedAt ?? 0));
    for (const old of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(old.jobId);
  }
}
