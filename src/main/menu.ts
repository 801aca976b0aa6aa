import type { MenuItemConstructorOptions } from 'electron';
import type { ShellCommand } from '../shared/shell-commands';

/** What the menu can ask of the app; main wires these to dialogs, the host and the renderer. */
export interface MenuActions {
  readonly openFolder: () => void;
  readonly send: (command: ShellCommand) => void;
  readonly about: () => void;
}

/**
 * The application menu (File, Edit, View, Window, Help) as data, built by a pure function so it
 * can be tested. Only features that exist get an item: no disabled placeholders.
 */
export function buildMenuTemplate(actions: MenuActions, options: { isMac: boolean; isPackaged: boolean }): MenuItemConstructorOptions[] {
  const template: MenuItemConstructorOptions[] = [];
  if (options.isMac) {
    template.push({
      label: 'Synopsis',
      submenu: [
        { label: 'About Synopsis', click: actions.about },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    });
  }
  template.push(
    {
      label: '&File',
      submenu: [
        { label: 'Open Folder…', accelerator: 'CmdOrCtrl+O', click: actions.openFolder },
        { label: 'Export Report…', accelerator: 'CmdOrCtrl+Shift+E', click: () => actions.send('export-report') },
        { type: 'separator' },
        { label: 'Export Annotations…', click: () => actions.send('export-annotations') },
        { label: 'Import Annotations…', click: () => actions.send('import-annotations') },
        { type: 'separator' },
        options.isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        // Undo and redo go to the renderer: it undoes annotation changes, or the typing in a text field.
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: () => actions.send('undo') },
        { label: 'Redo', accelerator: options.isMac ? 'Cmd+Shift+Z' : 'CmdOrCtrl+Shift+Z', click: () => actions.send('redo') },
        { type: 'separator' },
        { label: 'Annotate Selection…', accelerator: 'CmdOrCtrl+Shift+H', click: () => actions.send('annotate-selection') },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        { label: 'Find…', accelerator: 'CmdOrCtrl+F', click: () => actions.send('find') },
        { label: 'Find Next', accelerator: 'F3', click: () => actions.send('find-next') },
        { label: 'Find Previous', accelerator: 'Shift+F3', click: () => actions.send('find-previous') },
        { type: 'separator' },
        { label: 'Back', accelerator: options.isMac ? 'Cmd+[' : 'Alt+Left', click: () => actions.send('history-back') },
        { label: 'Forward', accelerator: options.isMac ? 'Cmd+]' : 'Alt+Right', click: () => actions.send('history-forward') },
        { label: 'Related Passages', click: () => actions.send('follow-passage') },
        { type: 'separator' },
        { label: 'Side Panel', accelerator: 'CmdOrCtrl+B', click: () => actions.send('toggle-side-panel') },
        { label: 'Compare', accelerator: 'CmdOrCtrl+Shift+K', click: () => actions.send('toggle-compare') },
        { label: 'Annotations', click: () => actions.send('show-annotations') },
        { label: 'Toggle Dark Theme', accelerator: 'CmdOrCtrl+Shift+D', click: () => actions.send('toggle-theme') },
        { label: 'Larger Text', accelerator: 'CmdOrCtrl+Plus', click: () => actions.send('font-bigger') },
        { label: 'Smaller Text', accelerator: 'CmdOrCtrl+-', click: () => actions.send('font-smaller') },
        { label: 'Actual Text Size', accelerator: 'CmdOrCtrl+0', click: () => actions.send('font-reset') },
        { type: 'separator' },
        { role: 'reload' },
        { role: 'togglefullscreen' },
        ...(options.isPackaged ? [] : [{ role: 'toggleDevTools' } as MenuItemConstructorOptions]),
      ],
    },
    {
      label: '&Window',
      submenu: [
        { label: 'Next Pane', accelerator: 'F6', click: () => actions.send('next-pane') },
        { label: 'Previous Pane', accelerator: 'Shift+F6', click: () => actions.send('previous-pane') },
        { type: 'separator' },
        { role: 'minimize' },
        { role: 'close' },
      ],
    },
    {
      label: '&Help',
      submenu: [
        { label: 'Keyboard Shortcuts', accelerator: 'F1', click: () => actions.send('help') },
        { label: 'About Synopsis', click: actions.about },
      ],
    },
  );
  return template;
}
