import os from 'node:os';
import path from 'node:path';

/**
 * Where the browser shell and the CLI keep state when no `--data-dir` is given, following each
 * platform's convention (the Electron app uses its own userData folder instead).
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.SYNOPSIS_DATA_DIR) return path.resolve(env.SYNOPSIS_DATA_DIR);
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Synopsis');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Synopsis');
  return path.join(env.XDG_DATA_HOME ?? path.join(home, '.local', 'share'), 'synopsis');
}
