import {
  appendFileSync,
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INGEST_VERSION } from '../../../src/core/ingest';
import { bundledCorpusDir } from '../../../src/host/locations';
import { loadCorpus } from '../../../src/host/corpus';
import { createReaderHost, type ReaderHost } from '../../../src/host/reader-host';
import { SEARCH_CACHE_FORMAT } from '../../../src/host/search-index-cache';
import { createSearchService, type SearchServiceDeps } from '../../../src/host/search-service';
import { ingestText } from '../../../src/core/ingest';
import { DEFAULT_CODEBOOK } from '../../../src/core/concepts/codebook';
import type { Annotation } from '../../../src/shared/annotations';
import { ApiError } from '../../../src/shared/errors';
import type { IngestedDocument } from '../../../src/shared/model';

const tmp = (prefix: string): string => mkdtempSync(path.join(os.tmpdir(), prefix));
const host = (dataDir: string, corpusDir = bundledCorpusDir()): ReaderHost => createReaderHost({ corpusDir, dataDir, version: 'test' });

function copyCorpus(): string {
  const dir = tmp('synopsis-search-corpus-');
  for (const f of readdirSync(bundledCorpusDir())) copyFileSync(path.join(bundledCorpusDir(), f), path.join(dir, f));
  return dir;
}

function cacheFiles(dataDir: string): string[] {
  const dir = path.join(dataDir, 'search');
  return existsSync(dir) ? readdirSync(dir).map((f) => path.join(dir, f)) : [];
}

/** The search service over a corpus folder, counting how often it had to ingest (= build). */
function countingService(corpusDir: string, dataDir: string): { service: ReturnType<typeof createSearchService>; builds: () => number } {
  let builds = 0;
  const deps: SearchServiceDeps = {
    dataDir,
    ingestVersion: INGEST_VERSION,
    corpus: async () => {
      const c = await loadCorpus(corpusDir);
      return { dir: c.dir, sources: c.sources.map((s) => s.source) };
    },
    documents: async () => {
      builds++;
      const c = await loadCorpus(corpusDir);
      return c.sources.map((s): IngestedDocument => {
        const r = ingestText(s.source.id, s.text);
        return {
          source: s.source,
          blocks: r.blocks,
          outline: r.outline,
          ingestVersion: INGEST_VERSION,
          warnings: [],
          ...(r.alignment ? { alignment: r.alignment } : {}),
        };
      });
    },
    workspace: async () => ({ annotations: [] as Annotation[], codebook: DEFAULT_CODEBOOK }),
  };
  return { service: createSearchService(deps), builds: () => builds };
}

