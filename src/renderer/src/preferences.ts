import type { Preferences, UiLocale } from '../../shared/workspace';

export const MIN_FONT_SCALE = 0.75;
export const MAX_FONT_SCALE = 2;

/** Keeps the reading size within what the layout is designed for. */
export function clampFontScale(value: number): number {
  return Math.round(Math.min(MAX_FONT_SCALE, Math.max(MIN_FONT_SCALE, value)) * 100) / 100;
}

/** Reflects preferences on the document: theme (system unless chosen), text size, language. */
export function applyPreferences(preferences: Preferences, locale: UiLocale): void {
  const root = document.documentElement;
  const dark =
    preferences.theme === 'dark' || (preferences.theme === 'system' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  root.dataset.theme = dark ? 'dark' : 'light';
  root.style.setProperty('--font-scale', String(preferences.fontScale));
  root.lang = locale;
}
