import { describe, expect, it } from 'vitest';
import {
  CSV_HEADER,
  exportCsv,
  exportJsonLd,
  exportMarkdown,
  newAnnotation,
  passageTargetAt,
  planImport,
  UNKNOWN_BLOCK_ID,
  W3C_ANNO_CONTEXT,
  type ImportContext,
} from '../../../../src/core/annotations';
import type { Annotation, AnnotationView } from '../../../../src/shared/annotations';
import { docOf } from './helpers';

const SHA_A = 'a'.repeat(64);
const SHA_B = 'b'.repeat(64);
const docA = docOf(
  ['Premier paragraphe sur le numérique en Belgique.', 'Deuxième paragraphe, avec des « guillemets », et une virgule.'],
  'alpha',
  SHA_A,
);
const docB = docOf(['The Commission monitors Belgium’s digital progress.'], 'beta', SHA_B);
const sources = { alpha: { id: 'alpha', title: 'Source Alpha', sha256: SHA_A }, beta: { id: 'beta', title: 'Source Beta', sha256: SHA_B } };
const sourceOf = (id: string) => sources[id as keyof typeof sources];
const t0 = new Date('2026-03-01T10:00:00Z');

function on(doc: typeof docA, block: number, quote: string) {
  const text = doc.blocks[block]!.text;
  const at = text.indexOf(quote);
  return passageTargetAt(doc, doc.blocks[block]!.id, at, at + quote.length);
}

const annotations: Annotation[] = [
  newAnnotation(
    'urn:uuid:00000000-0000-4000-8000-000000000001',
    on(docA, 0, 'numérique'),
    { note: 'Voir **aussi** la DESI', tags: ['numérique', 'à suivre'], color: 'green' },
    t0,
  ),
  newAnnotation(
    'urn:uuid:00000000-0000-4000-8000-000000000002',
    on(docA, 1, '« guillemets », et'),
    { note: '=SUM(A1) "quoted", with\nnewline' },
    t0,
  ),
  newAnnotation('urn:uuid:00000000-0000-4000-8000-000000000003', on(docB, 0, 'digital progress'), { tags: ['DESI'] }, t0),
  { ...newAnnotation('urn:uuid:00000000-0000-4000-8000-000000000004', on(docB, 0, 'Commission'), {}, t0), deleted: t0.toISOString() },
];
const views: AnnotationView[] = annotations.map((annotation) => ({
  annotation,
  anchor: { kind: 'anchored', blockId: 'x', start: 0, end: 1 },
}));
const jsonOptions = { generated: '2026-03-02T00:00:00.000Z', generator: { name: 'Synopsis', version: '0.1.0' }, sourceOf };

function context(existing: readonly Annotation[] = []): ImportContext {
  let n = 0;
  return {
    existing,
    sources: [sources.alpha, sources.beta],
    documentOf: (id) => (id === 'alpha' ? docA : id === 'beta' ? docB : undefined),
    newId: () => `urn:uuid:generated-${++n}`,
    now: new Date('2026-03-03T00:00:00Z'),
  };
}