describe('search through the host', () => {
  it('answers the contract method and caches the index in the data folder', async () => {
    const dataDir = tmp('synopsis-search-');
    const api = host(dataDir);
    const r = await api.search({ query: '"table ronde"' });
    expect(r).toMatchObject({ query: '"table ronde"', total: 1, notices: [] });
    expect(r.hits[0]).toMatchObject({ sourceId: 'benelux-dg-meeting-2025', matchedVia: 'direct' });
    expect(r.annotations).toBeUndefined();
    const [file] = cacheFiles(dataDir);
    expect(file).toBeDefined();
    const header = JSON.parse(readFileSync(file!, 'utf8').split('\n')[0]!);
    expect(header).toMatchObject({ format: SEARCH_CACHE_FORMAT, schemaVersion: 1 });
    expect(header.key).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a second run loads the cached index without ingesting, and answers the same', async () => {
    const dataDir = tmp('synopsis-search-');
    const corpus = bundledCorpusDir();
    const first = countingService(corpus, dataDir);
    const a = await first.service.search({ query: 'digitale vaardigheden' });
    expect(first.builds()).toBe(1);
    await first.service.search({ query: '5g' });
    expect(first.builds()).toBe(1); // in memory
    const second = countingService(corpus, dataDir);
    const b = await second.service.search({ query: 'digitale vaardigheden' });
    expect(second.builds()).toBe(0);
    expect(b).toEqual(a);
  });

  it('rebuilds when a source changes', async () => {
    const corpusDir = copyCorpus();
    const dataDir = tmp('synopsis-search-');
    expect((await host(dataDir, corpusDir).search({ query: 'zorbulator' })).total).toBe(0);
    const [file] = cacheFiles(dataDir);
    const keyBefore = JSON.parse(readFileSync(file!, 'utf8').split('\n')[0]!).key;
    appendFileSync(path.join(corpusDir, '001_aec3841ec0ea2de1.txt'), '\n\nLe zorbulator numérique est annoncé.\n');
    const counting = countingService(corpusDir, dataDir);
    const after = await counting.service.search({ query: 'zorbulator' });
    expect(counting.builds()).toBe(1);
    expect(after.total).toBe(1);
    expect(after.notices).toEqual([]); // a changed source is expected, not damage
    expect(JSON.parse(readFileSync(file!, 'utf8').split('\n')[0]!).key).not.toBe(keyBefore);
    expect(cacheFiles(dataDir)).toHaveLength(1);
    // Opening the corpus again in the same process picks the change up too.
    const api = host(tmp('synopsis-search-'), corpusDir);
    await api.search({ query: 'x' });
    appendFileSync(path.join(corpusDir, '003_79442407aceeb27f.txt'), '\n\nUn second zorbulator.\n');
    await api.openCorpus({ dir: corpusDir });
    expect((await api.search({ query: 'zorbulator' })).total).toBe(2);
  });

  it('detects a damaged cache (cut off, changed bytes, bad content) and rebuilds it, with a notice', async () => {
    const dataDir = tmp('synopsis-search-');
    const corpus = bundledCorpusDir();
    const reference = await countingService(corpus, dataDir).service.search({ query: '5g' });
    const [file] = cacheFiles(dataDir);
    const good = readFileSync(file!, 'utf8');
    const [headerLine, payload] = [good.slice(0, good.indexOf('\n')), good.slice(good.indexOf('\n') + 1)];

    const damage: [string, string][] = [
      ['cut off', good.slice(0, Math.floor(good.length / 2))],
      ['changed byte', `${headerLine}\n${payload.replace('5g', '6g')}`],
      ['empty', ''],
    ];
    for (const [name, text] of damage) {
      writeFileSync(file!, text);
      const s = countingService(corpus, dataDir);
      const r = await s.service.search({ query: '5g' });
      expect(s.builds(), name).toBe(1);
      expect(r.hits, name).toEqual(reference.hits);
      if (name !== 'empty') expect(r.notices.join(' '), name).toMatch(/damaged|not a Synopsis index/);
      // The notice is told once.
      expect((await s.service.search({ query: '5g' })).notices).toEqual([]);
      expect(readFileSync(file!, 'utf8'), name).toBe(good);
    }

    // A well-formed file whose checksum is right but whose index is not.
    const bogusPayload = JSON.stringify({ schemaVersion: 1, analyzerVersion: 1, docs: { ids: ['x'] } });
    const header = JSON.parse(headerLine);
    const { createHash } = await import('node:crypto');
    writeFileSync(
      file!,
      `${JSON.stringify({ ...header, checksum: `sha256:${createHash('sha256').update(bogusPayload).digest('hex')}`, bytes: Buffer.byteLength(bogusPayload) })}\n${bogusPayload}\n`,
    );
    const s = countingService(corpus, dataDir);
    const r = await s.service.search({ query: '5g' });
    expect(s.builds()).toBe(1);
    expect(r.notices.join(' ')).toMatch(/damaged \(missing blocks\)/);
    expect(r.hits).toEqual(reference.hits);
  });

  it('replaces a foreign file and quietly rebuilds a cache of another schema version', async () => {
    const dataDir = tmp('synopsis-search-');
    const corpus = bundledCorpusDir();
    await countingService(corpus, dataDir).service.search({ query: '5g' });
    const [file] = cacheFiles(dataDir);
    const good = readFileSync(file!, 'utf8');

    writeFileSync(file!, JSON.stringify({ format: 'synopsis-workspace', schemaVersion: 2, data: {} }));
    let s = countingService(corpus, dataDir);
    let r = await s.service.search({ query: '5g' });
    expect(s.builds()).toBe(1);
    expect(r.notices.join(' ')).toMatch(/not a Synopsis index \(expected a synopsis-search-index file, found synopsis-workspace\)/);

    const newer = good.replace(/"schemaVersion":1/, '"schemaVersion":99');
    writeFileSync(file!, newer);
    s = countingService(corpus, dataDir);
    r = await s.service.search({ query: '5g' });
    expect(s.builds()).toBe(1);
    expect(r.notices).toEqual([]);
    expect(r.total).toBeGreaterThan(0);
  });

  it('still searches when the data folder cannot be written, and says so', async () => {
    if (process.getuid?.() === 0) return; // root writes anywhere
    const dataDir = tmp('synopsis-search-');
    mkdirSync(path.join(dataDir, 'search'));
    chmodSync(path.join(dataDir, 'search'), 0o500);
    try {
      const r = await countingService(bundledCorpusDir(), dataDir).service.search({ query: '5g' });
      expect(r.total).toBeGreaterThan(0);
      expect(r.notices.join(' ')).toMatch(/could not be saved/);
    } finally {
      chmodSync(path.join(dataDir, 'search'), 0o700);
    }
  });

  it('keeps one cache file per corpus folder', async () => {
    const dataDir = tmp('synopsis-search-');
    await host(dataDir).search({ query: '5g' });
    const other = copyCorpus();
    await host(dataDir, other).search({ query: '5g' });
    expect(cacheFiles(dataDir)).toHaveLength(2);
    const sizes = cacheFiles(dataDir).map((f) => statSync(f).size);
    expect(sizes.every((n) => n > 100_000)).toBe(true);
  });

  it('refuses a malformed query with bad-input, and validates the argument', async () => {
    const api = host(tmp('synopsis-search-'));
    await expect(api.search({ query: '5g lang:xx' })).rejects.toMatchObject({ kind: 'bad-input' });
    await expect(api.search({ query: '5g source:nowhere' })).rejects.toBeInstanceOf(ApiError);
    const { parseArg } = await import('../../../src/shared/contract');
    expect(parseArg('search', { query: 'x'.repeat(3000) }).ok).toBe(false);
    expect(parseArg('search', { query: '5g', limit: 0 }).ok).toBe(false);
    expect(parseArg('search', { query: '5g', langs: ['fr'], sources: ['a'], expand: false, limit: 5 }).ok).toBe(true);
  });
});

