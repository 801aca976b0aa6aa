import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { invoke, isApiMethod, parseArg, type Envelope, type ReaderApi } from '../shared/contract';
import { toApiErrorData, type ApiErrorKind } from '../shared/errors';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';
import { checkRequest } from './http-guard';

/** The header the browser bridge sends the per-launch token in. */
export const TOKEN_HEADER = 'x-synopsis-token';

const MAX_BODY_BYTES = 4 * 1024 * 1024;

const STATUS_OF: Readonly<Record<ApiErrorKind, number>> = {
  'bad-input': 400,
  'not-found': 404,
  conflict: 409,
  corrupt: 500,
  io: 500,
  internal: 500,
};

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

export interface WebServerOptions {
  readonly api: ReaderApi;
  readonly rendererDir: string;
  /** 0 (default) picks a free port. */
  readonly port?: number;
  /** Fixed token for tests; random per launch otherwise. */
  readonly token?: string;
}

export interface RunningWebServer {
  readonly port: number;
  readonly token: string;
  /** The address to open: the token travels in the fragment, which browsers never send or log. */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * The browser shell: serves the renderer and the ReaderApi over HTTP on 127.0.0.1 only. The API
 * is generic over the contract: `POST /api/<method>` with `{"arg": …}` returns an Envelope.
 */
export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = 0;
  const server = http.createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) send(res, 500, { ok: false, error: toApiErrorData(err) });
      else res.destroy();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const verdict = checkRequest(
      {
        method: req.method ?? 'GET',
        path: url.pathname,
        host: req.headers.host,
        origin: req.headers.origin,
        token: header(req, TOKEN_HEADER),
      },
      port,
      token,
    );
    if (verdict.kind === 'deny') {
      send(res, verdict.status, { ok: false, error: { kind: 'bad-input', message: verdict.reason } });
      return;
    }
    if (url.pathname.startsWith('/api/')) await handleApi(url.pathname.slice(5), req, res);
    else await serveStatic(url.pathname, res);
  }

  async function handleApi(method: string, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!isApiMethod(method)) {
      send(res, 404, { ok: false, error: { kind: 'not-found', message: `No API method "${method}".` } });
      return;
    }
    let body: unknown;
    try {
      const raw = await readBody(req);
      body = raw.length === 0 ? {} : JSON.parse(raw);
    } catch (err) {
      send(res, 400, { ok: false, error: { kind: 'bad-input', message: `The request body is not valid JSON: ${(err as Error).message}` } });
      return;
    }
    const parsed = parseArg(method, (body as { arg?: unknown } | null)?.arg);
    if (!parsed.ok) {
      send(res, 400, { ok: false, error: { kind: 'bad-input', message: parsed.message } });
      return;
    }
    try {
      const value = await invoke(options.api, method, parsed.value);
      send(res, 200, { ok: true, value });
    } catch (err) {
      const error = toApiErrorData(err);
      send(res, STATUS_OF[error.kind], { ok: false, error });
    }
  }

  async function serveStatic(pathname: string, res: http.ServerResponse): Promise<void> {
    const relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
    const root = path.resolve(options.rendererDir);
    const file = path.resolve(root, relative);
    if (file !== root && !file.startsWith(root + path.sep)) {
      send(res, 403, { ok: false, error: { kind: 'bad-input', message: 'Path outside the app.' } });
      return;
    }
    let data: Buffer;
    try {
      data = await fs.readFile(file);
    } catch {
      send(res, 404, { ok: false, error: { kind: 'not-found', message: `No file ${pathname}.` } });
      return;
    }
    res.writeHead(200, {
      'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
    });
    res.end(data);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/#token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Browsers keep connections alive; without this, close waits for them to time out.
        server.closeAllConnections();
      }),
  };
}

function header(req: http.IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function send(res: http.ServerResponse, status: number, envelope: Envelope<unknown>): void {
  const body = JSON.stringify(envelope);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(body);
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('request body too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
