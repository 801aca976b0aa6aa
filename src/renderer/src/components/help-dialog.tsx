import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/contract';

/** Keyboard shortcuts, the same in the Electron menus and the browser shell. */
export const SHORTCUTS: readonly { readonly keys: string; readonly action: string }[] = [
  { keys: 'Ctrl/⌘+F', action: 'help.keys.find' },
  { keys: 'F3 / Shift+F3', action: 'help.keys.findNext' },
  { keys: 'Alt+← / Alt+→', action: 'help.keys.history' },
  { keys: 'F6 / Shift+F6', action: 'help.keys.panes' },
  { keys: 'Enter', action: 'help.keys.follow' },
  { keys: '← / →', action: 'help.keys.resize' },
  { keys: 'Ctrl/⌘+B', action: 'help.keys.side' },
  { keys: 'Ctrl/⌘+ + / − / 0', action: 'help.keys.font' },
  { keys: 'Ctrl/⌘+Shift+D', action: 'help.keys.theme' },
  { keys: 'Ctrl/⌘+Shift+K', action: 'compare.helpKey' },
  { keys: 'Ctrl/⌘+Shift+H', action: 'annotations.help.annotate' },
  { keys: 'Ctrl/⌘+Z / Ctrl/⌘+Shift+Z', action: 'annotations.help.undo' },
  { keys: 'Ctrl/⌘+Shift+E', action: 'export.shortcut' },
  { keys: 'F1', action: 'help.keys.help' },
];

/** The Help window: how to read with Synopsis, its shortcuts, and what is installed where. */
export function HelpDialog(props: { open: boolean; info: AppInfo | undefined; onClose: () => void }): ReactNode {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
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
                <kbd>{s.keys}</kbd>
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
