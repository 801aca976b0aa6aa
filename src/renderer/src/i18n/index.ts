import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiLocale } from '../../../shared/workspace';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';

export default i18next;

export const catalogs = { en, fr, nl } as const;
export const UI_LOCALES: readonly UiLocale[] = ['en', 'fr', 'nl'];

/** The system's preferred interface language among those Synopsis speaks; English otherwise. */
export function systemLocale(languages: readonly string[] = navigator.languages): UiLocale {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'fr' || base === 'nl' || base === 'en') return base;
  }
  return 'en';
}

/** Starts i18next once, with every catalogue bundled (the app works offline). */
export function initI18n(locale: UiLocale): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, fr: { translation: fr }, nl: { translation: nl } },
    lng: locale,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  return i18next;
}

/** Dates as the chosen locale writes them; ISO partial dates (YYYY, YYYY-MM) stay partial. */
export function formatIsoDate(iso: string, locale: UiLocale): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  if (!mo) return y!;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, d ? Number(d) : 1));
  const options: Intl.DateTimeFormatOptions = d
    ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
    : { year: 'numeric', month: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(date);
}
