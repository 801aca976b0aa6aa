import { assertNever } from '../../../shared/errors';
import type { UiLocale } from '../../../shared/workspace';
import type { RelatedReason } from './related-passages';

/** The translate function, as i18next's `t` (kept abstract so this stays testable without i18next). */
export type Translate = (key: string, values?: Record<string, unknown>) => string;

/** Words joined as the locale writes a list ("a, b and c", "a, b et c", "a, b en c"). */
export function formatList(items: readonly string[], locale: UiLocale): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

/** One reason, as the pane shows it: "translation", "same theme: digital identity", "shared terms: …". */
export function formatReason(reason: RelatedReason, t: Translate, locale: UiLocale): string {
  switch (reason.kind) {
    case 'translation':
      return t('related.reason.translation');
    case 'same-passage':
      return t('related.reason.samePassage');
    case 'theme':
      return t('related.reason.theme', { label: reason.label });
    case 'terms':
      return t('related.reason.terms', { terms: formatList(reason.terms, locale) });
    case 'search':
      return t('related.reason.search', { query: reason.query });
    case 'commitment':
      return reason.label ? t('related.reason.commitmentNamed', { label: reason.label }) : t('related.reason.commitment');
    default:
      return assertNever(reason);
  }
}

/** At most this many themes are named; the rest are counted in the list's last item. */
const MAX_THEMES = 3;

/**
 * Several reasons, strongest first, joined for one line; the themes are named together
 * ("same themes: digital identity and e-government"), not one reason each.
 */
export function formatReasons(reasons: readonly RelatedReason[], t: Translate, locale: UiLocale): string {
  const themes = reasons.filter((r): r is Extract<RelatedReason, { kind: 'theme' }> => r.kind === 'theme').map((r) => r.label);
  const parts: string[] = [];
  let themesDone = false;
  for (const r of reasons) {
    if (r.kind !== 'theme') parts.push(formatReason(r, t, locale));
    else if (!themesDone) {
      themesDone = true;
      const named =
        themes.length > MAX_THEMES
          ? [...themes.slice(0, MAX_THEMES - 1), t('related.reason.moreThemes', { count: themes.length - MAX_THEMES + 1 })]
          : themes;
      parts.push(themes.length === 1 ? formatReason(r, t, locale) : t('related.reason.themes', { labels: formatList(named, locale) }));
    }
  }
  return parts.join(' · ');
}
