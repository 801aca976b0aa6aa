// `npm start`: builds what is needed and launches the Electron app. Where the Electron runtime
// cannot be had (its binary could not be downloaded, or there is no display) it says so in one
// line and serves the browser shell instead, printing the URL to open.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { ensureBuilt } from './ensure-built.mjs';

ensureBuilt();

function electronBinary() {
  try {
    const require = createRequire(import.meta.url);
    const binary = require('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const binary = electronBinary();
const args = process.argv.slice(2);

function serveBrowserShell(reason) {
  process.stdout.write(`Electron cannot start here (${reason}); serving the browser shell instead.\n`);
  const child = spawn(process.execPath, ['out/web/server.cjs', ...args], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}

if (!binary) serveBrowserShell('its runtime binary is not installed and cannot be downloaded');
else if (!hasDisplay) serveBrowserShell('no display');
else {
  const child = spawn(binary, ['.', ...args], { stdio: 'inherit' });
  child.on('error', (err) => serveBrowserShell(err.message));
  child.on('exit', (code) => process.exit(code ?? 0));
}
