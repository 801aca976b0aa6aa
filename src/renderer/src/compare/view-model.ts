import { assertNever } from '../../../shared/errors';
import type { Commitment, CommitmentKind, CommitmentLink, Comparison, ThemeRow, ThemeStatus } from '../../../shared/commitments';

/**
 * What the Compare view shows, computed from a `Comparison` and the user's filters: the matrix
 * (counts per theme and source, their heat level, the theme's status), a theme's commitments side
 * by side and the links among them. Pure, so every count the view prints is unit-tested.
 */

export interface CompareFilters {
  /** Matrix rows with this status only. */
  readonly status: ThemeStatus | 'all';
  /** Commitments of this kind only (counts, cards, and links with an end of that kind). */
  readonly kind: CommitmentKind | 'all';
  /** The theme shown in detail; `all` shows the matrix. */
  readonly theme: string;
  /** One source's column only. */
  readonly source: string;
  /** Only what a user decision touched: curated commitments, confirmed or added links. */
  readonly curatedOnly: boolean;
}

export const ALL = 'all';

export const DEFAULT_FILTERS: CompareFilters = { status: ALL, kind: ALL, theme: ALL, source: ALL, curatedOnly: false };

/** Whether a commitment passes the kind and curated filters. */
export function commitmentPasses(c: Commitment, filters: CompareFilters): boolean {
  if (filters.kind !== ALL && c.kind !== filters.kind) return false;
  if (filters.curatedOnly && !c.curated) return false;
  return true;
}

/** The compared sources the view shows, in the comparison's order. */
export function visibleSources(comparison: Pick<Comparison, 'sources'>, filters: CompareFilters): readonly string[] {
  return filters.source === ALL || !comparison.sources.includes(filters.source) ? comparison.sources : [filters.source];
}

/** Heat levels 0–4 (0: none). Logarithmic, so one commitment is visible beside eighty. */
export const HEAT_LEVELS = 4;

export function heatLevel(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  const level = Math.ceil((HEAT_LEVELS * Math.log1p(count)) / Math.log1p(max));
  return Math.max(1, Math.min(HEAT_LEVELS, level));
}

export interface MatrixCell {
  readonly sourceId: string;
  /** Commitments passing the filters. */
  readonly count: number;
  /** All the theme's commitments in this source, whatever the filters. */
  readonly total: number;
  readonly level: number;
}

export interface MatrixRow {
  readonly theme: string;
  readonly status: ThemeStatus;
  readonly cells: readonly MatrixCell[];
  /** Links with at least one end under this theme (after the filters). */
  readonly links: number;
  /** Whether a user decision touched a commitment or link of this row. */
  readonly curated: boolean;
}

export interface MatrixModel {
  readonly sources: readonly string[];
  readonly rows: readonly MatrixRow[];
  /** Distinct commitments per source passing the filters (a commitment counts once, whatever its themes). */
  readonly totals: readonly { readonly sourceId: string; readonly count: number }[];
  /** Distinct links of the rows shown. */
  readonly links: number;
  readonly max: number;
}

/** Indexes of a comparison the view reads often. */
export interface ComparisonIndex {
  readonly byId: ReadonlyMap<string, Commitment>;
  /** Links touching each commitment (by id). */
  readonly linksOf: ReadonlyMap<string, readonly CommitmentLink[]>;
  readonly rowOf: ReadonlyMap<string, ThemeRow>;
}

const indexes = new WeakMap<Comparison, ComparisonIndex>();

export function indexComparison(comparison: Comparison): ComparisonIndex {
  let index = indexes.get(comparison);
  if (index) return index;
  const byId = new Map(comparison.commitments.map((c) => [c.id, c]));
  const linksOf = new Map<string, CommitmentLink[]>();
  for (const link of comparison.links)
    for (const end of [link.from, link.to]) {
      const list = linksOf.get(end) ?? [];
      list.push(link);
      linksOf.set(end, list);
    }
  index = { byId, linksOf, rowOf: new Map(comparison.themes.map((r) => [r.theme, r])) };
  indexes.set(comparison, index);
  return index;
}

