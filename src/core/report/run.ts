import type { ReportStep } from './model';

/** Runs a synchronous stepper to its end (tests, small reports): progress is ignored. */
export function runToEnd<T>(stepper: Generator<ReportStep, T, void>): T {
  for (;;) {
    const next = stepper.next();
    if (next.done) return next.value;
  }
}

/** Runs any stepper to its end, handing each step to `onStep` (the host's job loop does more). */
export async function drain<T>(
  stepper: Generator<ReportStep, T, void> | AsyncGenerator<ReportStep, T, void>,
  onStep: (step: ReportStep) => void = () => {},
): Promise<T> {
  for (;;) {
    const next = await stepper.next();
    if (next.done) return next.value;
    onStep(next.value);
  }
}