describe('annotations in search', () => {
  it('are their own result group, refreshed when they change', async () => {
    const api = host(tmp('synopsis-search-ann-'));
    expect((await api.search({ query: 'zorglub' })).annotations).toBeUndefined();
    const doc = await api.getDocument({ sourceId: 'benelux-dg-meeting-2025' });
    const block = doc.blocks.find((b) => b.text.includes('table ronde'))!;
    const at = block.text.indexOf('table ronde');
    const made = await api.createAnnotation({
      sourceId: doc.source.id,
      blockId: block.id,
      start: at,
      end: at + 11,
      note: 'Vérifier les compétences du zorglub',
      tags: ['suivi'],
    });

    const r = await api.search({ query: 'zorglub' });
    expect(r.total).toBe(0); // no block says it
    expect(r.annotations).toMatchObject({
      total: 1,
      hits: [{ annotationId: made.annotation.id, sourceId: 'benelux-dg-meeting-2025', matchedVia: 'direct' }],
    });
    const hit = r.annotations!.hits[0]!;
    expect(hit.highlights.map((h) => hit.text.slice(h.start, h.end))).toEqual(['zorglub']);
    // Found by the quoted passage, by a tag, with inflections, with the filters.
    expect((await api.search({ query: '"table ronde"' })).annotations?.total).toBe(1);
    expect((await api.search({ query: 'suivi' })).annotations?.total).toBe(1);
    expect((await api.search({ query: 'compétence zorglub' })).annotations?.total).toBe(1);
    expect((await api.search({ query: 'zorglub source:desi' })).annotations?.total).toBe(0);

    await api.updateAnnotation({ id: made.annotation.id, expectedModified: made.annotation.modified, note: 'Plus rien' });
    expect((await api.search({ query: 'zorglub' })).annotations?.total).toBe(0);
    expect((await api.search({ query: 'rien' })).annotations?.total).toBe(1);
    await api.deleteAnnotation({ id: made.annotation.id });
    expect((await api.search({ query: 'rien' })).annotations).toBeUndefined();
  });

  it('a note is searched and shown as the reader sees it: no markdown marks in the hit', async () => {
    const api = host(tmp('synopsis-search-ann-md-'));
    const doc = await api.getDocument({ sourceId: 'benelux-dg-meeting-2025' });
    const block = doc.blocks.find((b) => b.text.includes('table ronde'))!;
    const at = block.text.indexOf('table ronde');
    await api.createAnnotation({
      sourceId: doc.source.id,
      blockId: block.id,
      start: at,
      end: at + 11,
      note: 'Suivre **l’usine d’IA** avec le [Grand-Duché](https://example.org/gd) et `zorglub`',
      tags: [],
    });
    const r = await api.search({ query: '"suivre l’usine"' });
    expect(r.annotations?.total).toBe(1);
    const hit = r.annotations!.hits[0]!;
    expect(hit.text).toContain('Suivre l’usine d’IA avec le Grand-Duché et zorglub');
    expect(hit.text).not.toMatch(/\*\*|\]\(|`/);
    expect(hit.highlights.map((h) => hit.text.slice(h.start, h.end)).join(' ')).toMatch(/Suivre.*usine/);
    // The note itself is kept as typed.
    expect((await api.listAnnotations({})).annotations[0]!.annotation.body.note).toContain('**l’usine d’IA**');
  });
});

describe('the glossary is the codebook the user edited', () => {
  it('a translation set added to a concept expands at once, and stops when removed; added theme cues do not expand', async () => {
    const api = host(tmp('synopsis-search-codebook-'));
    expect((await api.search({ query: 'zorglubvergadering' })).total).toBe(0);
    // A theme cue is not a translation: it classifies commitments, the search leaves it alone.
    await api.updateCodebook({ op: 'add-terms', id: 'round-table', lang: 'nl', terms: ['zorglubvergadering'] });
    expect((await api.search({ query: 'zorglubvergadering' })).total).toBe(0);
    await api.updateCodebook({
      op: 'add-translation',
      id: 'round-table',
      translation: { nl: ['zorglubvergadering'], fr: ['table ronde'] },
    });
    const r = await api.search({ query: 'zorglubvergadering' });
    expect(r.hits.map((h) => [h.sourceId, h.matchedVia, h.glossary?.conceptId, h.glossary?.term])).toContainEqual([
      'benelux-dg-meeting-2025',
      'glossary',
      'round-table',
      'table ronde',
    ]);
    await api.updateCodebook({ op: 'remove-translation', id: 'round-table', lang: 'nl', term: 'Zorglubvergadering' });
    expect((await api.search({ query: 'zorglubvergadering' })).total).toBe(0);
  });

  it('a default translation set the user removed no longer expands', async () => {
    const api = host(tmp('synopsis-search-codebook-'));
    const before = await api.search({ query: 'glasvezel' });
    expect(before.hits.some((h) => h.matchedVia === 'glossary' && h.glossary?.conceptId === 'connectivity')).toBe(true);
    await api.updateCodebook({ op: 'remove-translation', id: 'connectivity', lang: 'nl', term: 'glasvezel' });
    expect((await api.search({ query: 'glasvezel' })).total).toBe(0);
    await api.updateCodebook({ op: 'reset', id: 'connectivity' });
    expect((await api.search({ query: 'glasvezel' })).total).toBe(before.total);
  });
});
