import type { ReaderApi } from '../../shared/contract';
import { createHttpApi, tokenFromLocation } from '../../web/browser-bridge';

/** Which shell the renderer runs in, and the API it talks to. */
export type Connection =
  | { readonly kind: 'electron'; readonly api: ReaderApi }
  | { readonly kind: 'browser'; readonly api: ReaderApi }
  | { readonly kind: 'unauthorized'; readonly message: string };

/** The renderer's only way to the host: the preload's API in Electron, HTTP in the browser shell. */
export function connect(): Connection {
  if (window.synopsis) return { kind: 'electron', api: window.synopsis };
  const token = tokenFromLocation(window.location, window.sessionStorage);
  if (!token) {
    return {
      kind: 'unauthorized',
      message: 'This page needs the address Synopsis printed when it started (it ends with #token=…). Open that address.',
    };
  }
  return { kind: 'browser', api: createHttpApi(token) };
}
