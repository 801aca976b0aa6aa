import { createHash } from 'node:crypto';

/**
 * The envelope of every file Synopsis persists: which format it is, its schema version, and a
 * checksum of the payload, so a truncated or hand-damaged file is detected rather than misread.
 */
export interface Envelope {
  readonly format: string;
  readonly schemaVersion: number;
  readonly checksum: string;
  readonly data: unknown;
}

export type OpenResult =
  | { readonly kind: 'ok'; readonly schemaVersion: number; readonly data: unknown }
  | { readonly kind: 'corrupt'; readonly reason: string }
  | { readonly kind: 'foreign'; readonly reason: string }
  | { readonly kind: 'too-new'; readonly schemaVersion: number };

function checksumOf(json: string): string {
  return `sha256:${createHash('sha256').update(json).digest('hex')}`;
}

/** Serializes a payload with its envelope. Keys keep insertion order, so output is deterministic. */
export function sealJson(format: string, schemaVersion: number, data: unknown): string {
  const payload = JSON.stringify(data);
  const envelope = { format, schemaVersion, checksum: checksumOf(payload), data };
  return `${JSON.stringify(envelope, null, 1)}\n`;
}

/** Reads an envelope, checking format, version and checksum; never throws. */
export function openJson(format: string, currentVersion: number, text: string): OpenResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { kind: 'corrupt', reason: 'not valid JSON (the file is damaged or was cut off)' };
  }
  if (typeof parsed !== 'object' || parsed === null) return { kind: 'corrupt', reason: 'not a Synopsis file' };
  const env = parsed as Partial<Envelope>;
  if (env.format !== format)
    return { kind: 'foreign', reason: `expected a ${format} file, found ${String(env.format ?? 'something else')}` };
  if (typeof env.schemaVersion !== 'number' || !Number.isInteger(env.schemaVersion)) {
    return { kind: 'corrupt', reason: 'missing schema version' };
  }
  if (env.schemaVersion > currentVersion) return { kind: 'too-new', schemaVersion: env.schemaVersion };
  if (env.checksum !== checksumOf(JSON.stringify(env.data)))
    return { kind: 'corrupt', reason: 'checksum mismatch (the content was changed or damaged)' };
  return { kind: 'ok', schemaVersion: env.schemaVersion, data: env.data };
}
