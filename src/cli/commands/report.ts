import path from 'node:path';
import { writeFileAtomic } from '../../host/atomic-file';
import { ApiError } from '../../shared/errors';
import { REPORT_FORMATS, REPORT_LANGS, type ReportFormat, type ReportJob, type ReportLang, type ReportRequest } from '../../shared/report';
import { stringOption, UsageError, type ParsedArgs } from '../args';
import { defineCommand } from '../command';

interface Result {
  readonly format: ReportFormat;
  readonly out: string;
  readonly bytes: number;
  readonly sha256: string;
}

/** How often the command asks the job where it is. */
const POLL_MS = 40;

function listOption(args: ParsedArgs, name: string): string[] | undefined {
  const value = stringOption(args, name);
  if (value === undefined) return undefined;
  const items = value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (items.length === 0) throw new UsageError(`--${name} takes a comma-separated list of ids.`);
  return items;
}

/** The report request the options describe; anything wrong is a usage error (exit 2). */
export function reportRequest(args: ParsedArgs): ReportRequest {
  const format = stringOption(args, 'format');
  if (format === undefined) throw new UsageError(`Say which format: --format ${REPORT_FORMATS.join('|')}.`);
  if (!(REPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format takes ${REPORT_FORMATS.join(', ')} (not "${format}").`);
  }
  const lang = stringOption(args, 'lang');
  if (lang !== undefined && !(REPORT_LANGS as readonly string[]).includes(lang)) {
    throw new UsageError(`--lang takes ${REPORT_LANGS.join(', ')} (not "${lang}").`);
  }
  const sources = listOption(args, 'sources');
  const themes = listOption(args, 'themes');
  return {
    format: format as ReportFormat,
    ...(sources ? { sources } : {}),
    ...(themes ? { themes } : {}),
    ...(lang ? { lang: lang as ReportLang } : {}),
    ...(args.options['no-annotations'] === true ? { annotations: false } : {}),
    ...(args.options['no-curation'] === true ? { curationNotes: false } : {}),
  };
}

export const reportCommand = defineCommand<Result>({
  name: 'report',
  usage:
    'report --format html|pdf|md|csv|json --out FILE [--sources a,b] [--themes t1,t2] [--lang en|fr|nl] [--no-annotations] [--no-curation]',
  summary: 'Export a comparison report (SOURCE_DATE_EPOCH fixes its date, for byte-identical files).',
  async run({ api, args }) {
    const request = reportRequest(args);
    const out = stringOption(args, 'out');
    if (out === undefined) throw new UsageError('Say where to write the report: --out FILE.');
    const target = path.resolve(out);

    let job: ReportJob = await api.startReport(request);
    // Ctrl-C cancels the job (and the command ends with its one-line message) instead of killing mid-write.
    const onInterrupt = (): void => void api.cancelReport({ jobId: job.jobId });
    process.once('SIGINT', onInterrupt);
    const showProgress = process.stderr.isTTY === true && args.options.json !== true;
    try {
      while (job.state === 'running') {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        job = await api.reportProgress({ jobId: job.jobId });
        if (showProgress)
          process.stderr.write(`\r${String(Math.round(job.fraction * 100)).padStart(3)}% ${job.message.slice(0, 60).padEnd(60)}`);
      }
    } finally {
      process.removeListener('SIGINT', onInterrupt);
      if (showProgress) process.stderr.write('\r'.padEnd(70) + '\r');
    }
    if (job.state === 'cancelled') throw new ApiError('io', 'The report was cancelled; nothing was written.');
    if (job.state === 'failed')
      throw new ApiError((job.error?.kind as ApiError['kind']) ?? 'internal', job.error?.message ?? 'The report failed.');

    const file = await api.getReportFile({ jobId: job.jobId });
    const data = file.encoding === 'base64' ? Buffer.from(file.content, 'base64') : Buffer.from(file.content, 'utf8');
    try {
      await writeFileAtomic(target, data);
    } catch (err) {
      throw new ApiError(
        'io',
        `Cannot write ${target}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}. Choose another --out.`,
      );
    }
    return { format: request.format, out: target, bytes: data.length, sha256: file.sha256 };
  },
  human(result) {
    return `Wrote ${result.bytes} bytes of ${result.format} to ${result.out} (SHA-256 ${result.sha256}).`;
  },
});
