import { execFileSync } from 'node:child_process';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../src/core/ingest';
import { loadCorpus } from '../../../src/host/corpus';
import { coverageFaults } from '../core/ingest/helpers';

const para = 'La coopération numérique du Benelux avance : « déjà » 5 € par habitant, c’est peu.';

describe('any folder of files as a corpus', () => {
  it('opens every readable text file whatever its encoding, and refuses the others with a reason, without hanging', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'synopsis-any-folder-'));
    writeFileSync(path.join(dir, 'utf8.txt'), `Titre\n\n${para}\n`);
    writeFileSync(path.join(dir, 'bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${para}\n`)]));
    const cp = [...`${para}\n`].map((c) => ({ '€': 0x80, '’': 0x92, '«': 0xab, '»': 0xbb })[c] ?? c.charCodeAt(0));
    writeFileSync(path.join(dir, 'cp1252.txt'), Buffer.from(cp));
    writeFileSync(path.join(dir, 'crlf.txt'), `Titre\r\n\r\n${para}\r\nSuite.\r\n`);
    writeFileSync(path.join(dir, 'utf16.txt'), Buffer.from(`${para}\n${para}\n`, 'utf16le'));
    writeFileSync(path.join(dir, 'nul.txt'), `${para.repeat(4)}\u0000${para}\n`);
    writeFileSync(path.join(dir, 'long-line.txt'), para.repeat(40_000));
    writeFileSync(path.join(dir, 'empty.txt'), '');
    writeFileSync(
      path.join(dir, 'image.png'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]),
    );
    // A sparse file over the size limit: refused before it is read.
    writeFileSync(path.join(dir, 'huge.txt'), '');
    truncateSync(path.join(dir, 'huge.txt'), 129 * 1024 * 1024);
    // A named pipe would block a reader forever: it is not a regular file, so it is skipped.
    let fifo = false;
    try {
      execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
      fifo = true;
    } catch {
      // No mkfifo here: the rest of the test still holds.
    }

    const t0 = performance.now();
    const corpus = await loadCorpus(dir);
    expect(performance.now() - t0).toBeLessThan(20_000);
    const byFile = Object.fromEntries(corpus.sources.map((s) => [s.source.file, s]));
    expect(Object.keys(byFile).sort()).toEqual(['bom.txt', 'cp1252.txt', 'crlf.txt', 'long-line.txt', 'nul.txt', 'utf16.txt', 'utf8.txt']);
    expect(byFile['bom.txt']!.source.encoding).toBe('utf-8-bom');
    expect(byFile['cp1252.txt']!.source.encoding).toBe('windows-1252');
    expect(byFile['cp1252.txt']!.text).toBe(`${para}\n`);
    expect(byFile['utf16.txt']!.source.encoding).toBe('utf-16le');
    const reasons = Object.fromEntries(corpus.rejected.map((r) => [r.file, r.reason]));
    expect(reasons['empty.txt']).toMatch(/empty/);
    expect(reasons['image.png']).toMatch(/binary/);
    expect(reasons['huge.txt']).toMatch(/129 MB.*Split it/);
    if (fifo) expect(Object.keys(reasons)).not.toContain('pipe.txt');

    for (const s of corpus.sources) {
      const result = ingestText(s.source.id, s.text);
      expect(result.blocks.length, s.source.file).toBeGreaterThan(0);
      expect(coverageFaults(s.text, result), s.source.file).toEqual([]);
      for (const b of result.blocks) for (const bad of ['\ufffd', '\u0000', '\r']) expect(b.text, s.source.file).not.toContain(bad);
      expect(
        result.blocks.some((b) => b.text.includes('5 € par habitant, c’est peu')),
        s.source.file,
      ).toBe(true);
    }
  }, 60_000);
});
