import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run';
import { bundledCorpusDir } from '../../../src/host/locations';
import { createReaderHost } from '../../../src/host/reader-host';

const tmp = (prefix: string): string => mkdtempSync(path.join(os.tmpdir(), prefix));

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

/** A data folder with two annotations made through the API, as the app would. */
async function seeded(): Promise<string> {
  const dataDir = tmp('synopsis-cli-ann-');
  const api = createReaderHost({ corpusDir: bundledCorpusDir(), dataDir, version: 'test' });
  const doc = await api.getDocument({ sourceId: 'benelux-dg-meeting-2025' });
  const block = doc.blocks.find((b) => b.text.includes('fibre optique'))!;
  const at = block.text.indexOf('fibre optique');
  await api.createAnnotation({
    sourceId: doc.source.id,
    blockId: block.id,
    start: at,
    end: at + 13,
    note: 'Réseaux, "fibre"',
    tags: ['infra'],
    color: 'green',
  });
  const desi = await api.getDocument({ sourceId: 'desi-2021-belgium' });
  await api.createAnnotation({
    sourceId: desi.source.id,
    blockId: desi.blocks[0]!.id,
    start: 0,
    end: Math.min(12, desi.blocks[0]!.text.length),
  });
  return dataDir;
}

describe('synopsis annotations', () => {
  it('list --json prints id, sourceId, blockId, quote, status, tags, note and colour', async () => {
    const dataDir = await seeded();
    const { code, out, err } = await cli('annotations', 'list', '--data-dir', dataDir, '--json');
    expect(err).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.annotations).toHaveLength(2);
    for (const a of json.annotations)
      expect(Object.keys(a).sort()).toEqual(['blockId', 'color', 'id', 'note', 'quote', 'sourceId', 'status', 'tags']);
    expect(json.annotations[0]).toMatchObject({
      sourceId: 'benelux-dg-meeting-2025',
      quote: 'fibre optique',
      status: 'anchored',
      tags: ['infra'],
      note: 'Réseaux, "fibre"',
      color: 'green',
    });
    const human = await cli('annotations', 'list', '--data-dir', dataDir);
    expect(human.out).toContain('[anchored] benelux-dg-meeting-2025 green "fibre optique" #infra');
  });

  it('export writes JSON-LD, Markdown and CSV files; import into an empty folder brings the same annotations back', async () => {
    const dataDir = await seeded();
    const outDir = tmp('synopsis-cli-out-');
    for (const format of ['jsonld', 'md', 'csv']) {
      const out = path.join(outDir, `annotations.${format}`);
      const { code, err } = await cli('annotations', 'export', '--format', format, '--out', out, '--data-dir', dataDir, '--json');
      expect(err).toBe('');
      expect(code).toBe(0);
      expect(readFileSync(out, 'utf8').length).toBeGreaterThan(100);
    }
    expect(JSON.parse(readFileSync(path.join(outDir, 'annotations.jsonld'), 'utf8')).type).toBe('AnnotationCollection');
    expect(readFileSync(path.join(outDir, 'annotations.md'), 'utf8')).toContain('> fibre optique');
    expect(readFileSync(path.join(outDir, 'annotations.csv'), 'utf8')).toMatch(/^\ufeffid,source_id,/);

    const empty = tmp('synopsis-cli-ann-');
    const imported = await cli('annotations', 'import', path.join(outDir, 'annotations.jsonld'), '--data-dir', empty, '--json');
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.out)).toMatchObject({ imported: 2, duplicates: 0, skipped: [] });
    const again = await cli('annotations', 'import', path.join(outDir, 'annotations.jsonld'), '--data-dir', empty);
    expect(again.out).toMatch(/^Imported 0, 2 already present, 0 skipped\./);
    const before = JSON.parse((await cli('annotations', 'list', '--data-dir', dataDir, '--json')).out);
    const after = JSON.parse((await cli('annotations', 'list', '--data-dir', empty, '--json')).out);
    expect(after).toEqual(before);
  });

  it('reports skipped items with their reasons', async () => {
    const file = path.join(tmp('synopsis-cli-in-'), 'foreign.jsonld');
    writeFileSync(
      file,
      JSON.stringify({
        type: 'AnnotationCollection',
        items: [
          {
            type: 'Annotation',
            bodyValue: 'ok',
            target: { source: 'benelux-dg-meeting-2025', selector: { type: 'TextQuoteSelector', exact: 'fibre optique' } },
          },
          { type: 'Annotation', target: { source: 'nowhere', selector: { type: 'TextQuoteSelector', exact: 'x' } } },
        ],
      }),
    );
    const dataDir = tmp('synopsis-cli-ann-');
    const { code, out } = await cli('annotations', 'import', file, '--data-dir', dataDir);
    expect(code).toBe(0);
    expect(out).toContain('Imported 1, 0 already present, 1 skipped.');
    expect(out).toContain('item 1: No source "nowhere" in the open corpus');
    const list = JSON.parse((await cli('annotations', 'list', '--data-dir', dataDir, '--json')).out);
    expect(list.annotations[0]).toMatchObject({ status: 'moved', quote: 'fibre optique', note: 'ok' });
  });

  it('usage mistakes exit 2 with one line on stderr', async () => {
    const dataDir = tmp('synopsis-cli-ann-');
    for (const argv of [
      ['annotations'],
      ['annotations', 'frobnicate'],
      ['annotations', 'import'],
      ['annotations', 'import', '/nonexistent/file.jsonld'],
      ['annotations', 'export', '--format', 'pdf'],
    ]) {
      const { code, err, out } = await cli(...argv, '--data-dir', dataDir);
      expect(code, argv.join(' ')).toBe(2);
      expect(err.trim().split('\n')).toHaveLength(1);
      expect(out).toBe('');
    }
  });
});
