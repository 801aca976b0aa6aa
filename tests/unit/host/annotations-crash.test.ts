import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledCorpusDir } from '../../../src/host/locations';
import { openWorkspaceStore } from '../../../src/host/workspace-store';

const ROOT = path.resolve(__dirname, '../../..');
const WRITER = path.join(ROOT, 'tests/fixtures/annotation-writer.ts');
/** The whole test stays within this budget, however fast or slow the machine is. */
const BUDGET_MS = 30_000;
const MAX_ROUNDS = 40;

interface Acked {
  /** Latest acknowledged note per annotation id. */
  readonly notes: Map<string, string>;
  readonly deleted: Set<string>;
}

/** Runs the writer until killed (SIGKILL) at a random moment after it is ready; collects its acks. */
function runAndKill(dataDir: string, round: number, acked: Acked, killAfterMs: number): Promise<{ acks: number; exit: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dataDir, bundledCorpusDir(), String(round)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let buffer = '';
    let acks = 0;
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    const startupLimit = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        const [word, kind, id, note] = line.split(' ');
        if (word === 'ready' && !timer) timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
        if (word !== 'ack' || !id) continue;
        acks++;
        if (kind === 'create' || kind === 'edit') acked.notes.set(id, note!);
        if (kind === 'delete') acked.deleted.add(id);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(startupLimit);
      if (timer) clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`writer ended by itself (code ${code}): ${stderr}`));
      else resolve({ acks, exit: signal });
    });
  });
}

/** The version number at the end of a note such as `r3-n12-v1`. */
const version = (note: string): number => Number(note.slice(note.lastIndexOf('-v') + 2));

describe('crash safety of annotation writes', () => {
  it(
    'keeps every acknowledged annotation when the writer is killed at random points, and the store opens cleanly',
    async () => {
      const dataDir = mkdtempSync(path.join(os.tmpdir(), 'synopsis-crash-'));
      const acked: Acked = { notes: new Map(), deleted: new Set() };
      const started = Date.now();
      let rounds = 0;
      let totalAcks = 0;
      while (rounds < MAX_ROUNDS && Date.now() - started < BUDGET_MS - 3_000) {
        const killAfter = Math.floor(Math.random() * 600);
        const { acks } = await runAndKill(dataDir, rounds, acked, killAfter);
        totalAcks += acks;
        rounds++;

        const store = openWorkspaceStore(dataDir);
        const ws = await store.load();
        expect(store.takeNotices(), `round ${rounds}: the store needed recovery`).toEqual([]);
        const byId = new Map(ws.annotations.map((a) => [a.id, a] as const));
        for (const [id, note] of acked.notes) {
          const found = byId.get(id);
          expect(found, `round ${rounds}: acknowledged annotation ${id} is missing`).toBeDefined();
          // The acknowledged edit, or a later one that was written but not yet acknowledged.
          expect(found!.body.note.split('-v')[0]).toBe(note.split('-v')[0]);
          expect(version(found!.body.note)).toBeGreaterThanOrEqual(version(note));
        }
        for (const id of acked.deleted) expect(byId.get(id)?.deleted, `round ${rounds}: acknowledged delete of ${id}`).toBeDefined();
      }
      expect(rounds).toBeGreaterThanOrEqual(3);
      expect(totalAcks).toBeGreaterThan(0);
      // Only the workspace, its backup, a lock left by a killed writer (taken over by the next one) and temporary files of killed writes are in the folder.
      for (const f of readdirSync(dataDir))
        expect(f).toMatch(/^(workspace\.json|workspace\.backup\.json|workspace\.lock|\.workspace\.(backup\.)?json\.\d+\.[0-9a-f]+\.tmp)$/);
      console.log(
        JSON.stringify({ rounds, acknowledged: totalAcks, annotations: acked.notes.size, seconds: (Date.now() - started) / 1000 }),
      );
    },
    BUDGET_MS + 30_000,
  );
});
