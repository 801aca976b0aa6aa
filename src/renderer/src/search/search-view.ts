import type { SearchHit, SearchResponse } from '../../../shared/search';
import type { RowModel } from '../panes/rows';

/** A half-open UTF-16 range into a block's text. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/** Why a search gave no results, in terms the search box can explain in place. */
export type QueryProblem =
  /** The query itself cannot be read (ApiError bad-input): the message says what to change. */
  | { readonly kind: 'query'; readonly message: string }
  /** Searching is not possible right now (engine missing, host unreachable, index broken). */
  | { readonly kind: 'unavailable'; readonly message: string };

/** What the search box shows. `previous` keeps the last results visible while the next query runs. */
export type SearchState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'searching'; readonly query: string; readonly previous?: SearchResponse }
  | { readonly kind: 'ready'; readonly query: string; readonly response: SearchResponse }
  | { readonly kind: 'error'; readonly query: string; readonly problem: QueryProblem };

/** Sorts a thrown error into a query problem: `bad-input` is the query's, everything else the system's. */
export function explainSearchError(err: unknown): QueryProblem {
  const kind = typeof err === 'object' && err !== null && 'kind' in err ? (err as { kind: unknown }).kind : undefined;
  const message = err instanceof Error ? err.message : String(err);
  return kind === 'bad-input' ? { kind: 'query', message } : { kind: 'unavailable', message };
}

/** The response the panes should highlight: the current one, or the previous one while searching. */
export function visibleResponse(state: SearchState): SearchResponse | undefined {
  return state.kind === 'ready' ? state.response : state.kind === 'searching' ? state.previous : undefined;
}

/** A hit as a pane sees it: where it is in the pane's rows. */
export interface PaneHit {
  readonly hit: SearchHit;
  readonly row: number;
  /** Position of its block in the pane's reading order (to sort hits inside one row). */
  readonly order: number;
}

/**
 * The hits a pane shows, in reading order: those of its source whose block its view shows
 * (a Dutch-only pane does not count the French side's hits).
 */
export function hitsForPane(response: SearchResponse | undefined, sourceId: string, model: RowModel): readonly PaneHit[] {
  if (!response) return [];
  const orderOf = model.orderOf;
  const out: PaneHit[] = [];
  const seen = new Set<string>();
  for (const hit of response.hits) {
    if (hit.sourceId !== sourceId || seen.has(hit.blockId)) continue;
    const row = model.rowOfBlock.get(hit.blockId);
    if (row === undefined) continue;
    seen.add(hit.blockId);
    out.push({ hit, row, order: orderOf.get(hit.blockId) ?? 0 });
  }
  return out.sort((a, b) => a.order - b.order);
}

/**
 * The ranges to highlight in a hit's block: the engine's own when it sent them, else the
 * snippet's highlighted words found again in the block (case-insensitively), else none (the
 * block is then marked as a whole, e.g. a hit reached through the alignment).
 */
export function hitRanges(hit: SearchHit, blockText: string): readonly TextSpan[] {
  const valid = (r: TextSpan): boolean => r.start >= 0 && r.end <= blockText.length && r.start < r.end;
  if (hit.highlights && hit.highlights.length > 0) return mergeSpans(hit.highlights.filter(valid));
  const words = new Set(
    hit.snippet.highlights.map((h) => hit.snippet.text.slice(h.start, h.end).toLocaleLowerCase()).filter((w) => w.trim().length > 0),
  );
  const lower = blockText.toLocaleLowerCase();
  // Offsets in `lower` are offsets in the text only if lower-casing kept the length (it almost always does).
  if (lower.length !== blockText.length) return [];
  const spans: TextSpan[] = [];
  for (const word of words) {
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + word.length))
      spans.push({ start: at, end: at + word.length });
  }
  return mergeSpans(spans.filter(valid));
}

