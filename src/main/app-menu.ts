import { Menu, type MenuItemConstructorOptions } from 'electron';
import { uiLocaleOf } from '../shared/ui-locale';
import type { Preferences, UiLocale } from '../shared/workspace';

/**
 * What the menu needs of the host: the saved preferences at start, and word when the renderer
 * writes new ones. The ReaderHost provides both; nothing in the IPC adapter knows of it.
 */
export interface PreferencesFeed {
  getWorkspace(): Promise<{ readonly preferences: Preferences }>;
  onPreferencesChanged(listener: (preferences: Preferences) => void): () => void;
}

export interface LocalizedMenu {
  /** The language the menu is in now; main's own dialogs use it too. */
  locale(): UiLocale;
  /** Stops following the preferences. */
  dispose(): void;
}

/**
 * Sets the application menu in the interface language and keeps it there: at once in the
 * system's language (so the window never opens without a menu), then in the language saved in
 * the workspace, then again whenever the renderer switches language. The menu is rebuilt only
 * when the language in force changes (a theme or text-size change leaves it alone).
 */
export function installLocalizedMenu(
  feed: PreferencesFeed,
  build: (locale: UiLocale) => MenuItemConstructorOptions[],
  systemLocale: UiLocale,
): LocalizedMenu {
  let current: UiLocale | undefined;
  let heard = false;
  const show = (locale: UiLocale): void => {
    if (locale === current) return;
    current = locale;
    Menu.setApplicationMenu(Menu.buildFromTemplate(build(locale)));
  };
  show(systemLocale);
  const stop = feed.onPreferencesChanged((preferences) => {
    heard = true;
    show(uiLocaleOf(preferences, systemLocale));
  });
  feed.getWorkspace().then(
    // A change heard meanwhile is newer than this read.
    (workspace) => {
      if (!heard) show(uiLocaleOf(workspace.preferences, systemLocale));
    },
    // An unreadable workspace is reported by the window; the menu stays in the system's language.
    () => undefined,
  );
  return { locale: () => current ?? systemLocale, dispose: stop };
}
