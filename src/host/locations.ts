import { existsSync } from 'node:fs';
import path from 'node:path';
import packageJson from '../../package.json';

/** The program's version, as released. */
export const APP_VERSION: string = packageJson.version;

/**
 * The bundled corpus (`seeds/` of the project). Found by walking up from the running file, so
 * it works from sources (tsx, vitest) and from built bundles under `out/` alike.
 */
export function bundledCorpusDir(from: string = __dirname): string {
  let dir = from;
  for (let i = 0; i < 8; i++) {
    const candidate = path.join(dir, 'seeds');
    if (existsSync(path.join(candidate, 'sources.json'))) return candidate;
    const resourcesCandidate = path.join(dir, 'resources', 'seeds');
    if (existsSync(path.join(resourcesCandidate, 'sources.json'))) return resourcesCandidate;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return path.resolve('seeds');
}

/** The folder holding the built renderer (`out/renderer`), for the browser shell to serve. */
export function rendererDir(from: string = __dirname): string {
  let dir = from;
  for (let i = 0; i < 8; i++) {
    const candidate = path.join(dir, 'out', 'renderer');
    if (existsSync(path.join(candidate, 'index.html'))) return candidate;
    const sibling = path.join(dir, 'renderer');
    if (existsSync(path.join(sibling, 'index.html'))) return sibling;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return path.resolve('out', 'renderer');
}
