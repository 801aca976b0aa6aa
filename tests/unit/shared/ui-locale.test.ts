import { describe, expect, it } from 'vitest';
import { systemLocale } from '../../../src/renderer/src/i18n';
import { uiLocaleFromTags, uiLocaleOf } from '../../../src/shared/ui-locale';

describe('interface language', () => {
  it('takes the first system language Synopsis speaks, English otherwise', () => {
    expect(uiLocaleFromTags(['fr-BE', 'nl-BE'])).toBe('fr');
    expect(uiLocaleFromTags(['nl'])).toBe('nl');
    expect(uiLocaleFromTags(['de', 'de-DE', 'nl-BE'])).toBe('nl');
    expect(uiLocaleFromTags(['EN-gb', 'fr'])).toBe('en');
    expect(uiLocaleFromTags(['de', 'ja'])).toBe('en');
    expect(uiLocaleFromTags([])).toBe('en');
  });

  it('agrees with the renderer’s choice on the same languages, so the menus and the window match', () => {
    for (const tags of [['fr-BE', 'en-US'], ['de', 'nl-NL'], ['de'], [], ['nl-BE', 'fr-BE'], ['pt-BR', 'en-US', 'fr']])
      expect(uiLocaleFromTags(tags), tags.join(',')).toBe(systemLocale(tags));
  });

  it('prefers the user’s choice kept in the workspace', () => {
    expect(uiLocaleOf({ locale: 'nl' }, 'fr')).toBe('nl');
    expect(uiLocaleOf({}, 'fr')).toBe('fr');
    expect(uiLocaleOf(undefined, 'en')).toBe('en');
  });
});
