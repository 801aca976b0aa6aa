/** Parsed command line: positional words and `--name value` / `--flag` options. */
export interface ParsedArgs {
  readonly positional: readonly string[];
  readonly options: Readonly<Record<string, string | true>>;
}

/** Options that never take a value. Everything else written `--name value` or `--name=value`. */
const FLAGS = new Set(['json', 'help', 'no-expand', 'group', 'no-annotations', 'no-curation']);

/** Splits argv into positionals and options; `--` ends option parsing. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('--') && arg.length > 2) {
      const eq = arg.indexOf('=');
      const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
      if (eq > 0) options[name] = arg.slice(eq + 1);
      else if (FLAGS.has(name)) options[name] = true;
      else {
        const value = argv[i + 1];
        if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value.`);
        options[name] = value;
        i++;
      }
    } else positional.push(arg);
  }
  return { positional, options };
}

/** A mistake in how the command was called: exit code 2, one line on stderr. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const v = args.options[name];
  if (v === true) throw new UsageError(`--${name} needs a value.`);
  return v;
}

export function intOption(args: ParsedArgs, name: string, min: number, max: number): number | undefined {
  const v = stringOption(args, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${name} takes a whole number from ${min} to ${max}.`);
  return n;
}
