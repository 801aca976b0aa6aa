import { csvField } from '../annotations/csv-export';
import { REPORT_FORMAT_NAME, REPORT_SCHEMA_VERSION, type Citation, type Report, type ReportStep } from './model';
import { diffAsText, indexReport } from './wording';

/**
 * The CSV report: ONE file, one row per record, a `record` column saying what the row is
 * (`report`, `source`, `commitment`, `link`, `annotation`). One file because a report is one
 * artefact (one download, one hash, one `--out`) and every row stands on its own: a commitment
 * row carries its source's file and SHA-256 and its full citation, a link row both commitment
 * ids and its diff. In a spreadsheet, filter on `record` to get the commitments or the links
 * table. Columns a record does not use stay empty, so every row has the same number of fields.
 *
 * RFC 4180: comma-separated, CRLF between records, fields quoted when they hold a comma, a
 * quote or a line break. A UTF-8 byte order mark makes spreadsheet programs read accents right.
 * A field starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe
 * so no spreadsheet runs it as a formula. Positions are code points and bytes, as in the JSON.
 */

export const REPORT_CSV_COLUMNS = [
  'record',
  'id',
  'source_key',
  'source_id',
  'source_file',
  'source_sha256',
  'source_date',
  'source_publisher',
  'themes',
  'kind',
  'force',
  'specificity',
  'deadline',
  'deadline_printed',
  'actor',
  'curated',
  'text',
  'block_id',
  'block_start',
  'block_end',
  'file_match',
  'file_start',
  'file_end',
  'file_byte_start',
  'file_byte_end',
  'file_line',
  'file_column',
  'from_id',
  'to_id',
  'to_source_id',
  'link_id',
  'relation',
  'similarity',
  'origin',
  'evidence',
  'note',
  'tags',
  'status',
  // The short reference the other formats print (A1, B17) and, for a bilingual source, the id
  // of the same commitment in the other language.
  'ref',
  'translation_of',
] as const;

type Column = (typeof REPORT_CSV_COLUMNS)[number];
type Row = Partial<Record<Column, string | number | boolean | null>>;

function citationFields(c: Citation | null): Row {
  if (!c) return {};
  return {
    block_id: c.blockId,
    block_start: c.inBlock.start,
    block_end: c.inBlock.end,
    file_match: c.match,
    file_start: c.file?.start ?? null,
    file_end: c.file?.end ?? null,
    file_byte_start: c.file?.byteStart ?? null,
    file_byte_end: c.file?.byteEnd ?? null,
    file_line: c.file?.line ?? null,
    file_column: c.file?.column ?? null,
  };
}

function line(row: Row): string {
  return REPORT_CSV_COLUMNS.map((col) => {
    const v = row[col];
    return csvField(v === undefined || v === null ? '' : String(v));
  }).join(',');
}

export function* renderCsv(report: Report): Generator<ReportStep, string, void> {
  const index = indexReport(report);
  const rows: string[] = [REPORT_CSV_COLUMNS.join(',')];
  rows.push(
    line({
      record: 'report',
      id: `${REPORT_FORMAT_NAME}/${REPORT_SCHEMA_VERSION}`,
      text: `Synopsis ${report.generator.version}; generated ${report.generated}; codebook ${report.method.codebookVersion}; extractor ${report.method.extractorVersion}; ingestion ${report.method.ingestVersion}; link threshold ${report.method.linkThreshold}; themes ${report.settings.themes.join(' ')}`,
    }),
  );
  for (const s of report.sources) {
    rows.push(
      line({
        record: 'source',
        id: s.id,
        source_key: s.key,
        source_id: s.id,
        source_file: s.file,
        source_sha256: s.sha256,
        source_date: s.date,
        source_publisher: s.publisher,
        text: s.title,
        status: s.integrity,
        note: s.dateConflict,
      }),
    );
  }
  let done = 0;
  const total = report.commitments.length + report.links.length + report.annotations.length;
  const step = (): ReportStep | undefined => (++done % 500 === 0 ? { stage: 'rendering', done, total, message: 'CSV rows' } : undefined);
  for (const c of report.commitments) {
    const source = index.sources.get(c.sourceId);
    rows.push(
      line({
        record: 'commitment',
        id: c.id,
        source_key: source?.key,
        source_id: c.sourceId,
        source_file: source?.file,
        source_sha256: source?.sha256,
        source_date: source?.date,
        themes: c.themes.join(' '),
        kind: c.kind,
        force: c.force,
        specificity: c.specificity,
        deadline: c.deadline?.value,
        deadline_printed: c.deadline?.printed,
        actor: c.actor,
        curated: c.curated,
        text: c.text,
        ...citationFields(c.citation),
        ref: index.refs.get(c.id) ?? null,
        translation_of: c.translationOf,
      }),
    );
    const s = step();
    if (s) yield s;
  }
  for (const l of report.links) {
    const source = index.sources.get(l.fromSource);
    rows.push(
      line({
        record: 'link',
        id: l.id,
        source_key: `${source?.key ?? ''}→${index.sources.get(l.toSource)?.key ?? ''}`,
        source_id: l.fromSource,
        source_file: source?.file,
        source_sha256: source?.sha256,
        curated: l.curated,
        text: diffAsText(l.diff),
        ref: `${index.refs.get(l.from) ?? ''}→${index.refs.get(l.to) ?? ''}`,
        from_id: l.from,
        to_id: l.to,
        to_source_id: l.toSource,
        relation: l.relation,
        similarity: l.similarity.toFixed(2),
        origin: l.origin,
        evidence: l.evidence.join('; '),
      }),
    );
    const s = step();
    if (s) yield s;
  }
  for (const a of report.annotations) {
    const t = a.target;
    const sourceId = t.kind === 'link' ? undefined : t.sourceId;
    const source = sourceId ? index.sources.get(sourceId) : undefined;
    rows.push(
      line({
        record: 'annotation',
        id: a.id,
        source_key: source?.key,
        source_id: sourceId,
        source_file: source?.file,
        source_sha256: source?.sha256,
        text: t.kind === 'passage' ? t.quote : null,
        ...(t.kind === 'passage' ? citationFields(t.citation) : {}),
        from_id: t.kind === 'commitment' ? t.commitmentId : t.kind === 'link' ? t.commitmentIds[0] : null,
        to_id: t.kind === 'link' ? t.commitmentIds[1] : null,
        link_id: t.kind === 'link' ? t.linkId : null,
        note: a.note,
        tags: a.tags.join('; '),
        status: a.status,
      }),
    );
    const s = step();
    if (s) yield s;
  }
  return `\ufeff${rows.join('\r\n')}\r\n`;
}
