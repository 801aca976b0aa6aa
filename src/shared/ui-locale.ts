import type { Preferences, UiLocale } from './workspace';

/**
 * The interface language from a list of language tags (BCP 47, most preferred first): the first
 * that Synopsis speaks, English otherwise. The same rule as the renderer's `systemLocale`, so
 * Electron's menus and the window agree when the user has not chosen a language.
 */
export function uiLocaleFromTags(tags: readonly string[]): UiLocale {
  for (const tag of tags) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'fr' || base === 'nl' || base === 'en') return base;
  }
  return 'en';
}

/** The language in force: the user's choice kept in the workspace, else the system's. */
export function uiLocaleOf(preferences: Pick<Preferences, 'locale'> | undefined, systemLocale: UiLocale): UiLocale {
  return preferences?.locale ?? systemLocale;
}
