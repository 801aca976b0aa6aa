import type { ReaderApi } from '../../../shared/contract';
import type { ReportFile, ReportJob, ReportRequest } from '../../../shared/report';

/** What running a report needs of the contract. */
export type ReportJobApi = Pick<ReaderApi, 'startReport' | 'reportProgress' | 'cancelReport' | 'getReportFile'>;

/** How a job ended: its file, or the state it stopped in (with the host's error when it failed). */
export type JobOutcome =
  | { readonly kind: 'done'; readonly job: ReportJob; readonly file: ReportFile }
  | { readonly kind: 'cancelled'; readonly job?: ReportJob }
  | { readonly kind: 'failed'; readonly job: ReportJob; readonly error: { readonly kind: string; readonly message: string } };

/** How often a running job is asked for its progress. Cheap for the host: it only reads a record. */
export const POLL_MS = 200;

const wait = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });

/**
 * Starts a report job and follows it until it ends, telling `onProgress` each step; `signal`
 * cancels it on the host (the job stops at its next step). Errors of `startReport` (bad choices,
 * too many jobs) are thrown as they came, for the caller to explain in place.
 */
export async function runReportJob(
  api: ReportJobApi,
  request: ReportRequest,
  options: { readonly signal: AbortSignal; readonly onProgress?: (job: ReportJob) => void; readonly pollMs?: number },
): Promise<JobOutcome> {
  const { signal } = options;
  let job = await api.startReport(request);
  const cancel = async (): Promise<JobOutcome> => {
    const last = await api.cancelReport({ jobId: job.jobId }).catch(() => undefined);
    // It may have finished just before the cancel arrived: a finished job is left as it is.
    return { kind: 'cancelled', ...(last ? { job: last } : {}) };
  };
  if (signal.aborted) return cancel();
  options.onProgress?.(job);
  while (job.state === 'running') {
    await wait(options.pollMs ?? POLL_MS, signal);
    if (signal.aborted) return cancel();
    job = await api.reportProgress({ jobId: job.jobId });
    if (signal.aborted) return cancel();
    options.onProgress?.(job);
  }
  switch (job.state) {
    case 'done': {
      const file = await api.getReportFile({ jobId: job.jobId });
      return signal.aborted ? { kind: 'cancelled', job } : { kind: 'done', job, file };
    }
    case 'cancelled':
      return { kind: 'cancelled', job };
    case 'failed':
      return { kind: 'failed', job, error: job.error ?? { kind: 'internal', message: job.message } };
  }
}
