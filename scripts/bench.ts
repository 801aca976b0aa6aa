import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { benchAnnotations } from './bench/annotations';
import { benchCommitments } from './bench/commitments';
import { benchColdStart, benchCorpus } from './bench/foundation';
import { benchIngest } from './bench/ingest';
import { benchReport, benchReportReal } from './bench/report';
import { benchScroll } from './bench/scroll';
import { benchSearch } from './bench/search';
import { benchWordDiff } from './bench/word-diff';

/** Set in the child process that runs one stage. */
const CHILD = 'SYNOPSIS_BENCH_STAGE';

/**
 * `npm run bench`: every stage's medians as one JSON document on stdout (also written to
 * bench-results/latest.json). Targets are compared by reading, never asserted: machines are noisy.
 *
 * Each stage runs in a process of its own: run one after another in one process, a stage's
 * figures depended on the heap the stages before it left (the five-source index build measured
 * about 195 ms after the report stages and 145 ms alone, most of the difference garbage
 * collection), so a stage's numbers would change when another stage is added.
 */
async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const stages: Record<string, () => Promise<object>> = {
    corpus: benchCorpus,
    coldStart: () => benchColdStart(),
    ingest: benchIngest,
    commitments: () => benchCommitments(),
    report: () => benchReport(),
    reportReal: () => benchReportReal(),
    search: benchSearch,
    scroll: benchScroll,
    annotations: benchAnnotations,
    wordDiff: () => benchWordDiff(),
  };
  const unknown = only.filter((name) => !(name in stages));
  if (unknown.length > 0) {
    process.stderr.write(`bench: no stage ${unknown.join(', ')}; the stages are ${Object.keys(stages).join(', ')}\n`);
    process.exit(2);
  }
  const child = process.env[CHILD];
  if (child) {
    process.stdout.write(`${JSON.stringify(await stages[child]!())}\n`);
    return;
  }
  const results: Record<string, object> = {};
  for (const name of Object.keys(stages)) {
    if (only.length > 0 && !only.includes(name)) continue;
    process.stderr.write(`bench: ${name}…\n`);
    // The same tsx loader as this process, the same script, one stage.
    const run = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!], {
      env: { ...process.env, [CHILD]: name },
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    if (run.status !== 0) {
      process.stderr.write(`bench: stage ${name} failed (exit ${run.status ?? run.signal})\n`);
      process.exit(1);
    }
    results[name] = JSON.parse(run.stdout.trim().split('\n').pop()!) as object;
  }
  const report = {
    machine: { node: process.version, cpus: (await import('node:os')).cpus().length },
    date: new Date().toISOString(),
    results,
  };
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/latest.json', `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

void main();
