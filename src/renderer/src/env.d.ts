import type { ReaderApi } from '../../shared/contract';
import type { ShellCommand } from '../../shared/shell-commands';

declare global {
  interface Window {
    /** Present in the Electron shell: the contract exposed by the preload. */
    synopsis?: ReaderApi;
    synopsisShell?: { readonly kind: 'electron'; onMenuCommand(callback: (command: ShellCommand) => void): () => void };
  }
}
