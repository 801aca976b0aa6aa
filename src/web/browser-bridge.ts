import { API_METHODS as apiMethods } from '../shared/api-methods';
import type { Envelope, ReaderApi } from '../shared/contract';
import type { ApiErrorKind } from '../shared/errors';

/** An error from the host, with its kind kept across HTTP. */
export class RemoteError extends Error {
  constructor(
    readonly kind: ApiErrorKind | 'network',
    message: string,
  ) {
    super(message);
    this.name = 'RemoteError';
  }
}

/**
 * The browser side of the browser shell: a ReaderApi whose every method is a POST to
 * `/api/<method>` carrying the per-launch token. Built from the contract's method list, so a
 * method added to the contract needs nothing here.
 */
export function createHttpApi(token: string, baseUrl = ''): ReaderApi {
  const api: Record<string, (arg?: unknown) => Promise<unknown>> = {};
  for (const method of apiMethods) {
    api[method] = async (arg?: unknown) => {
      let response: Response;
      try {
        response = await fetch(`${baseUrl}/api/${method}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Synopsis-Token': token },
          body: JSON.stringify(arg === undefined ? {} : { arg }),
        });
      } catch {
        throw new RemoteError('network', 'Synopsis is not reachable: is the browser shell still running?');
      }
      let envelope: Envelope<unknown>;
      try {
        envelope = (await response.json()) as Envelope<unknown>;
      } catch {
        throw new RemoteError('internal', `Unexpected answer from Synopsis (HTTP ${response.status}).`);
      }
      if (envelope.ok) return envelope.value;
      throw new RemoteError(envelope.error.kind as ApiErrorKind, envelope.error.message);
    };
  }
  return api as unknown as ReaderApi;
}

/** Reads the token from the page address (`#token=…`), keeping it for reloads of this tab. */
export function tokenFromLocation(location: Location, storage: Storage): string | undefined {
  const match = /(?:^|[#&])token=([A-Za-z0-9_-]+)/.exec(location.hash);
  if (match?.[1]) {
    storage.setItem('synopsis-token', match[1]);
    return match[1];
  }
  return storage.getItem('synopsis-token') ?? undefined;
}
