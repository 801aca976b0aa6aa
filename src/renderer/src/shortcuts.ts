import type { ShellCommand } from '../../shared/shell-commands';

/** A row of the help's table of keyboard shortcuts. */
export interface Shortcut {
  /** The keys, as the browser shell and the Electron menus on Windows and Linux take them. */
  readonly keys: string;
  /** The keys in the macOS app where its menu uses others (⌘[ for Back). */
  readonly macApp?: string;
  /** What they do: a catalogue key, so the help reads in the interface language. */
  readonly action: string;
  /**
   * The commands the keys stand for, so a test can check that every command with a shortcut
   * (a menu accelerator or a key of the browser shell) is in the help. `open-folder` is main's
   * own (File › Open Folder…); keys that act where the focus is (Enter in a pane) stand for none.
   */
  readonly commands: readonly (ShellCommand | 'open-folder')[];
}

/** Keyboard shortcuts, the same in the Electron menus and the browser shell. */
export const SHORTCUTS: readonly Shortcut[] = [
  { keys: 'Ctrl/⌘+F', action: 'help.keys.find', commands: ['find'] },
  { keys: 'F3 / Shift+F3', action: 'help.keys.findNext', commands: ['find-next', 'find-previous'] },
  { keys: 'Alt+← / Alt+→', macApp: '⌘[ / ⌘]', action: 'help.keys.history', commands: ['history-back', 'history-forward'] },
  { keys: 'F6 / Shift+F6', action: 'help.keys.panes', commands: ['next-pane', 'previous-pane'] },
  { keys: 'Enter', action: 'help.keys.follow', commands: [] },
  { keys: '← / →', action: 'help.keys.resize', commands: [] },
  { keys: 'Ctrl/⌘+B', action: 'help.keys.side', commands: ['toggle-side-panel'] },
  { keys: 'Ctrl/⌘+ + / − / 0', action: 'help.keys.font', commands: ['font-bigger', 'font-smaller', 'font-reset'] },
  { keys: 'Ctrl/⌘+Shift+D', action: 'help.keys.theme', commands: ['toggle-theme'] },
  { keys: 'Ctrl/⌘+Shift+K', action: 'compare.helpKey', commands: ['toggle-compare'] },
  { keys: 'Ctrl/⌘+Shift+H', action: 'annotations.help.annotate', commands: ['annotate-selection'] },
  { keys: 'Ctrl/⌘+Z / Ctrl/⌘+Shift+Z', action: 'annotations.help.undo', commands: ['undo', 'redo'] },
  { keys: 'Ctrl/⌘+Shift+E', action: 'export.shortcut', commands: ['export-report'] },
  { keys: 'Ctrl/⌘+O', action: 'help.keys.openFolder', commands: ['open-folder'] },
  { keys: 'F1', action: 'help.keys.help', commands: ['help'] },
];
