import type { Commitment, ThemeRow, ThemeStatus } from '../../shared/commitments';

/**
 * The theme × source matrix: for each theme, the commitments of each source that carry it (a
 * commitment counts under each of its themes), and where the theme stands. Statuses read the
 * governments' timeline — the first governmental source against the later ones — with the party
 * programme beside it, as the issue puts them: in all; carried from 2021 to 2025; new in 2025;
 * not taken up after 2021; only in the programme.
 */

export interface MatrixSource {
  readonly id: string;
  /** A party programme proposes beside the governments' timeline (see `isPartyProgramme`). */
  readonly programme: boolean;
}

export function themeStatus(present: readonly boolean[], sources: readonly MatrixSource[]): ThemeStatus {
  if (present.every((p) => !p)) return 'absent';
  if (present.every((p) => p)) return 'in-all';
  const gov = sources.map((s, i) => ({ s, p: present[i]! })).filter((x) => !x.s.programme);
  const inProgramme = sources.some((s, i) => s.programme && present[i]);
  if (!gov.some((x) => x.p)) return inProgramme ? 'only-programme' : 'absent';
  const [first, ...later] = gov;
  if (first?.p && later.some((x) => x.p)) return 'carried';
  if (first?.p) return 'dropped';
  return 'new';
}

export function themeMatrix(themeIds: readonly string[], sources: readonly MatrixSource[], commitments: readonly Commitment[]): ThemeRow[] {
  return themeIds.map((theme) => {
    const bySource: Record<string, string[]> = {};
    for (const s of sources) bySource[s.id] = [];
    for (const c of commitments) if (c.themes.includes(theme)) bySource[c.sourceId]?.push(c.id);
    const present = sources.map((s) => (bySource[s.id]?.length ?? 0) > 0);
    return { theme, bySource, status: themeStatus(present, sources) };
  });
}
