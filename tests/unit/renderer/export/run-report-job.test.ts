import { describe, expect, it } from 'vitest';
import { runReportJob, type ReportJobApi } from '../../../../src/renderer/src/export/run-report-job';
import type { ReportFile, ReportJob, ReportRequest } from '../../../../src/shared/report';

/** A host that runs a job through the given states, one per progress call. */
function fakeHost(states: readonly Partial<ReportJob>[], options: { startError?: Error } = {}) {
  const calls: string[] = [];
  let i = 0;
  const job = (): ReportJob => ({
    jobId: 'j1',
    format: 'pdf',
    state: 'running',
    stage: 'loading',
    fraction: 0,
    message: '',
    ...states[Math.min(i, states.length - 1)],
  });
  const file: ReportFile = { fileName: 'r.pdf', mediaType: 'application/pdf', bytes: 3, sha256: 'x', encoding: 'base64', content: 'JVBE' };
  const api: ReportJobApi = {
    startReport: async (r: ReportRequest) => {
      calls.push(`start ${r.format}`);
      if (options.startError) throw options.startError;
      return job();
    },
    reportProgress: async () => {
      i++;
      calls.push('progress');
      return job();
    },
    cancelReport: async () => {
      calls.push('cancel');
      return { ...job(), state: 'cancelled' };
    },
    getReportFile: async () => {
      calls.push('file');
      return file;
    },
  };
  return { api, calls, file };
}

describe('running a report job from the renderer', () => {
  it('follows the job to its file, reporting each step', async () => {
    const host = fakeHost([
      {},
      { stage: 'comparing', fraction: 0.2 },
      { stage: 'rendering', fraction: 0.7 },
      { state: 'done', stage: 'done', fraction: 1 },
    ]);
    const seen: number[] = [];
    const outcome = await runReportJob(
      host.api,
      { format: 'pdf' },
      { signal: new AbortController().signal, pollMs: 1, onProgress: (j) => seen.push(j.fraction) },
    );
    expect(outcome).toMatchObject({ kind: 'done', file: host.file });
    expect(seen).toEqual([0, 0.2, 0.7, 1]);
    expect(host.calls).toEqual(['start pdf', 'progress', 'progress', 'progress', 'file']);
  });

  it('cancels on the host when the signal aborts, and asks for nothing more', async () => {
    const host = fakeHost([{}, { fraction: 0.1 }]);
    const controller = new AbortController();
    const outcome = await runReportJob(
      host.api,
      { format: 'pdf' },
      {
        signal: controller.signal,
        pollMs: 5,
        onProgress: (j) => {
          if (j.fraction > 0) controller.abort();
        },
      },
    );
    expect(outcome.kind).toBe('cancelled');
    expect(host.calls.at(-1)).toBe('cancel');
    expect(host.calls).not.toContain('file');
  });

  it('tells a failed job with the host’s error, and a job cancelled elsewhere as cancelled', async () => {
    const failed = fakeHost([{}, { state: 'failed', error: { kind: 'io', message: 'disk full' } }]);
    expect(await runReportJob(failed.api, { format: 'csv' }, { signal: new AbortController().signal, pollMs: 1 })).toMatchObject({
      kind: 'failed',
      error: { kind: 'io', message: 'disk full' },
    });
    const cancelled = fakeHost([{}, { state: 'cancelled' }]);
    expect((await runReportJob(cancelled.api, { format: 'csv' }, { signal: new AbortController().signal, pollMs: 1 })).kind).toBe(
      'cancelled',
    );
  });

  it('lets a refused start (bad choices, too many jobs) reach the caller as it came', async () => {
    const refused = Object.assign(new Error('2 reports are being made already'), { kind: 'conflict' });
    const host = fakeHost([{}], { startError: refused });
    await expect(runReportJob(host.api, { format: 'md' }, { signal: new AbortController().signal })).rejects.toBe(refused);
  });
});
