import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/contract';
import { SHORTCUTS } from '../shortcuts';

/** The Help window: how to read with Synopsis, its shortcuts, and what is installed where. */
export function HelpDialog(props: { open: boolean; info: AppInfo | undefined; onClose: () => void }): ReactNode {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  // The macOS app's menu takes ⌘[ and ⌘] for Back and Forward (its key handler is the menu's).
  const macApp = Boolean(window.synopsisShell) && /^Mac/i.test(navigator.platform);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (props.open && !d.open) d.showModal();
    if (!props.open && d.open) d.close();
  }, [props.open]);
  return (
    <dialog ref={ref} className="help-dialog" aria-labelledby="help-title" onClose={props.onClose}>
      <h2 id="help-title">{t('help.title')}</h2>
      <p>{t('help.intro')}</p>
      <table className="shortcuts">
        <caption>{t('help.shortcuts')}</caption>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.action}>
              <th scope="row">
                <kbd>{(macApp && s.macApp) || s.keys}</kbd>
              </th>
              <td>{t(s.action)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {props.info ? (
        <dl className="about">
          <dt>{t('help.version')}</dt>
          <dd>
            {props.info.name} {props.info.version}
          </dd>
          <dt>{t('help.corpus')}</dt>
          <dd>
            <code>{props.info.corpusDir}</code>
          </dd>
          <dt>{t('help.data')}</dt>
          <dd>
            <code>{props.info.dataDir}</code>
          </dd>
        </dl>
      ) : null}
      <form method="dialog">
        <button type="submit" autoFocus>
          {t('help.close')}
        </button>
      </form>
    </dialog>
  );
}
