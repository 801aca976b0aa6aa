/**
 * A long comparison as a sequence of steps. The core stays pure and synchronous: its long
 * passes (features, scoring the candidate pairs, selecting, diffing the links) are generators
 * that yield after a bounded amount of work, saying how far they are. Whoever drives them
 * decides what happens between two steps — nothing (`runSteps`, the one-piece comparison), or a
 * turn of the event loop, a progress report and a look at a cancel signal (the host).
 */

/** `extracting`: the commitments of the compared sources, before the comparison proper. */
export type ComparePhase = 'extracting' | 'features' | 'scoring' | 'selecting' | 'linking';

/** How far a comparison is: `done` of `total` units of the phase it is in. */
export interface CompareStep {
  readonly phase: ComparePhase;
  readonly done: number;
  readonly total: number;
}

/** A computation in steps that returns `T`. */
export type Steps<T> = Generator<CompareStep, T, void>;

/** Runs every step at once and returns the result: the comparison in one piece. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * Each phase's share of a comparison's time (measured on a repeated 4 MB corpus: extraction about
 * 1.4 s of 7 s), for one fraction.
 */
const PHASE_SPAN: Readonly<Record<ComparePhase, readonly [number, number]>> = {
  extracting: [0, 0.2],
  features: [0.2, 0.35],
  scoring: [0.35, 0.87],
  selecting: [0.87, 0.91],
  linking: [0.91, 1],
};

/**
 * The steps of `inner` with their progress mapped into [from, to] of `phase`, counted in
 * thousandths: a part of a longer computation (one source's extraction among several) reports
 * how far the whole is.
 */
export function* withinPhase<T>(inner: Steps<T>, phase: ComparePhase, from: number, to: number): Steps<T> {
  for (;;) {
    const next = inner.next();
    if (next.done) return next.value;
    const f = next.value.total > 0 ? Math.min(1, next.value.done / next.value.total) : 0;
    yield { phase, done: Math.round(1000 * (from + (to - from) * f)), total: 1000 };
  }
}

/** How far a comparison is, 0–1, from the step it yielded last (never goes back between phases). */
export function stepFraction(step: CompareStep): number {
  const [from, to] = PHASE_SPAN[step.phase];
  return from + (to - from) * (step.total > 0 ? Math.min(1, step.done / step.total) : 0);
}
