/**
 * Commands the Electron menus send to the renderer. A closed list: the preload forwards only
 * these, and the browser shell's toolbar offers the same ones.
 */
export const SHELL_COMMANDS = [
  'corpus-changed',
  'find',
  'toggle-theme',
  'font-bigger',
  'font-smaller',
  'font-reset',
  'about',
  // The reading view's commands (View, Go and Window menus; the browser toolbar has the same).
  'find-next',
  'find-previous',
  'history-back',
  'history-forward',
  'next-pane',
  'previous-pane',
  'follow-passage',
  'toggle-side-panel',
  'help',
  // Annotations (Edit and File menus; the browser has the same keys and the panel's buttons).
  'annotate-selection',
  'undo',
  'redo',
  'show-annotations',
  'export-annotations',
  'import-annotations',
  // File › Export Report… (the browser toolbar has the same button).
  'export-report',
  // The Compare view (View menu).
  'toggle-compare',
] as const;

export type ShellCommand = (typeof SHELL_COMMANDS)[number];

export function isShellCommand(value: unknown): value is ShellCommand {
  return typeof value === 'string' && (SHELL_COMMANDS as readonly string[]).includes(value);
}

/** The IPC channel menu commands travel on, main → renderer. */
export const MENU_CHANNEL = 'synopsis:menu';
