import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CompareStep, Steps } from '../../../src/core/compare';
import { driveSteps } from '../../../src/host/drive-steps';
import { bundledCorpusDir } from '../../../src/host/locations';
import { createReaderHost, type ReaderHost } from '../../../src/host/reader-host';
import { reportComparison } from '../../../src/host/report-comparison';

/**
 * The comparison as the host runs it: in steps, with turns of the event loop between slices (so
 * the window, the browser shell and a report's progress and cancel are answered meanwhile),
 * progress for whoever asked, cancel, and one computation shared by callers that ask for the
 * same comparison at once.
 */

const host = (): ReaderHost =>
  createReaderHost({ corpusDir: bundledCorpusDir(), dataDir: mkdtempSync(path.join(os.tmpdir(), 'synopsis-steps-')), version: 'test' });

/** Counts the turns the event loop takes until stopped. */
function turnCounter(): { readonly count: () => number; readonly stop: () => void } {
  let turns = 0;
  let running = true;
  const spin = (): void => {
    if (!running) return;
    turns++;
    setImmediate(spin);
  };
  setImmediate(spin);
  return { count: () => turns, stop: () => (running = false) };
}

/** Steps that each keep the CPU busy for `ms`, returning how many ran; notes when it was closed. */
function* busy(count: number, ms: number, closed: { value: boolean }): Steps<number> {
  try {
    for (let i = 0; i < count; i++) {
      const until = performance.now() + ms;
      while (performance.now() < until);
      yield { phase: 'scoring', done: i + 1, total: count };
    }
    return count;
  } finally {
    closed.value = true;
  }
}

describe('driveSteps', () => {
  it('lets the event loop turn between slices and reports progress there', async () => {
    const turns = turnCounter();
    const seen: CompareStep[] = [];
    const closed = { value: false };
    const result = await driveSteps(busy(20, 2, closed), { progress: (s) => seen.push(s) }, 5);
    turns.stop();
    expect(result).toBe(20);
    expect(turns.count()).toBeGreaterThanOrEqual(3);
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen.map((s) => s.done)).toEqual([...seen.map((s) => s.done)].sort((a, b) => a - b));
  });

  it('stops at the next slice once cancelled, with the signal’s reason, and closes the steps', async () => {
    const controller = new AbortController();
    const closed = { value: false };
    const run = driveSteps(
      busy(1000, 1, closed),
      { signal: controller.signal, progress: (s) => s.done >= 5 && controller.abort(new Error('stop')) },
      2,
    );
    await expect(run).rejects.toThrow('stop');
    expect(closed.value).toBe(true);
    await expect(driveSteps(busy(1, 0, { value: false }), { signal: controller.signal })).rejects.toThrow('stop');
  });
});

describe('compare in the host', () => {
  it('reports progress while it compares, and gives what the one-piece call gives', async () => {
    const api = host();
    const turns = turnCounter();
    const seen: CompareStep[] = [];
    const stepped = await api.compare({}, { progress: (s) => seen.push(s) });
    turns.stop();
    expect(seen.length).toBeGreaterThan(0);
    expect(turns.count()).toBeGreaterThan(seen.length);
    // A fresh host with no progress listener computes the same comparison.
    expect(JSON.stringify(await host().compare())).toBe(JSON.stringify(stepped));
  });

  it('shares one computation between callers; one cancelling leaves the other its result', async () => {
    const api = host();
    const controller = new AbortController();
    const leaving = api.compare({}, { signal: controller.signal });
    const staying = api.compare();
    const third = api.compare();
    setImmediate(() => controller.abort(new Error('closed the dialog')));
    await expect(leaving).rejects.toThrow('closed the dialog');
    const [a, b] = await Promise.all([staying, third]);
    expect(a).toBe(b);
    expect(a.links.length).toBeGreaterThan(50);
    expect(await api.compare()).toBe(a);
  });

  it('stops when its only caller cancels; asked again, it computes anew', async () => {
    const api = host();
    const controller = new AbortController();
    let after = 0;
    const run = api.compare(
      {},
      {
        signal: controller.signal,
        progress: () => {
          if (controller.signal.aborted) after++;
          controller.abort();
        },
      },
    );
    await expect(run).rejects.toBeDefined();
    expect(after).toBe(0);
    await expect(api.compare({}, { signal: controller.signal })).rejects.toBeDefined();
    const again = await api.compare();
    expect(again.links.length).toBeGreaterThan(50);
  });

  it('tells a report how far the linking is', async () => {
    const api = host();
    const messages: string[] = [];
    const fractions: number[] = [];
    const cmp = await reportComparison(api)(
      ['benelux-answer-2021', 'engages-digital-plan'],
      new AbortController().signal,
      (done, total, m) => {
        messages.push(m);
        fractions.push(done / total);
      },
    );
    expect(cmp.sources).toEqual(['benelux-answer-2021', 'engages-digital-plan']);
    expect(messages.slice(0, 3)).toEqual(['commitments of benelux-answer-2021', 'commitments of engages-digital-plan', 'linking']);
    expect(messages.slice(3).every((m) => /^linking: (reading words|scoring pairs|choosing links|word diffs) \d+%$/.test(m))).toBe(true);
    for (let i = 1; i < fractions.length; i++) expect(fractions[i]!).toBeGreaterThanOrEqual(fractions[i - 1]!);
    expect(Math.max(...fractions)).toBeLessThanOrEqual(1);
  });
});
