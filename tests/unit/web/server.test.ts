import { mkdtempSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReaderHost } from '../../../src/host/reader-host';
import { bundledCorpusDir } from '../../../src/host/locations';
import { startWebServer, type RunningWebServer } from '../../../src/web/server';

/** A raw request, so Host and Origin can be set to anything (fetch would not allow it). */
function request(
  port: number,
  opts: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: opts.method ?? 'GET', path: opts.path, headers: opts.headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

describe('browser shell server', () => {
  let server: RunningWebServer;
  const renderer = mkdtempSync(path.join(os.tmpdir(), 'synopsis-renderer-'));

  beforeAll(async () => {
    writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>t</title>');
    const api = createReaderHost({
      corpusDir: bundledCorpusDir(),
      dataDir: mkdtempSync(path.join(os.tmpdir(), 'synopsis-data-')),
      version: 'test',
    });
    server = await startWebServer({ api, rendererDir: renderer, token: 'tok' });
  });
  afterAll(() => server.close());

  const api = (method: string, body: unknown, headers: Record<string, string> = {}) =>
    request(server.port, {
      method: 'POST',
      path: `/api/${method}`,
      headers: { host: `127.0.0.1:${server.port}`, 'content-type': 'application/json', 'x-synopsis-token': 'tok', ...headers },
      body: JSON.stringify(body),
    });

  it('listens on loopback only and prints a URL with the token in the fragment', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=tok$/);
  });

  it('answers API calls with an envelope', async () => {
    const res = await api('listSources', {});
    expect(res.status).toBe(200);
    const json = JSON.parse(res.body);
    expect(json.ok).toBe(true);
    expect(json.value.sources).toHaveLength(5);
  });

  it('returns 403 without token, with a foreign Origin or with a non-loopback Host', async () => {
    expect((await api('listSources', {}, { 'x-synopsis-token': '' })).status).toBe(403);
    expect((await api('listSources', {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await api('listSources', {}, { host: `attacker.example:${server.port}` })).status).toBe(403);
    expect((await request(server.port, { path: '/', headers: { host: 'attacker.example' } })).status).toBe(403);
  });

  it('keeps error kinds: bad arguments 400, unknown source 404, unknown method 404, bad JSON 400', async () => {
    const bad = await api('getDocument', { arg: { sourceId: 42 } });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error.kind).toBe('bad-input');
    const missing = await api('getDocument', { arg: { sourceId: 'nope' } });
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body).error.message).toContain('nope');
    expect((await api('noSuchMethod', {})).status).toBe(404);
    const broken = await request(server.port, {
      method: 'POST',
      path: '/api/listSources',
      headers: { host: `127.0.0.1:${server.port}`, 'x-synopsis-token': 'tok' },
      body: '{not json',
    });
    expect(broken.status).toBe(400);
  });

  it('serves the renderer with a strict CSP and refuses paths outside it', async () => {
    const page = await request(server.port, { path: '/', headers: { host: `127.0.0.1:${server.port}` } });
    expect(page.status).toBe(200);
    const escape = await request(server.port, { path: '/..%2F..%2Fetc%2Fpasswd', headers: { host: `127.0.0.1:${server.port}` } });
    expect([403, 404]).toContain(escape.status);
    expect(escape.body).not.toContain('root:');
  });
});
