import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { ingestText } from '../../src/core/ingest';
import { loadCorpus } from '../../src/host/corpus';
import { bundledCorpusDir } from '../../src/host/locations';
import { summarize, time } from './stats';

/** Corpus load (read, hash, decode the five files) and ingestion of each source. */
export async function benchCorpus(): Promise<object> {
  const dir = bundledCorpusDir();
  const load = summarize(await time(() => loadCorpus(dir), 20));
  const corpus = await loadCorpus(dir);
  const ingestAll = summarize(await time(() => corpus.sources.map((s) => ingestText(s.source.id, s.text)), 20));
  return { corpusLoadMs: load, ingestAllFiveMs: ingestAll };
}

function chromiumPath(): string | undefined {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p): p is string => Boolean(p) && existsSync(p!));
}

/**
 * Cold start of the browser shell: from spawning the server process to the first source
 * rendered in Chromium (the browser itself is already running, as a user's would be).
 */
export async function benchColdStart(runs = 5): Promise<object> {
  const executablePath = chromiumPath();
  if (!executablePath || !existsSync('out/web/server.cjs')) return { skipped: 'needs a built app (npm run build) and Chromium' };
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  const samples: number[] = [];
  const serverReady: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const dataDir = mkdtempSync(path.join(os.tmpdir(), 'synopsis-bench-'));
      const t0 = performance.now();
      const child = spawn(process.execPath, ['out/web/server.cjs', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (c: Buffer) => {
          out += c.toString();
          const m = /Synopsis is at (\S+)/.exec(out);
          if (m) resolve(m[1]!);
        });
        child.on('exit', () => reject(new Error(out)));
      });
      serverReady.push(performance.now() - t0);
      const page = await browser.newPage();
      await page.goto(url);
      await page.locator('.source-card').first().waitFor();
      samples.push(performance.now() - t0);
      await page.close();
      child.kill();
    }
  } finally {
    await browser.close();
  }
  return { serverReadyMs: summarize(serverReady), toFirstSourceRenderedMs: summarize(samples) };
}