/** Sorted, non-overlapping spans. */
export function mergeSpans(spans: readonly TextSpan[]): readonly TextSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: TextSpan[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) out[out.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/**
 * The hit F3 (forward) or Shift+F3 (backward) goes to, by reading order: the one after (before)
 * the hit last visited if the reader is still on it (`at`, the block at the reading line), else,
 * forward, the first hit from the top of the view (`top`, when given: a hit already on screen
 * comes first) or after the reading line, and backward the last one before the reading line.
 * Wraps around the document, and says so.
 */
export function stepHit(
  hits: readonly { readonly order: number }[],
  position: { readonly at: number; readonly top?: number; readonly current?: number },
  direction: 1 | -1,
): { readonly index: number; readonly wrapped: boolean } | undefined {
  const n = hits.length;
  if (n === 0) return undefined;
  const current = position.current;
  if (current !== undefined && current >= 0 && current < n && hits[current]!.order === position.at) {
    const index = current + direction;
    if (index >= n) return { index: 0, wrapped: true };
    if (index < 0) return { index: n - 1, wrapped: true };
    return { index, wrapped: false };
  }
  if (direction === 1) {
    const index =
      position.top !== undefined ? hits.findIndex((h) => h.order >= position.top!) : hits.findIndex((h) => h.order > position.at);
    return index >= 0 ? { index, wrapped: false } : { index: 0, wrapped: true };
  }
  for (let i = n - 1; i >= 0; i--) if (hits[i]!.order < position.at) return { index: i, wrapped: false };
  return { index: n - 1, wrapped: true };
}

/** A group of the result list: one source, its count, its hits in rank order. */
export interface ResultGroup {
  readonly sourceId: string;
  readonly count: number;
  readonly hits: readonly SearchHit[];
}

/**
 * Results grouped by source with their counts, in the engine's group order (then any source the
 * groups forgot, by its best hit), so the list and the counts never disagree.
 */
export function groupResults(response: SearchResponse): readonly ResultGroup[] {
  const bySource = new Map<string, SearchHit[]>();
  for (const hit of response.hits) {
    const list = bySource.get(hit.sourceId) ?? [];
    list.push(hit);
    bySource.set(hit.sourceId, list);
  }
  const groups: ResultGroup[] = [];
  const done = new Set<string>();
  for (const g of response.groups) {
    if (done.has(g.sourceId)) continue;
    done.add(g.sourceId);
    groups.push({ sourceId: g.sourceId, count: g.count, hits: bySource.get(g.sourceId) ?? [] });
  }
  for (const [sourceId, hits] of bySource) if (!done.has(sourceId)) groups.push({ sourceId, count: hits.length, hits });
  return groups;
}

const paneHitsCache = new WeakMap<SearchResponse, WeakMap<RowModel, readonly PaneHit[]>>();

/** `hitsForPane`, computed once per response and row model (the app asks on every render). */
export function cachedHitsForPane(response: SearchResponse | undefined, sourceId: string, model: RowModel): readonly PaneHit[] {
  if (!response) return [];
  let byModel = paneHitsCache.get(response);
  if (!byModel) paneHitsCache.set(response, (byModel = new WeakMap()));
  let hits = byModel.get(model);
  if (!hits) byModel.set(model, (hits = hitsForPane(response, sourceId, model)));
  return hits;
}

/** A decoration layer as `components/decorations.ts` merges them (kept structural: no component import here). */
export type HitLayer = ReadonlyMap<
  string,
  { readonly inline?: readonly { start: number; end: number; className: string }[]; readonly className?: string }
>;

/**
 * The decoration layer of a pane's hits: each hit's ranges marked (`hit`, and `hit current` for
 * the one F3 went to); a hit without ranges in its block (reached through the translation or the
 * glossary) marks the block as a whole (`hit-block`).
 */
export function hitLayer(hits: readonly PaneHit[], textOf: (blockId: string) => string, current: number | undefined): HitLayer {
  const layer = new Map<string, { inline?: { start: number; end: number; className: string }[]; className?: string }>();
  hits.forEach((h, i) => {
    const isCurrent = i === current;
    const ranges = hitRanges(h.hit, textOf(h.hit.blockId));
    layer.set(
      h.hit.blockId,
      ranges.length > 0
        ? {
            inline: ranges.map((r) => ({ ...r, className: isCurrent ? 'hit current' : 'hit' })),
            ...(isCurrent ? { className: 'hit-current' } : {}),
          }
        : { className: isCurrent ? 'hit-block hit-current' : 'hit-block' },
    );
  });
  return layer;
}
