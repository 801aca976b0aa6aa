import path from 'node:path';
import { defaultDataDir } from '../host/data-dir';
import { APP_VERSION, bundledCorpusDir, rendererDir } from '../host/locations';
import { createReaderHost } from '../host/reader-host';
import { startWebServer } from './server';

/**
 * `npm run web`: the browser shell. Options: --corpus DIR, --data-dir DIR, --port N.
 * Prints the URL (with its per-launch token) on stdout as `Synopsis is at <url>`.
 */
async function main(argv: readonly string[]): Promise<void> {
  const option = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const port = option('port') === undefined ? 0 : Number(option('port'));
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write('synopsis web: --port takes a number from 0 to 65535.\n');
    process.exitCode = 2;
    return;
  }
  const api = createReaderHost({
    corpusDir: path.resolve(option('corpus') ?? bundledCorpusDir()),
    dataDir: path.resolve(option('data-dir') ?? defaultDataDir()),
    version: APP_VERSION,
  });
  const server = await startWebServer({ api, rendererDir: rendererDir(), port });
  process.stdout.write(`Synopsis is at ${server.url}\n`);
  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`synopsis web: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
