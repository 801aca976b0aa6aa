import type { LangCode } from '../../shared/model';
import { rankConcepts, type ConceptMatcher } from '../concepts/matcher';

/**
 * Themes of a commitment from the codebook: the themes whose terms its words match, main theme
 * (highest weight, then earliest) first. A commitment that names no theme itself ("Les pays
 * Benelux souhaitent changer cela.") takes the theme of what it refers to: its list labels and
 * lead-in, the title above it, the sentence before it — the first of these that names one.
 */

/** At most this many themes per commitment: more would say nothing. */
export const MAX_THEMES = 4;

/** A further theme must weigh at least this share of the main one (one stray word is not a theme). */
export const SECONDARY_SHARE = 0.5;

function keep(ranked: readonly { conceptId: string; score: number }[], max: number): string[] {
  const main = ranked[0]?.score ?? 0;
  return ranked
    .filter((r, i) => i === 0 || r.score >= main * SECONDARY_SHARE)
    .slice(0, max)
    .map((r) => r.conceptId);
}

export function themesOf(
  text: string,
  lang: LangCode,
  context: readonly (string | undefined)[],
  matcher: ConceptMatcher,
  themeIds: ReadonlySet<string>,
): string[] {
  const own = rankConcepts(matcher.match(text, lang).filter((h) => themeIds.has(h.conceptId)));
  if (own.length > 0) return keep(own, MAX_THEMES);
  for (const c of context) {
    if (!c) continue;
    const ranked = rankConcepts(matcher.match(c, lang).filter((h) => themeIds.has(h.conceptId)));
    if (ranked.length > 0) return keep(ranked, 2);
  }
  return [];
}
