import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from './atomic-file';

/**
 * The search index cached on disk, one file per corpus folder in `<data folder>/search/`. The
 * envelope follows versioned-json.ts (format, schema version, checksum), with two changes for
 * a payload that can be tens of megabytes: the header is the first line and the checksum covers
 * the payload's bytes as written, so reading never serializes the payload again to check it;
 * and the header carries the corpus key, so a cache of other content is recognized before the
 * payload is even parsed. Whatever does not check out is rebuilt, never trusted.
 */

export const SEARCH_CACHE_FORMAT = 'synopsis-search-index';

export interface SearchCacheHeader {
  readonly format: string;
  readonly schemaVersion: number;
  /** What the index was built from (see `corpusKey`). */
  readonly key: string;
  readonly checksum: string;
  readonly bytes: number;
}

export type SearchCacheRead =
  | { readonly kind: 'ok'; readonly data: unknown }
  | { readonly kind: 'missing' }
  /** Built from other content (a source changed) or by another version: rebuilt quietly. */
  | { readonly kind: 'stale'; readonly reason: string }
  /** Damaged or not ours: rebuilt, and the user is told. */
  | { readonly kind: 'corrupt'; readonly reason: string }
  | { readonly kind: 'foreign'; readonly reason: string };

/** What the key of a cached index is made of: change any of it and the index is rebuilt. */
export interface CorpusKeyParts {
  readonly sources: readonly { readonly id: string; readonly sha256: string }[];
  readonly ingestVersion: number;
  readonly indexSchemaVersion: number;
  readonly analyzerVersion: number;
  readonly lunrVersion: string;
}

/** A digest of the corpus content and of every version the index depends on. */
export function corpusKey(parts: CorpusKeyParts): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/** The cache file of a corpus folder: named after the folder, so corpora do not evict each other. */
export function searchCacheFile(dataDir: string, corpusDir: string): string {
  const name = createHash('sha256').update(path.resolve(corpusDir)).digest('hex').slice(0, 20);
  return path.join(dataDir, 'search', `${name}.index`);
}

function checksumOf(payload: string): string {
  return `sha256:${createHash('sha256').update(payload).digest('hex')}`;
}

/** Writes the index atomically: a reader sees the old file or the new one, never a mix. */
export async function writeSearchCache(file: string, schemaVersion: number, key: string, data: object): Promise<void> {
  const payload = JSON.stringify(data);
  const header: SearchCacheHeader = {
    format: SEARCH_CACHE_FORMAT,
    schemaVersion,
    key,
    checksum: checksumOf(payload),
    bytes: Buffer.byteLength(payload),
  };
  await writeFileAtomic(file, `${JSON.stringify(header)}\n${payload}\n`);
}

/** Reads a cached index; never throws for what is in the file, only for I/O other than absence. */
export async function readSearchCache(file: string, schemaVersion: number, key: string): Promise<SearchCacheRead> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    throw err;
  }
  const newline = text.indexOf('\n');
  let header: Partial<SearchCacheHeader>;
  try {
    header = JSON.parse(newline < 0 ? text : text.slice(0, newline)) as Partial<SearchCacheHeader>;
  } catch {
    return { kind: 'foreign', reason: 'it does not start with a Synopsis header' };
  }
  if (typeof header !== 'object' || header === null || header.format !== SEARCH_CACHE_FORMAT) {
    return {
      kind: 'foreign',
      reason: `expected a ${SEARCH_CACHE_FORMAT} file, found ${String((header as { format?: unknown } | null)?.format ?? 'something else')}`,
    };
  }
  if (header.schemaVersion !== schemaVersion) return { kind: 'stale', reason: `index schema ${String(header.schemaVersion)}` };
  if (header.key !== key) return { kind: 'stale', reason: 'built from other sources' };
  const payload = text.slice(newline + 1).replace(/\n$/, '');
  if (typeof header.bytes !== 'number' || Buffer.byteLength(payload) !== header.bytes) {
    return { kind: 'corrupt', reason: 'the file was cut off' };
  }
  if (header.checksum !== checksumOf(payload)) return { kind: 'corrupt', reason: 'checksum mismatch (the content was changed or damaged)' };
  try {
    return { kind: 'ok', data: JSON.parse(payload) };
  } catch {
    return { kind: 'corrupt', reason: 'not valid JSON' };
  }
}
