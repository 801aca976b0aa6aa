/**
 * Error kinds that cross the contract. Every shell maps them the same way: `bad-input` is the
 * caller's fault (HTTP 400, CLI exit 2), `not-found` names something missing (404, exit 2),
 * `conflict` means someone else changed the data first (409, exit 1),
 * `corrupt` and `io` are the disk's (500, exit 1), `internal` is ours (500, exit 1).
 */
export type ApiErrorKind = 'bad-input' | 'not-found' | 'conflict' | 'corrupt' | 'io' | 'internal';

export interface ApiErrorData {
  readonly kind: ApiErrorKind;
  readonly message: string;
}

/** An error meant for the user: its message says what went wrong and what to do. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  constructor(kind: ApiErrorKind, message: string) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
  }
  toJSON(): ApiErrorData {
    return { kind: this.kind, message: this.message };
  }
}

/** Turns anything thrown into data a shell can send; unknown errors become `internal`. */
export function toApiErrorData(err: unknown): ApiErrorData {
  if (err instanceof ApiError) return err.toJSON();
  if (isApiErrorData(err)) return { kind: err.kind, message: err.message };
  const message = err instanceof Error ? err.message : String(err);
  return { kind: 'internal', message: `Unexpected error: ${message}` };
}

export function isApiErrorData(value: unknown): value is ApiErrorData {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.message === 'string' &&
    (v.kind === 'bad-input' ||
      v.kind === 'not-found' ||
      v.kind === 'conflict' ||
      v.kind === 'corrupt' ||
      v.kind === 'io' ||
      v.kind === 'internal')
  );
}

/** Closes a tagged union: the compiler proves every case is handled. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
