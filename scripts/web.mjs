// `npm run web [-- --port N --corpus DIR --data-dir DIR]`: the browser shell.
import { spawn } from 'node:child_process';
import { ensureBuilt } from './ensure-built.mjs';

ensureBuilt();
const child = spawn(process.execPath, ['out/web/server.cjs', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
