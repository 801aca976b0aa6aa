import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { decodeText } from '../core/decode';
import { detectLanguage } from '../core/language';
import type { LangCode, RejectedFile, Source } from '../shared/model';
import { parseManifest, type ManifestSource } from './manifest';

/** Files larger than this are refused with a reason instead of exhausting memory. */
export const MAX_SOURCE_BYTES = 128 * 1024 * 1024;

/** A source with its decoded text, as the host keeps it in memory. */
export interface LoadedSource {
  readonly source: Source;
  readonly text: string;
}

export interface LoadedCorpus {
  readonly dir: string;
  readonly manifest: 'sources.json' | 'inferred';
  readonly sources: readonly LoadedSource[];
  readonly rejected: readonly RejectedFile[];
}

/**
 * Opens a folder as a corpus. With a `sources.json` its entries are loaded and every file's
 * SHA-256 checked against it (a mismatch is reported on the source, not hidden); without one,
 * every readable text file becomes a source. Unreadable files are listed with a reason and
 * the rest still open: one bad file never closes the corpus.
 */
export async function loadCorpus(dir: string): Promise<LoadedCorpus> {
  const absolute = path.resolve(dir);
  let entries: string[];
  try {
    const stat = await fs.stat(absolute);
    if (!stat.isDirectory()) throw new CorpusError(`${absolute} is not a folder. Choose a folder of text files.`);
    entries = (await fs.readdir(absolute)).sort();
  } catch (err) {
    if (err instanceof CorpusError) throw err;
    throw new CorpusError(`Cannot open the corpus folder ${absolute}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}.`);
  }
  if (entries.includes('sources.json')) {
    const json = await fs.readFile(path.join(absolute, 'sources.json'), 'utf8');
    const parsed = parseManifest(json);
    if (!parsed.ok) throw new CorpusError(parsed.reason);
    const results = await Promise.all(parsed.manifest.sources.map((m) => loadListed(absolute, m)));
    return collect(absolute, 'sources.json', results);
  }
  const files = entries.filter((f) => !f.startsWith('.'));
  const results = await Promise.all(files.map((f) => loadUnlisted(absolute, f)));
  return collect(
    absolute,
    'inferred',
    results.filter((r): r is LoadResult => r !== undefined),
  );
}

/** A corpus problem the user must fix (missing folder, broken manifest). */
export class CorpusError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CorpusError';
  }
}

type LoadResult = { kind: 'ok'; loaded: LoadedSource } | { kind: 'rejected'; rejected: RejectedFile };

function collect(dir: string, manifest: LoadedCorpus['manifest'], results: readonly LoadResult[]): LoadedCorpus {
  const sources: LoadedSource[] = [];
  const rejected: RejectedFile[] = [];
  const ids = new Set<string>();
  for (const r of results) {
    if (r.kind === 'rejected') {
      rejected.push(r.rejected);
      continue;
    }
    // Inferred ids can collide ("a.txt", "a.md"): number the later ones.
    let id = r.loaded.source.id;
    for (let n = 2; ids.has(id); n++) id = `${r.loaded.source.id}-${n}`;
    ids.add(id);
    sources.push(id === r.loaded.source.id ? r.loaded : { ...r.loaded, source: { ...r.loaded.source, id } });
  }
  return { dir, manifest, sources, rejected };
}

async function readBytes(dir: string, file: string): Promise<{ bytes: Uint8Array } | { reason: string }> {
  const full = path.join(dir, file);
  try {
    const stat = await fs.stat(full);
    if (!stat.isFile()) return { reason: 'Not a regular file.' };
    if (stat.size > MAX_SOURCE_BYTES) {
      return {
        reason: `The file is ${Math.round(stat.size / 1048576)} MB; Synopsis opens sources up to ${MAX_SOURCE_BYTES / 1048576} MB. Split it.`,
      };
    }
    return { bytes: new Uint8Array(await fs.readFile(full)) };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { reason: 'The file is missing from the corpus folder.' };
    if (code === 'EACCES' || code === 'EPERM') return { reason: 'The file cannot be read: permission denied.' };
    return { reason: `The file cannot be read (${code ?? (err as Error).message}).` };
  }
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function loadListed(dir: string, m: ManifestSource): Promise<LoadResult> {
  const read = await readBytes(dir, m.file);
  if ('reason' in read) return { kind: 'rejected', rejected: { file: m.file, reason: read.reason } };
  const decoded = decodeText(read.bytes);
  if (decoded.kind === 'rejected') return { kind: 'rejected', rejected: { file: m.file, reason: decoded.reason } };
  const actual = sha256Hex(read.bytes);
  const { sha256: expected, ...meta } = m;
  const source: Source = {
    ...meta,
    languages: meta.languages as LangCode[],
    sha256: actual,
    integrity:
      expected === undefined ? { kind: 'unverified' } : expected === actual ? { kind: 'verified' } : { kind: 'mismatch', expected, actual },
    bytes: read.bytes.length,
    encoding: decoded.encoding,
  };
  return { kind: 'ok', loaded: { source, text: decoded.text } };
}

async function loadUnlisted(dir: string, file: string): Promise<LoadResult | undefined> {
  const read = await readBytes(dir, file);
  if ('reason' in read) {
    if (read.reason === 'Not a regular file.') return undefined;
    return { kind: 'rejected', rejected: { file, reason: read.reason } };
  }
  const decoded = decodeText(read.bytes);
  if (decoded.kind === 'rejected') return { kind: 'rejected', rejected: { file, reason: decoded.reason } };
  const stat = await fs.stat(path.join(dir, file));
  const lang = detectLanguage(decoded.text.slice(0, 20000));
  const source: Source = {
    id: idFromFileName(file),
    file,
    title: titleFrom(decoded.text, file),
    publisher: 'Unknown (no sources.json)',
    date: stat.mtime.toISOString().slice(0, 10),
    languages: [lang],
    genre: 'Text file',
    role: 'context',
    description: 'Metadata inferred from the file: add a sources.json to the folder to describe it.',
    sha256: sha256Hex(read.bytes),
    integrity: { kind: 'unverified' },
    bytes: read.bytes.length,
    encoding: decoded.encoding,
  };
  return { kind: 'ok', loaded: { source, text: decoded.text } };
}

/** A manifest-style id from a file name: lower-case, dashes, no extension. */
export function idFromFileName(file: string): string {
  const base = file.replace(/\.[^.]+$/, '');
  const slug = base
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);
  return slug === '' ? 'source' : slug;
}

function titleFrom(text: string, file: string): string {
  for (const line of text.split(/\r?\n|\r/).slice(0, 50)) {
    const clean = line.replace(/[*#_`>]/g, '').trim();
    if (clean.length >= 3) return clean.length > 120 ? `${clean.slice(0, 117)}…` : clean;
  }
  return file;
}
