import type { Report } from './model';

/**
 * The JSON report: the report model as it is, two-space indented, keys in the model's fixed
 * order, a final newline. The same bytes are attached inside the PDF. Its shape is
 * `schemas/report-v1.schema.json`.
 */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
