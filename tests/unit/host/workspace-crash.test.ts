import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkspaceStore } from '../../../src/host/workspace-store';

const writer = path.resolve('tests/fixtures/store-writer.ts');
const tsx = path.resolve('node_modules/tsx/dist/cli.mjs');

/** Runs the writer; kills it with SIGKILL after `killAfterMs` (if given). Returns its ack lines. */
function runWriter(
  dataDir: string,
  paneId: string,
  count: string,
  killAfterMs?: number,
): Promise<{ acks: { revision: number; n: number }[]; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tsx, writer, dataDir, paneId, count], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      // Start the clock at the first acknowledged write, so the kill lands mid-loop.
      if (killAfterMs !== undefined && timer === undefined && out.includes('ack '))
        timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    });
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (timer) clearTimeout(timer);
      if (code !== 0 && code !== null) return reject(new Error(`writer failed (${code}): ${err}`));
      const acks = out
        .split('\n')
        .filter((l) => l.startsWith('ack '))
        .map((l) => {
          const [, revision, , n] = l.split(' ');
          return { revision: Number(revision), n: Number(n) };
        });
      resolve({ acks, code });
    });
  });
}

describe('workspace store under crashes', () => {
  it('keeps every acknowledged write when the writer is killed at random points', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'synopsis-crash-'));
    let lastAck = { revision: 0, n: 0 };
    const rounds = 12;
    for (let round = 0; round < rounds; round++) {
      const { acks } = await runWriter(dataDir, 'A', 'forever', 5 + Math.floor(Math.random() * 120));
      if (acks.length > 0) lastAck = acks[acks.length - 1]!;
      const store = openWorkspaceStore(dataDir);
      const ws = await store.load();
      expect(store.takeNotices(), `round ${round}`).toEqual([]);
      // Every acknowledged write is there; at most the one in flight when killed went further.
      expect(ws.revision).toBeGreaterThanOrEqual(lastAck.revision);
      const n = Number(ws.layout.panes.find((p) => p.id === 'A')?.topBlockId?.split('-')[1]);
      expect(n).toBeGreaterThanOrEqual(lastAck.n);
      expect(n).toBe(ws.revision);
      lastAck = { revision: ws.revision, n };
    }
    expect(lastAck.revision).toBeGreaterThan(rounds);
  }, 120_000);

  it('two processes writing at once lose no update', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'synopsis-concurrent-'));
    const count = 40;
    await Promise.all([runWriter(dataDir, 'A', String(count)), runWriter(dataDir, 'B', String(count))]);
    const ws = await openWorkspaceStore(dataDir).load();
    expect(ws.layout.panes.map((p) => p.topBlockId)).toEqual([`A-${count}`, `B-${count}`]);
    expect(ws.revision).toBe(2 * count);
  }, 120_000);
});
