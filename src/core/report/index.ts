/**
 * Comparison reports, pure: the report model assembled from a comparison and its sources, and
 * its renderers (HTML, PDF, Markdown, CSV, JSON) to strings and bytes. No I/O: the host gathers
 * the input (documents, comparison, annotations, fonts) and writes or sends the output.
 */
export { assembleReport, sourceKey } from './assemble';
export { fill, REPORT_LABELS, type ReportLabels } from './labels';
export * from './model';
export { citeExcerpt, locateInFile, PositionIndex } from './positions';
export { defaultReportSources, normalizeSettings, type SettingsContext } from './settings';
export { matrixLayout, matrixSvg, type MatrixLayout } from './matrix';
export { anchorId, escapeHtml, renderHtml } from './render-html';
export { renderJson } from './render-json';
export { drain, runToEnd } from './run';
export { renderCsv, REPORT_CSV_COLUMNS } from './render-csv';
export { escapeMarkdown, renderMarkdown } from './render-markdown';
export { contentId, renderPdf, type PdfFonts, type PdfOptions } from './render-pdf';
