import { describe, expect, it } from 'vitest';
import { checkRequest } from '../../../src/web/http-guard';

const port = 4321;
const token = 'secret-token';
const ok = { method: 'POST', path: '/api/listSources', host: `127.0.0.1:${port}`, origin: `http://127.0.0.1:${port}`, token };

describe('checkRequest', () => {
  it('allows an API call from our own page with the token', () => {
    expect(checkRequest(ok, port, token)).toEqual({ kind: 'allow' });
    expect(checkRequest({ ...ok, host: `localhost:${port}`, origin: undefined }, port, token)).toEqual({ kind: 'allow' });
  });

  it('refuses an API call without the token or with a wrong one', () => {
    expect(checkRequest({ ...ok, token: undefined }, port, token)).toMatchObject({ kind: 'deny', status: 403 });
    expect(checkRequest({ ...ok, token: 'secret-tokem' }, port, token)).toMatchObject({ kind: 'deny', status: 403 });
    expect(checkRequest({ ...ok, token: 'x' }, port, token)).toMatchObject({ kind: 'deny', status: 403 });
  });

  it('refuses a foreign Origin even with the token (cross-site request)', () => {
    expect(checkRequest({ ...ok, origin: 'https://evil.example' }, port, token)).toMatchObject({ kind: 'deny', status: 403 });
    expect(checkRequest({ ...ok, origin: `http://127.0.0.1:${port + 1}` }, port, token)).toMatchObject({ kind: 'deny', status: 403 });
  });

  it('refuses a non-loopback Host (DNS rebinding), for files too', () => {
    expect(checkRequest({ ...ok, host: `evil.example:${port}` }, port, token)).toMatchObject({ kind: 'deny', status: 403 });
    expect(checkRequest({ ...ok, host: undefined }, port, token)).toMatchObject({ kind: 'deny', status: 403 });
    expect(
      checkRequest({ method: 'GET', path: '/', host: `192.168.1.5:${port}`, origin: undefined, token: undefined }, port, token),
    ).toMatchObject({
      kind: 'deny',
    });
  });

  it('serves static files without a token but only by GET', () => {
    const file = { method: 'GET', path: '/assets/index.js', host: `127.0.0.1:${port}`, origin: undefined, token: undefined };
    expect(checkRequest(file, port, token)).toEqual({ kind: 'allow' });
    expect(checkRequest({ ...file, method: 'POST' }, port, token)).toMatchObject({ kind: 'deny', status: 405 });
    expect(checkRequest({ ...ok, method: 'GET' }, port, token)).toMatchObject({ kind: 'deny', status: 405 });
  });
});
