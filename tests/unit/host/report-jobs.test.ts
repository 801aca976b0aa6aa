import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledCorpusDir } from '../../../src/host/locations';
import { createReaderHost } from '../../../src/host/reader-host';
import { emptyComparison } from '../../../src/host/report-comparison';
import { reportInstant } from '../../../src/host/report-jobs';
import type { Comparison } from '../../../src/shared/commitments';
import schema from '../../../schemas/report-v1.schema.json';
import { fixtureHost, waitForJob } from '../../fixtures/report-host';

const validate = new Ajv2020({ strict: true }).compile(schema);
const EPOCH = '1769860800'; // 2026-01-31T12:00:00Z

afterEach(() => {
  delete process.env.SOURCE_DATE_EPOCH;
});

describe('report jobs in the host', () => {
  it('makes a report in the background: progress rises from 0 to 1 through the stages, the file is valid', async () => {
    process.env.SOURCE_DATE_EPOCH = EPOCH;
    // The real comparison (the extractor's): see also report-real-comparison.test.ts.
    const host = createReaderHost({
      corpusDir: bundledCorpusDir(),
      dataDir: mkdtempSync(path.join(os.tmpdir(), 'synopsis-')),
      version: '0.1.0',
    });
    const started = await host.startReport({ format: 'json' });
    expect(started).toMatchObject({ state: 'running', format: 'json' });
    const { final, seen } = await waitForJob(host, started);
    expect(final).toMatchObject({ state: 'done', stage: 'done', fraction: 1 });
    const fractions = seen.map((j) => j.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    const file = await host.getReportFile({ jobId: started.jobId });
    expect(file).toMatchObject({ fileName: 'synopsis-report-2026-01-31.json', mediaType: 'application/json', encoding: 'utf-8' });
    expect(file.sha256).toBe(createHash('sha256').update(file.content).digest('hex'));
    expect(file.bytes).toBe(Buffer.byteLength(file.content));
    const json = JSON.parse(file.content);
    expect(validate(json)).toBe(true);
    expect(json.generated).toBe('2026-01-31T12:00:00.000Z');
    expect(json.commitments.length).toBeGreaterThan(20);
  });

  it('stays responsive during a long report: other calls are answered while it runs, progress is seen between 0 and 1', async () => {
    const host = fixtureHost({ factor: 60 });
    const job = await host.startReport({ format: 'pdf' });
    const sources = await host.listSources();
    expect(sources.sources).toHaveLength(5);
    const { final, seen } = await waitForJob(host, job, 5);
    expect(final.state).toBe('done');
    const between = new Set(seen.filter((j) => j.fraction > 0 && j.fraction < 1).map((j) => j.fraction));
    expect(between.size).toBeGreaterThanOrEqual(3);
    expect(new Set(seen.map((j) => j.stage))).toEqual(new Set(['loading', 'comparing', 'assembling', 'rendering', 'done']));
    const file = await host.getReportFile({ jobId: job.jobId });
    expect(file.encoding).toBe('base64');
    expect(Buffer.from(file.content, 'base64').subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
  });

  it('cancels while rendering: the job ends cancelled, gives no file, and a new one can start', async () => {
    const host = fixtureHost({ factor: 60 });
    const job = await host.startReport({ format: 'pdf' });
    let current = job;
    while (current.state === 'running' && current.stage !== 'rendering') {
      await new Promise((resolve) => setTimeout(resolve, 2));
      current = await host.reportProgress({ jobId: job.jobId });
    }
    expect(current.stage).toBe('rendering');
    const cancelled = await host.cancelReport({ jobId: job.jobId });
    expect(cancelled.state).toBe('cancelled');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await host.reportProgress({ jobId: job.jobId })).state).toBe('cancelled');
    await expect(host.getReportFile({ jobId: job.jobId })).rejects.toMatchObject({
      kind: 'bad-input',
      message: expect.stringContaining('cancelled'),
    });
    const again = await host.startReport({ format: 'md', themes: ['digital-inclusion'] });
    expect((await waitForJob(host, again)).final.state).toBe('done');
  });

  it('cancels while the comparison runs, and tells the comparison through its signal', async () => {
    let release!: () => void;
    let signalled: AbortSignal | undefined;
    const host = fixtureHost({
      compare: (ids, signal) => {
        signalled = signal;
        return new Promise<Comparison>((resolve) => {
          release = () => resolve(emptyComparison(ids.map((id) => ({ id, date: '2021' }))));
        });
      },
    });
    const job = await host.startReport({ format: 'html' });
    while ((await host.reportProgress({ jobId: job.jobId })).stage !== 'comparing') await new Promise((r) => setTimeout(r, 2));
    await new Promise((r) => setTimeout(r, 10));
    expect((await host.cancelReport({ jobId: job.jobId })).state).toBe('cancelled');
    expect(signalled?.aborted).toBe(true);
    release();
    await new Promise((r) => setTimeout(r, 20));
    expect((await host.reportProgress({ jobId: job.jobId })).state).toBe('cancelled');
  });

  it('gives byte-identical files for the same inputs with SOURCE_DATE_EPOCH, in every format', async () => {
    process.env.SOURCE_DATE_EPOCH = EPOCH;
    for (const format of ['html', 'pdf', 'md', 'csv', 'json'] as const) {
      const sums = [];
      for (let i = 0; i < 2; i++) {
        const host = fixtureHost();
        const { final } = await waitForJob(host, await host.startReport({ format }));
        sums.push(final.file?.sha256);
      }
      expect(sums[0], format).toBeDefined();
      expect(sums[1], format).toBe(sums[0]);
    }
  });

  it('refuses wrong choices at once, with the list of what exists', async () => {
    const host = fixtureHost();
    await expect(host.startReport({ format: 'pdf', sources: ['nope'] })).rejects.toMatchObject({
      kind: 'bad-input',
      message: expect.stringContaining('Choose among: benelux-answer-2021'),
    });
    await expect(host.startReport({ format: 'pdf', themes: ['space-travel'] })).rejects.toMatchObject({
      kind: 'bad-input',
      message: expect.stringContaining('digital-identity'),
    });
    await expect(host.reportProgress({ jobId: 'no-such-job' })).rejects.toMatchObject({ kind: 'not-found' });
    process.env.SOURCE_DATE_EPOCH = 'yesterday';
    await expect(host.startReport({ format: 'md' })).rejects.toMatchObject({
      kind: 'bad-input',
      message: expect.stringContaining('SOURCE_DATE_EPOCH'),
    });
  });

  it('refuses the file of a running job, and a third job at once', async () => {
    const host = fixtureHost({ factor: 30 });
    const a = await host.startReport({ format: 'pdf' });
    const b = await host.startReport({ format: 'pdf' });
    await expect(host.getReportFile({ jobId: a.jobId })).rejects.toMatchObject({ kind: 'conflict' });
    await expect(host.startReport({ format: 'pdf' })).rejects.toMatchObject({ kind: 'conflict' });
    await host.cancelReport({ jobId: a.jobId });
    await host.cancelReport({ jobId: b.jobId });
  });

  it('offers the choices with defaults: compared sources, every theme, the app’s locale', async () => {
    const host = fixtureHost();
    await host.updateWorkspace({ preferences: { locale: 'fr' } });
    const options = await host.getReportOptions();
    expect(options.formats).toEqual(['html', 'pdf', 'md', 'csv', 'json']);
    expect(options.defaults.sources).toEqual(['benelux-answer-2021', 'benelux-dg-meeting-2025', 'engages-digital-plan']);
    expect(options.sources.filter((s) => s.selected).map((s) => s.id)).toEqual(options.defaults.sources);
    expect(options.themes).toHaveLength(17);
    expect(options.themes[0]).toMatchObject({ id: 'digital-identity', labels: { fr: 'Identité numérique' } });
    expect(options.defaults.lang).toBe('fr');
    const { final } = await waitForJob(host, await host.startReport({ format: 'md' }));
    expect((await host.getReportFile({ jobId: final.jobId })).content).toContain('# Rapport de comparaison');
  });

  it('includes annotations made in the app, cited in the file', async () => {
    const host = fixtureHost();
    const doc = await host.getDocument({ sourceId: 'benelux-dg-meeting-2025' });
    const block = doc.blocks.find((b) => b.text.includes('table ronde'))!;
    const start = block.text.indexOf('table ronde');
    await host.createAnnotation({ sourceId: doc.source.id, blockId: block.id, start, end: start + 11, note: 'Ask for the minutes.' });
    const { final } = await waitForJob(host, await host.startReport({ format: 'json' }));
    const json = JSON.parse((await host.getReportFile({ jobId: final.jobId })).content);
    const note = json.annotations.find((a: { note: string }) => a.note === 'Ask for the minutes.');
    expect(note.target.citation).toMatchObject({ match: 'exact', file: { line: 18 } });
    const without = await waitForJob(host, await host.startReport({ format: 'json', annotations: false }));
    expect(JSON.parse((await host.getReportFile({ jobId: without.final.jobId })).content).annotations).toEqual([]);
  });

  it('reports carry the comparison of the commitments extractor (the wiring point)', async () => {
    const host = createReaderHost({
      corpusDir: bundledCorpusDir(),
      dataDir: mkdtempSync(path.join(os.tmpdir(), 'synopsis-')),
      version: '0.1.0',
    });
    const { final } = await waitForJob(host, await host.startReport({ format: 'json' }));
    const json = JSON.parse((await host.getReportFile({ jobId: final.jobId })).content);
    expect(json.commitments.length).toBeGreaterThan(0);
    expect(json.themes.some((t: { status: string }) => t.status !== 'absent')).toBe(true);
    expect(json.sources.map((s: { id: string }) => s.id)).toEqual([
      'benelux-answer-2021',
      'engages-digital-plan',
      'benelux-dg-meeting-2025',
    ]);
    expect(json.method.extractorVersion).toBeGreaterThanOrEqual(1);
  });
});

describe('reportInstant', () => {
  it('reads SOURCE_DATE_EPOCH as seconds since 1970, else takes the current time', () => {
    expect(reportInstant({ SOURCE_DATE_EPOCH: '0' })).toBe('1970-01-01T00:00:00.000Z');
    expect(reportInstant({ SOURCE_DATE_EPOCH: EPOCH })).toBe('2026-01-31T12:00:00.000Z');
    expect(reportInstant({}, () => new Date('2030-05-05T05:05:05Z'))).toBe('2030-05-05T05:05:05.000Z');
    expect(() => reportInstant({ SOURCE_DATE_EPOCH: '-1' })).toThrow(/whole number/);
  });
});
