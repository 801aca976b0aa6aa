import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sealJson } from '../../../src/host/versioned-json';
import { openWorkspaceStore } from '../../../src/host/workspace-store';

const tmp = (): string => mkdtempSync(path.join(os.tmpdir(), 'synopsis-ws-'));
const pane = (id: string) => ({ id, sourceId: 's', view: 'all' as const, linked: true, collapsed: false, width: 1 });

async function twoWrites(dir: string): Promise<void> {
  const store = openWorkspaceStore(dir);
  await store.update((w) => ({ ...w, layout: { panes: [pane('first')] } }));
  await store.update((w) => ({ ...w, layout: { panes: [pane('second')] } }));
}

describe('workspace store', () => {
  it('starts empty and keeps what was written, with a revision per write', async () => {
    const dir = tmp();
    const store = openWorkspaceStore(dir);
    expect((await store.load()).revision).toBe(0);
    await twoWrites(dir);
    const ws = await openWorkspaceStore(dir).load();
    expect(ws.revision).toBe(2);
    expect(ws.layout.panes[0]!.id).toBe('second');
  });

  for (const [name, damage] of [
    ['truncated', (text: string) => text.slice(0, text.length / 2)],
    ['garbage', () => '\u0000\u0001garbage'],
    ['edited without checksum', (text: string) => text.replace('"second"', '"tampered"')],
  ] as const) {
    it(`recovers from a ${name} file: backup loaded, notice given, damaged file kept`, async () => {
      const dir = tmp();
      await twoWrites(dir);
      const file = path.join(dir, 'workspace.json');
      writeFileSync(file, damage(readFileSync(file, 'utf8')));
      const store = openWorkspaceStore(dir);
      const ws = await store.load();
      expect(ws.layout.panes[0]!.id).toBe('first');
      const notices = store.takeNotices();
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatch(/damaged.*backup/);
      expect(readdirSync(dir).some((f) => f.startsWith('workspace.corrupt-'))).toBe(true);
      // The next write works and is kept.
      await store.update((w) => ({ ...w, layout: { panes: [pane('third')] } }));
      expect((await openWorkspaceStore(dir).load()).layout.panes[0]!.id).toBe('third');
    });
  }

  it('loads the backup when the main file is missing', async () => {
    const dir = tmp();
    await twoWrites(dir);
    const { rmSync } = await import('node:fs');
    rmSync(path.join(dir, 'workspace.json'));
    const store = openWorkspaceStore(dir);
    expect((await store.load()).layout.panes[0]!.id).toBe('first');
    expect(store.takeNotices()[0]).toMatch(/backup/);
  });

  it('refuses a workspace from a newer Synopsis and does not overwrite it', async () => {
    const dir = tmp();
    const file = path.join(dir, 'workspace.json');
    const future = sealJson('synopsis-workspace', 99, { anything: true });
    writeFileSync(file, future);
    const store = openWorkspaceStore(dir);
    await expect(store.load()).rejects.toThrow(/newer Synopsis/);
    await expect(store.update((w) => w)).rejects.toThrow(/newer Synopsis/);
    expect(readFileSync(file, 'utf8')).toBe(future);
  });

  it('sets aside a foreign file instead of misreading it', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'workspace.json'), sealJson('something-else', 1, { panes: 'x' }));
    const store = openWorkspaceStore(dir);
    expect((await store.load()).revision).toBe(0);
    expect(store.takeNotices()[0]).toMatch(/damaged|expected a synopsis-workspace/);
  });

  it('refuses a write based on a stale revision (another window wrote first)', async () => {
    const dir = tmp();
    await twoWrites(dir);
    const store = openWorkspaceStore(dir);
    await expect(store.update((w) => w, 1)).rejects.toMatchObject({ kind: 'conflict' });
    await expect(store.update((w) => w, 2)).resolves.toMatchObject({ revision: 3 });
  });

  it('refuses to save an invalid workspace and keeps the old one', async () => {
    const dir = tmp();
    await twoWrites(dir);
    const store = openWorkspaceStore(dir);
    await expect(store.update((w) => ({ ...w, preferences: { ...w.preferences, fontScale: 50 } }))).rejects.toMatchObject({
      kind: 'bad-input',
    });
    expect((await store.load()).revision).toBe(2);
    expect(existsSync(path.join(dir, 'workspace.lock'))).toBe(false);
  });
});
