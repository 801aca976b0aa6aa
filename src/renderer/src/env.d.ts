import type { ReaderApi } from '../../shared/contract';

/** Menu commands the Electron shell forwards to the renderer (a closed list, checked by the preload). */
export type ShellCommand =
  'open-folder' | 'corpus-changed' | 'find' | 'toggle-theme' | 'font-bigger' | 'font-smaller' | 'font-reset' | 'about';

declare global {
  interface Window {
    /** Present in the Electron shell: the contract exposed by the preload. */
    synopsis?: ReaderApi;
    synopsisShell?: { readonly kind: 'electron'; onMenuCommand(callback: (command: ShellCommand) => void): () => void };
  }
}
