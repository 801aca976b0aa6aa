import type { CompareStep, Steps } from '../core/compare';

/**
 * Runs a computation the core exposes as steps (`compareInSteps`) in the host's event loop
 * without holding it: steps run back to back for about `sliceMs`, then the loop gets a turn
 * (`setImmediate`), so the window's IPC, the browser shell's HTTP requests and a report's
 * progress and cancel are answered while a large corpus is compared. Between slices the driver
 * reports the last step and stops, with the signal's reason, once the signal is aborted.
 */

export interface StepControl {
  /** Aborted when whoever asked no longer wants the result (a cancelled report). */
  readonly signal?: AbortSignal;
  /** Hears how far the computation is, once per slice. */
  readonly progress?: (step: CompareStep) => void;
}

/** Work done between two turns of the event loop: short enough not to be felt, long enough to cost nothing. */
export const SLICE_MS = 12;

const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** The error a stopped computation throws: the signal's reason, else a plain "cancelled". */
export function cancellation(signal: AbortSignal): unknown {
  return signal.reason ?? new Error('cancelled');
}

export async function driveSteps<T>(steps: Steps<T>, control: StepControl = {}, sliceMs: number = SLICE_MS): Promise<T> {
  const { signal, progress } = control;
  if (signal?.aborted) throw cancellation(signal);
  let started = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - started < sliceMs) continue;
    progress?.(next.value);
    await turn();
    if (signal?.aborted) {
      steps.return(undefined as never);
      throw cancellation(signal);
    }
    started = performance.now();
  }
}
