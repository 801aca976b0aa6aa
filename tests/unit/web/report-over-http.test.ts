import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportFile, ReportJob } from '../../../src/shared/report';
import { startWebServer, type RunningWebServer } from '../../../src/web/server';
import { fixtureHost } from '../../fixtures/report-host';

/**
 * The browser shell makes reports through the same contract: start, poll, cancel, fetch the
 * file (the PDF as base64, for the page to turn into a download).
 */
describe('reports through the browser shell’s HTTP adapter', () => {
  let server: RunningWebServer;
  beforeAll(async () => {
    const renderer = mkdtempSync(path.join(os.tmpdir(), 'synopsis-renderer-'));
    writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>t</title>');
    server = await startWebServer({ api: fixtureHost(), rendererDir: renderer, token: 'tok' });
  });
  afterAll(() => server.close());

  async function call<T>(
    method: string,
    arg?: unknown,
  ): Promise<{ status: number; body: { ok: boolean; value?: T; error?: { kind: string } } }> {
    const res = await fetch(`http://127.0.0.1:${server.port}/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-synopsis-token': 'tok' },
      body: JSON.stringify(arg === undefined ? {} : { arg }),
    });
    return { status: res.status, body: await res.json() };
  }

  it('starts a PDF report, reports progress, and hands over the file', async () => {
    let job = (await call<ReportJob>('startReport', { format: 'pdf', lang: 'fr' })).body.value!;
    while (job.state === 'running') {
      await new Promise((r) => setTimeout(r, 10));
      job = (await call<ReportJob>('reportProgress', { jobId: job.jobId })).body.value!;
    }
    expect(job.state).toBe('done');
    const file = (await call<ReportFile>('getReportFile', { jobId: job.jobId })).body.value!;
    expect(file).toMatchObject({ mediaType: 'application/pdf', encoding: 'base64' });
    expect(Buffer.from(file.content, 'base64').length).toBe(file.bytes);
  });

  it('refuses a malformed request before it reaches the host', async () => {
    const res = await call('startReport', { format: 'docx' });
    expect(res.status).toBe(400);
    expect(res.body.error?.kind).toBe('bad-input');
    expect((await call('cancelReport', { jobId: 'nope' })).status).toBe(404);
  });
});
