import { describe, expect, it } from 'vitest';
import { assembleReport, renderHtml, runToEnd } from '../../../../src/core/report';
import { fixtureInput } from '../../../fixtures/report-input';
import { fixtureReport } from './helpers';

/** Every attribute value that could make a browser fetch or navigate. */
function references(html: string): string[] {
  return [...html.matchAll(/\b(src|href|action|poster|data|srcset|xlink:href|formaction)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi)].map(
    (m) => `${m[1]}=${m[2]}`,
  );
}

describe('HTML report', () => {
  it('is one self-contained file: no script, no stylesheet link, no url(), every href an anchor in the page', async () => {
    const { input, report } = await fixtureReport();
    const html = runToEnd(renderHtml(report, input.codebook));
    expect(html).not.toMatch(/<script|<link\b|<iframe|<object|<embed|<img\b|@import|url\(/i);
    const refs = references(html);
    expect(refs.length).toBeGreaterThan(10);
    const ids = new Set([...html.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]));
    for (const ref of refs) {
      const m = /^href="#([^"]+)"$/.exec(ref);
      expect(m, ref).not.toBeNull();
      expect(ids.has(m![1]), `anchor ${ref} has a target`).toBe(true);
    }
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    // Web addresses quoted from the sources stay text, never links.
    expect(html).not.toMatch(/href="https?:/i);
  });

  it('shows the title page, sources with hashes and date conflicts, the matrix as SVG, diffs as <ins>/<del>', async () => {
    const { input, report } = await fixtureReport();
    const html = runToEnd(renderHtml(report, input.codebook));
    expect(html).toContain('<h1>Comparison report</h1>');
    expect(html).toContain('Generated 2026-01-31 12:00 UTC by Synopsis 0.1.0');
    for (const s of report.sources) expect(html).toContain(s.sha256);
    expect(html).toContain('class="conflict"');
    expect(html).toMatch(/<svg role="img"[^>]*>[\s\S]*<rect/);
    expect(html).toMatch(/<ins>[^<]+<\/ins>/);
    expect(html).toMatch(/<del>[^<]+<\/del>/);
    expect(html).toContain('✓ curated');
    expect(html).toContain('Check whether the round table took place');
  });

  it('escapes whatever a source or a note says', async () => {
    const input = await fixtureInput();
    const [first, ...rest] = input.comparison.commitments;
    const evil = { ...first!, text: '<img src=x onerror="alert(1)"> & </blockquote><script>alert(2)</script>' };
    const report = runToEnd(assembleReport({ ...input, comparison: { ...input.comparison, commitments: [evil, ...rest] } }));
    const html = runToEnd(renderHtml(report, input.codebook));
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &lt;/blockquote&gt;');
  });

  it('writes its headings in the chosen language', async () => {
    const fr = await fixtureReport({ lang: 'fr' });
    const html = runToEnd(renderHtml(fr.report, fr.input.codebook));
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('<h1>Rapport de comparaison</h1>');
    expect(html).toContain('Engagements par thème');
    expect(html).toContain('Inclusion numérique');
    const nl = await fixtureReport({ lang: 'nl' });
    expect(runToEnd(renderHtml(nl.report, nl.input.codebook))).toContain('Toezeggingen per thema');
  });

  it('leaves out the annotations section when annotations are not chosen', async () => {
    const { input, report } = await fixtureReport({ annotations: false, curationNotes: false });
    const html = runToEnd(renderHtml(report, input.codebook));
    expect(html).not.toContain('id="annotations"');
    expect(html).not.toContain('id="curation"');
    expect(html).not.toContain('Check whether the round table took place');
  });
});
