import type { Source } from '../../../shared/model';

/**
 * Which sources the Compare view compares, in which order, and how it names them. `compare`
 * keeps the order it is given (its default is pure date order, which puts the 2024 party
 * programme between the 2021 answer and the 2025 meeting); the view asks for the issue's order
 * instead: the governments' timeline from its baseline, with party programmes beside it, last.
 */

/**
 * A party's programme proposes beside the governments' timeline. The same rule as the core's
 * `isPartyProgramme` (src/core/compare/order.ts), which the renderer may not import: told from the
 * genre and publisher, so the Benelux joint *work* programme stays on the governments' side.
 */
export function isPartyProgramme(source: Pick<Source, 'genre' | 'publisher'>): boolean {
  return /\b(?:party|parti|partij|manifesto|election programme|programme électoral|verkiezingsprogramma)\b/i.test(
    `${source.genre} ${source.publisher}`,
  );
}

/** Sources a user may compare: every one but the evidence sources (the DESI profile is read for indicators). */
export function comparableSources(sources: readonly Source[]): readonly Source[] {
  return sources.filter((s) => s.role !== 'evidence');
}

/** The default choice: the sources the manifest marks `compared`. */
export function defaultChoice(sources: readonly Source[]): readonly string[] {
  return sources.filter((s) => s.role === 'compared').map((s) => s.id);
}

const yearOf = (s: Source): number => Number(/^\d{4}/.exec(s.date)?.[0] ?? 9999);

/**
 * The order to compare the chosen sources in: the governmental sources in time order — by year,
 * a manifest's `compared` source before a `context` one of the same year (the 2021 answer stays
 * the baseline before the 2021–2024 work programme), then by full date — and the party
 * programmes after them, beside the timeline. With the three bundled compared sources this is the
 * issue's order: 2021 answer, 2025 meeting, party programme.
 */
export function timelineOrder(sources: readonly Source[], chosen: Iterable<string>): string[] {
  const wanted = new Set(chosen);
  const picked = sources.map((s, index) => ({ s, index })).filter(({ s }) => wanted.has(s.id));
  const rank = ({ s, index }: { s: Source; index: number }): [number, number, number, string, number] => [
    isPartyProgramme(s) ? 1 : 0,
    yearOf(s),
    s.role === 'compared' ? 0 : 1,
    s.date,
    index,
  ];
  picked.sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    for (let i = 0; i < ra.length; i++) {
      const x = ra[i]!;
      const y = rb[i]!;
      if (x < y) return -1;
      if (x > y) return 1;
    }
    return 0;
  });
  return picked.map(({ s }) => s.id);
}

/** What kind of document a source is, for its short name ("2021 answer", "2025 meeting"). */
export type SourceKind = 'answer' | 'meeting' | 'partyProgramme' | 'workProgramme' | 'profile' | 'other';

export function sourceKind(source: Pick<Source, 'genre' | 'publisher' | 'title'>): SourceKind {
  if (isPartyProgramme(source)) return 'partyProgramme';
  const text = `${source.genre} ${source.title}`;
  if (/\b(?:answer|réponse|antwoord)\b/i.test(text)) return 'answer';
  if (/\b(?:work(?:ing)? programme|programme de travail|werkprogramma)\b/i.test(text)) return 'workProgramme';
  if (/\b(?:meeting|réunion|vergadering)\b/i.test(text)) return 'meeting';
  if (/\b(?:profile|profil|index)\b/i.test(text)) return 'profile';
  return 'other';
}

/** The years a source covers, as its title prints them ("2021 – 2024" → "2021–2024"), else its date's year. */
export function sourceYears(source: Pick<Source, 'title' | 'date'>): string {
  const range = /\b((?:19|20)\d{2})\s*[–—-]\s*((?:19|20)\d{2})\b/.exec(source.title);
  if (range) return `${range[1]}–${range[2]}`;
  return /^\d{4}/.exec(source.date)?.[0] ?? source.date;
}

/** The short name's translation key and values: `compare.sourceKind.<kind>` with `{ years }`, or the title. */
export function shortNameParts(source: Source): { readonly key?: string; readonly years: string; readonly title: string } {
  const kind = sourceKind(source);
  return kind === 'other'
    ? { years: sourceYears(source), title: source.title }
    : { key: `compare.sourceKind.${kind}`, years: sourceYears(source), title: source.title };
}

/**
 * The short names of a list of sources ("2021 answer", "2025 meeting"), for places too narrow for
 * a title such as a pane's source menu. Two sources that would share a short name (two meetings
 * of one year in a folder the user opened) keep their titles, so no name is ambiguous.
 */
export function shortSourceNames(
  sources: readonly Source[],
  t: (key: string, values?: Record<string, unknown>) => string,
): ReadonlyMap<string, string> {
  const short = sources.map((s) => {
    const parts = shortNameParts(s);
    return [s, parts.key ? t(parts.key, { years: parts.years }) : parts.title] as const;
  });
  const uses = new Map<string, number>();
  for (const [, name] of short) uses.set(name, (uses.get(name) ?? 0) + 1);
  return new Map(short.map(([s, name]) => [s.id, (uses.get(name) ?? 0) > 1 ? s.title : name]));
}
