// Builds what is missing or older than the sources, so `npm start` and `npm run web` work on a
// fresh clone with one command and stay quick when nothing changed.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

export function ensureBuilt(root = process.cwd()) {
  const outputs = ['out/renderer/index.html', 'out/web/server.cjs', 'out/cli/index.cjs', 'out/main/index.js'];
  const builtAt = Math.min(...outputs.map((f) => (existsSync(path.join(root, f)) ? statSync(path.join(root, f)).mtimeMs : 0)));
  if (builtAt > newest(path.join(root, 'src'))) return;
  // Progress on stderr, the build's output too: stdout belongs to what runs next (the bench's JSON).
  process.stderr.write('Building Synopsis…\n');
  const result = spawnSync('npm', ['run', '--silent', 'build'], {
    cwd: root,
    stdio: ['inherit', 2, 2],
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) {
    process.stderr.write('The build failed; see the messages above.\n');
    process.exit(result.status ?? 1);
  }
}
