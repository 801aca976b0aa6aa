import { ipcMain } from 'electron';
import { apiMethods, invoke, parseArg, type ApiMethod, type Envelope, type ReaderApi } from '../shared/contract';
import { toApiErrorData } from '../shared/errors';
import { isTrustedSender, type SenderInfo, type TrustedFrame } from './guards';

/** The IPC channel of a contract method. One channel per method keeps the preload's allowlist exact. */
export function channelOf(method: ApiMethod): string {
  return `synopsis:${method}`;
}

/**
 * Handles one call: checks the sender, validates the argument, calls the host, and wraps the
 * outcome in an Envelope so error kinds survive IPC (Electron would flatten a thrown error).
 */
export async function handleCall(
  api: ReaderApi,
  method: ApiMethod,
  event: SenderInfo,
  arg: unknown,
  trusted: () => TrustedFrame | undefined,
  appEntry: string,
): Promise<Envelope<unknown>> {
  if (!isTrustedSender(event, trusted(), appEntry)) {
    return { ok: false, error: { kind: 'bad-input', message: 'Refused: the call did not come from the Synopsis window.' } };
  }
  const parsed = parseArg(method, arg);
  if (!parsed.ok) return { ok: false, error: { kind: 'bad-input', message: parsed.message } };
  try {
    return { ok: true, value: await invoke(api, method, parsed.value) };
  } catch (err) {
    return { ok: false, error: toApiErrorData(err) };
  }
}

/**
 * Registers the contract on ipcMain: the only place in the app that touches ipcMain. Generic
 * over the contract's method list, so a new method needs nothing here.
 */
export function registerApi(api: ReaderApi, trusted: () => TrustedFrame | undefined, appEntry: string): () => void {
  for (const method of apiMethods) {
    ipcMain.handle(channelOf(method), (event, arg: unknown) => handleCall(api, method, event, arg, trusted, appEntry));
  }
  return () => {
    for (const method of apiMethods) ipcMain.removeHandler(channelOf(method));
  };
}
