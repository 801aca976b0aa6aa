import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { afterEach, describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/args';
import { reportCommand, reportRequest } from '../../../src/cli/commands/report';
import { runCli } from '../../../src/cli/run';
import schema from '../../../schemas/report-v1.schema.json';
import { fixtureHost } from '../../fixtures/report-host';

const validate = new Ajv2020({ strict: true }).compile(schema);

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'synopsis-cli-'));
  const code = await runCli([...argv, '--data-dir', dataDir], { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

const outDir = () => mkdtempSync(path.join(os.tmpdir(), 'synopsis-report-cli-'));

afterEach(() => {
  delete process.env.SOURCE_DATE_EPOCH;
});

describe('synopsis report', () => {
  it('writes every format from the bundled corpus, and says where with its SHA-256', async () => {
    const dir = outDir();
    for (const format of ['html', 'pdf', 'md', 'csv', 'json']) {
      const out = path.join(dir, `r.${format}`);
      const { code, out: stdout, err } = await cli('report', '--format', format, '--out', out, '--json');
      expect(err, format).toBe('');
      expect(code, format).toBe(0);
      const result = JSON.parse(stdout);
      expect(result).toMatchObject({ format, out, bytes: readFileSync(out).length, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    }
    expect(readFileSync(path.join(dir, 'r.pdf')).subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    expect(validate(JSON.parse(readFileSync(path.join(dir, 'r.json'), 'utf8')))).toBe(true);
  });

  it('honours --sources, --themes, --lang and --no-annotations', async () => {
    const out = path.join(outDir(), 'r.json');
    const { code } = await cli(
      'report',
      '--format',
      'json',
      '--out',
      out,
      '--sources',
      'benelux-dg-meeting-2025,desi-2021-belgium',
      '--themes',
      'connectivity,digital-inclusion',
      '--lang',
      'nl',
      '--no-annotations',
    );
    expect(code).toBe(0);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json.settings).toEqual({
      sources: ['benelux-dg-meeting-2025', 'desi-2021-belgium'],
      themes: ['connectivity', 'digital-inclusion'],
      annotations: false,
      curationNotes: true,
      lang: 'nl',
    });
    expect(json.themes.map((t: { label: string }) => t.label)).toEqual(['Connectiviteit', 'Digitale inclusie']);
  });

  it('writes the same bytes twice with SOURCE_DATE_EPOCH', async () => {
    process.env.SOURCE_DATE_EPOCH = '1769860800';
    const dir = outDir();
    for (const format of ['pdf', 'html']) {
      await cli('report', '--format', format, '--out', path.join(dir, `a.${format}`));
      await cli('report', '--format', format, '--out', path.join(dir, `b.${format}`));
      expect(readFileSync(path.join(dir, `a.${format}`)).equals(readFileSync(path.join(dir, `b.${format}`))), format).toBe(true);
    }
  });

  it('exits 2 with one line for bad input, writing nothing', async () => {
    const out = path.join(outDir(), 'never.pdf');
    for (const argv of [
      ['report', '--out', out],
      ['report', '--format', 'docx', '--out', out],
      ['report', '--format', 'pdf'],
      ['report', '--format', 'pdf', '--out', out, '--sources', 'nope'],
      ['report', '--format', 'pdf', '--out', out, '--themes', 'space'],
      ['report', '--format', 'pdf', '--out', out, '--lang', 'de'],
      ['report', '--format', 'pdf', '--out', out, '--sources', ','],
      ['report', '--format', 'pdf', '--out', out, '--corpus', '/nonexistent/folder'],
    ]) {
      const { code, err, out: stdout } = await cli(...argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(err.trim().split('\n'), argv.join(' ')).toHaveLength(1);
      expect(stdout).toBe('');
    }
    expect(() => readFileSync(out)).toThrow();
  });

  it('exits 1 with one line when the file cannot be written', async () => {
    // A folder that is a file: no report can go under it.
    const blocker = path.join(outDir(), 'a-file');
    writeFileSync(blocker, 'x');
    const { code, err } = await cli('report', '--format', 'md', '--out', path.join(blocker, 'r.md'));
    expect(code).toBe(1);
    expect(err).toMatch(/^synopsis: Cannot write .*Choose another --out\.\n?$/);
  });

  it('writes a full report with the real comparison: commitments by theme, sides by their refs, links', async () => {
    const out = path.join(outDir(), 'full.md');
    const { code } = await cli('report', '--format', 'md', '--out', out);
    expect(code).toBe(0);
    const md = readFileSync(out, 'utf8');
    expect(md).toContain('organiseront en novembre 2025 une table ronde sur l’inclusion numérique');
    expect(md).toMatch(/^#### C · Le Benelux unit ses forces/m);
    expect(md).toMatch(/^- \*\*A\d+ → [BC]\d+\*\*/m);
  });

  it('writes word diffs when the comparison has them (fixture host: real data links whole sentences)', async () => {
    const out = path.join(outDir(), 'fixture.md');
    const result = await reportCommand.run({ api: fixtureHost(), args: parseArgs(['--format', 'md', '--out', out]) });
    expect(result).toMatchObject({ format: 'md', out });
    expect(readFileSync(out, 'utf8')).toMatch(/\[\+.+\+\]/);
  });

  it('reads its options into a request', () => {
    expect(reportRequest(parseArgs(['--format', 'csv', '--sources', 'a, b', '--no-curation']))).toEqual({
      format: 'csv',
      sources: ['a', 'b'],
      curationNotes: false,
    });
  });
});
