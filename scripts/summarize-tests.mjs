// Prints one closing line, "N passed, N failed", over the unit (vitest) and end-to-end
// (Playwright) JSON reports of the last `npm test`. A suite that did not run counts as failed
// when its report is missing, so a broken step cannot look green.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;

if (existsSync('test-results/vitest.json')) {
  const report = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0);
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
} else {
  process.stdout.write('unit tests: no report (the run stopped before them)\n');
  failed += 1;
}

if (existsSync('test-results/playwright.json')) {
  const report = JSON.parse(readFileSync('test-results/playwright.json', 'utf8'));
  const stats = report.stats ?? {};
  passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  failed += stats.unexpected ?? 0;
  skipped += stats.skipped ?? 0;
  if ((report.errors ?? []).length > 0) failed += 1;
  // Say why each skipped test was skipped, so a skip is never silent.
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        const skip = (t.annotations ?? []).find((a) => a.type === 'skip' || a.type === 'fixme');
        if (t.status === 'skipped') process.stdout.write(`skipped: ${spec.title}${skip?.description ? ` — ${skip.description}` : ''}\n`);
      }
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report.suites ?? []) walk(suite);
} else {
  process.stdout.write('end-to-end tests: no report (the run stopped before them)\n');
  failed += 1;
}

process.stdout.write(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
