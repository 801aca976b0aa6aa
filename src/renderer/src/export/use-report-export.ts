import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReaderApi } from '../../../shared/contract';
import type { ReportFileInfo, ReportJob, ReportOptions } from '../../../shared/report';
import type { UiLocale } from '../../../shared/workspace';
import type { Load } from '../load';
import { errorMessage } from '../load';
import {
  choiceProblem,
  errorKind,
  hex,
  initialChoices,
  previewKey,
  reportBytes,
  reportRequest,
  type ExportChoices,
} from './export-choices';
import { runReportJob, type ReportJobApi } from './run-report-job';

/**
 * The Export report dialog's state: the host's options, the user's choices, the HTML preview
 * (remade shortly after the choices change, the previous one cancelled), and the export job with
 * its progress, cancel, and the download of the finished file.
 */

/** What went wrong, as the dialog explains it (translated there). */
export type ExportError =
  | { readonly kind: 'no-source' | 'no-theme' | 'conflict' | 'network' | 'mismatch' }
  | { readonly kind: 'bad-input' | 'failed'; readonly message: string };

export type ExportRun =
  | { readonly kind: 'idle' }
  /** `job` is absent until the host has accepted the request. */
  | { readonly kind: 'running'; readonly job?: ReportJob }
  | { readonly kind: 'saving' }
  | { readonly kind: 'done'; readonly file: ReportFileInfo; readonly verified: boolean }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly error: ExportError };

export type PreviewState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'loading'; readonly fraction: number; readonly html?: string }
  | { readonly kind: 'ready'; readonly html: string }
  | { readonly kind: 'failed'; readonly error: ExportError; readonly html?: string };

/** How long the choices must rest before the preview is remade. */
const PREVIEW_DELAY_MS = 400;

/** An error of the contract as the dialog tells it. */
export function toExportError(err: unknown): ExportError {
  switch (errorKind(err)) {
    case 'conflict':
      return { kind: 'conflict' };
    case 'network':
      return { kind: 'network' };
    case 'bad-input':
      return { kind: 'bad-input', message: errorMessage(err) };
    default:
      return { kind: 'failed', message: errorMessage(err) };
  }
}

/** SHA-256 of the bytes, or undefined where Web Crypto is not offered (not a secure context). */
async function sha256(bytes: Uint8Array<ArrayBuffer>): Promise<string | undefined> {
  if (!globalThis.crypto?.subtle) return undefined;
  return hex(await crypto.subtle.digest('SHA-256', bytes));
}

/**
 * Hands the bytes to the browser as a download under the suggested name: a download in the
 * browser shell, a save dialog in Electron (main's `will-download`). No Node, no file system.
 */
