import { beforeEach, describe, expect, it, vi } from 'vitest';

const handlers = new Map<string, (event: unknown, arg: unknown) => Promise<unknown>>();
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, fn: (event: unknown, arg: unknown) => Promise<unknown>) => handlers.set(channel, fn),
    removeHandler: (channel: string) => handlers.delete(channel),
  },
}));

const { registerApi } = await import('../../../src/main/ipc');
const { apiMethods } = await import('../../../src/shared/contract');
const { ApiError } = await import('../../../src/shared/errors');

const entry = 'file:///app/out/renderer/index.html';
const mainFrame = { url: entry, processId: 3, routingId: 1 };
const fromApp = { senderFrame: mainFrame };

function fakeHost() {
  return {
    getAppInfo: vi.fn(),
    listSources: vi.fn(async () => ({ sources: [] })),
    openCorpus: vi.fn(),
    getDocument: vi.fn(async ({ sourceId }: { sourceId: string }) => {
      if (sourceId === 'missing') throw new ApiError('not-found', 'No source "missing".');
      return { source: { id: sourceId } };
    }),
    getWorkspace: vi.fn(),
    updateWorkspace: vi.fn(),
  };
}

describe('IPC adapter', () => {
  let host: ReturnType<typeof fakeHost>;
  beforeEach(() => {
    handlers.clear();
    host = fakeHost();
    registerApi(host as never, () => mainFrame, entry);
  });

  it('registers one channel per contract method and nothing else', () => {
    expect([...handlers.keys()].sort()).toEqual(apiMethods.map((m) => `synopsis:${m}`).sort());
  });

  it('calls the host for the app window and wraps the result', async () => {
    const result = await handlers.get('synopsis:getDocument')!(fromApp, { sourceId: 'a' });
    expect(result).toEqual({ ok: true, value: { source: { id: 'a' } } });
  });

  it('refuses a call from a foreign frame without calling the host', async () => {
    const result = await handlers.get('synopsis:listSources')!({ senderFrame: { ...mainFrame, url: 'https://evil.example/' } }, undefined);
    expect(result).toMatchObject({ ok: false, error: { kind: 'bad-input' } });
    const subframe = await handlers.get('synopsis:listSources')!({ senderFrame: { ...mainFrame, routingId: 7 } }, undefined);
    expect(subframe).toMatchObject({ ok: false });
    expect(host.listSources).not.toHaveBeenCalled();
  });

  it('refuses bad arguments with kind bad-input and does not call the host', async () => {
    for (const bad of [{ sourceId: 3 }, { sourceId: 'a', extra: 1 }, 'a', null, { sourceId: '' }]) {
      const result = await handlers.get('synopsis:getDocument')!(fromApp, bad);
      expect(result).toMatchObject({ ok: false, error: { kind: 'bad-input' } });
    }
    expect(host.getDocument).not.toHaveBeenCalled();
  });

  it('keeps the error kind of a host failure', async () => {
    const result = await handlers.get('synopsis:getDocument')!(fromApp, { sourceId: 'missing' });
    expect(result).toEqual({ ok: false, error: { kind: 'not-found', message: 'No source "missing".' } });
  });
});
