import { copyFileSync, mkdtempSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { idFromFileName, loadCorpus } from '../../../src/host/corpus';
import { bundledCorpusDir } from '../../../src/host/locations';

const tmp = (): string => mkdtempSync(path.join(os.tmpdir(), 'synopsis-corpus-'));

describe('loadCorpus', () => {
  it('loads the bundled corpus from its manifest, every file verified', async () => {
    const corpus = await loadCorpus(bundledCorpusDir());
    expect(corpus.manifest).toBe('sources.json');
    expect(corpus.rejected).toEqual([]);
    expect(corpus.sources.map((s) => s.source.id)).toEqual([
      'benelux-answer-2021',
      'benelux-dg-meeting-2025',
      'engages-digital-plan',
      'benelux-work-programme-2021-2024',
      'desi-2021-belgium',
    ]);
    for (const s of corpus.sources) expect(s.source.integrity).toEqual({ kind: 'verified' });
    const answer = corpus.sources[0]!.source;
    expect(answer.languages).toEqual(['nl', 'fr']);
    expect(answer.dates?.map((d) => d.value)).toEqual(['2021-06-19', '2020-06-19']);
    expect(answer.dateConflict).toMatch(/19 juin 2021/);
  });

  it('reports a SHA-256 mismatch on the source instead of hiding it', async () => {
    const dir = tmp();
    const seeds = bundledCorpusDir();
    copyFileSync(path.join(seeds, 'sources.json'), path.join(dir, 'sources.json'));
    for (const f of ['000_fd0fc3ddeb706b51.txt', '002_7f76d4edf5b7c3e8.txt', '003_79442407aceeb27f.txt', '004_8fb8aae5865e09b1.txt']) {
      copyFileSync(path.join(seeds, f), path.join(dir, f));
    }
    const meeting = readFileSync(path.join(seeds, '001_aec3841ec0ea2de1.txt'), 'utf8');
    writeFileSync(path.join(dir, '001_aec3841ec0ea2de1.txt'), meeting.replace('novembre 2025', 'décembre 2025'));
    const corpus = await loadCorpus(dir);
    const changed = corpus.sources.find((s) => s.source.id === 'benelux-dg-meeting-2025')!.source;
    expect(changed.integrity.kind).toBe('mismatch');
    expect(corpus.sources.filter((s) => s.source.integrity.kind === 'verified')).toHaveLength(4);
  });

  it('lists a file missing from a manifest as rejected and opens the rest', async () => {
    const dir = tmp();
    copyFileSync(path.join(bundledCorpusDir(), 'sources.json'), path.join(dir, 'sources.json'));
    copyFileSync(path.join(bundledCorpusDir(), '003_79442407aceeb27f.txt'), path.join(dir, '003_79442407aceeb27f.txt'));
    const corpus = await loadCorpus(dir);
    expect(corpus.sources).toHaveLength(1);
    expect(corpus.rejected).toHaveLength(4);
    expect(corpus.rejected[0]!.reason).toMatch(/missing/);
  });

  it('infers sources without a manifest and rejects unreadable files with reasons', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'Note Wallonie.txt'), 'La Wallonie veut renforcer les compétences numériques de tous ses citoyens.\n');
    writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from('Le numérique est là, déjà.\n', 'latin1'));
    writeFileSync(path.join(dir, 'binary.dat'), Buffer.from([0, 159, 146, 150, 0, 0, 1, 2, 3, 4, 0, 0]));
    writeFileSync(path.join(dir, 'empty.txt'), '');
    writeFileSync(path.join(dir, 'secret.txt'), 'x');
    chmodSync(path.join(dir, 'secret.txt'), 0o000);
    const corpus = await loadCorpus(dir);
    expect(corpus.manifest).toBe('inferred');
    const ids = corpus.sources.map((s) => s.source.id);
    expect(ids).toContain('note-wallonie');
    const latin = corpus.sources.find((s) => s.source.id === 'latin1')!;
    expect(latin.source.encoding).toBe('windows-1252');
    expect(latin.text).toContain('numérique');
    expect(corpus.sources.find((s) => s.source.id === 'note-wallonie')!.source.languages).toEqual(['fr']);
    const reasons = Object.fromEntries(corpus.rejected.map((r) => [r.file, r.reason]));
    expect(reasons['binary.dat']).toMatch(/binary/);
    expect(reasons['empty.txt']).toMatch(/empty/);
    // Root can read anything, so the permission case only shows when tests run as a normal user.
    if (process.getuid?.() !== 0) expect(reasons['secret.txt']).toMatch(/permission/);
  });

  it('refuses a broken manifest with a message that names the problem', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'sources.json'), '{ "schemaVersion": 1, "sources": [ { "id": "Bad Id" } ] }');
    await expect(loadCorpus(dir)).rejects.toThrow(/sources\.json is invalid at sources\.0/);
    writeFileSync(path.join(dir, 'sources.json'), '{ nope');
    await expect(loadCorpus(dir)).rejects.toThrow(/not valid JSON/);
    writeFileSync(path.join(dir, 'sources.json'), '{ "schemaVersion": 99, "sources": [] }');
    await expect(loadCorpus(dir)).rejects.toThrow(/newer|Update Synopsis/);
  });

  it('refuses a folder that does not exist', async () => {
    await expect(loadCorpus(path.join(tmp(), 'missing'))).rejects.toThrow(/Cannot open the corpus folder/);
  });

  it('derives ids from file names', () => {
    expect(idFromFileName('Programme Été 2024.txt')).toBe('programme-ete-2024');
    expect(idFromFileName('___.txt')).toBe('source');
  });
});