const linkPasses = (link: CommitmentLink, index: ComparisonIndex, filters: CompareFilters, sources: ReadonlySet<string>): boolean => {
  const from = index.byId.get(link.from);
  const to = index.byId.get(link.to);
  if (!from || !to) return false;
  if (!sources.has(from.sourceId) && !sources.has(to.sourceId)) return false;
  if (filters.kind !== ALL && from.kind !== filters.kind && to.kind !== filters.kind) return false;
  if (filters.curatedOnly && link.origin === 'auto' && !from.curated && !to.curated) return false;
  return true;
};

/** The theme × source matrix under the filters: rows in the codebook's order, counts and heat levels. */
export function matrixModel(comparison: Comparison, filters: CompareFilters): MatrixModel {
  const index = indexComparison(comparison);
  const sources = visibleSources(comparison, filters);
  const shown = new Set(sources);
  const rows: MatrixRow[] = [];
  let max = 0;
  const counted = new Map<string, Set<string>>(sources.map((s) => [s, new Set<string>()]));
  const allLinks = new Set<string>();
  for (const row of comparison.themes) {
    if (filters.status !== ALL && row.status !== filters.status) continue;
    if (filters.theme !== ALL && row.theme !== filters.theme) continue;
    let curated = false;
    const cells = sources.map((sourceId) => {
      const ids = row.bySource[sourceId] ?? [];
      let count = 0;
      for (const id of ids) {
        const c = index.byId.get(id);
        if (!c) continue;
        if (c.curated) curated = true;
        if (!commitmentPasses(c, filters)) continue;
        count++;
        counted.get(sourceId)!.add(id);
      }
      max = Math.max(max, count);
      return { sourceId, count, total: ids.length, level: 0 };
    });
    const inTheme = new Set(Object.values(row.bySource).flat());
    const links = new Set<string>();
    for (const id of inTheme)
      for (const link of index.linksOf.get(id) ?? [])
        if (linkPasses(link, index, filters, shown)) {
          links.add(link.id);
          allLinks.add(link.id);
          if (link.origin !== 'auto') curated = true;
        }
    rows.push({ theme: row.theme, status: row.status, cells, links: links.size, curated });
  }
  return {
    sources,
    rows: rows.map((r) => ({ ...r, cells: r.cells.map((c) => ({ ...c, level: heatLevel(c.count, max) })) })),
    totals: sources.map((sourceId) => ({ sourceId, count: counted.get(sourceId)!.size })),
    links: allLinks.size,
    max,
  };
}

export interface LinkView {
  readonly link: CommitmentLink;
  readonly from: Commitment;
  readonly to: Commitment;
}

export interface ThemeColumn {
  readonly sourceId: string;
  readonly commitments: readonly Commitment[];
  /** The theme's commitments in this source before the kind and curated filters. */
  readonly total: number;
}

export interface ThemeDetailModel {
  readonly theme: string;
  readonly status: ThemeStatus;
  readonly columns: readonly ThemeColumn[];
  /** Links with an end under this theme, after the filters (and the selection, when one is given). */
  readonly links: readonly LinkView[];
  /** All the theme's links after the filters, whatever the selection. */
  readonly allLinks: number;
}

/** The commitments a selection stands for: itself and its translation twin (links use either). */
export function selectionIds(index: ComparisonIndex, selected: string | undefined): ReadonlySet<string> {
  if (!selected) return new Set();
  const c = index.byId.get(selected);
  const ids = new Set([selected]);
  if (c?.translationOf) ids.add(c.translationOf);
  for (const other of index.byId.values()) if (other.translationOf === selected) ids.add(other.id);
  return ids;
}

/**
 * One theme in detail: each visible source's commitments under it (in reading order, as the
 * comparison lists them), and the links with an end under it. With a selected commitment, only
 * its links (its translation twin's included).
 */
