import { readFileSync } from 'node:fs';
import path from 'node:path';
import { assembleReport, runToEnd, type Report, type ReportInput, type ReportSettings } from '../../../../src/core/report';
import { bundledCorpusDir } from '../../../../src/host/locations';
import { fixtureInput } from '../../../fixtures/report-input';

/** The fixture report over the bundled corpus, with settings narrowed as asked. */
export async function fixtureReport(settings: Partial<ReportSettings> = {}): Promise<{ input: ReportInput; report: Report }> {
  const input = await fixtureInput(settings);
  return { input, report: runToEnd(assembleReport(input)) };
}

/** A source file's bytes as an archivist would read them. */
export function seedBytes(file: string): Buffer {
  return readFileSync(path.join(bundledCorpusDir(), file));
}