function download(bytes: Uint8Array<ArrayBuffer>, fileName: string, mediaType: string): string {
  const url = URL.createObjectURL(new Blob([bytes], { type: mediaType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  return url;
}

export interface ReportExport {
  readonly options: Load<ReportOptions>;
  readonly choices: ExportChoices | undefined;
  readonly setChoices: (update: (c: ExportChoices) => ExportChoices) => void;
  readonly preview: PreviewState;
  readonly run: ExportRun;
  /** Shown when Export was pressed with an incomplete choice, until the choice changes. */
  readonly problem: ExportError | undefined;
  readonly start: () => void;
  readonly cancel: () => void;
  /** Cancels whatever runs (the dialog is closing). */
  readonly stopAll: () => void;
  readonly reloadOptions: () => void;
}

export function useReportExport(api: ReaderApi, open: boolean, locale: UiLocale): ReportExport {
  const [options, setOptions] = useState<Load<ReportOptions>>({ kind: 'loading' });
  const [choices, setChoicesState] = useState<ExportChoices>();
  const [preview, setPreview] = useState<PreviewState>({ kind: 'idle' });
  const [run, setRun] = useState<ExportRun>({ kind: 'idle' });
  const [problem, setProblem] = useState<ExportError>();
  const exportAbort = useRef<AbortController | undefined>(undefined);
  const previewAbort = useRef<AbortController | undefined>(undefined);
  const objectUrl = useRef<string | undefined>(undefined);
  const jobs: ReportJobApi = api;

  const reloadOptions = useCallback(() => {
    setOptions({ kind: 'loading' });
    api.getReportOptions().then(
      (value) => {
        setOptions({ kind: 'ready', value });
        // Choices made in an earlier opening are kept while they still fit the corpus.
        setChoicesState((prev) => {
          const fresh = initialChoices(value, locale);
          if (!prev) return fresh;
          const sources = prev.sources.filter((id) => value.sources.some((s) => s.id === id));
          const themes = prev.themes.filter((id) => value.themes.some((t) => t.id === id));
          return { ...prev, sources: sources.length > 0 ? sources : fresh.sources, themes: themes.length > 0 ? themes : fresh.themes };
        });
      },
      (err: unknown) => setOptions({ kind: 'error', message: errorMessage(err) }),
    );
  }, [api, locale]);

  // The options are read each time the dialog opens: the corpus or the codebook may have changed.
  useEffect(() => {
    if (open) reloadOptions();
  }, [open, reloadOptions]);

  const setChoices = useCallback((update: (c: ExportChoices) => ExportChoices) => {
    setChoicesState((c) => (c ? update(c) : c));
    setProblem(undefined);
  }, []);

  // ——— Preview: the HTML report for the current choices, remade after a short rest ———
  const key = choices ? previewKey(choices) : undefined;
  useEffect(() => {
    if (!open || !choices || !key) return;
    if (choiceProblem(choices)) {
      previewAbort.current?.abort();
      setPreview({ kind: 'idle' });
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      previewAbort.current?.abort();
      previewAbort.current = controller;
      setPreview((p) => ({ kind: 'loading', fraction: 0, ...('html' in p && p.html ? { html: p.html } : {}) }));
      runReportJob(jobs, reportRequest(choices, 'html'), {
        signal: controller.signal,
        onProgress: (job) => setPreview((p) => (p.kind === 'loading' ? { ...p, fraction: job.fraction } : p)),
      }).then(
        (outcome) => {
          if (controller.signal.aborted) return;
          if (outcome.kind === 'done') setPreview({ kind: 'ready', html: new TextDecoder().decode(reportBytes(outcome.file)) });
          else if (outcome.kind === 'failed')
            setPreview((p) => ({
              kind: 'failed',
              error: toExportError(outcome.error),
              ...('html' in p && p.html ? { html: p.html } : {}),
            }));
        },
        (err: unknown) => {
          if (!controller.signal.aborted)
            setPreview((p) => ({ kind: 'failed', error: toExportError(err), ...('html' in p && p.html ? { html: p.html } : {}) }));
        },
      );
    }, PREVIEW_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
    // The key stands for the choices the preview depends on (the format aside).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, key, jobs]);

  // ——— Export ———
  const start = useCallback(() => {
    if (!choices) return;
    const bad = choiceProblem(choices);
    if (bad) {
      setProblem({ kind: bad });
      return;
    }
    setProblem(undefined);
    exportAbort.current?.abort();
    const controller = new AbortController();
    exportAbort.current = controller;
    setRun({ kind: 'running' });
    void (async () => {
      try {
        const outcome = await runReportJob(jobs, reportRequest(choices), {
          signal: controller.signal,
          onProgress: (job) => {
            if (!controller.signal.aborted) setRun({ kind: 'running', job });
          },
        });
        if (outcome.kind === 'cancelled') {
          setRun({ kind: 'cancelled' });
          return;
        }
        if (outcome.kind === 'failed') {
          setRun({ kind: 'failed', error: toExportError(outcome.error) });
          return;
        }
        setRun({ kind: 'saving' });
        const { file } = outcome;
        const bytes = reportBytes(file);
        const digest = await sha256(bytes);
        if (bytes.length !== file.bytes || (digest !== undefined && digest !== file.sha256)) {
          setRun({ kind: 'failed', error: { kind: 'mismatch' } });
          return;
        }
        if (controller.signal.aborted) {
          setRun({ kind: 'cancelled' });
          return;
        }
        if (objectUrl.current) URL.revokeObjectURL(objectUrl.current);
        objectUrl.current = download(bytes, file.fileName, file.mediaType);
        setRun({
          kind: 'done',
          file: { fileName: file.fileName, mediaType: file.mediaType, bytes: file.bytes, sha256: file.sha256 },
          verified: digest !== undefined,
        });
      } catch (err) {
        setRun({ kind: 'failed', error: toExportError(err) });
      }
    })();
  }, [choices, jobs]);

  const cancel = useCallback(() => {
    exportAbort.current?.abort();
    exportAbort.current = undefined;
  }, []);

  const stopAll = useCallback(() => {
    exportAbort.current?.abort();
    previewAbort.current?.abort();
    setRun((r) => (r.kind === 'running' || r.kind === 'saving' ? { kind: 'cancelled' } : r));
  }, []);

  useEffect(
    () => () => {
      exportAbort.current?.abort();
      previewAbort.current?.abort();
      if (objectUrl.current) URL.revokeObjectURL(objectUrl.current);
    },
    [],
  );

  return { options, choices, setChoices, preview, run, problem, start, cancel, stopAll, reloadOptions };
}
