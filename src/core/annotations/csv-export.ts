import { annotationSourceIds, type AnnotationView } from '../../shared/annotations';
import { exportPosition, quoteText } from './citation';
import type { ExportSource } from './jsonld-export';

export const CSV_HEADER = [
  'id',
  'source_id',
  'source_title',
  'block_id',
  'start',
  'end',
  'status',
  'color',
  'tags',
  'note',
  'quote',
  'created',
  'modified',
] as const;

/**
 * Annotations as CSV (RFC 4180: a header row, comma-separated, fields quoted when they hold a
 * comma, a quote or a line break, CRLF between records) for spreadsheets. Starts with a UTF-8
 * byte order mark so spreadsheet programs read accents right. A field starting with `=`, `+`,
 * `-`, `@`, a tab or a carriage return gets a leading apostrophe, so an imported note cannot run
 * as a formula. Positions are code points into the block's text, as in the JSON-LD export.
 */
export function exportCsv(views: readonly AnnotationView[], sourceOf: (sourceId: string) => ExportSource | undefined): string {
  const rows: string[][] = [[...CSV_HEADER]];
  for (const v of views) {
    const a = v.annotation;
    if (a.deleted !== undefined) continue;
    const sourceId = annotationSourceIds(a.target)[0] ?? '';
    const p = exportPosition(a);
    rows.push([
      a.id,
      sourceId,
      sourceOf(sourceId)?.title ?? '',
      p?.blockId ?? '',
      p ? String(p.start) : '',
      p ? String(p.end) : '',
      v.anchor.kind,
      a.body.color,
      a.body.tags.join('; '),
      a.body.note,
      quoteText(a),
      a.created,
      a.modified,
    ]);
  }
  return `\ufeff${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** One CSV field, quoted only when it must be, defused when a spreadsheet could run it. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
