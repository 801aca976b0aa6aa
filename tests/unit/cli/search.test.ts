import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'synopsis-cli-search-'));

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli([...argv, '--data-dir', dataDir], { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

describe('synopsis search', () => {
  it('--json prints query, total and hits with the documented keys', async () => {
    const { code, out, err } = await cli('search', '"table ronde"', '--json');
    expect(err).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json).toMatchObject({ query: '"table ronde"', total: 1 });
    expect(Object.keys(json.hits[0]).sort()).toEqual(['blockId', 'lang', 'matchedVia', 'score', 'snippet', 'sourceId', 'text']);
    expect(json.hits[0]).toMatchObject({ sourceId: 'benelux-dg-meeting-2025', lang: 'fr', matchedVia: 'direct' });
    expect(json.hits[0].snippet.text).toContain('table ronde');
    expect(json.groups).toEqual([{ sourceId: 'benelux-dg-meeting-2025', count: 1, byVia: { direct: 1, alignment: 0, glossary: 0 } }]);
  });

  it('takes --source (id or file name), --lang, --limit and --no-expand', async () => {
    const bySource = JSON.parse((await cli('search', '5g', '--source', '004', '--json')).out);
    expect(bySource.total).toBeGreaterThan(0);
    expect(bySource.hits.every((h: { sourceId: string }) => h.sourceId === 'desi-2021-belgium')).toBe(true);
    const byLang = JSON.parse((await cli('search', '5g', '--lang', 'nl', '--limit', '1', '--json')).out);
    expect(byLang.hits).toHaveLength(1);
    expect(byLang.hits[0].lang).toBe('nl');
    expect(byLang.total).toBeGreaterThan(1);
    const plain = JSON.parse((await cli('search', 'digitale', 'vaardigheden', '--no-expand', '--json')).out);
    expect(plain.query).toBe('digitale vaardigheden');
    expect(plain.hits.every((h: { matchedVia: string }) => h.matchedVia === 'direct')).toBe(true);
  });

  it('prints a readable list without --json, matched words marked', async () => {
    const { code, out } = await cli('search', 'numerique', '--source', 'benelux-dg-meeting-2025', '--limit', '2');
    expect(code).toBe(0);
    expect(out).toMatch(/^\d+ blocks for numerique \(benelux-dg-meeting-2025 \d+\)/);
    expect(out).toContain('«numérique»');
    expect(out).toMatch(/more \(--limit N\)/);
  });

  it('a malformed query or option exits 2 with one line on stderr', async () => {
    for (const argv of [
      ['search', '5g source:'],
      ['search', '5g lang:xx'],
      ['search', '-5g'],
      ['search'],
      ['search', '  '],
      ['search', '5g', '--lang', 'de'],
      ['search', '5g', '--limit', '0'],
      ['search', '5g', '--source', 'nowhere'],
    ]) {
      const { code, out, err } = await cli(...argv, '--json');
      expect(code, argv.join(' ')).toBe(2);
      expect(out).toBe('');
      expect(err.trim().split('\n'), argv.join(' ')).toHaveLength(1);
      expect(err).toMatch(/^synopsis: /);
    }
  });

  it('odd but usable queries answer with notices, exit 0', async () => {
    for (const q of ['foo:', '~', '^2', '"table ronde', 'numerique~1']) {
      const { code, out } = await cli('search', q, '--json');
      expect(code, q).toBe(0);
      expect(JSON.parse(out).notices.length, q).toBeGreaterThan(0);
    }
  });
});
