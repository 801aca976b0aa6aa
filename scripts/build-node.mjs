// Bundles the Node-side shells that do not go through electron-vite: the CLI and the browser
// shell's server. One CommonJS file each, so `bin/synopsis.cjs` and `npm run web` start fast
// without a TypeScript loader.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
};

await Promise.all([
  build({ ...common, entryPoints: ['src/cli/index.ts'], outfile: 'out/cli/index.cjs' }),
  build({ ...common, entryPoints: ['src/web/main.ts'], outfile: 'out/web/server.cjs' }),
]);
