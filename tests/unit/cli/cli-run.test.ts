import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run';

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'synopsis-cli-'));
  const code = await runCli([...argv, '--data-dir', dataDir], { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

describe('synopsis CLI', () => {
  it('sources --json lists the five sources with id, file, title, date, languages, sha256', async () => {
    const { code, out } = await cli('sources', '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.sources).toHaveLength(5);
    for (const s of json.sources) for (const key of ['id', 'file', 'title', 'date', 'languages', 'sha256']) expect(s).toHaveProperty(key);
    expect(json.rejected).toEqual([]);
  });

  it('blocks --json gives blocks of a source', async () => {
    const { code, out } = await cli('blocks', 'benelux-dg-meeting-2025', '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.blocks.length).toBeGreaterThan(5);
    expect(json.blocks[0]).toMatchObject({ sourceId: 'benelux-dg-meeting-2025' });
  });

  it('bad input exits 2 with one line on stderr and no stack trace', async () => {
    for (const argv of [['blocks', 'no-such-source'], ['frobnicate'], ['blocks'], ['sources', '--corpus']]) {
      const { code, err, out } = await cli(...argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(err.trim().split('\n')).toHaveLength(1);
      expect(err).not.toMatch(/\bat .*\.ts:\d+/);
      expect(out).toBe('');
    }
  });

  it('as a real process, bad input prints exactly one line on stderr (no library warnings)', () => {
    // In-process runs capture only what the CLI writes itself; a library that warns through
    // console (lunr when a language is registered twice) shows only in a real process.
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'synopsis-cli-'));
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/index.ts', 'search', 'lang:xx digital', '--json', '--data-dir', dataDir],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^synopsis: Unknown language/)]);
  }, 60_000);

  it('an unreadable corpus folder is a clear error', async () => {
    const { code, err } = await cli('sources', '--corpus', '/nonexistent/folder', '--json');
    expect(code).toBe(2);
    expect(err).toMatch(/Cannot open the corpus folder/);
  });

  it('help lists the commands', async () => {
    const { code, out } = await cli('help');
    expect(code).toBe(0);
    expect(out).toMatch(/sources/);
    expect(out).toMatch(/--corpus DIR/);
  });
});
