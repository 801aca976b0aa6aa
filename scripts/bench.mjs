// `npm run bench [-- stage…]`: builds if needed, then runs the TypeScript benchmark with tsx.
import { spawnSync } from 'node:child_process';
import { ensureBuilt } from './ensure-built.mjs';

ensureBuilt();
const result = spawnSync('npx', ['tsx', 'scripts/bench.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
