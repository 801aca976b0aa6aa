/**
 * A long comparison as a sequence of steps. The core stays pure and synchronous: its long
 * passes (features, scoring the candidate pairs, selecting, diffing the links) are generators
 * that yield after a bounded amount of work, saying how far they are. Whoever drives them
 * decides what happens between two steps — nothing (`runSteps`, the one-piece comparison), or a
 * turn of the event loop, a progress report and a look at a cancel signal (the host).
 */

export type ComparePhase = 'features' | 'scoring' | 'selecting' | 'linking';

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

/** Each phase's share of a comparison's time (measured on a repeated 4 MB corpus), for one fraction. */
const PHASE_SPAN: Readonly<Record<ComparePhase, readonly [number, number]>> = {
  features: [0, 0.2],
  scoring: [0.2, 0.85],
  selecting: [0.85, 0.9],
  linking: [0.9, 1],
};

/** How far a comparison is, 0–1, from the step it yielded last (never goes back between phases). */
export function stepFraction(step: CompareStep): number {
  const [from, to] = PHASE_SPAN[step.phase];
  return from + (to - from) * (step.total > 0 ? Math.min(1, step.done / step.total) : 0);
}
