/** Median and percentiles of a sample, in the sample's unit; benches report medians, never assert. */
export function summarize(samples: readonly number[]): { median: number; p95: number; min: number; max: number; runs: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const round = (n: number): number => Math.round(n * 1000) / 1000;
  return {
    median: round(at(0.5)),
    p95: round(at(0.95)),
    min: round(sorted[0]!),
    max: round(sorted[sorted.length - 1]!),
    runs: sorted.length,
  };
}

/** Runs `fn` `runs` times after `warmup` unmeasured runs and returns the milliseconds of each. */
export async function time(fn: () => unknown, runs = 20, warmup = 3): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}
