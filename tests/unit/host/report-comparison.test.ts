import { describe, expect, it } from 'vitest';
import { reportComparison } from '../../../src/host/report-comparison';
import type { ReaderApi } from '../../../src/shared/contract';

/** A contract that records what the report's comparison asks of it. */
function recordingApi(calls: string[]): ReaderApi {
  const sources = [
    { id: 'late', date: '2025-06-25' },
    { id: 'early', date: '2021-06-19' },
    { id: 'mid', date: '2024' },
  ];
  return {
    listSources: async () => ({ sources, rejected: [], corpusDir: '/c', manifest: 'sources.json' }),
    listCommitments: async ({ sourceId }: { sourceId: string }) => {
      calls.push(`commitments ${sourceId}`);
      return { commitments: [], codebookVersion: 'v', extractorVersion: 1 };
    },
    compare: async ({ sources: order }: { sources: string[] }) => {
      calls.push(`compare ${order.join(',')}`);
      return { sources: order, themes: [], links: [], commitments: [], indicators: [], method: {} };
    },
  } as unknown as ReaderApi;
}

describe('the comparison reports are made from', () => {
  it('extracts each source’s commitments in time order, one at a time, then links them', async () => {
    const calls: string[] = [];
    const steps: string[] = [];
    const comparison = await reportComparison(recordingApi(calls))(
      ['late', 'early', 'mid'],
      new AbortController().signal,
      (done, total, message) => steps.push(`${done}/${total} ${message}`),
    );
    expect(calls).toEqual(['commitments early', 'commitments mid', 'commitments late', 'compare early,mid,late']);
    expect(steps).toEqual(['0/4 commitments of early', '1/4 commitments of mid', '2/4 commitments of late', '3/4 linking']);
    expect(comparison.sources).toEqual(['early', 'mid', 'late']);
  });

  it('stops between sources when the report is cancelled, before linking', async () => {
    const calls: string[] = [];
    const controller = new AbortController();
    const run = reportComparison(recordingApi(calls))(['late', 'early', 'mid'], controller.signal, (done) => {
      if (done === 1) controller.abort();
    });
    await expect(run).rejects.toBeDefined();
    expect(calls).toEqual(['commitments early', 'commitments mid']);
  });

  it('gives an empty comparison when no chosen source is in the corpus', async () => {
    const calls: string[] = [];
    const comparison = await reportComparison(recordingApi(calls))(['gone'], new AbortController().signal);
    expect(comparison.links).toEqual([]);
    expect(calls).toEqual([]);
  });
});
