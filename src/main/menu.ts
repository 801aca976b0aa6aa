import type { MenuItemConstructorOptions } from 'electron';
import type { ShellCommand } from '../shared/shell-commands';
import { shellStrings } from '../shared/shell-strings';
import type { UiLocale } from '../shared/workspace';

/** What the menu can ask of the app; main wires these to dialogs, the host and the renderer. */
export interface MenuActions {
  readonly openFolder: () => void;
  readonly send: (command: ShellCommand) => void;
  readonly about: () => void;
}

/**
 * The application menu (File, Edit, View, Window, Help) as data, built by a pure function so it
 * can be tested. Only features that exist get an item: no disabled placeholders. Labels are in
 * the interface language (`locale`, English by default; src/shared/shell-strings.ts), role items
 * included; accelerators and roles are the same in every language.
 */
export function buildMenuTemplate(
  actions: MenuActions,
  options: { isMac: boolean; isPackaged: boolean; locale?: UiLocale },
): MenuItemConstructorOptions[] {
  const s = shellStrings[options.locale ?? 'en'];
  const template: MenuItemConstructorOptions[] = [];
  if (options.isMac) {
    template.push({
      label: 'Synopsis',
      submenu: [
        { label: s.help.about, click: actions.about },
        { type: 'separator' },
        { role: 'hide', label: s.app.hide },
        { role: 'hideOthers', label: s.app.hideOthers },
        { role: 'unhide', label: s.app.unhide },
        { type: 'separator' },
        { role: 'quit', label: s.app.quit },
      ],
    });
  }
  template.push(
    {
      label: s.menuBar.file,
      submenu: [
        { label: s.file.openFolder, accelerator: 'CmdOrCtrl+O', click: actions.openFolder },
        { label: s.file.exportReport, accelerator: 'CmdOrCtrl+Shift+E', click: () => actions.send('export-report') },
        { type: 'separator' },
        { label: s.file.exportAnnotations, click: () => actions.send('export-annotations') },
        { label: s.file.importAnnotations, click: () => actions.send('import-annotations') },
        { type: 'separator' },
        options.isMac ? { role: 'close', label: s.window.close } : { role: 'quit', label: s.file.quit },
      ],
    },
    {
      label: s.menuBar.edit,
      submenu: [
        // Undo and redo go to the renderer: it undoes annotation changes, or the typing in a text field.
        { label: s.edit.undo, accelerator: 'CmdOrCtrl+Z', click: () => actions.send('undo') },
        { label: s.edit.redo, accelerator: options.isMac ? 'Cmd+Shift+Z' : 'CmdOrCtrl+Shift+Z', click: () => actions.send('redo') },
        { type: 'separator' },
        { label: s.edit.annotateSelection, accelerator: 'CmdOrCtrl+Shift+H', click: () => actions.send('annotate-selection') },
        { type: 'separator' },
        { role: 'cut', label: s.edit.cut },
        { role: 'copy', label: s.edit.copy },
        { role: 'paste', label: s.edit.paste },
        { role: 'selectAll', label: s.edit.selectAll },
      ],
    },
    {
      label: s.menuBar.view,
      submenu: [
        { label: s.view.find, accelerator: 'CmdOrCtrl+F', click: () => actions.send('find') },
        { label: s.view.findNext, accelerator: 'F3', click: () => actions.send('find-next') },
        { label: s.view.findPrevious, accelerator: 'Shift+F3', click: () => actions.send('find-previous') },
        { type: 'separator' },
        { label: s.view.back, accelerator: options.isMac ? 'Cmd+[' : 'Alt+Left', click: () => actions.send('history-back') },
        { label: s.view.forward, accelerator: options.isMac ? 'Cmd+]' : 'Alt+Right', click: () => actions.send('history-forward') },
        { label: s.view.relatedPassages, click: () => actions.send('follow-passage') },
        { type: 'separator' },
        { label: s.view.sidePanel, accelerator: 'CmdOrCtrl+B', click: () => actions.send('toggle-side-panel') },
        { label: s.view.compare, accelerator: 'CmdOrCtrl+Shift+K', click: () => actions.send('toggle-compare') },
        { label: s.view.annotations, click: () => actions.send('show-annotations') },
        { label: s.view.toggleTheme, accelerator: 'CmdOrCtrl+Shift+D', click: () => actions.send('toggle-theme') },
        { label: s.view.fontBigger, accelerator: 'CmdOrCtrl+Plus', click: () => actions.send('font-bigger') },
        { label: s.view.fontSmaller, accelerator: 'CmdOrCtrl+-', click: () => actions.send('font-smaller') },
        { label: s.view.fontReset, accelerator: 'CmdOrCtrl+0', click: () => actions.send('font-reset') },
        { type: 'separator' },
        { role: 'reload', label: s.view.reload },
        { role: 'togglefullscreen', label: s.view.fullScreen },
        ...(options.isPackaged ? [] : [{ role: 'toggleDevTools', label: s.view.devTools } as MenuItemConstructorOptions]),
      ],
    },
    {
      label: s.menuBar.window,
      submenu: [
        { label: s.window.nextPane, accelerator: 'F6', click: () => actions.send('next-pane') },
        { label: s.window.previousPane, accelerator: 'Shift+F6', click: () => actions.send('previous-pane') },
        { type: 'separator' },
        { role: 'minimize', label: s.window.minimize },
        { role: 'close', label: s.window.close },
      ],
    },
    {
      label: s.menuBar.help,
      submenu: [
        { label: s.help.shortcuts, accelerator: 'F1', click: () => actions.send('help') },
        { label: s.help.about, click: actions.about },
      ],
    },
  );
  return template;
}
