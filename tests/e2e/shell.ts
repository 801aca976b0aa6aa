import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base } from '@playwright/test';

/** A running browser shell: its URL (with token), and the data folder it writes to. */
export interface Shell {
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  readonly dataDir: string;
  stop(): Promise<void>;
}

/** Starts the built browser shell (`out/web/server.cjs`) on a free port with its own data folder. */
export async function startShell(options: { dataDir?: string; corpus?: string } = {}): Promise<Shell> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'synopsis-e2e-'));
  const args = ['out/web/server.cjs', '--data-dir', dataDir, ...(options.corpus ? ['--corpus', options.corpus] : [])];
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`The browser shell did not start: ${out}`)), 20_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /Synopsis is at (\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`The browser shell exited (${code}): ${out}`)));
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.hash.replace('#token=', ''),
    dataDir,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const killer = setTimeout(() => child.kill('SIGKILL'), 3000);
        child.once('exit', () => {
          clearTimeout(killer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** Playwright fixture: a fresh shell (and data folder) per test. */
export const test = base.extend<{ shell: Shell }>({
  shell: async ({}, use) => {
    const shell = await startShell();
    await use(shell);
    await shell.stop();
  },
});

export { expect } from '@playwright/test';
