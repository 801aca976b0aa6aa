import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThemeChoice, UiLocale } from '../../../shared/workspace';
import { UI_LOCALES } from '../i18n';

/**
 * The commands the Electron menus offer, in the window itself, so the browser shell has them too.
 */
export function Toolbar(props: {
  locale: UiLocale;
  theme: ThemeChoice;
  corpusDir: string;
  onLocale: (locale: UiLocale) => void;
  onTheme: (theme: ThemeChoice) => void;
  onFont: (delta: number) => void;
  onOpenFolder: (dir: string) => void;
}): ReactNode {
  const { t } = useTranslation();
  const [folderOpen, setFolderOpen] = useState(false);
  const [dir, setDir] = useState(props.corpusDir);
  return (
    <header className="toolbar" role="toolbar" aria-label={t('app.title')}>
      <div className="brand">
        <strong>{t('app.title')}</strong> <span className="tagline">{t('app.tagline')}</span>
      </div>
      <div className="controls">
        <button type="button" onClick={() => setFolderOpen((v) => !v)} aria-expanded={folderOpen}>
          {t('toolbar.openFolder')}
        </button>
        <label>
          <span className="visually-hidden">{t('toolbar.language')}</span>
          <select value={props.locale} onChange={(e) => props.onLocale(e.target.value as UiLocale)} aria-label={t('toolbar.language')}>
            {UI_LOCALES.map((l) => (
              <option key={l} value={l}>
                {l.toUpperCase()}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="visually-hidden">{t('toolbar.theme')}</span>
          <select value={props.theme} onChange={(e) => props.onTheme(e.target.value as ThemeChoice)} aria-label={t('toolbar.theme')}>
            <option value="system">{t('toolbar.themeSystem')}</option>
            <option value="light">{t('toolbar.themeLight')}</option>
            <option value="dark">{t('toolbar.themeDark')}</option>
          </select>
        </label>
        <button type="button" onClick={() => props.onFont(-0.1)} aria-label={t('toolbar.fontSmaller')} title={t('toolbar.fontSmaller')}>
          A−
        </button>
        <button type="button" onClick={() => props.onFont(0.1)} aria-label={t('toolbar.fontBigger')} title={t('toolbar.fontBigger')}>
          A+
        </button>
      </div>
      {folderOpen ? (
        <form
          className="open-folder"
          onSubmit={(e) => {
            e.preventDefault();
            props.onOpenFolder(dir);
            setFolderOpen(false);
          }}
        >
          <label>
            {t('toolbar.openFolderPrompt')} <input value={dir} onChange={(e) => setDir(e.target.value)} size={50} />
          </label>
          <button type="submit">{t('toolbar.openFolder')}</button>
        </form>
      ) : null}
    </header>
  );
}
