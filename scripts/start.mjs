// `npm start`: builds what is needed and launches the Electron app. Where the Electron runtime
// cannot be had (its binary could not be downloaded, or there is no display) it says so in one
// line and serves the browser shell instead, printing the URL to open.
import { spawn } from 'node:child_process';
import electronBinary from './electron-binary.cjs';
import { ensureBuilt } from './ensure-built.mjs';

ensureBuilt();

const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const electron = hasDisplay ? electronBinary.findElectronBinary({ download: true }) : { reason: 'no display' };
const args = process.argv.slice(2);

function serveBrowserShell(reason) {
  process.stdout.write(`Electron cannot start here (${reason}); serving the browser shell instead.\n`);
  const child = spawn(process.execPath, ['out/web/server.cjs', ...args], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}

if ('reason' in electron) serveBrowserShell(electron.reason);
else {
  const child = spawn(electron.binary, ['.', ...args], { stdio: 'inherit' });
  child.on('error', (err) => serveBrowserShell(err.message));
  child.on('exit', (code) => process.exit(code ?? 0));
}
