// Finds the Electron runtime binary without triggering the `electron` package's lazy download
// (requiring the package downloads it when missing). Tests call this with download=false so
// that no test touches the network; `npm start` may try the download once, quietly.
// CommonJS so that both `npm start` (ESM) and the Playwright tests (transpiled) can load it.
const { spawnSync } = require('node:child_process');
const { existsSync, readFileSync } = require('node:fs');
const path = require('node:path');

function electronDir() {
  try {
    return path.dirname(require.resolve('electron/package.json'));
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
function findElectronBinary({ download = false } = {}) {
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

module.exports = { findElectronBinary };
