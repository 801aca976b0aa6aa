import { mkdirSync, writeFileSync } from 'node:fs';
import { benchAnnotations } from './bench/annotations';
import { benchCommitments } from './bench/commitments';
import { benchColdStart, benchCorpus } from './bench/foundation';
import { benchIngest } from './bench/ingest';
import { benchReport, benchReportReal } from './bench/report';
import { benchScroll } from './bench/scroll';
import { benchSearch } from './bench/search';
import { benchWordDiff } from './bench/word-diff';

/**
 * `npm run bench`: every stage's medians as one JSON document on stdout (also written to
 * bench-results/latest.json). Targets are compared by reading, never asserted: machines are noisy.
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
  const results: Record<string, object> = {};
  for (const [name, run] of Object.entries(stages)) {
    if (only.length > 0 && !only.includes(name)) continue;
    process.stderr.write(`bench: ${name}…\n`);
    results[name] = await run();
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
