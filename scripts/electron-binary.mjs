// Finds the Electron runtime binary without triggering the `electron` package's lazy download
// (requiring the package downloads it when missing). Tests call this with download=false so
// that no test touches the network; `npm start` may try the download once, quietly.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

function electronDir() {
  try {
    return path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return undefined;
  }
}

function installedBinary(dir) {
  const pathFile = path.join(dir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(dir, 'dist'), readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

/** @returns {{ binary: string } | { reason: string }} */
export function findElectronBinary({ download = false } = {}) {
  const dir = electronDir();
  if (!dir) return { reason: 'the electron package is not installed' };
  const found = installedBinary(dir);
  if (found) return { binary: found };
  if (!download) return { reason: 'its runtime binary is not installed' };
  const result = spawnSync(process.execPath, [path.join(dir, 'install.js')], { stdio: 'pipe', timeout: 120_000 });
  const afterDownload = installedBinary(dir);
  if (afterDownload) return { binary: afterDownload };
  const detail = `${result.stderr ?? ''}${result.stdout ?? ''}`.match(/(fetch failed|ENOTFOUND|ECONNREFUSED|EAI_AGAIN|timed? ?out)/i)?.[1];
  return { reason: `its runtime binary is not installed and could not be downloaded${detail ? `: ${detail}` : ''}` };
}
