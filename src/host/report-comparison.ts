import { stepFraction } from '../core/compare';
import { DEFAULT_CODEBOOK, themesOf } from '../core/concepts/codebook';
import { INGEST_VERSION } from '../core/ingest';
import type { Comparison, CompareRequest } from '../shared/commitments';
import type { ReaderApi } from '../shared/contract';
import type { StepControl } from './drive-steps';

/**
 * How a report gets its comparison: the sources to compare (ids, any order) in, the comparison
 * (commitments, links, theme rows, method) out. Injected, so reports are built and tested
 * before and independently of the extractor; `signal` says when the report was cancelled, and
 * `progress` (when given) hears of each step done.
 */
export type CompareSources = (
  sourceIds: readonly string[],
  signal: AbortSignal,
  progress?: (done: number, total: number, message: string) => void,
) => Promise<Comparison>;

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * What the report's comparison asks of the host: the contract's methods, `compare` with the
 * host-side `control` (progress, cancel) that the shells never pass.
 */
export type ComparingApi = Pick<ReaderApi, 'listSources' | 'listCommitments'> & {
  compare(arg?: CompareRequest, control?: StepControl): Promise<Comparison>;
};

const PHASE_LABEL = {
  extracting: 'finding commitments',
  features: 'reading words',
  scoring: 'scoring pairs',
  selecting: 'choosing links',
  linking: 'word diffs',
};

/**
 * THE WIRING POINT: the comparison reports use in the app, the browser shell and the CLI — the
 * contract's `compare` (docs/commitments.md) over the chosen sources in time order, with every
 * curation decision applied. No source chosen: an empty comparison.
 */
export function reportComparison(api: ComparingApi): CompareSources {
  return async (sourceIds, signal, progress) => {
    const { sources } = await api.listSources();
    const chosen = sources.filter((s) => sourceIds.includes(s.id));
    if (chosen.length === 0) return emptyComparison(chosen);
    const order = [...chosen].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)).map((s) => s.id);
    // The commitments of each source first, one source at a time with a turn of the event loop
    // between (the host caches them, so `compare` reuses them): on a big corpus the extraction is
    // most of the work, and done in one piece it would hold every other request up.
    for (const [i, id] of order.entries()) {
      progress?.(i, order.length + 1, `commitments of ${id}`);
      await api.listCommitments({ sourceId: id });
      await tick();
      if (signal.aborted) throw signal.reason ?? new Error('cancelled');
    }
    progress?.(order.length, order.length + 1, 'linking');
    // The linking yields to the event loop as it goes, reports how far it is, and stops when
    // the report is cancelled.
    return api.compare(
      { sources: order },
      {
        signal,
        ...(progress
          ? {
              progress: (step) =>
                progress(
                  order.length + stepFraction(step),
                  order.length + 1,
                  `linking: ${PHASE_LABEL[step.phase]} ${Math.round((step.total > 0 ? step.done / step.total : 0) * 100)}%`,
                ),
            }
          : {}),
      },
    );
  };
}

/** No commitment in any source: the sources in time order, every theme of the codebook absent. */
export function emptyComparison(sources: readonly { readonly id: string; readonly date: string }[]): Comparison {
  const order = [...sources].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)).map((s) => s.id);
  return {
    sources: order,
    themes: themesOf(DEFAULT_CODEBOOK).map((t) => ({
      theme: t.id,
      bySource: Object.fromEntries(order.map((id) => [id, []])),
      status: 'absent',
    })),
    links: [],
    commitments: [],
    indicators: [],
    method: { codebookVersion: DEFAULT_CODEBOOK.version, extractorVersion: 0, linkThreshold: 0, ingestVersion: INGEST_VERSION },
  };
}
