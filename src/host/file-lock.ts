import { promises as fs } from 'node:fs';
import { ApiError } from '../shared/errors';

/** How long a lock may be held before others take it for abandoned, whatever its owner. */
const STALE_AFTER_MS = 30_000;
const WAIT_STEP_MS = 15;

/**
 * Runs `task` while holding an exclusive lock file, so that processes sharing a data folder (two
 * app windows, the app and the CLI) do their read-modify-write one after the other. A lock left
 * by a process that died is recognized (its pid is gone, or it is too old) and taken over.
 */
export async function withFileLock<T>(lockFile: string, task: () => Promise<T>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let handle: fs.FileHandle | undefined;
  while (!handle) {
    try {
      handle = await fs.open(lockFile, 'wx', 0o600);
      await handle.writeFile(JSON.stringify({ pid: process.pid, at: Date.now() }));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      if (await isAbandoned(lockFile)) {
        await fs.rm(lockFile, { force: true });
        continue;
      }
      if (Date.now() > deadline) {
        throw new ApiError(
          'conflict',
          'Another Synopsis window or command is saving to the same data folder and did not finish; try again.',
        );
      }
      await new Promise((r) => setTimeout(r, WAIT_STEP_MS + Math.random() * WAIT_STEP_MS));
    }
  }
  try {
    return await task();
  } finally {
    await handle.close();
    await fs.rm(lockFile, { force: true });
  }
}

async function isAbandoned(lockFile: string): Promise<boolean> {
  let owner: { pid?: unknown; at?: unknown };
  try {
    owner = JSON.parse(await fs.readFile(lockFile, 'utf8')) as typeof owner;
  } catch {
    // Being written right now, or damaged: judge by age.
    try {
      const stat = await fs.stat(lockFile);
      return Date.now() - stat.mtimeMs > STALE_AFTER_MS;
    } catch {
      return false;
    }
  }
  if (typeof owner.at === 'number' && Date.now() - owner.at > STALE_AFTER_MS) return true;
  if (typeof owner.pid !== 'number') return false;
  if (owner.pid === process.pid) return false;
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
