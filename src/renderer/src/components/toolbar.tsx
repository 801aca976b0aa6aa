import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThemeChoice, UiLocale } from '../../../shared/workspace';
import { UI_LOCALES } from '../i18n';
import { Icon } from './icons';

/**
 * The commands the Electron menus offer, in the window itself, so the browser shell has them
 * too: open a folder, back and forward, the side panel, language, theme, text size, help.
 */
export function Toolbar(props: {
  locale: UiLocale;
  theme: ThemeChoice;
  corpusDir: string;
  canBack: boolean;
  canForward: boolean;
  sideOpen: boolean;
  onLocale: (locale: UiLocale) => void;
  onTheme: (theme: ThemeChoice) => void;
  onFont: (delta: number | 'reset') => void;
  onOpenFolder: (dir: string) => void;
  onHistory: (direction: -1 | 1) => void;
  onToggleSide: () => void;
  onHelp: () => void;
  /**
   * Controls other views add to the command group, after the history buttons: the Compare view's
   * toggle, the annotations' "Annotate selection". One slot, so each view adds a line in app.tsx.
   */
  children?: ReactNode;
  /** File › Export report… (the dialog in src/renderer/src/export). */
  onExport?: () => void;
}): ReactNode {
  const { t } = useTranslation();
  const [folderOpen, setFolderOpen] = useState(false);
  const [dir, setDir] = useState(props.corpusDir);
  const languageName = (l: UiLocale): string => new Intl.DisplayNames([l], { type: 'language' }).of(l) ?? l;
  return (
    <header className="toolbar">
      <div className="brand">
        <strong>{t('app.title')}</strong> <span className="tagline">{t('app.tagline')}</span>
      </div>
      <div className="controls" role="toolbar" aria-label={t('toolbar.label')}>
        <button
          type="button"
          className="icon-button"
          onClick={() => props.onToggleSide()}
          aria-pressed={props.sideOpen}
          aria-label={t('toolbar.sidePanel')}
          title={`${t('toolbar.sidePanel')} (Ctrl+B)`}
        >
          <Icon name="panel" />
        </button>
        <button
          type="button"
          className="icon-button"
          onClick={() => props.onHistory(-1)}
          disabled={!props.canBack}
          aria-label={t('toolbar.back')}
          title={`${t('toolbar.back')} (Alt+←)`}
        >
          <Icon name="back" />
        </button>
        <button
          type="button"
          className="icon-button"
          onClick={() => props.onHistory(1)}
          disabled={!props.canForward}
          aria-label={t('toolbar.forward')}
          title={`${t('toolbar.forward')} (Alt+→)`}
        >
          <Icon name="forward" />
        </button>
        {props.children}
        <span className="separator" aria-hidden="true" />
        <button type="button" onClick={() => setFolderOpen((v) => !v)} aria-expanded={folderOpen}>
          {t('toolbar.openFolder')}
        </button>
        {props.onExport ? (
          <button type="button" onClick={props.onExport} title={`${t('export.open')} (Ctrl+Shift+E)`} aria-haspopup="dialog">
            {t('export.open')}
          </button>
        ) : null}
        <select value={props.locale} onChange={(e) => props.onLocale(e.target.value as UiLocale)} aria-label={t('toolbar.language')}>
          {UI_LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>
              {languageName(l)}
            </option>
          ))}
        </select>
        <select
          value={props.theme}
          onChange={(e) => props.onTheme(e.target.value as ThemeChoice)}
          aria-label={t('toolbar.theme')}
          title={`${t('toolbar.theme')} (Ctrl+Shift+D)`}
        >
          <option value="system">{t('toolbar.themeSystem')}</option>
          <option value="light">{t('toolbar.themeLight')}</option>
          <option value="dark">{t('toolbar.themeDark')}</option>
        </select>
        <span className="font-size" role="group" aria-label={t('toolbar.fontSize')}>
          <button type="button" onClick={() => props.onFont(-0.1)} title={`${t('toolbar.fontSmaller')} (Ctrl+−)`}>
            <span aria-hidden="true">A−</span>
            <span className="visually-hidden">{t('toolbar.fontSmaller')}</span>
          </button>
          <button type="button" onClick={() => props.onFont('reset')} title={`${t('toolbar.fontReset')} (Ctrl+0)`}>
            <span aria-hidden="true">A</span>
            <span className="visually-hidden">{t('toolbar.fontReset')}</span>
          </button>
          <button type="button" onClick={() => props.onFont(0.1)} title={`${t('toolbar.fontBigger')} (Ctrl++)`}>
            <span aria-hidden="true">A+</span>
            <span className="visually-hidden">{t('toolbar.fontBigger')}</span>
          </button>
        </span>
        <button
          type="button"
          className="icon-button"
          onClick={props.onHelp}
          aria-label={t('toolbar.help')}
          title={`${t('toolbar.help')} (F1)`}
        >
          <Icon name="help" />
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