describe('W3C JSON-LD export', () => {
  const collection = JSON.parse(exportJsonLd(annotations, jsonOptions));

  it('is an AnnotationCollection with items, naming the W3C context as a plain string', () => {
    expect(collection['@context']).toBe(W3C_ANNO_CONTEXT);
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(3);
    expect(collection.items).toHaveLength(3); // the deleted one stays home
  });

  it('follows the Web Annotation model: id, type, motivation, TextualBody bodies, SpecificResource target with selectors', () => {
    const terms = new Set(['commenting', 'highlighting', 'tagging']);
    for (const item of collection.items) {
      expect(item.id).toMatch(/^urn:uuid:/);
      expect(item.type).toBe('Annotation');
      expect(terms.has(item.motivation)).toBe(true);
      expect(Date.parse(item.created)).not.toBeNaN();
      for (const body of item.body ?? []) {
        expect(body.type).toBe('TextualBody');
        expect(typeof body.value).toBe('string');
        expect(['commenting', 'tagging']).toContain(body.purpose);
      }
      expect(item.target.type).toBe('SpecificResource');
      expect(item.target.source).toMatch(/^urn:sha256:[0-9a-f]{64}$/);
      expect(item.target.selector.map((s: { type: string }) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
      expect(item.stylesheet.type).toBe('CssStylesheet');
      expect(item.stylesheet.value).toContain(`.${item.target.styleClass} `);
    }
    const first = collection.items[0];
    expect(first.body).toEqual([
      { type: 'TextualBody', purpose: 'commenting', format: 'text/markdown', value: 'Voir **aussi** la DESI' },
      { type: 'TextualBody', purpose: 'tagging', value: 'numérique' },
      { type: 'TextualBody', purpose: 'tagging', value: 'à suivre' },
    ]);
    expect(first.target).toMatchObject({ sourceId: 'alpha', blockId: docA.blocks[0]!.id, ingestVersion: 1, styleClass: 'synopsis-green' });
  });

  it('imports back into an empty store as the same annotations, and a second time as duplicates only', () => {
    const json = exportJsonLd(annotations, jsonOptions);
    const plan = planImport(json, context());
    expect(plan.report).toMatchObject({ imported: 3, skipped: [], duplicates: 0 });
    const live = annotations.filter((a) => a.deleted === undefined);
    expect(plan.annotations.map((a) => ({ id: a.id, body: a.body, target: a.target, created: a.created, modified: a.modified }))).toEqual(
      live.map((a) => ({ id: a.id, body: a.body, target: a.target, created: a.created, modified: a.modified })),
    );
    const again = planImport(json, context(plan.annotations));
    expect(again.report).toMatchObject({ imported: 0, duplicates: 3, skipped: [] });
  });

  it('recognizes the same annotation under another id (same target and body) as a duplicate', () => {
    const json = JSON.parse(exportJsonLd([annotations[0]!], jsonOptions));
    json.items[0].id = 'urn:uuid:ffffffff-0000-4000-8000-000000000000';
    json.items.push({ ...json.items[0] });
    const plan = planImport(JSON.stringify(json), context([annotations[0]!]));
    expect(plan.report).toMatchObject({ imported: 0, duplicates: 2 });
  });
});

describe('W3C JSON-LD import from elsewhere', () => {
  it('resolves a source by id or by urn:sha256, skips the rest with reasons, and imports the valid ones', () => {
    const content = JSON.stringify({
      '@context': W3C_ANNO_CONTEXT,
      type: 'AnnotationCollection',
      items: [
        // Another tool: plain source id, a single selector, bodyValue, no block id.
        {
          type: 'Annotation',
          id: 'https://example.org/anno/1',
          bodyValue: 'from elsewhere',
          target: { source: 'beta', selector: { type: 'TextQuoteSelector', exact: 'digital progress' } },
        },
        // By hash of the file, body as one object.
        {
          type: 'Annotation',
          body: { type: 'TextualBody', value: 'hashed', purpose: 'commenting' },
          target: {
            source: `urn:sha256:${SHA_A}`,
            selector: [{ type: 'TextQuoteSelector', exact: 'Premier paragraphe', prefix: '', suffix: ' sur' }],
          },
        },
        { type: 'Annotation', target: { source: 'urn:sha256:' + 'c'.repeat(64), selector: { type: 'TextQuoteSelector', exact: 'x' } } },
        { type: 'Annotation', target: { source: 'gamma', selector: { type: 'TextQuoteSelector', exact: 'x' } } },
        { type: 'Annotation', target: { source: 'beta' } },
        { type: 'Annotation', target: 'https://example.org/page' },
        { type: 'Annotation' },
        { type: 'Person', name: 'not an annotation', target: { source: 'beta' } },
        'just a string',
      ],
    });
    const plan = planImport(content, context());
    expect(plan.report.imported).toBe(2);
    const [first, second] = plan.annotations;
    expect(first).toMatchObject({ id: 'https://example.org/anno/1', body: { note: 'from elsewhere' }, motivation: 'commenting' });
    expect(first!.target).toMatchObject({ kind: 'passage', source: 'beta', blockId: UNKNOWN_BLOCK_ID });
    expect(second!.id).toBe('urn:uuid:generated-1');
    expect(second!.target).toMatchObject({ source: 'alpha', sourceSha256: SHA_A });
    const reasons = plan.report.skipped.map((s) => `${s.index}: ${s.reason}`);
    expect(reasons).toEqual([
      expect.stringMatching(/^2: No source of the open corpus has SHA-256 cccccccccccc/),
      expect.stringMatching(/^3: No source "gamma" in the open corpus/),
      expect.stringMatching(/^4: The target has no TextQuoteSelector/),
      expect.stringMatching(/^5: The target is a bare IRI/),
      expect.stringMatching(/^6: Not a valid W3C annotation at target/),
      expect.stringMatching(/^7: The item is a Person, not an Annotation/),
      expect.stringMatching(/^8: Not a valid W3C annotation/),
    ]);
  });

  it('falls back to the source id when the file changed since the export', () => {
    const json = JSON.parse(exportJsonLd([annotations[0]!], jsonOptions));
    json.items[0].target.source = 'urn:sha256:' + 'd'.repeat(64);
    const plan = planImport(JSON.stringify(json), context());
    expect(plan.report.imported).toBe(1);
    expect(plan.annotations[0]!.target).toMatchObject({ source: 'alpha', sourceSha256: 'd'.repeat(64) });
  });

  it('refuses what is not JSON, or holds no annotations, with a message saying what to import', () => {
    expect(() => planImport('{ not json', context())).toThrow(/not valid JSON/);
    expect(() => planImport('{"hello": 1}', context())).toThrow(/no W3C annotations/);
    expect(planImport('[]', context()).report).toEqual({ imported: 0, importedIds: [], skipped: [], duplicates: 0 });
  });
});

/** A small RFC 4180 reader, to check the export from the outside. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('CSV export', () => {
  it('has a header row, quotes what must be quoted, and defuses formulas', () => {
    const csv = exportCsv(views, sourceOf);
    expect(csv.startsWith('\ufeff')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_HEADER]);
    expect(rows).toHaveLength(4);
    for (const r of rows) expect(r).toHaveLength(CSV_HEADER.length);
    const col = (name: (typeof CSV_HEADER)[number]) => CSV_HEADER.indexOf(name);
    expect(rows[1]![col('tags')]).toBe('numérique; à suivre');
    expect(rows[1]![col('source_title')]).toBe('Source Alpha');
    expect(rows[2]![col('note')]).toBe(`'=SUM(A1) "quoted", with\nnewline`);
    expect(rows[2]![col('quote')]).toBe('« guillemets », et');
    expect(rows[3]![col('status')]).toBe('anchored');
  });
});

describe('Markdown export', () => {
  it('groups by source, each annotation with its quote, note, tags and a citation', () => {
    const md = exportMarkdown(views, { generated: '2026-03-02', sourceOf });
    expect(md).toMatch(/^# Annotations\n/);
    const alpha = md.indexOf('## Source Alpha');
    const beta = md.indexOf('## Source Beta');
    expect(alpha).toBeGreaterThan(0);
    expect(beta).toBeGreaterThan(alpha);
    expect(md).toContain('> numérique');
    expect(md).toContain('Voir **aussi** la DESI');
    expect(md).toContain('Tags: #numérique #à-suivre');
    expect(md).toContain(`Cite: Source Alpha, block ${docA.blocks[0]!.id}, characters`);
    expect(md).not.toContain('> Commission'); // deleted
    expect(md).toContain('3 annotations');
  });
});
