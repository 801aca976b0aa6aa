import { timingSafeEqual } from 'node:crypto';

/** What a request must prove before the browser shell answers it. */
export interface GuardInput {
  readonly method: string;
  readonly path: string;
  readonly host: string | undefined;
  readonly origin: string | undefined;
  readonly token: string | undefined;
}

export type GuardVerdict = { readonly kind: 'allow' } | { readonly kind: 'deny'; readonly status: 403 | 405; readonly reason: string };

const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]'];

/**
 * The browser shell's gate. The server listens on loopback only, but a web page in the user's
 * browser could still reach it (DNS rebinding, cross-site requests), so: the Host header must
 * name a loopback address on our port, an Origin (when sent) must be our own, and every API
 * request must carry the per-launch token. Static files carry no data and need no token.
 */
export function checkRequest(req: GuardInput, port: number, expectedToken: string): GuardVerdict {
  if (!req.host || !LOOPBACK_HOSTS.some((h) => req.host === `${h}:${port}`)) {
    return { kind: 'deny', status: 403, reason: 'Host must be a loopback address on this port.' };
  }
  if (req.origin !== undefined && !LOOPBACK_HOSTS.some((h) => req.origin === `http://${h}:${port}`)) {
    return { kind: 'deny', status: 403, reason: 'Cross-origin requests are not allowed.' };
  }
  if (req.path.startsWith('/api/')) {
    if (req.method !== 'POST') return { kind: 'deny', status: 405, reason: 'API calls use POST.' };
    if (!req.token || !sameSecret(req.token, expectedToken)) {
      return { kind: 'deny', status: 403, reason: 'Missing or wrong token: open the URL Synopsis printed at launch.' };
    }
  } else if (req.method !== 'GET' && req.method !== 'HEAD') {
    return { kind: 'deny', status: 405, reason: 'Only GET is allowed for files.' };
  }
  return { kind: 'allow' };
}

function sameSecret(a: string, b: string): boolean {
  const ba = Buffer.from(a);
  const bb = Buffer.from(b);
  return ba.length === bb.length && timingSafeEqual(ba, bb);
}
