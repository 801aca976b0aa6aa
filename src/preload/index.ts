import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { API_METHODS as apiMethods } from '../shared/api-methods';
import type { Envelope } from '../shared/contract';
import { isShellCommand, MENU_CHANNEL, type ShellCommand } from '../shared/shell-commands';

/**
 * The bridge between the sandboxed renderer and main: one named function per contract method,
 * built from the contract's list, each unwrapping the Envelope so the renderer gets a value or
 * an Error carrying the kind. `ipcRenderer` itself is never exposed.
 */
export function buildApi(
  invoke: (channel: string, arg: unknown) => Promise<Envelope<unknown>>,
): Record<string, (arg?: unknown) => Promise<unknown>> {
  const api: Record<string, (arg?: unknown) => Promise<unknown>> = {};
  for (const method of apiMethods) {
    api[method] = async (arg?: unknown) => {
      const envelope = await invoke(`synopsis:${method}`, arg);
      if (envelope.ok) return envelope.value;
      const error = new Error(envelope.error.message) as Error & { kind: string };
      error.kind = envelope.error.kind;
      throw error;
    };
  }
  return Object.freeze(api);
}

/** Menu commands from main reach the renderer only if they are on the closed list. */
export function buildShell(subscribe: (listener: (event: IpcRendererEvent, command: unknown) => void) => () => void) {
  return Object.freeze({
    kind: 'electron' as const,
    onMenuCommand(callback: (command: ShellCommand) => void): () => void {
      return subscribe((_event, command) => {
        if (isShellCommand(command)) callback(command);
      });
    },
  });
}

contextBridge.exposeInMainWorld(
  'synopsis',
  buildApi((channel, arg) => ipcRenderer.invoke(channel, arg) as Promise<Envelope<unknown>>),
);
contextBridge.exposeInMainWorld(
  'synopsisShell',
  buildShell((listener) => {
    ipcRenderer.on(MENU_CHANNEL, listener);
    return () => ipcRenderer.removeListener(MENU_CHANNEL, listener);
  }),
);
