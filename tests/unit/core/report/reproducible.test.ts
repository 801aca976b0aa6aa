import { describe, expect, it } from 'vitest';
import {
  assembleReport,
  drain,
  renderCsv,
  renderHtml,
  renderJson,
  renderMarkdown,
  renderPdf,
  runToEnd,
  type ReportInput,
} from '../../../../src/core/report';
import { loadReportFonts } from '../../../../src/host/report-fonts';
import { fixtureInput } from '../../../fixtures/report-input';

async function all(input: ReportInput): Promise<Record<string, Uint8Array>> {
  const report = runToEnd(assembleReport(input));
  const text = (s: string) => new TextEncoder().encode(s);
  return {
    json: text(renderJson(report)),
    html: text(runToEnd(renderHtml(report, input.codebook))),
    md: text(runToEnd(renderMarkdown(report, input.codebook))),
    csv: text(runToEnd(renderCsv(report))),
    pdf: await drain(renderPdf(report, input.codebook, await loadReportFonts())),
  };
}

describe('reproducible reports', () => {
  it('gives byte-identical files for the same input, in every format', async () => {
    const a = await all(await fixtureInput());
    const b = await all(await fixtureInput());
    for (const format of Object.keys(a)) expect(Buffer.compare(Buffer.from(a[format]!), Buffer.from(b[format]!)), format).toBe(0);
  });

  it('differs only in the generation time when that is all that changed', async () => {
    const a = await all(await fixtureInput());
    const later = await fixtureInput();
    const b = await all({ ...later, generated: '2031-07-04T08:09:10.000Z' });
    const dec = (u: Uint8Array) => new TextDecoder().decode(u);
    for (const format of ['json', 'html', 'md', 'csv']) {
      const moved = dec(b[format]!)
        .replaceAll('2031-07-04T08:09:10.000Z', '2026-01-31T12:00:00.000Z')
        .replaceAll('2031-07-04 08:09 UTC', '2026-01-31 12:00 UTC');
      expect(moved, format).toBe(dec(a[format]!));
    }
    expect(Buffer.compare(Buffer.from(a.pdf!), Buffer.from(b.pdf!))).not.toBe(0);
  });

  it('does not depend on the order the sources and annotations come in', async () => {
    const input = await fixtureInput();
    const shuffled = {
      ...input,
      sources: [...input.sources].reverse(),
      settings: { ...input.settings, sources: [...input.settings.sources] },
    };
    const a = await all(input);
    const b = await all(shuffled);
    for (const format of Object.keys(a)) expect(Buffer.compare(Buffer.from(a[format]!), Buffer.from(b[format]!)), format).toBe(0);
  });
});
