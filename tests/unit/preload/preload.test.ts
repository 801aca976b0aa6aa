import { describe, expect, it, vi } from 'vitest';

const exposed = new Map<string, unknown>();
const invoke = vi.fn(async (channel: string, arg: unknown) =>
  channel === 'synopsis:getDocument' && (arg as { sourceId: string }).sourceId === 'x'
    ? { ok: false, error: { kind: 'not-found', message: 'No source "x".' } }
    : { ok: true, value: { channel, arg } },
);
const listeners: ((event: unknown, command: unknown) => void)[] = [];
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
  ipcRenderer: {
    invoke: (channel: string, arg: unknown) => invoke(channel, arg),
    on: (_channel: string, listener: (event: unknown, command: unknown) => void) => listeners.push(listener),
    removeListener: vi.fn(),
  },
}));

await import('../../../src/preload/index');
const { apiMethods } = await import('../../../src/shared/contract');

describe('preload', () => {
  it('exposes exactly one function per contract method and no ipcRenderer', () => {
    expect([...exposed.keys()].sort()).toEqual(['synopsis', 'synopsisShell']);
    const api = exposed.get('synopsis') as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...apiMethods].sort());
    for (const fn of Object.values(api)) expect(typeof fn).toBe('function');
    expect(JSON.stringify(Object.keys(exposed.get('synopsisShell') as object))).not.toMatch(/ipc|invoke|send/i);
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('unwraps envelopes and keeps error kinds', async () => {
    const api = exposed.get('synopsis') as Record<string, (arg?: unknown) => Promise<unknown>>;
    await expect(api.getDocument!({ sourceId: 'a' })).resolves.toEqual({ channel: 'synopsis:getDocument', arg: { sourceId: 'a' } });
    await expect(api.getDocument!({ sourceId: 'x' })).rejects.toMatchObject({ kind: 'not-found', message: 'No source "x".' });
  });

  it('forwards only known menu commands', () => {
    const shell = exposed.get('synopsisShell') as { onMenuCommand(cb: (c: string) => void): () => void };
    const seen: string[] = [];
    shell.onMenuCommand((c) => seen.push(c));
    for (const l of listeners) {
      l({}, 'find');
      l({}, 'rm -rf');
      l({}, { evil: true });
    }
    expect(seen).toEqual(['find']);
  });
});
