import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { AnnotationExportFormat, AnnotationList, ImportReport } from '../../shared/annotations';
import { ApiError } from '../../shared/errors';
import { writeFileAtomic } from '../../host/atomic-file';
import { stringOption, UsageError, type ParsedArgs } from '../args';
import { defineCommand, type CommandContext } from '../command';

/** One annotation as `annotations list --json` prints it: flat, for scripts. */
export interface AnnotationRow {
  readonly id: string;
  readonly sourceId: string;
  readonly blockId: string | null;
  readonly quote: string;
  readonly status: string;
  readonly tags: readonly string[];
  readonly note: string;
  readonly color: string;
}

type Result =
  | { readonly action: 'list'; readonly annotations: readonly AnnotationRow[] }
  | ({ readonly action: 'import'; readonly file: string } & ImportReport)
  | {
      readonly action: 'export';
      readonly format: AnnotationExportFormat;
      readonly out: string | null;
      readonly bytes: number;
      readonly content?: string;
    };

const FORMATS: readonly AnnotationExportFormat[] = ['jsonld', 'md', 'csv'];

export const annotationsCommand = defineCommand<Result>({
  name: 'annotations',
  usage: 'annotations list|import FILE|export --format jsonld|md|csv --out FILE',
  summary: 'List, import (W3C JSON-LD) or export (JSON-LD, Markdown, CSV) annotations.',
  async run(ctx) {
    const action = ctx.args.positional[0];
    switch (action) {
      case 'list':
        return list(ctx);
      case 'import':
        return importFile(ctx);
      case 'export':
        return exportFile(ctx);
      default:
        throw new UsageError(
          action === undefined
            ? 'Say what to do: annotations list, annotations import FILE, or annotations export --format jsonld|md|csv --out FILE.'
            : `Unknown action "${action}": use list, import or export.`,
        );
    }
  },
  human(result) {
    switch (result.action) {
      case 'list':
        if (result.annotations.length === 0) return 'No annotations.';
        return result.annotations
          .map((a) => {
            const quote = a.quote.length > 70 ? `${a.quote.slice(0, 67)}…` : a.quote;
            const tags = a.tags.length > 0 ? ` ${a.tags.map((t) => `#${t}`).join(' ')}` : '';
            const note = a.note !== '' ? `\n    ${a.note.split('\n')[0]}` : '';
            return `[${a.status}] ${a.sourceId} ${a.color} "${quote}"${tags}${note}`;
          })
          .join('\n');
      case 'import': {
        const lines = [`Imported ${result.imported}, ${result.duplicates} already present, ${result.skipped.length} skipped.`];
        for (const s of result.skipped) lines.push(`  item ${s.index}${s.id ? ` (${s.id})` : ''}: ${s.reason}`);
        return lines.join('\n');
      }
      case 'export':
        return result.out === null ? (result.content ?? '') : `Wrote ${result.bytes} bytes of ${result.format} to ${result.out}.`;
    }
  },
});

async function list({ api, args }: CommandContext): Promise<Result> {
  const sourceId = stringOption(args, 'source');
  const listed: AnnotationList = await api.listAnnotations(sourceId ? { sourceId } : {});
  return {
    action: 'list',
    annotations: listed.annotations.map(({ annotation: a, anchor }) => ({
      id: a.id,
      sourceId: a.target.kind === 'link' ? a.target.sources[0] : a.target.source,
      blockId: a.target.kind === 'passage' ? a.target.blockId : null,
      quote: a.target.kind === 'passage' ? a.target.selector[0].exact : '',
      status: anchor.kind,
      tags: a.body.tags,
      note: a.body.note,
      color: a.body.color,
    })),
  };
}

async function importFile({ api, args }: CommandContext): Promise<Result> {
  const file = args.positional[1];
  if (!file) throw new UsageError('Name the file to import: annotations import FILE (W3C JSON-LD).');
  let content: string;
  try {
    content = await fs.readFile(path.resolve(file), 'utf8');
  } catch (err) {
    throw new ApiError('not-found', `Cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}.`);
  }
  const report = await api.importAnnotations({ content: content.replace(/^\ufeff/, '') });
  return { action: 'import', file: path.resolve(file), ...report };
}

async function exportFile({ api, args }: CommandContext): Promise<Result> {
  const format = formatOption(args);
  const out = stringOption(args, 'out');
  const sourceId = stringOption(args, 'source');
  const content = await api.exportAnnotations(sourceId ? { format, sourceId } : { format });
  const bytes = Buffer.byteLength(content, 'utf8');
  if (out === undefined) return { action: 'export', format, out: null, bytes, content };
  const target = path.resolve(out);
  try {
    await writeFileAtomic(target, content);
  } catch (err) {
    throw new ApiError(
      'io',
      `Cannot write ${target}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}. Choose another --out.`,
    );
  }
  return { action: 'export', format, out: target, bytes };
}

function formatOption(args: ParsedArgs): AnnotationExportFormat {
  const format = stringOption(args, 'format') ?? 'jsonld';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format takes jsonld, md or csv (not "${format}").`);
  return format as AnnotationExportFormat;
}
