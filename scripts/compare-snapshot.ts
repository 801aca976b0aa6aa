import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundledCorpusDir } from '../src/host/locations';
import { createReaderHost } from '../src/host/reader-host';

/**
 * `npx tsx scripts/compare-snapshot.ts [--out DIR] [--mb N]`: the full Comparison JSON of the
 * bundled corpus (its compared sources) and of a repeated corpus (four sources repeated to N MB
 * each, 0.25 by default; the bench's long-report corpus), through the host as the app runs it.
 * Prints each one's SHA-256, size, commitments and links, and the time it took; with --out, writes
 * the JSON there. Run it before and after a change to the linker: the hashes must not move.
 */

const REPEATED = ['benelux-work-programme-2021-2024', 'engages-digital-plan', 'benelux-dg-meeting-2025', 'desi-2021-belgium'];

function repeatedCorpus(bytesPerSource: number): string {
  const seeds = bundledCorpusDir();
  const manifest = JSON.parse(readFileSync(path.join(seeds, 'sources.json'), 'utf8'));
  const dir = mkdtempSync(path.join(os.tmpdir(), 'synopsis-snapshot-'));
  const sources = [];
  for (const id of REPEATED) {
    const meta = manifest.sources.find((s: { id: string }) => s.id === id);
    const text = readFileSync(path.join(seeds, meta.file), 'utf8');
    const parts = [text];
    for (let k = 2; Buffer.byteLength(parts.join('\n')) < bytesPerSource; k++) parts.push(`\nPartie ${k}\n\n${text}`);
    writeFileSync(path.join(dir, meta.file), parts.join('\n'));
    const { sha256: _sha, ...rest } = meta;
    sources.push(rest);
  }
  writeFileSync(path.join(dir, 'sources.json'), JSON.stringify({ schemaVersion: 1, corpus: 'snapshot', sources }, null, 2));
  return dir;
}

async function snapshot(name: string, corpusDir: string, sources: readonly string[] | undefined, out?: string): Promise<object> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'synopsis-snapshot-data-'));
  try {
    const host = createReaderHost({ corpusDir, dataDir, version: 'snapshot' });
    await host.listCommitments();
    const t0 = performance.now();
    const cmp = await host.compare(sources ? { sources: [...sources] } : {});
    const ms = performance.now() - t0;
    const json = JSON.stringify(cmp);
    if (out) writeFileSync(path.join(out, `${name}.json`), json);
    return {
      name,
      sha256: createHash('sha256').update(json).digest('hex'),
      bytes: json.length,
      commitments: cmp.commitments.length,
      links: cmp.links.length,
      compareMs: Math.round(ms),
    };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = (flag: string): string | undefined => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const out = at('--out');
  const mb = Number(at('--mb') ?? '0.25');
  const results = [await snapshot('bundled', bundledCorpusDir(), undefined, out)];
  const dir = repeatedCorpus(mb * 1024 * 1024);
  try {
    results.push(await snapshot(`repeated-${mb}mb`, dir, REPEATED, out));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
}

void main();
