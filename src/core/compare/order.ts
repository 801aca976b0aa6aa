import type { SourceMeta } from '../../shared/model';

/**
 * Which sources a comparison reads and in which order. By default the sources the manifest marks
 * `compared`, in time order of their dates (the party programme, dated 2024, comes between the
 * 2021 answer and the June 2025 meeting); a caller that names the sources keeps its own order.
 */
export function comparisonOrder(sources: readonly SourceMeta[], requested?: readonly string[]): string[] {
  if (requested && requested.length > 0) return [...requested];
  return sources
    .filter((s) => s.role === 'compared')
    .map((s, i) => ({ s, i }))
    .sort((a, b) => a.s.date.localeCompare(b.s.date) || a.i - b.i)
    .map(({ s }) => s.id);
}

/**
 * A party's programme proposes, it does not govern: theme statuses read the governments'
 * timeline and the programme beside it ("only in the programme"). Told from the genre, so that
 * the Benelux joint *work* programme stays on the governments' side.
 */
export function isPartyProgramme(source: Pick<SourceMeta, 'genre' | 'publisher'>): boolean {
  return /\b(?:party|parti|partij|manifesto|election programme|programme électoral|verkiezingsprogramma)\b/i.test(
    `${source.genre} ${source.publisher}`,
  );
}
