import type { ReaderApi } from '../shared/contract';
import type { ParsedArgs } from './args';

/** What a command gets: the API (the same host every shell wraps) and its parsed arguments. */
export interface CommandContext {
  readonly api: ReaderApi;
  readonly args: ParsedArgs;
}

/**
 * One CLI command: `run` returns the JSON result printed with `--json`; `human` renders the same
 * result for a terminal. Commands live one per file under `commands/` and are listed in
 * `commands/index.ts`.
 */
export interface Command<R = unknown> {
  readonly name: string;
  readonly usage: string;
  readonly summary: string;
  run(ctx: CommandContext): Promise<R>;
  human(result: R): string;
}

/** Helps commands keep their result type while the registry holds them all. */
export function defineCommand<R>(command: Command<R>): Command<unknown> {
  return command as Command<unknown>;
}
