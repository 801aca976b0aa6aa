import path from 'node:path';
import { ApiError } from '../shared/errors';
import { defaultDataDir } from '../host/data-dir';
import { APP_VERSION, bundledCorpusDir } from '../host/locations';
import { createReaderHost } from '../host/reader-host';
import { parseArgs, stringOption, UsageError } from './args';
import { commands } from './commands';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/**
 * Runs one CLI invocation and returns its exit code: 0 done, 1 failure of the disk or the
 * program, 2 bad input. Errors are one line on stderr, never a stack trace.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const args = parseArgs(argv);
    const name = args.positional[0];
    if (!name || name === 'help' || args.options.help === true) {
      io.stdout(helpText());
      return name || args.options.help ? 0 : 2;
    }
    if (name === 'version' || name === '--version') {
      io.stdout(APP_VERSION);
      return 0;
    }
    const command = commands.find((c) => c.name === name);
    if (!command) throw new UsageError(`Unknown command "${name}". Run "synopsis help" for the list.`);
    const corpusDir = path.resolve(stringOption(args, 'corpus') ?? bundledCorpusDir());
    const dataDir = path.resolve(stringOption(args, 'data-dir') ?? defaultDataDir());
    const api = createReaderHost({ corpusDir, dataDir, version: APP_VERSION });
    const result = await command.run({ api, args: { ...args, positional: args.positional.slice(1) } });
    io.stdout(args.options.json === true ? JSON.stringify(result, jsonReplacer, 2) : command.human(result));
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`synopsis: ${err.message}`);
      return 2;
    }
    if (err instanceof ApiError) {
      io.stderr(`synopsis: ${err.message}`);
      return err.kind === 'bad-input' || err.kind === 'not-found' ? 2 : 1;
    }
    io.stderr(`synopsis: ${oneLine(err)}`);
    return 1;
  }
}

/** Keys starting with `_` are for the human form only; Maps are not JSON. */
function jsonReplacer(key: string, value: unknown): unknown {
  if (key.startsWith('_')) return undefined;
  return value;
}

function oneLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n')[0] ?? 'unknown error';
}

function helpText(): string {
  const rows = commands.map((c) => `  ${c.usage.padEnd(60)} ${c.summary}`);
  return [
    `Synopsis ${APP_VERSION}: a comparative reader for policy documents.`,
    '',
    'Usage: synopsis <command> [options]',
    '',
    ...rows,
    '',
    'Options for every command:',
    '  --corpus DIR     the folder of sources (default: the bundled corpus)',
    '  --data-dir DIR   where state is kept (default: the platform data folder)',
    '  --json           print the result as JSON',
  ].join('\n');
}