export function themeDetail(
  comparison: Comparison,
  themeId: string,
  filters: CompareFilters,
  selected?: string,
): ThemeDetailModel | undefined {
  const index = indexComparison(comparison);
  const row = index.rowOf.get(themeId);
  if (!row) return undefined;
  const sources = visibleSources(comparison, filters);
  const shown = new Set(sources);
  const columns = sources.map((sourceId) => {
    const ids = row.bySource[sourceId] ?? [];
    const commitments = ids.map((id) => index.byId.get(id)).filter((c): c is Commitment => c !== undefined && commitmentPasses(c, filters));
    return { sourceId, commitments, total: ids.length };
  });
  const inTheme = new Set(Object.values(row.bySource).flat());
  const chosen = selectionIds(index, selected);
  const all: LinkView[] = [];
  const seen = new Set<string>();
  for (const link of comparison.links) {
    if (seen.has(link.id) || (!inTheme.has(link.from) && !inTheme.has(link.to))) continue;
    if (!linkPasses(link, index, filters, shown)) continue;
    seen.add(link.id);
    all.push({ link, from: index.byId.get(link.from)!, to: index.byId.get(link.to)! });
  }
  const links = chosen.size > 0 ? all.filter((l) => chosen.has(l.link.from) || chosen.has(l.link.to)) : all;
  return { theme: themeId, status: row.status, columns, links, allLinks: all.length };
}

/** For each commitment linked to the selection: the relation of that link (cards show it). */
export function linkedToSelection(comparison: Comparison, selected: string | undefined): ReadonlyMap<string, CommitmentLink> {
  const index = indexComparison(comparison);
  const chosen = selectionIds(index, selected);
  const out = new Map<string, CommitmentLink>();
  for (const id of chosen)
    for (const link of index.linksOf.get(id) ?? []) {
      const other = chosen.has(link.from) ? link.to : link.from;
      if (!out.has(other)) out.set(other, link);
    }
  return out;
}

/** How the status reads in words: which translation key, with which source names filled in. */
export interface StatusWords {
  readonly key: string;
  readonly values: Readonly<Record<string, string | number>>;
  /** The party programme has the theme too (said after a governmental status). */
  readonly alsoProgramme: boolean;
}

/**
 * The status of a theme in words that name the timeline ("carried from 2021 to 2025", "new in
 * 2025", "not taken up after 2021", "only in the programme", "in all three"). `names` gives each
 * source's short name or year; `programme` tells the party programmes apart.
 */
export function statusWords(
  row: Pick<ThemeRow, 'status' | 'bySource'>,
  sources: readonly string[],
  names: (sourceId: string) => string,
  programme: (sourceId: string) => boolean,
): StatusWords {
  const gov = sources.filter((s) => !programme(s));
  const present = (s: string): boolean => (row.bySource[s]?.length ?? 0) > 0;
  const list = (ids: readonly string[]): string => ids.map(names).join(', ');
  const alsoProgramme = sources.some((s) => programme(s) && present(s));
  switch (row.status) {
    case 'in-all':
      return { key: 'compare.statusWords.inAll', values: { n: sources.length }, alsoProgramme: false };
    case 'carried':
      return {
        key: 'compare.statusWords.carried',
        values: { first: names(gov[0]!), later: list(gov.slice(1).filter(present)) },
        alsoProgramme,
      };
    case 'new':
      return { key: 'compare.statusWords.new', values: { later: list(gov.slice(1).filter(present)) }, alsoProgramme };
    case 'dropped':
      return { key: 'compare.statusWords.dropped', values: { first: names(gov[0]!) }, alsoProgramme };
    case 'only-programme':
      return { key: 'compare.statusWords.onlyProgramme', values: {}, alsoProgramme: false };
    case 'absent':
      return { key: 'compare.statusWords.absent', values: {}, alsoProgramme: false };
    default:
      return assertNever(row.status);
  }
}
